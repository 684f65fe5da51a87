"""Generate uppsala_lan_handlingsplan_mvk_2025-2026.pdf (Länsstyrelsen i Uppsala län), reportlab.

Invented but realistic content. Layout: landscape A4. Each goal is a heading "Mål N. ..." in
colour followed by a GANTT-like ruled table: Nr | Aktivitet | Ansvar | Medaktörer | then a
time plan with two header rows (the years 2025 and 2026 spanning four quarter columns each,
then "K1 K2 K3 K4" under each year); the quarters an activity runs are filled cells without
text. Cover page, a short introduction with a legend of the time plan, footer with page number.

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
OUT = HERE / "uppsala_lan_handlingsplan_mvk_2025-2026.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

PAGE = landscape(A4)
PURPLE = colors.HexColor("#5B2C6F")
FILL = colors.HexColor("#B9A3C9")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10, leading=14, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", fontName="LS-Bold", fontSize=15, leading=19, spaceAfter=6, textColor=PURPLE
)
GOAL = ParagraphStyle(
    "goal",
    fontName="LS-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=6,
    spaceAfter=5,
    textColor=PURPLE,
)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", fontName="LS-Bold", fontSize=8.5, leading=10.5)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=26, leading=32, textColor=PURPLE)

# (goal, [(aktivitet, ansvar, medaktörer, first quarter index 0-7, last quarter index 0-7)])
PLAN = [
    (
        "Det våldsförebyggande arbetet i länet är samordnat och långsiktigt",
        [
            (
                "Samordna ett länsnätverk för kommunernas samordnare mot våld med fyra träffar "
                "per år",
                "Länsstyrelsen",
                "Kommunerna",
                0,
                7,
            ),
            (
                "Genomföra en länsgemensam kampanj mot sexuella trakasserier i nattlivet",
                "Länsstyrelsen",
                "Polismyndigheten, Uppsala kommun",
                2,
                3,
            ),
            (
                "Stödja kommunerna i att införa våldsförebyggande program i skolan",
                "Länsstyrelsen",
                "Kommunerna, Uppsala universitet",
                1,
                6,
            ),
        ],
    ),
    (
        "Hälso- och sjukvården upptäcker våld och ger stöd",
        [
            (
                "Införa rutinmässiga frågor om våld i all psykiatrisk öppenvård",
                "Region Uppsala",
                "",
                0,
                3,
            ),
            (
                "Utbilda barnmorskor och BVC-sjuksköterskor i att fråga om våld under "
                "graviditet och småbarnsår",
                "Region Uppsala",
                "Länsstyrelsen",
                1,
                4,
            ),
            (
                "Inrätta en länsgemensam mottagning för våldsutsatta vid Akademiska sjukhuset",
                "Region Uppsala",
                "Kommunerna, Polismyndigheten",
                4,
                7,
            ),
        ],
    ),
    (
        "Prostitution och människohandel motverkas",
        [
            (
                "Kartlägga förekomsten av prostitution och människohandel för sexuella ändamål "
                "i länet",
                "Länsstyrelsen",
                "Polismyndigheten, Kommunerna",
                0,
                2,
            ),
            (
                "Utbilda socialtjänst och hälso- och sjukvård i att upptäcka och stödja "
                "personer med erfarenhet av prostitution",
                "Länsstyrelsen",
                "Region Uppsala, Kommunerna, Talita",
                3,
                6,
            ),
        ],
    ),
]


def footer(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.drawString(
        15 * mm,
        9 * mm,
        "Länsstyrelsen i Uppsala län · Regional handlingsplan mot mäns våld mot kvinnor 2025–2026",
    )
    c.drawRightString(PAGE[0] - 15 * mm, 9 * mm, f"{doc.page}")
    c.restoreState()


def gantt(goal_no: int, rows) -> Table:
    head1 = [Paragraph(h, HEAD) for h in ("Nr", "Aktivitet", "Ansvar", "Medaktörer")]
    head1 += [Paragraph("2025", HEAD), "", "", "", Paragraph("2026", HEAD), "", "", ""]
    head2 = ["", "", "", ""] + [Paragraph(f"K{q}", HEAD) for q in (1, 2, 3, 4)] * 2
    data = [head1, head2]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
        ("SPAN", (4, 0), (7, 0)),
        ("SPAN", (8, 0), (11, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#EDE6F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (4, 0), (-1, -1), "CENTER"),
    ]
    for j, (akt, ansvar, med, first, last) in enumerate(rows, start=1):
        r = len(data)
        data.append(
            [
                Paragraph(f"{goal_no}.{j}", CELL),
                Paragraph(akt, CELL),
                Paragraph(ansvar, CELL),
                Paragraph(med, CELL),
            ]
            + [""] * 8
        )
        style.append(("BACKGROUND", (4 + first, r), (4 + last, r), FILL))
    t = Table(data, colWidths=[12 * mm, 100 * mm, 36 * mm, 52 * mm] + [8.5 * mm] * 8, repeatRows=2)
    t.setStyle(TableStyle(style))
    return t


def story():
    s = [
        Spacer(1, 45 * mm),
        Paragraph(
            "Regional handlingsplan mot mäns våld mot kvinnor i Uppsala län 2025–2026", COVER
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            "Länsstyrelsen i Uppsala län i samverkan med Region Uppsala och länets kommuner", BODY
        ),
        PageBreak(),
        Paragraph("Om handlingsplanen", H1),
        Paragraph(
            "Handlingsplanen konkretiserar den regionala strategin mot mäns våld mot kvinnor "
            "för åren 2025 och 2026. Den har tagits fram av Länsstyrelsen tillsammans med "
            "Region Uppsala, länets åtta kommuner och Polismyndigheten.",
            BODY,
        ),
        Paragraph(
            "Tidplanen visar under vilka kvartal (K1–K4) en aktivitet pågår; ett färgat fält "
            "betyder att aktiviteten pågår det kvartalet. Ansvar anger den aktör som leder "
            "aktiviteten och Medaktörer de som deltar.",
            BODY,
        ),
        PageBreak(),
    ]
    for i, (goal, rows) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Mål {i}. {goal}", GOAL))
        s.append(gantt(i, rows))
        s.append(Spacer(1, 6 * mm))
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=PAGE,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=16 * mm,
        title="Regional handlingsplan mot mäns våld mot kvinnor i Uppsala län 2025–2026",
        author="Länsstyrelsen i Uppsala län",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
