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
    """The label Word shows before a list paragraph: its automatic number as the numbering
    definition writes it ("2.", "1.3", "1.3.2", "b)"), "•" for a bullet, else None."""
    lowered = style.lower()
    num_id, level = _numbering(paragraph)
    if num_id:
        label = _number_label(paragraph, num_id, level, counters)
        if label is not None:
            return label
    if "bullet" in lowered or "punkt" in lowered:
        return "•"
    if "number" in lowered or "numrer" in lowered or num_id:
        key = (style, level)
        counters[key] = counters.get(key, 0) + 1
        return f"{counters[key]}." if "number" in lowered or "numrer" in lowered else "•"
    return None


def _numbering(paragraph) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """(numId, level) of a list paragraph, from the paragraph or its style; ("", 0) if none."""
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = element.find(f"{_W}pPr") if element is not None else None
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        num_id = num.get(f"{_W}val") if num is not None else ""
        if num_id and num_id != "0":
            return num_id, int(ilvl.get(f"{_W}val")) if ilvl is not None else 0
    return "", 0


def _levels(paragraph, num_id: str) -> dict[int, tuple[str, str, int]] | None:  # type: ignore[no-untyped-def]
    """{level: (numFmt, lvlText, start)} of a numbering definition, or None."""
    try:
        numbering = paragraph.part.numbering_part.element
    except (NotImplementedError, AttributeError, KeyError):
        return None
    abstract_id = None
    for num in numbering.iter(f"{_W}num"):
        if num.get(f"{_W}numId") == num_id:
            ref = num.find(f"{_W}abstractNumId")
            abstract_id = ref.get(f"{_W}val") if ref is not None else None
    if abstract_id is None:
        return None
    for abstract in numbering.iter(f"{_W}abstractNum"):
        if abstract.get(f"{_W}abstractNumId") != abstract_id:
            continue
        levels = {}
        for lvl in abstract.iter(f"{_W}lvl"):
            fmt, text, start = (lvl.find(f"{_W}{tag}") for tag in ("numFmt", "lvlText", "start"))
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                fmt.get(f"{_W}val") if fmt is not None else "decimal",
                text.get(f"{_W}val") if text is not None else "",
                int(start.get(f"{_W}val")) if start is not None else 1,
            )
        return levels
    return None


def _number_label(paragraph, num_id: str, level: int, counters: dict) -> str | None:  # type: ignore[no-untyped-def]
    if ("levels", num_id) not in counters:  # the numbering definition, read once per list
        counters[("levels", num_id)] = _levels(paragraph, num_id)
    levels = counters[("levels", num_id)]
    if not levels or level not in levels:
        return None
    fmt, text, start = levels[level]
    if fmt == "bullet" or not text:
        return "•"
    key = ("num", num_id)
    state: list[int] = counters.setdefault(key, [])
    while len(state) <= level:
        state.append(levels.get(len(state), ("", "", 1))[2] - 1)
    state[level] += 1
    del state[level + 1 :]  # a deeper level starts again under the next item
    values = {
        i + 1: _format_number(
            state[i] if i < len(state) else levels.get(i, ("", "", 1))[2],
            levels.get(i, ("decimal",))[0],
        )
        for i in range(level + 1)
    }
    return re.sub(r"%(\d)", lambda m: values.get(int(m.group(1)), ""), text)


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


def _breaks_before(paragraph) -> bool:  # type: ignore[no-untyped-def]
    fmt = paragraph.paragraph_format
    return bool(fmt is not None and fmt.page_break_before)


def _has_page_break(element) -> bool:  # type: ignore[no-untyped-def]
    return any(br.get(f"{_W}type") == "page" for br in element.iter(f"{_W}br"))
