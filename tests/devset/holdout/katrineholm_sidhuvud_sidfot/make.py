"""Generate katrineholm_handlingsplan_vald_2025-2027.pdf with reportlab.

Invented but realistic content. Layout: a text PDF with a running header (the municipality's
name and the plan's title) and a footer ('Katrineholms kommun | Dnr SN/2024:118 | Sida N av M')
on every page. Goals are 'Delmål N: ...' headings; the measures are bullet lists, each bullet
followed by an indented line 'Ansvarig: X'; one list runs over a page break, so the footer and
header stand between two of its items.

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE / "katrineholm_handlingsplan_vald_2025-2027.pdf"

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=16, bulletIndent=3, spaceAfter=0)
FIELD = ParagraphStyle("f", parent=BODY, leftIndent=16, fontSize=9.5, spaceAfter=7)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=19, leading=23, spaceAfter=12)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=12, spaceAfter=7
)

GOALS = [
    (
        "Fler som utsätts för våld i nära relationer söker och får hjälp",
        [
            (
                "Genomföra en informationskampanj om kommunens stöd riktad till äldre kvinnor",
                "Vård- och omsorgsförvaltningen",
            ),
            (
                "Ge information om stöd på flera språk på kommunens webbplats och i sfi-undervisningen",
                "Socialförvaltningen",
            ),
            (
                "Utbilda personal inom ekonomiskt bistånd i att ställa frågor om ekonomiskt våld",
                "Socialförvaltningen",
            ),
        ],
    ),
    (
        "Barn som upplever våld får stöd och skydd",
        [
            (
                "Erbjuda barn som upplevt våld individuellt stöd inom fyra veckor",
                "Socialförvaltningen",
            ),
            (
                "Införa en gemensam rutin för skola och socialtjänst när ett barn berättar om våld",
                "Bildningsförvaltningen",
            ),
            (
                "Ordna stödgrupper för mammor och barn tillsammans med Katrineholms kvinnojour",
                "Socialförvaltningen",
            ),
        ],
    ),
    (
        "Våldet upphör",
        [
            (
                "Erbjuda behandling för våldsutövare i samarbete med Vingåkers kommun",
                "Socialförvaltningen",
            ),
            (
                "Informera om behandlingen i samband med att polisen gör hembesök efter anmälan",
                "Polisen i Katrineholm",
            ),
        ],
    ),
]

BACKGROUND = (
    "Våld i nära relationer är ett allvarligt samhällsproblem som drabbar både vuxna och barn. "
    "Kommunen har ett särskilt ansvar för att den som utsatts för våld får stöd och hjälp. "
    "Planen bygger på socialtjänstlagen, Socialstyrelsens föreskrifter och den nationella "
    "strategin mot mäns våld mot kvinnor. "
)


def decorate(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(56, A4[1] - 32, "Katrineholms kommun")
    canvas.drawRightString(
        A4[0] - 56, A4[1] - 32, "Handlingsplan mot våld i nära relationer 2025–2027"
    )
    canvas.line(56, A4[1] - 36, A4[0] - 56, A4[1] - 36)
    canvas.drawString(56, 30, f"Katrineholms kommun | Dnr SN/2024:118 | Sida {doc.page} av 2")
    canvas.restoreState()


def story() -> list:
    s = [
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", H1),
        Paragraph("Antagen av socialnämnden 2024-11-20.", BODY),
        Paragraph("Bakgrund", H2),
        Paragraph(BACKGROUND * 4, BODY),
        Paragraph("Organisation", H2),
        Paragraph(
            "Socialförvaltningen samordnar arbetet. En styrgrupp med förvaltningschefer "
            "träffas två gånger per år. " * 6,
            BODY,
        ),
        Spacer(1, 60),
    ]
    for i, (goal, items) in enumerate(GOALS, 1):
        s.append(Paragraph(f"Delmål {i}: {goal}", H2))
        for text, who in items:
            s.append(Paragraph(text, ITEM, bulletText="•"))
            s.append(Paragraph(f"Ansvarig: {who}", FIELD))
    s += [
        Paragraph("Uppföljning", H2),
        Paragraph("Planen följs upp årligen i socialnämndens verksamhetsberättelse.", BODY),
    ]
    return s


def main() -> None:
    SimpleDocTemplate(str(OUT), pagesize=A4, topMargin=60, bottomMargin=60).build(
        story(), onFirstPage=decorate, onLaterPages=decorate
    )
    print(OUT)


if __name__ == "__main__":
    main()
