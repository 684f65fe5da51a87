"""Generate vaxjo_handlingsplan_mvk_2025-2028.pdf (Växjö kommun), reportlab.

Invented but realistic content. Layout: each goal is a coloured box heading (a filled band
with a small 'Målområde A' line above the goal's wording in white bold); a short prose
introduction follows, then the actions as a two-column borderless list: left the action text,
right the responsible and any samverkanspart in small italics ('Ansvar: X' / 'Samverkan: Y').
Cover page, an introduction with a fact box, running footer 'Växjö kommun | N'.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
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
OUT = HERE / "vaxjo_handlingsplan_mvk_2025-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LS-Italic", str(FONT_DIR / "LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont("LS-BoldItalic", str(FONT_DIR / "LiberationSans-BoldItalic.ttf")))
pdfmetrics.registerFontFamily(
    "LS", normal="LS", bold="LS-Bold", italic="LS-Italic", boldItalic="LS-BoldItalic"
)

GREEN = colors.HexColor("#2E6B4F")
PALE = colors.HexColor("#E8F1EC")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10, leading=14, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", fontName="LS-Bold", fontSize=16, leading=20, spaceAfter=8, textColor=GREEN
)
H2 = ParagraphStyle("h2", fontName="LS-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
BOX_SMALL = ParagraphStyle("bs", fontName="LS", fontSize=9, leading=11, textColor=colors.white)
BOX_BIG = ParagraphStyle("bb", fontName="LS-Bold", fontSize=14, leading=18, textColor=colors.white)
ACT = ParagraphStyle("act", fontName="LS", fontSize=10, leading=13.5)
RESP = ParagraphStyle(
    "resp", fontName="LS-Italic", fontSize=7.8, leading=10, textColor=colors.HexColor("#444444")
)
FACT = ParagraphStyle("fact", fontName="LS", fontSize=9, leading=12.5)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=26, leading=32, textColor=GREEN)

# (letter, goal, intro, [(action, ansvar, samverkan or "")])
PLAN = [
    (
        "A",
        "Våld förebyggs genom kunskap och förändrade attityder",
        "Det våldsförebyggande arbetet ska nå barn och unga i alla stadsdelar och på "
        "landsbygden. Arbetet bygger på normkritik och på att stärka ungas förmåga att säga "
        "ifrån och att agera när någon annan far illa.",
        [
            (
                "Införa ett återkommande undervisningsmoment om samtycke, gränser och "
                "kontroll i årskurs 7–9",
                "Utbildningsförvaltningen",
                "Ungdomsmottagningen Region Kronoberg",
            ),
            (
                "Genomföra utbildningen Våga fråga för ledare i idrottsföreningar som får "
                "kommunalt föreningsbidrag",
                "Kultur- och fritidsförvaltningen",
                "idrottsföreningarna i Växjö",
            ),
            (
                "Sprida kunskap om våld i nära relationer till äldre genom träffpunkternas program",
                "Omsorgsförvaltningen",
                "",
            ),
        ],
    ),
    (
        "B",
        "Våld upptäcks tidigt i kommunens verksamheter",
        "Många som utsätts för våld har kontakt med kommunen i andra ärenden. Medarbetarna "
        "ska ha kunskap och mod att fråga och veta hur de går vidare när någon berättar.",
        [
            (
                "Införa rutinfrågor om våld i försörjningsstödets nybesök och i "
                "missbruksvårdens utredningar",
                "Arbetslivsförvaltningen",
                "Socialförvaltningen",
            ),
            (
                "Utbilda all personal i förskola och fritidshem i att upptäcka och agera "
                "vid misstanke om att barn upplever våld",
                "Utbildningsförvaltningen",
                "",
            ),
            (
                "Ta fram en gemensam checklista för orosanmälan vid våld för kommunens "
                "verksamheter",
                "Socialförvaltningen",
                "Polismyndigheten",
            ),
        ],
    ),
    (
        "C",
        "Våldsutsatta vuxna och barn får samordnat stöd och skydd",
        "Den som utsätts ska mötas av samma kvalitet i stödet oavsett vilken dörr hon eller "
        "han knackar på. Barn som upplevt våld är brottsoffer och har rätt till eget stöd.",
        [
            (
                "Inrätta ett samordnat våldsteam med socialsekreterare för vuxna och för barn",
                "Socialförvaltningen",
                "",
            ),
            (
                "Erbjuda skyddat boende med plats för medföljande barn och tillgång till "
                "förskola eller skola inom en vecka",
                "Socialförvaltningen",
                "Kvinnojouren Embla, Utbildningsförvaltningen",
            ),
            (
                "Teckna en överenskommelse om barnahus för barn som misstänks ha utsatts för våld",
                "Socialförvaltningen",
                "Region Kronoberg, Polismyndigheten, Åklagarmyndigheten",
            ),
            (
                "Erbjuda ekonomisk rådgivning till våldsutsatta som lämnat en relation",
                "Arbetslivsförvaltningen",
                "Kronofogdemyndigheten",
            ),
        ],
    ),
    (
        "D",
        "Hedersrelaterat våld och förtryck motverkas",
        "Barn och unga som lever med hedersnormer ska kunna få stöd utan att deras situation "
        "förvärras. Kommunen arbetar både förebyggande och med skydd i akuta lägen.",
        [
            (
                "Utbilda elevhälsans personal i att bedöma risk vid hedersrelaterat våld och "
                "förtryck",
                "Utbildningsförvaltningen",
                "Länsstyrelsen Östergötland",
            ),
            (
                "Genomföra dialogträffar med föräldrar om barns rättigheter i samarbete med "
                "trossamfund",
                "Socialförvaltningen",
                "Studieförbundet Bilda",
            ),
            (
                "Ta fram en rutin för hur socialtjänsten agerar vid misstanke om "
                "barnäktenskap eller tvångsäktenskap",
                "Socialförvaltningen",
                "Migrationsverket",
            ),
        ],
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(
        20 * mm, 11 * mm, "Växjö kommun | Handlingsplan mot mäns våld mot kvinnor 2025–2028"
    )
    c.drawRightString(A4[0] - 20 * mm, 11 * mm, str(doc.page))
    c.restoreState()


def goal_box(letter: str, title: str) -> Table:
    t = Table(
        [[Paragraph(f"Målområde {letter}", BOX_SMALL)], [Paragraph(title, BOX_BIG)]],
        colWidths=[170 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), GREEN),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ("TOPPADDING", (0, 1), (-1, 1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
            ]
        )
    )
    return t


def action_list(actions) -> Table:
    rows = []
    for text, ansvar, samverkan in actions:
        resp = f"Ansvar: {ansvar}"
        if samverkan:
            resp += f"<br/>Samverkan: {samverkan}"
        rows.append([Paragraph(text, ACT), Paragraph(resp, RESP)])
    t = Table(rows, colWidths=[118 * mm, 52 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return t


def story():
    s = [
        Spacer(1, 55 * mm),
        Paragraph("Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer", COVER),
        Spacer(1, 6 * mm),
        Paragraph("2025–2028", H1),
        Spacer(1, 10 * mm),
        Paragraph("Växjö kommun", H2),
        Paragraph("Antagen av kommunstyrelsen 2025-02-11, § 34. Diarienummer KS 2024/0877", BODY),
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Växjö kommuns handlingsplan mot mäns våld mot kvinnor och våld i nära relationer "
            "utgår från den nationella strategin för att förebygga och bekämpa mäns våld mot "
            "kvinnor och från Länsstyrelsen Kronobergs regionala strategi. Planen gäller för "
            "samtliga förvaltningar och de kommunala bolagen.",
            BODY,
        ),
        Paragraph(
            "Planen har fyra målområden. Under varje målområde anges de åtgärder som ska "
            "genomföras under perioden och vilken förvaltning som ansvarar. Åtgärderna "
            "kostnadsberäknas i förvaltningarnas verksamhetsplaner.",
            BODY,
        ),
        Spacer(1, 3 * mm),
    ]
    fact = Table(
        [
            [Paragraph("<b>Våldet i siffror</b>", FACT)],
            [Paragraph("412 polisanmälningar om misshandel i nära relation i Växjö 2023", FACT)],
            [Paragraph("1 060 stödsamtal hos kvinnojouren under samma år", FACT)],
            [
                Paragraph(
                    "Var fjärde elev i årskurs 9 har upplevt kontrollerande beteende i en relation",
                    FACT,
                )
            ],
        ],
        colWidths=[170 * mm],
    )
    fact.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    s += [
        fact,
        Spacer(1, 5 * mm),
        Paragraph("Uppföljning", H2),
        Paragraph(
            "Socialförvaltningen samordnar uppföljningen. Varje förvaltning redovisar sina "
            "åtgärder i årsbokslutet, och planen revideras senast 2028.",
            BODY,
        ),
        PageBreak(),
    ]
    for letter, title, intro, actions in PLAN:
        s.append(KeepTogether([goal_box(letter, title), Spacer(1, 3 * mm), Paragraph(intro, BODY)]))
        s.append(Spacer(1, 2 * mm))
        s.append(action_list(actions))
        s.append(Spacer(1, 6 * mm))
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2025–2028",
        author="Växjö kommun",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
