"""Generate lund_strategi_heder_2025-2030.pdf (Lunds kommun), reportlab.

Invented but realistic content. Layout: a strategy in numbered running text. Chapters 1-3 are
prose (inledning, utgångspunkter, organisation); chapters 4-6 are the three strategic areas.
Each area has 'N.1 Mål' with a sentence and a 'Delmål:' line followed by bullets, and
'N.2 Insatser' with numbered paragraphs 'N.2.1', 'N.2.2' ... in running text: each opens with
the measure as a sentence 'Kommunen ska ...', may give a reason, and ends with 'Ansvar: X.' and
sometimes 'Samverkan: Y.'. Chapter 7 uppföljning. Running header and page numbers.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "lund_strategi_heder_2025-2030.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=9.8, leading=14, spaceAfter=6)
NUMP = ParagraphStyle(
    "nump", parent=BODY, leftIndent=14 * mm, firstLineIndent=-14 * mm, spaceAfter=7
)
H1 = ParagraphStyle(
    "h1", fontName="Sans-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6
)
H2 = ParagraphStyle(
    "h2", fontName="Sans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4
)
LABEL = ParagraphStyle("label", parent=BODY, fontName="Serif-Bold", spaceAfter=2)
BUL = ParagraphStyle("bul", parent=BODY, spaceAfter=2)
TITLE = ParagraphStyle("title", fontName="Sans-Bold", fontSize=22, leading=28)

# (chapter, area, mål sentence, [delmål], [(measure, reason or "", ansvar, samverkan or "")])
AREAS = [
    (
        4,
        "Förebyggande arbete",
        "Barn och unga i Lund ska växa upp med kunskap om sina rättigheter och utan "
        "begränsningar som följer av hedersnormer.",
        [
            "Alla elever i grundskolan har fått undervisning om mänskliga rättigheter, "
            "jämställdhet och rätten att välja partner",
            "Vårdnadshavare har tillgång till föräldrastöd som tar upp hedersnormer",
        ],
        [
            (
                "Kommunen ska ge undervisning om hedersrelaterat våld och förtryck i årskurs "
                "8 i samtliga grundskolor.",
                "Undervisningen ska bygga på beprövat material och genomföras av lärare som "
                "fått fortbildning.",
                "Barn- och skolnämnden",
                "",
            ),
            (
                "Kommunen ska erbjuda föräldrastödsprogram på flera språk där hedersnormer och "
                "barns rättigheter diskuteras.",
                "",
                "Socialnämnden",
                "Studieförbund och trossamfund i Lund",
            ),
            (
                "Kommunen ska fortbilda fritidsgårdarnas personal i att känna igen tecken på "
                "hedersrelaterad kontroll.",
                "Fritidsgårdarna möter många unga som inte fångas upp av skolan.",
                "Kultur- och fritidsnämnden",
                "Länsstyrelsen Skåne",
            ),
        ],
    ),
    (
        5,
        "Skydd och stöd",
        "Den som utsätts för hedersrelaterat våld och förtryck ska snabbt få skydd och ett "
        "stöd som utgår från hennes eller hans behov.",
        [
            "Socialtjänsten gör alltid en strukturerad riskbedömning när hedersmotiv misstänks",
            "Unga som placeras på grund av hedersrelaterat våld har en trygg skolgång",
        ],
        [
            (
                "Kommunen ska använda bedömningsstödet PATRIARK i alla utredningar där "
                "hedersmotiv misstänks.",
                "",
                "Socialnämnden",
                "",
            ),
            (
                "Kommunen ska ha en överenskommelse med Malmö stad och Region Skåne om akuta "
                "placeringar av unga som behöver skydd.",
                "En gemensam överenskommelse ger kortare tid till skydd.",
                "Socialnämnden",
                "Malmö stad, Region Skåne",
            ),
            (
                "Kommunen ska säkerställa att skyddade elever kan byta skola utan att deras "
                "uppgifter röjs.",
                "",
                "Utbildningsnämnden",
                "Barn- och skolnämnden",
            ),
            (
                "Kommunen ska erbjuda samtalsstöd till unga hbtqi-personer som utsätts för "
                "hedersrelaterat förtryck.",
                "",
                "Socialnämnden",
                "RFSL Lund",
            ),
        ],
    ),
    (
        6,
        "Kunskap och samverkan",
        "Kommunens arbete ska bygga på aktuell kunskap och samordnas med andra aktörer.",
        [
            "Medarbetare som möter barn och unga har grundläggande kunskap om hedersrelaterat "
            "våld och förtryck",
        ],
        [
            (
                "Kommunen ska genomföra en lokal kartläggning av hedersrelaterat våld och "
                "förtryck bland unga vartannat år.",
                "Kartläggningen görs med samma frågor som tidigare år så att utvecklingen kan "
                "följas.",
                "Kommunstyrelsen",
                "Lunds universitet",
            ),
            (
                "Kommunen ska inrätta ett samverkansforum mot hedersrelaterat våld med "
                "skolan, socialtjänsten och Polisen.",
                "",
                "Socialnämnden",
                "Polismyndigheten, Barn- och skolnämnden",
            ),
        ],
    ),
]


def header(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("Sans", 7.5)
    c.drawString(
        22 * mm,
        A4[1] - 12 * mm,
        "Lunds kommun – Strategi mot hedersrelaterat våld och förtryck 2025–2030",
    )
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"Sida {doc.page}")
    c.restoreState()


def story():
    s = [
        Spacer(1, 50 * mm),
        Paragraph("Strategi mot hedersrelaterat våld och förtryck 2025–2030", TITLE),
        Spacer(1, 8 * mm),
        Paragraph("Lunds kommun", H2),
        Paragraph("Antagen av kommunfullmäktige 2025-01-30, § 12", BODY),
        PageBreak(),
        Paragraph("1 Inledning", H1),
        Paragraph(
            "1.1 Strategin anger inriktningen för Lunds kommuns arbete mot hedersrelaterat "
            "våld och förtryck under perioden 2025–2030. Den omfattar alla nämnder och "
            "ersätter handlingsplanen från 2019.",
            NUMP,
        ),
        Paragraph(
            "1.2 Med hedersrelaterat våld och förtryck avses våld och kontroll som utövas för "
            "att bevara eller återupprätta en familjs eller släkts anseende. Förtrycket kan "
            "drabba både flickor och pojkar och även hbtqi-personer.",
            NUMP,
        ),
        Paragraph("2 Utgångspunkter", H1),
        Paragraph(
            "2.1 Strategin utgår från barnkonventionen, som är svensk lag, och från det "
            "nationella jämställdhetspolitiska delmålet om att mäns våld mot kvinnor ska "
            "upphöra.",
            NUMP,
        ),
        Paragraph(
            "2.2 I Lunds senaste ungdomsenkät uppgav sex procent av eleverna i årskurs 9 att "
            "de inte själva får välja vem de ska gifta sig med.",
            NUMP,
        ),
        Paragraph("3 Organisation och ansvar", H1),
        Paragraph(
            "3.1 Kommunstyrelsen har det övergripande ansvaret för strategin. Varje nämnd "
            "ansvarar för att insatserna inom dess område genomförs och budgeteras.",
            NUMP,
        ),
        Paragraph(
            "3.2 Strategin är indelad i tre områden. För varje område anges ett mål med "
            "delmål och de insatser kommunen ska genomföra.",
            NUMP,
        ),
        PageBreak(),
    ]
    for ch, area, mal, delmal, measures in AREAS:
        s.append(Paragraph(f"{ch} {area}", H1))
        s.append(Paragraph(f"{ch}.1 Mål", H2))
        s.append(Paragraph(mal, BODY))
        s.append(Paragraph("Delmål:", LABEL))
        s.append(
            ListFlowable(
                [ListItem(Paragraph(d, BUL), leftIndent=10 * mm) for d in delmal],
                bulletType="bullet",
                start="•",
                leftIndent=10 * mm,
            )
        )
        s.append(Spacer(1, 2 * mm))
        s.append(Paragraph(f"{ch}.2 Insatser", H2))
        for i, (measure, reason, ansvar, samverkan) in enumerate(measures, start=1):
            text = measure
            if reason:
                text += " " + reason
            text += f" Ansvar: {ansvar}."
            if samverkan:
                text += f" Samverkan: {samverkan}."
            s.append(Paragraph(f"{ch}.2.{i} {text}", NUMP))
    s.append(Paragraph("7 Uppföljning", H1))
    s.append(
        Paragraph(
            "7.1 Kommunstyrelsen följer upp strategin årligen i samband med årsredovisningen. "
            "Nämnderna rapporterar genomförda insatser och resultatet av kartläggningen.",
            NUMP,
        )
    )
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Strategi mot hedersrelaterat våld och förtryck 2025–2030",
        author="Lunds kommun",
    )
    doc.build(story(), onFirstPage=header, onLaterPages=header)
    print(OUT)


if __name__ == "__main__":
    main()
