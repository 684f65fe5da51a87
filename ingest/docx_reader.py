"""Read a Word document (.docx, sniffed by content) into Lines with python-docx: one Line per
paragraph in body order, heading levels from the heading styles (Heading N / Rubrik N /
Title), list paragraphs with a bullet or their number, tables as rows of cells. Headers and
footers are not part of the body and are skipped. A page break (explicit, or a paragraph
"page break before") starts a new page; Word computes the rest only when it renders."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ingest.source import IngestError, Line, SourceDocument

_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, sha256: str) -> SourceDocument:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - installed with the project
        raise IngestError(f"cannot read Word files: {exc}") from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"damaged Word file: {exc}") from None
    lines: list[Line] = []
    page = 1
    table_id = 0
    counters: dict[tuple[str, int], int] = {}
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            if _breaks_before(paragraph) and lines:
                page += 1
            text = " ".join(paragraph.text.split())
            if text:
                lines.append(_paragraph_line(paragraph, text, page, counters))
            if _has_page_break(child):
                page += 1
        elif tag == f"{_W}tbl":
            table_id += 1
            table = docx.table.Table(child, document)
            for row in table.rows:
                cells = _row_cells(row)
                if any(cells):
                    lines.append(Line(page, " | ".join(cells), tuple(cells), table=table_id))
            lines.append(Line(page, ""))
    if not any(ln.text for ln in lines):
        raise IngestError("the Word file holds no text")
    return SourceDocument(str(path), sha256, "docx", page, lines, text_source="docx")


def _row_cells(row) -> list[str]:  # type: ignore[no-untyped-def]
    cells: list[str] = []
    previous = None
    for cell in row.cells:
        if previous is not None and cell._tc is previous:
            continue  # a merged cell is repeated by python-docx for every grid column
        previous = cell._tc
        cells.append(" ".join(" ".join(p.text.split()) for p in cell.paragraphs).strip())
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _paragraph_line(paragraph, text: str, page: int, counters: dict) -> Line:  # type: ignore[no-untyped-def]
    style = paragraph.style.name if paragraph.style is not None else ""
    m = _HEADING_STYLE.match(style)
    if m:
        return Line(page, text, heading=min(int(m.group(1)), 3), bold=True)
    if style.lower() in ("title", "rubrik"):
        return Line(page, text, heading=1, bold=True)
    bold = bool(paragraph.runs) and all(r.bold for r in paragraph.runs if r.text.strip())
    marker = _list_marker(paragraph, style, counters)
    if marker:
        return Line(page, f"{marker} {text}", bold=bold)
    return Line(page, text, bold=bold)


def _list_marker(paragraph, style: str, counters: dict) -> str | None:  # type: ignore[no-untyped-def]
    """'•' for a bulleted paragraph, 'N.' for a numbered one (counted per list), else None."""
    lowered = style.lower()
    num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if "bullet" in lowered or "punkt" in lowered:
        return "•"
    if "number" in lowered or "numrer" in lowered or num_pr is not None:
        num_id = num_pr.numId.val if num_pr is not None and num_pr.numId is not None else 0
        level = num_pr.ilvl.val if num_pr is not None and num_pr.ilvl is not None else 0
        key = (str(num_id) + style, level)
        counters[key] = counters.get(key, 0) + 1
        return f"{counters[key]}." if "number" in lowered or "numrer" in lowered else "•"
    return None


def _breaks_before(paragraph) -> bool:  # type: ignore[no-untyped-def]
    fmt = paragraph.paragraph_format
    return bool(fmt is not None and fmt.page_break_before)


def _has_page_break(element) -> bool:  # type: ignore[no-untyped-def]
    return any(br.get(f"{_W}type") == "page" for br in element.iter(f"{_W}br"))
