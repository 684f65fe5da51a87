"""Read a plain-text or Markdown dump of a plan into Lines.

Conventions of the dumps we get (pdftotext / OCR / PDF-to-Markdown converters):
- a form feed ("\f") starts a new page; in a file without form feeds, a line that begins with
  exactly one space followed by text marks the start of a new page (how the OCR dumps in
  corpus/ mark page starts);
- Markdown headings ("# ", "## ") and bold markup (<b>, **) give heading level and weight;
- a line with tab characters is a table row, one cell per tab-separated field.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ingest.sniff import bom_encoding
from ingest.source import IngestError, Line, SourceDocument

_TAG = re.compile(r"</?(?:b|strong|i|em|sup|sub|u|span|br)\b[^>]*>", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:https?://|www\.)[^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_SUP_NOTE = re.compile(r"<sup>\s*\d+\s*</sup>", re.I)


def decode_text(data: bytes, path: str) -> str:
    """Decode bytes that sniffed as text: the Unicode encoding a byte-order mark declares
    (UTF-8, UTF-16, UTF-32), else UTF-8, else cp1252."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"file starts with a {encoding.upper()} byte-order mark but is not valid"
                f" {encoding.upper()} (byte {exc.start})"
            ) from None
    if b"\x00" in data[:4096]:
        raise IngestError("file contains binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(5, len(text) // 100):
            raise IngestError("file is neither UTF-8 nor Windows-1252 text") from None
        return text


def clean_markup(text: str) -> tuple[str, bool]:
    """Strip inline HTML/Markdown markup. Returns the plain text and whether it was bold."""
    bold = bool(re.search(r"<b>|<strong>|\*\*", text, re.I))
    text = _SUP_NOTE.sub("", text)
    text = _TAG.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPH.sub(r"\2", text)
    text = text.replace("\\*", "*")
    text = html.unescape(text)
    return re.sub(r"[ \u00a0]+", " ", text).strip(), bold


_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")


def _pipe_row(raw: str) -> tuple[str, ...] | None:
    """The cells of a Markdown pipe-table row ("| Åtgärd | Ansvarig |"), () for its separator
    line, None for any other line."""
    stripped = raw.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3):
        return None
    if _PIPE_SEPARATOR.match(stripped):
        return ()
    return tuple(c.strip() for c in stripped[1:-1].split("|"))


def _page_starts_by_indent(raw_lines: list[str]) -> bool:
    return not any("\f" in ln for ln in raw_lines)


def text_to_lines(text: str) -> tuple[list[Line], int]:
    """Split a text dump into Lines; returns the lines and the page count."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\f")
    raw_lines = text.split("\n")
    if raw_lines and raw_lines[0] == "" and text.startswith("\n\f"):
        raw_lines = raw_lines[1:]
    by_indent = _page_starts_by_indent(raw_lines)
    page = 1
    lines: list[Line] = []
    table = 0
    in_table = False
    seen_text = False
    for raw in raw_lines:
        if raw.startswith("\f"):
            if seen_text:
                page += 1
            raw = raw[1:]
        elif by_indent and seen_text and re.match(r"^ [^\s]", raw):
            page += 1
        pipe_cells = _pipe_row(raw)
        if pipe_cells == ():
            continue  # the |---|---| line under a Markdown table's header
        if "\t" in raw or pipe_cells:
            cells = []
            bold = False
            for cell in pipe_cells or raw.split("\t"):
                plain, b = clean_markup(cell)
                cells.append(plain)
                bold = bold or b
            while cells and not cells[-1]:
                cells.pop()
            if not in_table:
                table += 1
                in_table = True
            if any(cells):
                lines.append(Line(page, " | ".join(cells), tuple(cells), bold=bold, table=table))
                seen_text = True
            continue
        stripped = raw.strip()
        if not stripped:
            # a blank line inside a tab table does not end it; text does
            lines.append(Line(page, ""))
            continue
        in_table = False
        heading = 0
        m = _MD_HEADING.match(stripped)
        if m:
            heading = min(len(m.group(1)), 3)
            stripped = m.group(2)
        plain, bold = clean_markup(stripped)
        if plain in {"---", "***"}:
            continue
        lines.append(Line(page, plain, heading=heading, bold=bold))
        seen_text = True
    # drop trailing blanks
    while lines and not lines[-1].text:
        lines.pop()
    return lines, page


def read_text(path: Path, sha256: str, data: bytes) -> SourceDocument:
    text = decode_text(data, str(path))
    lines, pages = text_to_lines(text)
    if not any(ln.text for ln in lines):
        raise IngestError("file is empty (no text)")
    # Pages are known only where the dump marks them with form feeds (as pdftotext does);
    # otherwise the lines' page numbers are the reader's guesses and none is stored (pages 0).
    known = pages if "\f" in text else 0
    return SourceDocument(str(path), sha256, "text", known, lines, text_source="text")
