"""Generate lansstyrelsen_kalmar_tidsplan_vald_2025-2027.pdf (Länsstyrelsen Kalmar län).

Invented but realistic content. Landscape A4. A regional handlingsplan whose goals and
measures are one GANTT-like time-plan table: columns Nr | Åtgärd | Ansvarig | Samverkan and
three year columns under a spanning 'År' header (2025 | 2026 | 2027) with 'X' marks for the
years the measure runs. Each goal is a shaded row spanning the whole table ('Mål 1 – ...').
The table runs over two pages (breaking inside mål 4) with its two header rows repeated. Cover page with a short
introduction; a prose page on uppföljning at the end.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "lansstyrelsen_kalmar_tidsplan_vald_2025-2027.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVC", str(FONT_DIR / "DejaVuSansCondensed.ttf")))
pdfmetrics.registerFont(TTFont("DVC-Bold", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf")))

NAVY = colors.HexColor("#1F3A5F")
GOALROW = colors.HexColor("#DCE6F0")
BODY = ParagraphStyle("body", fontName="DVC", fontSize=10, leading=14, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", fontName="DVC-Bold", fontSize=15, leading=19, spaceAfter=8, textColor=NAVY
)
CELL = ParagraphStyle("cell", fontName="DVC", fontSize=9, leading=12)
HEAD = ParagraphStyle("head", fontName="DVC-Bold", fontSize=8.5, leading=11, textColor=colors.white)
GOAL = ParagraphStyle("goal", fontName="DVC-Bold", fontSize=9.5, leading=12, textColor=NAVY)
MARK = ParagraphStyle("mark", fontName="DVC-Bold", fontSize=9, leading=11, alignment=1)
COVER = ParagraphStyle("cov", fontName="DVC-Bold", fontSize=24, leading=30, textColor=NAVY)

YEARS = (2025, 2026, 2027)

# (goal, [(nr, åtgärd, ansvarig, samverkan, years)])
PLAN = [
    (
        "Våldsförebyggande arbete bedrivs i hela länet",
        [
            (
                "1.1",
                "Stödja länets kommuner i att ta fram lokala våldsförebyggande handlingsplaner",
                "Länsstyrelsen",
                "Kommunerna",
                (2025, 2026),
            ),
            (
                "1.2",
                "Sprida metoden Mentorer mot våld till samtliga gymnasieskolor i länet",
                "Länsstyrelsen",
                "Kommunerna, Region Kalmar län",
                (2025, 2026, 2027),
            ),
            (
                "1.3",
                "Genomföra en länsgemensam kampanj mot våld i ungas relationer",
                "Länsstyrelsen",
                "Polismyndigheten, ideella organisationer",
                (2026,),
            ),
        ],
    ),
    (
        "Våldsutsatta kvinnor och barn får tillgång till stöd av god kvalitet",
        [
            (
                "2.1",
                "Ta fram länsgemensamma riktlinjer för socialtjänstens stöd till våldsutsatta",
                "Länsstyrelsen",
                "Kommunerna",
                (2025,),
            ),
            (
                "2.2",
                "Inrätta ett regionalt barnahus med mottagning i både Kalmar och Västervik",
                "Region Kalmar län",
                "Polismyndigheten, Åklagarmyndigheten, Kalmar kommun, Västerviks kommun",
                (2025, 2026),
            ),
            (
                "2.3",
                "Utveckla mottagningen för våldsutsatta vid Västerviks sjukhus",
                "Region Kalmar län",
                "Västerviks kommun",
                (2026, 2027),
            ),
            (
                "2.4",
                "Säkerställa tillgång till skyddat boende för kvinnor med missbruk eller psykisk ohälsa",
                "Kommunerna",
                "Region Kalmar län, kvinnojourerna i länet",
                (2026, 2027),
            ),
        ],
    ),
    (
        "Hedersrelaterat våld och förtryck förebyggs och motverkas",
        [
            (
                "3.1",
                "Utbilda personal i skola, socialtjänst och hälso- och sjukvård om hedersrelaterat våld och förtryck",
                "Länsstyrelsen",
                "Länsstyrelsen Östergötland",
                (2025, 2026, 2027),
            ),
            (
                "3.2",
                "Bygga upp ett regionalt resursteam för konsultation i hedersärenden",
                "Länsstyrelsen",
                "Kommunerna, Polismyndigheten",
                (2026,),
            ),
        ],
    ),
    (
        "Kunskapen om våldet och dess konsekvenser ökar",
        [
            (
                "4.1",
                "Genomföra en regional kartläggning av våldsutsatthet bland kvinnor 18–64 år",
                "Länsstyrelsen",
                "Linnéuniversitetet",
                (2025,),
            ),
            (
                "4.2",
                "Anordna en årlig regional konferens om mäns våld mot kvinnor",
                "Länsstyrelsen",
                "Region Kalmar län",
                (2025, 2026, 2027),
            ),
            (
                "4.3",
                "Följa upp och analysera polisanmält våld i nära relationer per kommun",
                "Polismyndigheten",
                "Länsstyrelsen",
                (2026, 2027),
            ),
            (
                "4.4",
                "Ta fram en kunskapsöversikt om våld mot kvinnor med funktionsnedsättning",
                "Linnéuniversitetet",
                "Länsstyrelsen, Region Kalmar län",
                (2027,),
            ),
        ],
    ),
    (
        "Fler som utövar våld får stöd att sluta",
        [
            (
                "5.1",
                "Erbjuda behandling för våldsutövare i alla kommuner genom en gemensam länsresurs",
                "Kalmar kommun",
                "Kommunerna, Kriminalvården",
                (2026, 2027),
            ),
            (
                "5.2",
                "Sprida information om stödlinjen Välj att sluta till hälso- och sjukvården",
                "Region Kalmar län",
                "Länsstyrelsen",
                (2025,),
            ),
        ],
    ),
]

W = (14 * mm, 98 * mm, 40 * mm, 68 * mm, 14 * mm, 14 * mm, 14 * mm)


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("DVC", 7.5)
    c.setFillColor(colors.grey)
    pw, _ = landscape(A4)
    c.drawString(
        18 * mm,
        10 * mm,
        "Länsstyrelsen Kalmar län · Regional handlingsplan mot mäns våld mot kvinnor 2025–2027",
    )
    c.drawRightString(pw - 18 * mm, 10 * mm, f"Sida {doc.page}")
    c.restoreState()


def plan_table() -> Table:
    rows = [
        [Paragraph(h, HEAD) for h in ("Nr", "Åtgärd", "Ansvarig", "Samverkan")]
        + [Paragraph("År", HEAD), "", ""],
        ["", "", "", ""] + [Paragraph(str(y), HEAD) for y in YEARS],
    ]
    style = [
        ("BACKGROUND", (0, 0), (-1, 1), NAVY),
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA8B8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for n, (goal, measures) in enumerate(PLAN, start=1):
        r = len(rows)
        rows.append([Paragraph(f"Mål {n} – {goal}", GOAL), "", "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GOALROW)]
        for nr, text, ansvar, samverkan, years in measures:
            rows.append(
                [
                    Paragraph(nr, CELL),
                    Paragraph(text, CELL),
                    Paragraph(ansvar, CELL),
                    Paragraph(samverkan, CELL),
                ]
                + [Paragraph("X" if y in years else "", MARK) for y in YEARS]
            )
    t = Table(rows, colWidths=W, repeatRows=2)
    t.setStyle(TableStyle(style))
    return t


def story():
    return [
        Spacer(1, 35 * mm),
        Paragraph("Regional handlingsplan mot mäns våld mot kvinnor 2025–2027", COVER),
        Spacer(1, 4 * mm),
        Paragraph("Tidsplan för åtgärder i Kalmar län", H1),
        Spacer(1, 6 * mm),
        Paragraph(
            "Länsstyrelsen Kalmar län har i uppdrag att samordna det regionala arbetet mot mäns "
            "våld mot kvinnor. Handlingsplanen har tagits fram i samverkan med länets tolv "
            "kommuner, Region Kalmar län, Polismyndigheten och kvinnojourerna. Den omsätter den "
            "regionala strategin 2024–2030 i åtgärder för de kommande tre åren. Tabellen visar "
            "vilka år varje åtgärd genomförs (X).",
            BODY,
        ),
        Paragraph("Beslutad av landshövdingen 2024-12-18. Dnr 851-4410-2024.", BODY),
        PageBreak(),
        plan_table(),
        PageBreak(),
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Länsstyrelsen följer upp handlingsplanen årligen tillsammans med det regionala "
            "nätverket mot våld. Ansvariga aktörer rapporterar status för sina åtgärder senast "
            "den 1 december varje år. En slututvärdering görs under hösten 2027.",
            BODY,
        ),
    ]


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=landscape(A4),
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="Regional handlingsplan mot mäns våld mot kvinnor 2025–2027",
        author="Länsstyrelsen Kalmar län",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
