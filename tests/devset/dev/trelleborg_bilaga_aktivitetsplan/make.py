"""Generate trelleborg_program_vald_2025-2028.pdf (Trelleborgs kommun), reportlab.

Invented but realistic content. Layout: a programme in prose chapters (Inledning, Våldet i
Trelleborg with a statistics table, Mål för arbetet with the goals as a numbered list,
Ansvar och organisation, Uppföljning), followed by appendices: "Bilaga 1 Aktivitetsplan
2025–2026", one ruled table Mål | Aktivitet | Ansvarig | I samverkan med | Tidsplan whose Mål
column gives only the goal's number; "Bilaga 2 Stöd och kontaktvägar", a table of services and
phone numbers (not measures). Cover, page numbers in the footer.

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
OUT = HERE / "trelleborg_program_vald_2025-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

RED = colors.HexColor("#8B1E3F")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10.5, leading=15, spaceAfter=7)
H1 = ParagraphStyle("h1", fontName="LS-Bold", fontSize=17, leading=21, spaceAfter=8, textColor=RED)
H2 = ParagraphStyle(
    "h2", fontName="LS-Bold", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=4
)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=16, bulletIndent=0, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5)
HEAD = ParagraphStyle("head", fontName="LS-Bold", fontSize=9, leading=11.5)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=26, leading=32, textColor=RED)

GOALS = [
    "Ingen i Trelleborg ska behöva leva med våld eller hot om våld",
    "Våldsutsatta och barn som upplevt våld får stöd som utgår från deras behov",
    "Den som utövar våld får hjälp att sluta",
]

# (goal number, aktivitet, ansvarig, i samverkan med, tidsplan)
ACTIVITIES = [
    (
        1,
        "Genomföra utbildning om våld i nära relationer för alla chefer i kommunen",
        "Kommunledningsförvaltningen",
        "",
        "2025",
    ),
    (
        1,
        "Införa våldsförebyggande arbete enligt metoden Mentorer i våldsprevention i "
        "kommunens högstadieskolor",
        "Utbildningsförvaltningen",
        "Länsstyrelsen Skåne",
        "2025–2026",
    ),
    (
        1,
        "Arrangera en årlig kunskapsdag om mäns våld mot kvinnor för föreningslivet",
        "Kultur- och fritidsförvaltningen",
        "Trelleborgs kvinnojour",
        "Årligen",
    ),
    (
        2,
        "Inrätta en särskild enhet för våld i nära relationer inom socialtjänsten",
        "Socialförvaltningen",
        "",
        "2025",
    ),
    (
        2,
        "Erbjuda barn som upplevt våld stödsamtal enligt Trappanmodellen",
        "Socialförvaltningen",
        "Elevhälsan",
        "2025",
    ),
    (
        2,
        "Ta fram en rutin för samverkan med vårdcentralerna när en patient berättar om våld",
        "Socialförvaltningen",
        "Region Skåne",
        "2026",
    ),
    (
        3,
        "Erbjuda behandling till personer som utövar våld genom en gemensam mottagning med "
        "Vellinge och Skurups kommuner",
        "Socialförvaltningen",
        "Vellinge kommun, Skurups kommun",
        "2026",
    ),
    (
        3,
        "Informera om behandling för våldsutövare i samband med polisens kontakt efter anmälan",
        "Socialförvaltningen",
        "Polismyndigheten",
        "2025",
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LS", 8)
    c.drawCentredString(A4[0] / 2, 11 * mm, str(doc.page))
    c.restoreState()


def grid(data, widths, head=True) -> Table:
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCE2")))
    t.setStyle(TableStyle(style))
    return t


def story():
    s = [
        Spacer(1, 60 * mm),
        Paragraph("Program mot våld i nära relationer 2025–2028", COVER),
        Spacer(1, 8 * mm),
        Paragraph("Trelleborgs kommun", H2),
        Paragraph("Antaget av kommunfullmäktige 2024-11-25, § 172", BODY),
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Programmet anger inriktningen för Trelleborgs kommuns arbete mot våld i nära "
            "relationer, mäns våld mot kvinnor och hedersrelaterat våld och förtryck. Det gäller "
            "för alla nämnder och bolag. Programmet kompletteras av en aktivitetsplan som "
            "beskriver vad som ska göras under de två första åren; den finns i bilaga 1.",
            BODY,
        ),
        Paragraph("Våldet i Trelleborg", H1),
        Paragraph(
            "Antalet anmälda misshandelsbrott i nära relation har varit stabilt de senaste åren. "
            "Mörkertalet är stort, och många som utsätts söker aldrig hjälp.",
            BODY,
        ),
        grid(
            [
                [
                    Paragraph("År", HEAD),
                    Paragraph("Anmälda brott i nära relation", HEAD),
                    Paragraph("Ärenden hos socialtjänsten", HEAD),
                ],
                ["2022", "241", "188"],
                ["2023", "255", "203"],
                ["2024", "249", "226"],
            ],
            [30 * mm, 65 * mm, 65 * mm],
        ),
        Spacer(1, 5 * mm),
        Paragraph("Mål för arbetet", H1),
        Paragraph("Kommunfullmäktige har beslutat om tre mål för programperioden:", BODY),
    ]
    for i, goal in enumerate(GOALS, start=1):
        s.append(Paragraph(goal, ITEM, bulletText=f"{i}."))
    s += [
        Paragraph("Ansvar och organisation", H1),
        Paragraph(
            "Varje nämnd ansvarar för att arbetet mot våld bedrivs i den egna verksamheten. "
            "Socialnämnden har ett samordnande ansvar och leder en styrgrupp med "
            "förvaltningscheferna.",
            BODY,
        ),
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Aktivitetsplanen följs upp varje år i samband med årsredovisningen. En ny "
            "aktivitetsplan för 2027–2028 tas fram under hösten 2026.",
            BODY,
        ),
        PageBreak(),
        Paragraph("Bilaga 1 Aktivitetsplan 2025–2026", H1),
        Paragraph(
            "Aktiviteterna nedan är kopplade till programmets mål genom målets nummer.", BODY
        ),
    ]
    data = [
        [
            Paragraph(h, HEAD)
            for h in ("Mål", "Aktivitet", "Ansvarig", "I samverkan med", "Tidsplan")
        ]
    ]
    for nr, akt, ansv, sam, tid in ACTIVITIES:
        data.append(
            [
                Paragraph(str(nr), CELL),
                Paragraph(akt, CELL),
                Paragraph(ansv, CELL),
                Paragraph(sam, CELL),
                Paragraph(tid, CELL),
            ]
        )
    s.append(grid(data, [12 * mm, 54 * mm, 52 * mm, 34 * mm, 20 * mm]))
    s += [
        PageBreak(),
        Paragraph("Bilaga 2 Stöd och kontaktvägar", H1),
        grid(
            [
                [
                    Paragraph("Verksamhet", HEAD),
                    Paragraph("Telefon", HEAD),
                    Paragraph("Öppet", HEAD),
                ],
                ["Socialtjänstens mottagning", "0410-73 30 00", "Vardagar 8–16"],
                ["Trelleborgs kvinnojour", "0410-130 00", "Dygnet runt"],
                ["Kvinnofridslinjen", "020-50 50 50", "Dygnet runt"],
                ["Socialjouren", "040-34 32 35", "Kvällar och helger"],
            ],
            [70 * mm, 45 * mm, 45 * mm],
        ),
    ]
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Program mot våld i nära relationer 2025–2028",
        author="Trelleborgs kommun",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
