"""Builders of REAL PDF fixtures for the tests (reportlab, pypdfium2, pypdf).

Every builder writes a file and returns its path. The Stockholm action plan is rendered from the
corpus text dump at test time, so the PDF and the text always say the same thing.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

REPO = Path(__file__).resolve().parent.parent
STOCKHOLM_PLAN_TXT = REPO / "corpus" / "stockholm_handlingsplan_2020-2022.txt"

RUNNING_HEADER = "Handlingsplan till strategi för att förebygga och bekämpa våld i Stockholms län"
TABLE_COL_WIDTHS = (165, 105, 140, 85)  # points; sums to the A4 frame width with 50pt margins

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12.5, spaceAfter=6)
BULLET = ParagraphStyle(
    "bullet", parent=BODY, leftIndent=14, bulletIndent=2, spaceAfter=3, alignment=TA_LEFT
)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=10, spaceAfter=8
)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")

_TAGS = re.compile(r"</?(?:b|strong|i|em|u|span)\b[^>]*>", re.I)
_SUP = re.compile(r"<sup>\s*\d+\s*</sup>", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*)(.+?)\1")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_GOAL_HEADING = re.compile(r"^MÅL\s+\d+\s*:", re.I)
_TOC_ENTRY = re.compile(r"\.{4,}\s*\t")
_CONTINUED = re.compile(r"^forts\.?\s", re.I)


def plain(text: str) -> str:
    """The source line without markup: no <b>/<sup>, no Markdown emphasis or links."""
    text = _SUP.sub("", text)
    text = _TAGS.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPH.sub(r"\2", text)
    text = text.replace("\\*", "*")
    return re.sub(r"[ \u00a0]+", " ", html.unescape(text)).strip()


# --------------------------------------------------------------------------- the plan's blocks


@dataclass
class Block:
    kind: str  # "heading" | "para" | "bullet" | "table"
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)  # for tables; rows[0] is the header


def plan_blocks(text: str) -> list[Block]:
    """Parse the Markdown-ish dump into blocks from INLEDNING on; the table of contents and
    'Forts. på nästa sida' notes are dropped (a continued table becomes one table)."""
    blocks: list[Block] = []
    started = False
    in_toc = False
    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped == "---":
            continue
        m = _HEADING.match(stripped)
        title = plain(m.group(2)) if m else ""
        if m and title.upper() == "INLEDNING":
            started = True
        if not started:
            continue
        if m:
            in_toc = title.upper() == "INNEHÅLL"
            if in_toc:
                continue
            level = min(len(m.group(1)), 3)
            if _GOAL_HEADING.match(title):
                level = 2
            blocks.append(Block("heading", title, level=level))
            continue
        if in_toc or _TOC_ENTRY.search(line):
            continue
        if _CONTINUED.match(stripped):
            continue
        if "\t" in line:
            cells = [plain(c) for c in line.split("\t")]
            is_header = not re.match(r"^\d+\.\d+", cells[0])
            last = blocks[-1] if blocks else None
            if is_header:
                if (
                    last
                    and last.kind == "table"
                    and [c.upper() for c in last.rows[0]] == [c.upper() for c in cells]
                ):
                    continue  # the repeated header of a table continued on the next page
                blocks.append(Block("table", rows=[cells]))
            elif last and last.kind == "table":
                last.rows.append(cells)
            continue
        if stripped.startswith("- "):
            blocks.append(Block("bullet", plain(stripped[2:])))
        else:
            blocks.append(Block("para", plain(stripped)))
    return blocks


def stockholm_rows(text: str | None = None) -> dict[str, list[str]]:
    """The action rows of the Stockholm plan as in the text dump: number -> 4 plain cells."""
    if text is None:
        text = STOCKHOLM_PLAN_TXT.read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for block in plan_blocks(text):
        if block.kind == "table":
            for cells in block.rows[1:]:
                rows[cells[0].split()[0]] = cells
    return rows


# --------------------------------------------------------------------------- rendering


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _table(rows: list[list[str]]) -> Table:
    data = [[Paragraph(_esc(c), CELL_BOLD) for c in rows[0]]]
    for cells in rows[1:]:
        first, *rest = cells
        data.append([Paragraph(_esc(first), CELL_BOLD)] + [Paragraph(_esc(c), CELL) for c in rest])
    table = Table(
        data,
        colWidths=list(TABLE_COL_WIDTHS),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _on_page(canvas: rl_canvas.Canvas, doc: SimpleDocTemplate) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(50, height - 30, RUNNING_HEADER)
    canvas.drawCentredString(width / 2, 25, str(canvas.getPageNumber()))
    canvas.restoreState()


def _story(blocks: Sequence[Block], *, split_table: bool) -> list:
    story: list = []
    for block in blocks:
        if block.kind == "heading":
            if not split_table and _GOAL_HEADING.match(block.text):
                story.append(PageBreak())
            style = {1: H1, 2: H2}.get(block.level, H3)
            story.append(Paragraph(_esc(block.text), style))
        elif block.kind == "bullet":
            story.append(Paragraph(_esc(block.text), BULLET, bulletText="•"))
        elif block.kind == "para":
            story.append(Paragraph(_esc(block.text), BODY))
        else:
            table = _table(block.rows)
            story.append(table if split_table else KeepTogether([table]))
            story.append(Spacer(1, 8))
    return story


def _document(path: Path, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=50,
        rightMargin=50,
        topMargin=50,
        bottomMargin=50,
        title=title,
    )


def build_plan_pdf(path: Path, text: str, *, split_table: bool = True) -> Path:
    """Render a Markdown-ish plan dump as a PDF: title page, headings, bullets, tables."""
    blocks = plan_blocks(text)
    title = [plain(ln) for ln in text.splitlines()[:12] if ln.strip() and not ln.startswith("#")]
    doc = _document(path, title[0] if title else "plan")
    story: list = [Spacer(1, 60 * mm)]
    story += [Paragraph(_esc(t), H1) for t in title[:2]]
    story.append(PageBreak())
    story += _story(blocks, split_table=split_table)
    doc.build(story, onFirstPage=_on_page, onLaterPages=_on_page)
    return path


def build_stockholm_plan_pdf(path: Path, *, split_table: bool = True) -> Path:
    """The Stockholm action plan 2020–2022 as a real PDF.

    split_table=True lets the tables flow, so several of them continue on the next page with
    their header row repeated; split_table=False starts each goal on a new page and keeps each
    table on one page.
    """
    text = STOCKHOLM_PLAN_TXT.read_text(encoding="utf-8")
    return build_plan_pdf(path, text, split_table=split_table)


def _halves(cell: str, *, whole_first: bool) -> tuple[str, str]:
    words = cell.split()
    if whole_first:
        return cell, ""
    cut = (len(words) + 1) // 2
    return " ".join(words[:cut]), " ".join(words[cut:])


def build_cut_row_pdf(path: Path, *, empty_first_cell: bool = False) -> Path:
    """Two pages, one table: rows 1.1 and 1.2 of the Stockholm plan on page 1, but row 1.2 is
    cut by the page break as word processors do it: the first half of each cell at the bottom of
    page 1, the rest on page 2 under the repeated header row, followed by row 1.3.
    empty_first_cell=True keeps the whole first cell on page 1 (its rest on page 2 is empty)."""
    rows = stockholm_rows()
    text = STOCKHOLM_PLAN_TXT.read_text(encoding="utf-8")
    header = next(b.rows[0] for b in plan_blocks(text) if b.kind == "table")
    cut = [_halves(c, whole_first=empty_first_cell and i == 0) for i, c in enumerate(rows["1.2"])]
    doc = _document(path, "cut row")
    story = [
        Paragraph("MÅL 1: MYNDIGHETER OCH AKTÖRER ARBETAR VÅLDSFÖREBYGGANDE", H2),
        Spacer(1, 420),
        _table([header, rows["1.1"], [a for a, _ in cut]]),
        PageBreak(),
        _table([header, [b for _, b in cut], rows["1.3"]]),
        Paragraph("Slut på tabellen.", BODY),
    ]
    doc.build(story, onFirstPage=_on_page, onLaterPages=_on_page)
    return path


# --------------------------------------------------------------------------- small documents


def build_text_pdf(path: Path, pages: Sequence[Sequence[str]], *, font_size: float = 11) -> Path:
    """One line of text per string, one list of strings per page (canvas, no layout)."""
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 80
        c.setFont("Helvetica", font_size)
        for line in lines:
            c.drawString(60, y, line)
            y -= font_size * 1.4
        c.showPage()
    c.save()
    return path


def build_cell_lines_pdf(path: Path, cells: Sequence[Sequence[str]]) -> Path:
    """A one-row ruled table whose cells hold explicit visual lines (for de-hyphenation)."""
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    x0, top, col_w = 60.0, A4[1] - 100, 150.0
    height = 16 + 13 * max(len(lines) for lines in cells)
    for i, lines in enumerate(cells):
        x = x0 + i * col_w
        c.rect(x, top - height, col_w, height)
        for j, line in enumerate(lines):
            c.drawString(x + 4, top - 14 - 13 * j, line)
    c.showPage()
    c.save()
    return path


def build_blank_pdf(path: Path, pages: int = 1) -> Path:
    """Pages with nothing on them (pages=0 gives a PDF with an empty page tree)."""
    if pages == 0:
        import pypdf

        writer = pypdf.PdfWriter()
        with open(path, "wb") as fh:
            writer.write(fh)
        return path
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


def build_encrypted_pdf(path: Path, *, user_password: str = "hemligt") -> Path:
    """A one-page text PDF that needs a password to open."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption(user_password, ownerPassword="owner-" + user_password, strength=128)
    c = rl_canvas.Canvas(str(path), pagesize=A4, encrypt=enc)
    c.setFont("Helvetica", 11)
    c.drawString(60, 760, "Hemlig handlingsplan mot våld")
    c.showPage()
    c.save()
    return path


def truncate_pdf(src: Path, dst: Path, *, keep: float = 0.6) -> Path:
    """Copy the first `keep` share of a PDF's bytes (a download cut short)."""
    data = Path(src).read_bytes()
    dst.write_bytes(data[: max(16, int(len(data) * keep))])
    return dst


def build_scanned_pdf(
    src_pdf: Path, out: Path, dpi: int = 200, *, pages: Iterable[int] = (1,)
) -> Path:
    """Render the given 1-based pages of src_pdf to images (pypdfium2) and wrap each image alone
    into a page of a new PDF: an image-only document with no text layer."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(src_pdf))
    c = rl_canvas.Canvas(str(out))
    try:
        for number in pages:
            page = src[number - 1]
            width, height = page.get_size()
            image = page.render(scale=dpi / 72).to_pil().convert("L")
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            buf.seek(0)
            from reportlab.lib.utils import ImageReader

            c.setPageSize((width, height))
            c.drawImage(ImageReader(buf), 0, 0, width=width, height=height)
            c.showPage()
            page.close()
    finally:
        src.close()
    c.save()
    return out


def build_partly_scanned_pdf(
    src_pdf: Path, out: Path, *, scanned: Sequence[int] = (2,), dpi: int = 100
) -> Path:
    """A copy of src_pdf where the given 1-based pages are replaced by image-only scans."""
    import pypdf

    scans = build_scanned_pdf(src_pdf, out.with_suffix(".scans.pdf"), dpi, pages=scanned)
    reader, scan_reader = pypdf.PdfReader(str(src_pdf)), pypdf.PdfReader(str(scans))
    writer = pypdf.PdfWriter()
    order = list(scanned)
    for i, page in enumerate(reader.pages, start=1):
        writer.add_page(scan_reader.pages[order.index(i)] if i in order else page)
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def build_symbol_garbage_pdf(path: Path) -> Path:
    """A page whose text layer is mostly non-letters (a broken font encoding)."""
    junk = "#$%& ()*+ ,-./ 0123 :;<= >?@[ ]^_{ |}~ " * 3
    return build_text_pdf(path, [[junk] * 20])
