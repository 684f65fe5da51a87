"""Generate enkoping_handlingsplan_mvk_2025-2027.docx with python-docx.

Invented but realistic content. Layout: a Word document whose chapters are 'Heading 1' focus
areas ('Fokusområde: Förebygga'); under each, one or two goals as ordinary paragraphs that open
with a bold run 'Mål:' followed by the goal in normal type, each followed by its own table
'Aktivitet | Ansvarig | Samverkan | Tidsplan' (Word's 'Table Grid'). A table of contents is
typed as plain lines, and a 'Begrepp' section holds a definitions table that is no plan.

Run from this folder: python make.py
"""

from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "enkoping_handlingsplan_mvk_2025-2027.docx"

PLAN = [
    (
        "Fokusområde: Förebygga",
        [
            (
                "Fler unga i Enköping har kunskap om jämställda relationer",
                [
                    (
                        "Införa undervisning om samtycke och relationer i årskurs 8",
                        "Utbildningsförvaltningen",
                        "",
                        "HT 2025",
                    ),
                    (
                        "Utbilda fritidsledare i normkritiskt förhållningssätt",
                        "Kultur- och fritidsförvaltningen",
                        "Enköpings tjejjour",
                        "2026",
                    ),
                ],
            ),
        ],
    ),
    (
        "Fokusområde: Stöd och skydd",
        [
            (
                "Våldsutsatta kvinnor får stöd utan onödigt dröjsmål",
                [
                    (
                        "Korta väntetiden till första stödsamtal till högst fem arbetsdagar",
                        "Socialförvaltningen",
                        "",
                        "2025",
                    ),
                    (
                        "Teckna avtal om skyddat boende med särskild kompetens för kvinnor med missbruk",
                        "Socialförvaltningen",
                        "Region Uppsala",
                        "2026",
                    ),
                ],
            ),
            (
                "Barn som upplevt våld får egna insatser",
                [
                    (
                        "Erbjuda gruppverksamhet för barn som upplevt våld två gånger per år",
                        "Socialförvaltningen",
                        "Utbildningsförvaltningen",
                        "2025–2027",
                    ),
                    (
                        "Ta fram en rutin för hur förskolan agerar vid oro för att ett barn upplever våld",
                        "Utbildningsförvaltningen",
                        "Socialförvaltningen",
                        "2025",
                    ),
                ],
            ),
        ],
    ),
    (
        "Fokusområde: Våldsutövare",
        [
            (
                "Fler som utövar våld får behandling",
                [
                    (
                        "Erbjuda strukturerad behandling för våldsutövare, även för unga",
                        "Socialförvaltningen",
                        "Kriminalvården, Frivården Uppsala",
                        "2026",
                    ),
                ],
            ),
        ],
    ),
]


def main() -> None:
    doc = Document()
    doc.add_paragraph("Handlingsplan mot mäns våld mot kvinnor 2025–2027", style="Title")
    doc.add_paragraph("Enköpings kommun. Antagen av kommunfullmäktige den 10 mars 2025.")
    doc.add_paragraph("Innehåll", style="Heading 1")
    for line in (
        "Inledning",
        "Begrepp",
        "Fokusområde: Förebygga",
        "Fokusområde: Stöd och skydd",
        "Fokusområde: Våldsutövare",
        "Uppföljning",
    ):
        doc.add_paragraph(line)
    doc.add_paragraph("Inledning", style="Heading 1")
    doc.add_paragraph(
        "Handlingsplanen beskriver hur Enköpings kommun ska arbeta mot mäns våld mot kvinnor, "
        "våld i nära relationer och hedersrelaterat våld. Varje fokusområde har ett eller två "
        "mål, och för varje mål finns en tabell med aktiviteter."
    )
    doc.add_paragraph("Begrepp", style="Heading 1")
    t = doc.add_table(rows=0, cols=2, style="Table Grid")
    for a, b in (
        ("Våld i nära relationer", "Våld som utövas av en närstående person."),
        ("Hedersrelaterat våld", "Våld som motiveras av familjens eller släktens heder."),
    ):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    for area, goals in PLAN:
        doc.add_paragraph(area, style="Heading 1")
        for goal, rows in goals:
            p = doc.add_paragraph()
            run = p.add_run("Mål: ")
            run.bold = True
            p.add_run(goal)
            table = doc.add_table(rows=1, cols=4, style="Table Grid")
            for cell, h in zip(
                table.rows[0].cells, ("Aktivitet", "Ansvarig", "Samverkan", "Tidsplan")
            ):
                cell.text = ""
                r = cell.paragraphs[0].add_run(h)
                r.bold = True
            for row in rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
            doc.add_paragraph()
    doc.add_paragraph("Uppföljning", style="Heading 1")
    doc.add_paragraph(
        "Socialnämnden följer upp planen årligen. Varje förvaltning rapporterar "
        "sina aktiviteter i december."
    )
    for s in doc.styles:
        if s.name == "Normal":
            s.font.size = Pt(11)
    doc.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
