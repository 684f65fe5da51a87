"""Generate lidkoping_handlingsplan_vald_2025-2028.pdf with reportlab.

Invented but realistic content. Layout: a municipal plan whose responsibility columns name
förvaltningar, nämnder and partners only by abbreviations (SoF, IFO, BUF, KFF, BUP, VGR, SN),
defined in a two-column glossary 'Förkortningar' on the last page. Goals are numbered headings
'1. ...'; each has a ruled table 'Aktivitet | Ansvarig | Samverkan | År'. A page header with the
plan's name.

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "lidkoping_handlingsplan_vald_2025-2028.pdf"

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("hc", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=12, spaceAfter=8
)

PLAN = [
    (
        "Våld i nära relationer upptäcks och uppmärksammas",
        [
            ("Utbilda all personal inom IFO i bedömningsinstrumentet FREDA", "IFO", "", "2025"),
            (
                "Införa en rutin för att fråga om våld vid hembesök inom hemtjänsten",
                "SoF",
                "IFO",
                "2025",
            ),
            ("Genomföra temadagar om våld och kontroll för elevhälsan", "BUF", "IFO, BUP", "2026"),
        ],
    ),
    (
        "Barn som lever med våld får stöd och skydd",
        [
            (
                "Erbjuda samtalsstöd för barn som upplevt våld, även när en förälder inte samtycker",
                "IFO",
                "",
                "2025–2028",
            ),
            (
                "Ta fram en gemensam rutin för samordnad individuell plan för barn med behov från BUP och socialtjänsten",
                "IFO",
                "BUP, VGR",
                "2026",
            ),
        ],
    ),
    (
        "Fler mötesplatser arbetar våldsförebyggande",
        [
            (
                "Utbilda fritidsgårdarnas personal i metoden Mentorer i våldsprevention",
                "KFF",
                "BUF",
                "2025–2026",
            ),
            (
                "Ge föreningar som får kommunalt stöd information om hur de kan agera vid oro",
                "KFF",
                "",
                "2027",
            ),
        ],
    ),
]

GLOSSARY = [
    ("BUF", "Barn- och utbildningsförvaltningen"),
    ("BUP", "Barn- och ungdomspsykiatrin, Västra Götalandsregionen"),
    ("FREDA", "Socialstyrelsens bedömningsinstrument för våld i nära relationer"),
    ("IFO", "Individ- och familjeomsorgen inom socialförvaltningen"),
    ("KFF", "Kultur- och fritidsförvaltningen"),
    ("SN", "Socialnämnden"),
    ("SoF", "Socialförvaltningen"),
    ("VGR", "Västra Götalandsregionen"),
]


def header(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(
        56, A4[1] - 30, "Lidköpings kommun · Handlingsplan mot våld i nära relationer"
    )
    canvas.restoreState()


def story() -> list:
    s = [
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2028", H1),
        Paragraph("Lidköpings kommun. Beslutad av SN 2025-01-22.", BODY),
        Paragraph("Om planen", H2),
        Paragraph(
            "Planen samlar kommunens aktiviteter mot våld i nära relationer. Ansvar och "
            "samverkan anges med förkortningar som förklaras sist i planen.",
            BODY,
        ),
    ]
    for i, (goal, rows) in enumerate(PLAN, 1):
        s.append(Paragraph(f"{i}. {goal}", H2))
        data = [[Paragraph(h, HEAD) for h in ("Aktivitet", "Ansvarig", "Samverkan", "År")]]
        data += [[Paragraph(c, CELL) for c in row] for row in rows]
        s.append(
            Table(
                data,
                colWidths=(265, 70, 90, 60),
                style=TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, "#666666"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#e4ecd9"),
                    ]
                ),
            )
        )
    s += [PageBreak(), Paragraph("Förkortningar", H2)]
    s.append(
        Table(
            [[Paragraph(a, HEAD), Paragraph(b, CELL)] for a, b in GLOSSARY],
            colWidths=(70, 380),
            style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]),
        )
    )
    return s


def main() -> None:
    SimpleDocTemplate(str(OUT), pagesize=A4, topMargin=60).build(
        story(), onFirstPage=header, onLaterPages=header
    )
    print(OUT)


if __name__ == "__main__":
    main()
