"""Generate kungsbacka_handlingsplan_vald_2025-2027.docx (Kungsbacka kommun), python-docx.

Invented but realistic content. Layout: a Word document with one action table for the whole
plan: columns Nr | Aktivitet | Ansvarig | Samverkanspart | Tidplan; each goal is a shaded row
whose cells are merged horizontally over all five columns ("Mål 2 Våldsutsatta ..."), followed
by the goal's activity rows. Prose before the table (Heading 1 chapters) and a follow-up
chapter after it.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from docx import Document
from docx.shared import Cm

from tests.devset.docgen import shade_cell

HERE = Path(__file__).resolve().parent
OUT = HERE / "kungsbacka_handlingsplan_vald_2025-2027.docx"

# (goal, [(aktivitet, ansvarig, samverkanspart, tidplan)])
PLAN = [
    (
        "Kunskapen om våld i nära relationer ökar bland kommunens medarbetare",
        [
            (
                "Erbjuda webbutbildningen Grundkurs om våld till alla medarbetare i kommunen",
                "Personalavdelningen",
                "",
                "2025",
            ),
            (
                "Utbilda chefer i förskola, skola och äldreomsorg i hur de hanterar oro för "
                "att en medarbetare utsätts för våld",
                "Personalavdelningen",
                "Individ- och familjeomsorg",
                "2026",
            ),
        ],
    ),
    (
        "Våldsutsatta kvinnor, män och barn får rätt stöd i rätt tid",
        [
            (
                "Införa en gemensam ingång till socialtjänsten för alla ärenden om våld i nära "
                "relationer",
                "Individ- och familjeomsorg",
                "",
                "2025",
            ),
            (
                "Ge barn som upplevt våld möjlighet till stödsamtal inom tre veckor efter kontakt",
                "Individ- och familjeomsorg",
                "Region Halland, Barn- och ungdomspsykiatrin",
                "2025",
            ),
            (
                "Utveckla samarbetet med Kvinno- och tjejjouren i Kungsbacka om boende och "
                "efterföljande stöd",
                "Individ- och familjeomsorg",
                "Kvinno- och tjejjouren i Kungsbacka",
                "2026",
            ),
        ],
    ),
    (
        "Våld förebyggs tidigt bland barn och unga",
        [
            (
                "Genomföra normkritiska samtal om maskulinitet och våld med pojkar i högstadiet",
                "Förskola & Grundskola",
                "Fryshuset",
                "2025–2027",
            ),
            (
                "Utbilda ungdomsledare i föreningslivet i att upptäcka och agera vid våld i "
                "ungas relationer",
                "Kultur & Fritid",
                "RF-SISU Halland",
                "2026",
            ),
        ],
    ),
]


def main() -> None:
    doc = Document()
    doc.add_paragraph("Handlingsplan mot våld i nära relationer 2025–2027", style="Title")
    doc.add_paragraph("Kungsbacka kommun. Beslutad av kommunstyrelsen 2025-02-04.")
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Handlingsplanen beskriver hur Kungsbacka kommun arbetar mot våld i nära relationer "
        "under åren 2025–2027. Den omfattar alla förvaltningar. Planen har tre mål och till "
        "varje mål hör ett antal aktiviteter, som samlas i tabellen nedan."
    )
    doc.add_heading("Mål och aktiviteter", level=1)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("Nr", "Aktivitet", "Ansvarig", "Samverkanspart", "Tidplan")
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for i, (goal, rows) in enumerate(PLAN, start=1):
        cells = table.add_row().cells
        merged = cells[0].merge(cells[4])
        merged.text = f"Mål {i} {goal}"
        merged.paragraphs[0].runs[0].bold = True
        shade_cell(merged, "D9E2F3")
        for j, (akt, ansv, sam, tid) in enumerate(rows, start=1):
            c = table.add_row().cells
            for cell, text in zip(c, (f"{i}.{j}", akt, ansv, sam, tid)):
                cell.text = text
    for row in table.rows:
        for cell, w in zip(row.cells, (Cm(1.2), Cm(7.5), Cm(3.3), Cm(3.3), Cm(1.8))):
            cell.width = w
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Individ- och familjeomsorg samordnar uppföljningen och rapporterar till "
        "kommunstyrelsen en gång per år. Planen revideras 2027."
    )
    doc.core_properties.title = "Handlingsplan mot våld i nära relationer 2025–2027"
    doc.core_properties.author = "Kungsbacka kommun"
    doc.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
