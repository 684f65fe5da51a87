"""Generate overenskommelse_vald_jamtlands_lan_2025-2028.pdf, reportlab.

Invented but realistic content: a regional agreement (överenskommelse) on cooperation against
men's violence against women between Region Jämtland Härjedalen, the county's eight
municipalities, Länsstyrelsen and Polisen. Layout: numbered agreement sections ("§ 1 Parter",
"§ 2 Syfte", ...), a list of the parties, then "§ 4 Gemensamma åtaganden" with three
"Gemensamt mål N:" headings; under each, numbered commitments "Åtagande N.M" as a bold label
line followed by the commitment's text as a paragraph and two small lines "Huvudman: X" and
"Parter: Y, Z". Closing sections on follow-up and the signatures (names, titles, date).

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
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
OUT = HERE / "overenskommelse_vald_jamtlands_lan_2025-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", str(FONT_DIR / "LiberationSerif-Italic.ttf")))

BODY = ParagraphStyle("body", fontName="Serif", fontSize=11, leading=15, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="Serif-Bold", fontSize=20, leading=25, spaceAfter=10)
SEC = ParagraphStyle(
    "sec", fontName="Serif-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=5
)
GOAL = ParagraphStyle(
    "goal", fontName="Serif-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
)
LABEL = ParagraphStyle("lab", fontName="Serif-Bold", fontSize=11, leading=15, spaceBefore=4)
SMALL = ParagraphStyle("small", fontName="Serif-Italic", fontSize=9.5, leading=12)
LIST = ParagraphStyle("list", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=2)

PARTIES = [
    "Region Jämtland Härjedalen",
    "Länsstyrelsen i Jämtlands län",
    "Polismyndigheten, polisområde Jämtland",
    "Bergs, Bräcke, Härjedalens, Krokoms, Ragunda, Strömsunds, Åre och Östersunds kommuner",
]

# (goal, [(commitment, huvudman, parter)])
PLAN = [
    (
        "Våldsutsatta upptäcks tidigt i länets verksamheter",
        [
            (
                "Parterna inför gemensamma rutiner för att fråga om våld i mödrahälsovård, "
                "barnhälsovård och socialtjänst.",
                "Region Jämtland Härjedalen",
                "Kommunerna",
            ),
            (
                "Parterna genomför en länsgemensam utbildning i bemötande av våldsutsatta för "
                "personal i primärvård, tandvård och äldreomsorg.",
                "Region Jämtland Härjedalen",
                "Kommunerna, Länsstyrelsen",
            ),
        ],
    ),
    (
        "Våldsutsatta och barn som upplevt våld får samordnat stöd",
        [
            (
                "Parterna etablerar ett barnahus för hela länet i Östersund med filial i Sveg.",
                "Östersunds kommun",
                "Region Jämtland Härjedalen, Polismyndigheten, Åklagarmyndigheten",
            ),
            (
                "Parterna tar fram en gemensam överenskommelse om ansvar vid placering i "
                "skyddat boende över kommungränserna.",
                "Kommunerna",
                "Länsstyrelsen",
            ),
            (
                "Parterna erbjuder våldsutsatta med missbruk samordnad individuell plan "
                "inom fyra veckor.",
                "Kommunerna",
                "Region Jämtland Härjedalen",
            ),
        ],
    ),
    (
        "Mäns våld mot kvinnor förebyggs genom långsiktigt samarbete",
        [
            (
                "Parterna inrättar ett regionalt råd mot mäns våld som sammanträder fyra "
                "gånger per år.",
                "Länsstyrelsen",
                "Region Jämtland Härjedalen, Kommunerna, Polismyndigheten",
            ),
            (
                "Parterna sprider metoden Mentorer i våldsprevention till skolor och "
                "idrottsföreningar i alla åtta kommuner.",
                "Länsstyrelsen",
                "Kommunerna, RF-SISU Jämtland-Härjedalen",
            ),
        ],
    ),
]


def footer(c, doc):
    c.saveState()
    c.setFont("Serif", 8.5)
    c.drawString(
        22 * mm, 12 * mm, "Överenskommelse om samverkan mot mäns våld mot kvinnor, Jämtlands län"
    )
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"{doc.page}")
    c.restoreState()


def story():
    s = [
        Paragraph(
            "Överenskommelse om samverkan mot mäns våld mot kvinnor och våld i nära relationer "
            "i Jämtlands län 2025–2028",
            TITLE,
        ),
        Paragraph("§ 1 Parter", SEC),
        Paragraph("Denna överenskommelse ingås mellan följande parter:", BODY),
    ]
    for p in PARTIES:
        s.append(Paragraph(p, LIST, bulletText="•"))
    s += [
        Paragraph("§ 2 Syfte", SEC),
        Paragraph(
            "Syftet med överenskommelsen är att parterna tillsammans ska förebygga våld, "
            "upptäcka våldsutsatta tidigare och ge ett samordnat stöd oavsett var i länet den "
            "våldsutsatta bor. Överenskommelsen bygger på den nationella strategin mot mäns våld "
            "mot kvinnor och på socialtjänstlagens och hälso- och sjukvårdslagens bestämmelser "
            "om samverkan.",
            BODY,
        ),
        Paragraph("§ 3 Giltighetstid", SEC),
        Paragraph(
            "Överenskommelsen gäller från den 1 januari 2025 till den 31 december 2028. Den "
            "kan sägas upp av en part med sex månaders varsel.",
            BODY,
        ),
        PageBreak(),
        Paragraph("§ 4 Gemensamma åtaganden", SEC),
        Paragraph(
            "Parterna åtar sig att under giltighetstiden arbeta för tre gemensamma mål. För "
            "varje åtagande anges vilken part som är huvudman och vilka parter som deltar.",
            BODY,
        ),
    ]
    for i, (goal, commitments) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Gemensamt mål {i}: {goal}", GOAL))
        for j, (text, huvudman, parter) in enumerate(commitments, start=1):
            s.append(
                KeepTogether(
                    [
                        Paragraph(f"Åtagande {i}.{j}", LABEL),
                        Paragraph(text, BODY),
                        Paragraph(f"Huvudman: {huvudman}", SMALL),
                        Paragraph(f"Parter: {parter}", SMALL),
                        Spacer(1, 3 * mm),
                    ]
                )
            )
    s += [
        Paragraph("§ 5 Uppföljning", SEC),
        Paragraph(
            "Länsstyrelsen sammankallar parterna en gång per år för att följa upp "
            "åtagandena. Uppföljningen redovisas till Regionalt forum för socialtjänst och "
            "hälso- och sjukvård.",
            BODY,
        ),
        Paragraph("§ 6 Underskrifter", SEC),
    ]
    sign = Table(
        [
            ["För Region Jämtland Härjedalen", "För Länsstyrelsen i Jämtlands län"],
            ["Regionstyrelsens ordförande", "Landshövding"],
            ["För Polismyndigheten", "För kommunerna i Jämtlands län"],
            ["Polisområdeschef", "Ordförande i kommunförbundet"],
        ],
        colWidths=[80 * mm, 80 * mm],
    )
    sign.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), "Serif", 10), ("TOPPADDING", (0, 0), (-1, -1), 8)])
    )
    s.append(sign)
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Överenskommelse om samverkan mot mäns våld mot kvinnor i Jämtlands län 2025–2028",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
