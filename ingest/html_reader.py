"""Read an HTML page (the government publishes its overviews as web pages) into Lines with the
standard library's parser: h1–h6 as headings, p/div text as paragraphs, li as list items
(with their depth), table rows as cells, a definition list's term and description as one
labelled line ("Ansvarig: Socialförvaltningen"). Navigation, header, footer, aside, script and style
are not the document and are skipped. One page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from ingest.source import IngestError, Line, SourceDocument
from ingest.text_reader import decode_text

_SKIP = {"nav", "header", "footer", "aside", "script", "style", "noscript", "form", "button", "svg"}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "dd",
    "dt",
    "figcaption",
    "caption",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "ul",
    "ol",
}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.skip = 0
        self.text: list[str] = []
        self.heading = 0
        self.list_depth = 0
        self.in_item = False
        self.bold = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.table = 0
        self.in_term = False
        self.term: str | None = None  # the open <dt>: its label goes before each <dd>
        self.term_used = False

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in _BLOCKS and self.cell is None:
            self.flush()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading = min(int(tag[1]), 3)
        elif tag in ("ul", "ol"):
            self.list_depth += 1
        elif tag == "li":
            self.in_item = True
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag == "table":
            self.table += 1
        elif tag == "dt":
            self.flush_term()
            self.in_term = True
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join(" ".join(self.cell).split()))
            self.cell = None
            return
        if tag == "tr" and self.row is not None:
            if any(self.row):
                self.lines.append(Line(1, " | ".join(self.row), tuple(self.row), table=self.table))
            self.row = None
            return
        if tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
            return
        if tag in _BLOCKS and self.cell is None:
            self.flush()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading = 0
        elif tag in ("ul", "ol"):
            self.list_depth = max(0, self.list_depth - 1)
        elif tag == "li":
            self.in_item = False
        elif tag == "dt":
            self.in_term = False
        elif tag == "dl":
            self.flush_term()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.text.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self.text).split())
        self.text = []
        if not text:
            return
        if self.in_term:
            self.term, self.term_used = text, False
            return
        if self.term is not None:
            text = f"{self.term.rstrip(':')}: {text}"
            self.term_used = True
        if self.in_item:
            text = "• " + text
        self.lines.append(
            Line(1, text, heading=self.heading, bold=bool(self.bold) or bool(self.heading))
        )

    def flush_term(self) -> None:
        """Close the open term; one without a description stands as its own line."""
        term, self.term = self.term, None
        if term and not self.term_used:
            self.lines.append(Line(1, term, heading=self.heading, bold=bool(self.bold)))


def read_html(path: Path, sha256: str, data: bytes) -> SourceDocument:
    reader = _Reader()
    try:
        reader.feed(decode_text(data, str(path)))
        reader.close()
    except (AssertionError, ValueError) as exc:
        raise IngestError(f"the HTML page cannot be parsed: {exc}") from None
    reader.flush()
    if not any(ln.text for ln in reader.lines):
        raise IngestError("the HTML page holds no text")
    # a web page has no pages: 0, so that no page number is claimed for what it says
    return SourceDocument(str(path), sha256, "html", 0, reader.lines, text_source="html")
