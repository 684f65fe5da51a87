"""Generate vastervik_handlingsplan_vald_2025-2027.pdf with reportlab.

Invented but realistic content. Layout: goals are numbered headings 'Mål 1 ...'; under each a
short introduction, then each measure is a paragraph of its own that opens with a bold verb
phrase ('<b>Utbilda förskolans personal</b> i att ...'), may add a sentence of description, and
ends with 'Ansvarig: X. Tidplan: Y.' in the same paragraph (sometimes 'Ansvarig: X, i samverkan
med Z.'). A closing 'Så följer vi upp' section has a bold-opening paragraph that is no measure.

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

HERE = Path(__file__).resolve().parent
OUT = HERE / "vastervik_handlingsplan_vald_2025-2027.pdf"

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceBefore=12, spaceAfter=6
)

PLAN = [
    (
        "Våld upptäcks tidigt i alla kommunens verksamheter",
        "Många som utsätts för våld har kontakt med kommunen utan att våldet kommer fram.",
        [
            (
                "Utbilda förskolans personal",
                " i att upptäcka barn som lever med våld och i att göra orosanmälan.",
                "",
                "Barn- och utbildningsförvaltningen",
                "2025",
            ),
            (
                "Fråga om våld",
                " vid alla nybesök inom ekonomiskt bistånd och missbruksvården.",
                " Frågorna ställs enligt Socialstyrelsens rekommendationer.",
                "Socialförvaltningen",
                "2025",
            ),
            (
                "Ta fram en handbok",
                " för hemtjänstens personal om våld mot äldre.",
                "",
                "Omsorgsförvaltningen, i samverkan med Socialförvaltningen",
                "2026",
            ),
        ],
    ),
    (
        "Våldsutsatta och deras barn får det stöd de behöver",
        "Stödet ska vara samordnat och utgå från den enskildes behov.",
        [
            (
                "Inrätta en våldsmottagning",
                " för vuxna som utsatts för våld i nära relation.",
                " Mottagningen ska ta emot både kvinnor och män.",
                "Socialförvaltningen, i samverkan med Region Kalmar län",
                "2026",
            ),
            (
                "Erbjuda stödsamtal till barn",
                " som bevittnat våld inom en månad efter att våldet blivit känt.",
                "",
                "Socialförvaltningen",
                "2025–2027",
            ),
            (
                "Utveckla samarbetet med kvinnojouren",
                " genom ett idéburet offentligt partnerskap.",
                " Partnerskapet ska ge jouren långsiktig finansiering.",
                "Socialförvaltningen, i samverkan med Västerviks kvinnojour",
                "2025",
            ),
        ],
    ),
    (
        "Färre återfall i våld",
        "Den som utövar våld ska erbjudas hjälp att sluta.",
        [
            (
                "Erbjuda behandling till våldsutövare",
                " i grupp och individuellt.",
                "",
                "Socialförvaltningen, i samverkan med Kriminalvården",
                "2026",
            )
        ],
    ),
]


def story() -> list:
    s = [
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", H1),
        Paragraph("Västerviks kommun", BODY),
        Paragraph(
            "Planen gäller för kommunens alla förvaltningar och bolag. Varje åtgärd har "
            "en ansvarig förvaltning och en tidplan.",
            BODY,
        ),
    ]
    for i, (goal, intro, measures) in enumerate(PLAN, 1):
        s.append(Paragraph(f"Mål {i} {goal}", H2))
        s.append(Paragraph(intro, BODY))
        for verb, rest, more, ansvar, tid in measures:
            s.append(
                Paragraph(f"<b>{verb}</b>{rest}{more} Ansvarig: {ansvar}. Tidplan: {tid}.", BODY)
            )
    s += [
        Paragraph("Så följer vi upp", H2),
        Paragraph(
            "<b>Årlig uppföljning</b> görs av socialnämnden, som redovisar resultatet "
            "för kommunstyrelsen i februari varje år.",
            BODY,
        ),
    ]
    return s


def main() -> None:
    SimpleDocTemplate(str(OUT), pagesize=A4).build(story())
    print(OUT)


if __name__ == "__main__":
    main()
