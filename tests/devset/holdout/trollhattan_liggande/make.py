"""Generate trollhattan_handlingsplan_vald_heder_2024-2026.pdf (Trollhättans stad), reportlab.

Invented but realistic content. Landscape A4. After a one-page introduction (portrait text
set on a landscape page), each mål has a ruled table Mål | Delmål | Aktivitet | Ansvarig |
Klart where the Mål cell is merged (spans) down all its rows and each Delmål cell is merged
down its activities; the header row is repeated for each table. Partners are written inside
the Ansvarig cell ('X i samverkan med Y'). Each table is kept on one page.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "trollhattan_handlingsplan_vald_heder_2024-2026.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
PAGE = landscape(A4)
W = PAGE[0] - 36 * mm

BODY = ParagraphStyle("body", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5)
GCELL = ParagraphStyle("gcell", fontName="LS-Bold", fontSize=9.5, leading=12)
HEAD = ParagraphStyle("head", fontName="LS-Bold", fontSize=9.5, leading=12, textColor=colors.white)
H1 = ParagraphStyle("h1", fontName="LS-Bold", fontSize=16, leading=20, spaceAfter=8)
TITLE = ParagraphStyle("t", fontName="LS-Bold", fontSize=22, leading=27, spaceAfter=8)
PURPLE = colors.HexColor("#4B2E6F")

# (mål, [(delmål, [(aktivitet, ansvarig, klart)])])
PLAN = [
    (
        "Våld i nära relationer förebyggs",
        [
            (
                "Unga har kunskap om jämlika relationer och gränser",
                [
                    (
                        "Genomföra lektionsserien Relationer och gränser i alla klasser i årskurs 7",
                        "Utbildningsförvaltningen",
                        "2024",
                    ),
                    (
                        "Utbilda ledare i föreningslivet om våld i ungas relationer",
                        "Kultur- och fritidsförvaltningen i samverkan med Trollhättans "
                        "idrottsföreningar",
                        "2025",
                    ),
                ],
            ),
            (
                "Invånarna vet var de kan få stöd",
                [
                    (
                        "Genomföra informationsinsatser om stöd vid våld på bibliotek, vårdcentraler "
                        "och webben",
                        "Kommunikationsavdelningen i samverkan med Region Västra Götaland",
                        "2024",
                    ),
                ],
            ),
        ],
    ),
    (
        "Våldsutsatta får ett samordnat stöd",
        [
            (
                "Våld upptäcks tidigt",
                [
                    (
                        "Införa en rutin för frågor om våld i handläggningen av ekonomiskt bistånd",
                        "Socialförvaltningen",
                        "2024",
                    ),
                    (
                        "Utbilda hemtjänstens personal i att uppmärksamma våld mot äldre",
                        "Vård- och omsorgsförvaltningen",
                        "2025",
                    ),
                ],
            ),
            (
                "Stödet och skyddet håller god kvalitet",
                [
                    (
                        "Erbjuda skyddat boende där även medföljande tonårssöner kan bo",
                        "Socialförvaltningen i samverkan med Kvinnojouren i Trollhättan",
                        "2025",
                    ),
                    (
                        "Inrätta en särskild utredartjänst för barn som upplevt våld",
                        "Socialförvaltningen",
                        "2024",
                    ),
                    (
                        "Samordna stödet till våldsutsatta med sjukhusets kuratorer",
                        "Socialförvaltningen i samverkan med NU-sjukvården",
                        "2026",
                    ),
                ],
            ),
        ],
    ),
    (
        "Hedersrelaterat våld och förtryck motverkas",
        [
            (
                "Personalen har kunskap att upptäcka och agera",
                [
                    (
                        "Genomföra en basutbildning om hedersrelaterat våld och förtryck för all "
                        "personal inom elevhälsan",
                        "Utbildningsförvaltningen i samverkan med Länsstyrelsen Västra Götaland",
                        "2024",
                    ),
                    (
                        "Utse en hedersansvarig på varje enhet inom socialtjänsten",
                        "Socialförvaltningen",
                        "2024",
                    ),
                ],
            ),
            (
                "Unga och föräldrar nås av förebyggande insatser",
                [
                    (
                        "Erbjuda föräldraskapsstöd med fokus på barns rättigheter på arabiska, "
                        "somaliska och tigrinja",
                        "Socialförvaltningen i samverkan med Studieförbundet Ibn Rushd",
                        "2025",
                    ),
                    (
                        "Genomföra samtalsgrupper för unga om normer, heder och rättigheter",
                        "Kultur- och fritidsförvaltningen",
                        "2025–2026",
                    ),
                ],
            ),
        ],
    ),
]


def goal_table(n: int, goal: str, delmal) -> Table:
    data = [[Paragraph(h, HEAD) for h in ("Mål", "Delmål", "Aktivitet", "Ansvarig", "Klart")]]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), PURPLE),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    first_goal_row = 1
    for d, (sub, acts) in enumerate(delmal, start=1):
        first = len(data)
        for i, (text, lead, when) in enumerate(acts):
            data.append(
                [
                    Paragraph(f"Mål {n}<br/>{goal}", GCELL) if first == 1 and i == 0 else "",
                    Paragraph(f"{n}.{d} {sub}", CELL) if i == 0 else "",
                    Paragraph(text, CELL),
                    Paragraph(lead, CELL),
                    Paragraph(when, CELL),
                ]
            )
        if len(acts) > 1:
            style.append(("SPAN", (1, first), (1, len(data) - 1)))
    style.append(("SPAN", (0, first_goal_row), (0, len(data) - 1)))
    style.append(("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#ECE6F3")))
    t = Table(data, colWidths=[W * 0.16, W * 0.19, W * 0.33, W * 0.24, W * 0.08])
    t.setStyle(TableStyle(style))
    return t


def deco(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.drawString(18 * mm, PAGE[1] - 11 * mm, "Trollhättans stad")
    c.drawRightString(
        PAGE[0] - 18 * mm,
        PAGE[1] - 11 * mm,
        "Handlingsplan mot våld i nära relationer och hedersrelaterat våld 2024–2026",
    )
    c.drawRightString(PAGE[0] - 18 * mm, 9 * mm, f"Sida {doc.page}")
    c.restoreState()


def story():
    s = [
        Paragraph(
            "Handlingsplan mot våld i nära relationer och hedersrelaterat våld 2024–2026", TITLE
        ),
        Paragraph("Trollhättans stad · Antagen av kommunfullmäktige 2023-12-18", BODY),
        Spacer(1, 4 * mm),
        Paragraph("Inledning", H1),
        Paragraph(
            "Trollhättans stad ska vara en trygg stad där ingen utsätts för våld av en "
            "närstående och där ingen begränsas av hedersnormer. Handlingsplanen omfattar "
            "stadens samtliga förvaltningar och beskriver de aktiviteter som ska genomföras "
            "under 2024–2026. Den har tagits fram av socialförvaltningen tillsammans med "
            "utbildningsförvaltningen, kultur- och fritidsförvaltningen och vård- och "
            "omsorgsförvaltningen.",
            BODY,
        ),
        Paragraph(
            "Planen har tre mål med delmål. I tabellerna anges för varje aktivitet vilken "
            "förvaltning som ansvarar, i förekommande fall tillsammans med vem, och när "
            "aktiviteten ska vara klar. Socialförvaltningen följer upp planen årligen och "
            "rapporterar till socialnämnden.",
            BODY,
        ),
        Paragraph(
            "Under 2023 fick socialtjänsten i Trollhättan 612 orosanmälningar som gällde våld i "
            "hemmet, och 37 ärenden hade inslag av hedersrelaterat våld och förtryck.",
            BODY,
        ),
        PageBreak(),
    ]
    for n, (goal, delmal) in enumerate(PLAN, start=1):
        s.append(KeepTogether([goal_table(n, goal, delmal), Spacer(1, 7 * mm)]))
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=PAGE,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=17 * mm,
        bottomMargin=15 * mm,
        title="Handlingsplan mot våld i nära relationer och hedersrelaterat våld 2024–2026",
        author="Trollhättans stad",
    )
    doc.build(story(), onFirstPage=deco, onLaterPages=deco)
    print(OUT)


if __name__ == "__main__":
    main()
