"""Generate sandviken_handlingsplan_heder_2025-2027.docx with python-docx.

Invented but realistic content. Layout: a Word document whose plan is one outer table 'Mål |
Åtgärder': one row per goal, the goal in the left cell and, in the right cell, a table nested
inside the cell with the columns 'Åtgärd | Ansvarig | Klart'. A short introduction and a
contact paragraph around it.

Run from this folder: python make.py
"""

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
OUT = HERE / "sandviken_handlingsplan_heder_2025-2027.docx"

PLAN = [
    (
        "Unga som lever med hedersrelaterade begränsningar upptäcks och får stöd",
        [
            (
                "Utbilda elevhälsan på alla skolor i att känna igen hedersrelaterat våld",
                "Barn- och ungdomsförvaltningen",
                "2025",
            ),
            (
                "Inrätta en kontaktperson för hedersfrågor på varje gymnasieskola",
                "Barn- och ungdomsförvaltningen",
                "2026",
            ),
            (
                "Ge socialsekreterare handledning i hedersärenden av Länsstyrelsen Gävleborgs kompetensteam",
                "Socialförvaltningen",
                "2025",
            ),
        ],
    ),
    (
        "Föräldrar och civilsamhälle är med i det förebyggande arbetet",
        [
            (
                "Erbjuda föräldraträffar om barns rättigheter i samarbete med Studieförbundet Vuxenskolan",
                "Socialförvaltningen",
                "2025–2027",
            ),
            (
                "Samla trossamfund och föreningar till ett årligt dialogmöte om heder",
                "Kommunstyrelsens förvaltning",
                "2026",
            ),
        ],
    ),
    (
        "Den som utsätts får skydd",
        [
            (
                "Ta fram en rutin för akut placering vid risk för bortgifte",
                "Socialförvaltningen",
                "2025",
            ),
            (
                "Upprätta en överenskommelse med Polisen om gemensamma riskbedömningar",
                "Socialförvaltningen",
                "2026",
            ),
        ],
    ),
]


def main() -> None:
    doc = Document()
    doc.add_paragraph(
        "Handlingsplan mot hedersrelaterat våld och förtryck 2025–2027", style="Title"
    )
    doc.add_paragraph("Sandvikens kommun")
    doc.add_paragraph("Inledning", style="Heading 1")
    doc.add_paragraph(
        "Planen beskriver hur Sandvikens kommun ska förebygga och motverka hedersrelaterat våld "
        "och förtryck. Målen och åtgärderna står i tabellen nedan."
    )
    doc.add_paragraph("Mål och åtgärder", style="Heading 1")
    outer = doc.add_table(rows=1, cols=2, style="Table Grid")
    outer.rows[0].cells[0].text = "Mål"
    outer.rows[0].cells[1].text = "Åtgärder"
    for goal, rows in PLAN:
        left, right = outer.add_row().cells
        left.text = goal
        right.text = ""
        inner = right.add_table(rows=1, cols=3)
        inner.style = doc.styles["Table Grid"]
        for cell, h in zip(inner.rows[0].cells, ("Åtgärd", "Ansvarig", "Klart")):
            cell.text = h
        for row in rows:
            for cell, value in zip(inner.add_row().cells, row):
                cell.text = value
    doc.add_paragraph("Kontakt", style="Heading 1")
    doc.add_paragraph("Frågor om planen besvaras av socialförvaltningen, telefon 026-24 00 00.")
    doc.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
