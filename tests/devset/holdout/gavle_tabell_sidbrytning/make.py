"""Generate gavle_handlingsplan_mvk_2025-2028.pdf (Gävle kommun), reportlab.

Invented but realistic content. Layout: one long ruled table Insats | Ansvarig | Samverkan |
Tidsplan holding all the plan's insatser, with each goal as a shaded full-width row
('Mål N: ...', spanning all columns) inside the table. The table starts under the
introduction and runs over two page breaks; the header row is printed on the first page only
(not repeated). Cover page, running header and footer.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "gavle_handlingsplan_mvk_2025-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Ser", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("San", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("San-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="Ser", fontSize=11, leading=15, spaceAfter=8)
CELL = ParagraphStyle("cell", fontName="San", fontSize=9.5, leading=12.5)
HEAD = ParagraphStyle(
    "head", fontName="San-Bold", fontSize=9.5, leading=12.5, textColor=colors.white
)
GOALROW = ParagraphStyle("goalrow", fontName="San-Bold", fontSize=10.5, leading=13.5)
H1 = ParagraphStyle("h1", fontName="San-Bold", fontSize=16, leading=20, spaceAfter=9)
COVER = ParagraphStyle("cov", fontName="San-Bold", fontSize=26, leading=32)
W = A4[0] - 44 * mm
DARK = colors.HexColor("#1F4E5F")

PLAN = [
    (
        "Våldet förebyggs tidigt bland barn och unga",
        [
            (
                "Införa programmet Mentors in Violence Prevention på samtliga kommunala "
                "gymnasieskolor",
                "Utbildning Gävle",
                "Länsstyrelsen Gävleborg",
                "2025–2026",
            ),
            (
                "Utbilda personalen på fritidsgårdarna i att samtala med unga om kontroll och våld "
                "i relationer",
                "Kultur & Fritid",
                "Kvinno- och tjejjouren i Gävle",
                "2025",
            ),
            (
                "Genomföra föräldrautbildning om ungas relationer och utsatthet på nätet",
                "Socialtjänsten",
                "Utbildning Gävle",
                "2026",
            ),
            (
                "Kartlägga otrygga platser i stadsmiljön med fokus på flickors och kvinnors "
                "trygghet",
                "Samhällsbyggnad Gävle",
                "Polisen",
                "2025",
            ),
        ],
    ),
    (
        "Våldsutsatta får tidigt och samordnat stöd",
        [
            (
                "Inrätta en samlad mottagning för våldsutsatta vuxna med möjlighet till "
                "besök utan tidsbokning",
                "Socialtjänsten",
                "Region Gävleborg",
                "2025",
            ),
            (
                "Införa frågor om våld i biståndsbedömningen inom äldreomsorgen och LSS",
                "Omsorgsförvaltningen",
                "–",
                "2026",
            ),
            (
                "Erbjuda juridisk rådgivning till våldsutsatta inför och under en rättsprocess",
                "Socialtjänsten",
                "Brottsofferjouren Gävleborg",
                "2025–2028",
            ),
            (
                "Utveckla stödet till våldsutsatta kvinnor med missbruk tillsammans med "
                "beroendevården",
                "Socialtjänsten",
                "Region Gävleborg",
                "2027",
            ),
            (
                "Ta fram en rutin för att stödja våldsutsatta att nå egen försörjning",
                "Socialtjänsten",
                "Försäkringskassan, Arbetsförmedlingen",
                "2026",
            ),
        ],
    ),
    (
        "Barn som upplever våld uppmärksammas och får stöd",
        [
            (
                "Erbjuda alla barn i utredningar om våld ett eget samtal med socialsekreterare",
                "Socialtjänsten",
                "–",
                "2025",
            ),
            (
                "Säkerställa att barn som bevittnat grovt våld erbjuds bedömning vid Barnahus "
                "Gävleborg",
                "Socialtjänsten",
                "Polisen, Region Gävleborg",
                "2025",
            ),
            (
                "Utbilda förskolans personal i att upptäcka och agera vid oro för att ett barn "
                "upplever våld",
                "Utbildning Gävle",
                "Socialtjänsten",
                "2026",
            ),
        ],
    ),
    (
        "Färre återfaller i våld",
        [
            (
                "Utöka behandlingen för våldsutövare med ett program för unga män 18–25 år",
                "Socialtjänsten",
                "Frivården Gävle",
                "2026",
            ),
            (
                "Inleda ett forskningssamarbete för att följa upp resultaten av behandlingen",
                "Socialtjänsten",
                "Högskolan i Gävle",
                "2027",
            ),
            (
                "Informera om stödlinjen Välj att sluta i kommunens verksamheter för vuxna",
                "Kommunledningskontoret",
                "–",
                "2025",
            ),
        ],
    ),
]


def plan_table() -> Table:
    data = [[Paragraph(h, HEAD) for h in ("Insats", "Ansvarig", "Samverkan", "Tidsplan")]]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), DARK),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A8C93")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for n, (goal, rows) in enumerate(PLAN, start=1):
        r = len(data)
        data.append([Paragraph(f"Mål {n}: {goal}", GOALROW), "", "", ""])
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D6E6EA")),
        ]
        for row in rows:
            data.append([Paragraph(c, CELL) for c in row])
    t = Table(data, colWidths=[W * 0.41, W * 0.27, W * 0.21, W * 0.11], repeatRows=0)
    t.setStyle(TableStyle(style))
    return t


def deco(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("San", 8)
    c.drawString(22 * mm, A4[1] - 13 * mm, "Gävle kommun")
    c.drawRightString(
        A4[0] - 22 * mm, A4[1] - 13 * mm, "Handlingsplan mot mäns våld mot kvinnor 2025–2028"
    )
    c.drawRightString(A4[0] - 22 * mm, 11 * mm, f"{doc.page}")
    c.restoreState()


def story():
    return [
        Spacer(1, 70 * mm),
        Paragraph("Handlingsplan mot mäns våld mot kvinnor 2025–2028", COVER),
        Spacer(1, 8 * mm),
        Paragraph("Gävle kommun", H1),
        Paragraph("Fastställd av kommunstyrelsen 2024-12-10", BODY),
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Mäns våld mot kvinnor är ett av de största hindren för ett jämställt samhälle. I "
            "Gävle anmäls varje år drygt 600 misshandelsbrott där en kvinna utsatts av en "
            "närstående, och socialtjänsten har kontakt med omkring 350 våldsutsatta vuxna och "
            "200 barn per år. Planen beskriver hur kommunen under 2025–2028 ska förebygga våld, "
            "upptäcka våld tidigare och ge ett samordnat stöd.",
            BODY,
        ),
        Paragraph(
            "Handlingsplanen utgår från den nationella strategin för att förebygga och bekämpa "
            "mäns våld mot kvinnor och från kommunens jämställdhetsprogram. Ansvarig nämnd "
            "för varje insats framgår av tabellen. Samverkanspartners har tillfrågats och ställt "
            "sig bakom de insatser där de anges.",
            BODY,
        ),
        Paragraph(
            "Planen har fyra mål. Målen har tagits fram utifrån en nulägesanalys som visade att "
            "det förebyggande arbetet bland unga behöver bli mer systematiskt, att våldsutsatta "
            "ofta möter flera olika verksamheter utan att stödet samordnas och att barn som "
            "upplever våld inte alltid får komma till tals. Behandlingen för den som utövar våld "
            "når i dag framför allt män över 30 år.",
            BODY,
        ),
        Paragraph(
            "Tabellen nedan redovisar planens mål och de insatser som ska genomföras under "
            "perioden, med ansvarig nämnd eller förvaltning, samverkanspartner och tidsplan. "
            "Insatserna ska inarbetas i nämndernas verksamhetsplaner.",
            BODY,
        ),
        Paragraph("Mål och insatser", H1),
        plan_table(),
        Spacer(1, 8 * mm),
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Kommunledningskontoret samordnar den årliga uppföljningen och redovisar den till "
            "kommunstyrelsen i samband med årsredovisningen.",
            BODY,
        ),
    ]


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor 2025–2028",
        author="Gävle kommun",
    )
    doc.build(story(), onFirstPage=deco, onLaterPages=deco)
    print(OUT)


if __name__ == "__main__":
    main()
