"""Layouts of responsibility found on the fourth round of development documents, each on a real
generated file through the real pipeline: a table header of two rows ('Ansvar' over
'Huvudansvarig' | 'Medverkande'), abbreviations a glossary defines, labels inside a
responsibility ('X Samverkan: Y', 'X; medverkande: Y'), a municipality's own units the registry
does not know, and a heading that names the area of the labelled goal under it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from ingest.pipeline import ingest_file

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("hc", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=8)
GRID = [("GRID", (0, 0), (-1, -1), 0.5, "#555555"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _agencies(doc) -> list[set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    return [{(m.name, m.role) for m in a.agencies} for a in doc.actions]


def test_a_two_row_header_gives_lead_and_partner_columns(tmp_path: Path) -> None:
    rows = [
        ["Åtgärd", "Ansvar", "", "Klart"],
        ["", "Huvudansvarig", "Medverkande", ""],
        [
            "Ta fram informationskort om stöd till våldsutsatta",
            "Socialförvaltningen",
            "Region Skåne",
            "2026",
        ],
        [
            "Informera om behandling vid varje anmälan om våld",
            "Polismyndigheten",
            "Socialförvaltningen",
            "2025",
        ],
    ]
    data = [[Paragraph(c, HEAD if i < 2 else CELL) for c in row] for i, row in enumerate(rows)]
    table = Table(
        data,
        colWidths=(200, 120, 110, 50),
        style=TableStyle(
            [*GRID, ("SPAN", (1, 0), (2, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (3, 0), (3, 1))]
        ),
    )
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [
            Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", H1),
            Paragraph("Höörs kommun", BODY),
            Paragraph("Mål 1 – Fler våldsutsatta får stöd", H2),
            table,
        ]
    )
    doc = ingest_file(path)
    assert [a.text for a in doc.actions] == [rows[2][0], rows[3][0]]
    assert _agencies(doc) == [
        {("Kommunerna", "lead"), ("Region", "partner")},
        {("Polismyndigheten", "lead"), ("Kommunerna", "partner")},
    ]


def test_abbreviations_a_glossary_defines_name_their_organisations(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Ansvarig", "Samverkan"],
        ["Utbilda elevhälsan i att fråga om våld", "BUF", "BUP"],
        ["Erbjuda stödsamtal till barn som upplevt våld", "SoF", ""],
    ]
    glossary = [["BUF", "Barn- och utbildningsförvaltningen"], ["BUP", "Barn- och ungdomspsykiatrin"],
                ["FREDA", "Socialstyrelsens bedömningsinstrument"], ["SoF", "Socialförvaltningen"]]  # fmt: skip
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [
            Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", H1),
            Paragraph("Höörs kommun", BODY),
            Paragraph("1. Barn som upplever våld får stöd", H2),
            Table([[Paragraph(c, CELL) for c in r] for r in rows], style=TableStyle(GRID)),
            PageBreak(),
            Paragraph("Förkortningar", H2),
            Table([[Paragraph(a, HEAD), Paragraph(b, CELL)] for a, b in glossary]),
        ]
    )
    doc = ingest_file(path)
    assert len(doc.actions) == 2
    assert _agencies(doc) == [
        {("Kommunerna", "lead"), ("Region", "partner")},
        {("Kommunerna", "lead")},
    ]


def test_labels_inside_a_responsibility_and_own_units(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(
        "<html><body><h1>Handlingsplan mot våld i nära relationer 2025–2027</h1>"
        "<p>Höörs kommun</p><h2>Mål 1. Våldsutsatta får samordnat stöd</h2><ul>"
        "<li>Ta fram en rutin för samordnad individuell plan. Ansvar: Socialförvaltningen "
        "Samverkan: Region Skåne</li>"
        "<li>Sprida kampanjen Orange dag i kommunens kanaler. Ansvar: Kommunikationsenheten</li>"
        "</ul><h2>Mål 2. Fler unga vet var de får hjälp</h2>"
        "<p>Genomföra lektioner om relationer i årskurs 8.</p>"
        "<p>Ansvarig: Barn- och utbildningsförvaltningen; medverkande: Höörs tjejjour</p>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = ingest_file(path)
    assert [a.text.rstrip(".") for a in doc.actions] == [
        "Ta fram en rutin för samordnad individuell plan",
        "Sprida kampanjen Orange dag i kommunens kanaler",
        "Genomföra lektioner om relationer i årskurs 8",
    ]
    assert _agencies(doc) == [
        {("Kommunerna", "lead"), ("Region", "partner")},
        {("Kommunerna", "lead")},
        {("Kommunerna", "lead"), ("Civilsamhället", "partner")},
    ]


def test_a_heading_over_a_labelled_goal_names_its_area(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Handlingsplan mot våld i nära relationer 2025–2027", style="Title")
    doc.add_paragraph("Höörs kommun")
    for area, goal, measure in (
        ("Fokusområde: Förebygga", "Fler unga har kunskap om jämställda relationer",
         "Införa undervisning om samtycke i årskurs 8"),
        ("Fokusområde: Stöd", "Våldsutsatta får stöd utan dröjsmål",
         "Korta väntetiden till första stödsamtal"),
    ):  # fmt: skip
        doc.add_paragraph(area, style="Heading 1")
        paragraph = doc.add_paragraph()
        paragraph.add_run("Mål: ").bold = True
        paragraph.add_run(goal)
        table = doc.add_table(rows=2, cols=2, style="Table Grid")
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Aktivitet", "Ansvarig"
        table.rows[1].cells[0].text, table.rows[1].cells[1].text = measure, "Socialförvaltningen"
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    extracted = ingest_file(path)
    assert [g.title for g in extracted.goals] == [
        "Fler unga har kunskap om jämställda relationer",
        "Våldsutsatta får stöd utan dröjsmål",
    ]
    goal_of = {g.key: g.title for g in extracted.goals}
    assert [goal_of[a.goal_key] for a in extracted.actions] == [g.title for g in extracted.goals]
