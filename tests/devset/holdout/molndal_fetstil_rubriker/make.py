"""Generate molndal_handlingsplan_mvk_2025-2028.pdf (Mölndals stad), reportlab.

Invented but realistic content. Layout: every heading is only bold, in the body's own size
(10.5 pt), without numbers or goal words, on its own line; the goals are such bold lines under
a chapter "Prioriterade områden", each followed by a short paragraph and the measures as
bullets, each bullet followed by a line "Ansvarig nämnd: X. Samverkan: Y." Cover, introduction,
background with a paragraph naming other actors' ongoing work (not measures), follow-up.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE / "molndal_handlingsplan_mvk_2025-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7)
BOLD = ParagraphStyle(
    "bold", fontName="LS-Bold", fontSize=10.5, leading=14.5, spaceBefore=9, spaceAfter=3
)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=1)
RESP = ParagraphStyle("resp", parent=BODY, leftIndent=14, fontSize=9.5, leading=12.5, spaceAfter=6)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=24, leading=30)

# (goal, intro, [(measure, ansvarig nämnd, samverkan or "")])
PLAN = [
    (
        "Tryggare skolmiljöer utan sexuella trakasserier",
        "Elevenkäten visar att var tredje flicka i årskurs 9 har blivit utsatt för sexuella "
        "trakasserier i skolan.",
        [
            (
                "Ta fram en gemensam rutin mot sexuella trakasserier för alla grund- och "
                "gymnasieskolor",
                "Förskole- och grundskolenämnden",
                "Gymnasie- och vuxenutbildningsnämnden",
            ),
            (
                "Genomföra trygghetsvandringar med elever på skolgårdar och i närområden",
                "Förskole- och grundskolenämnden",
                "Polismyndigheten",
            ),
        ],
    ),
    (
        "Stöd till våldsutsatta med funktionsnedsättning",
        "Personer med funktionsnedsättning utsätts oftare för våld och har svårare att få stöd.",
        [
            (
                "Utbilda personal inom LSS och socialpsykiatri i att upptäcka våld och "
                "kontrollerande beteenden",
                "Vård- och omsorgsnämnden",
                "",
            ),
            (
                "Anpassa informationen om stöd vid våld till lättläst svenska och bildstöd",
                "Social- och arbetsmarknadsnämnden",
                "Funktionsrätt Mölndal",
            ),
        ],
    ),
    (
        "Ekonomiskt våld uppmärksammas",
        "Ekonomiskt våld gör det svårt att lämna en relation och följer ofta med länge efter "
        "uppbrottet.",
        [
            (
                "Införa frågor om ekonomiskt våld i budget- och skuldrådgivningens samtal",
                "Social- och arbetsmarknadsnämnden",
                "Konsumentverket",
            ),
            (
                "Erbjuda våldsutsatta stöd att få ordning på skulder och betalningsanmärkningar",
                "Social- och arbetsmarknadsnämnden",
                "Kronofogdemyndigheten",
            ),
        ],
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LS", 8)
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, f"Mölndals stad  {doc.page}")
    c.restoreState()


def story():
    s = [
        Spacer(1, 60 * mm),
        Paragraph(
            "Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2025–2028", COVER
        ),
        Spacer(1, 8 * mm),
        Paragraph("Mölndals stad", BOLD),
        Paragraph("Antagen av kommunfullmäktige 2025-02-19", BODY),
        PageBreak(),
        Paragraph("Inledning", BOLD),
        Paragraph(
            "Mölndals stads handlingsplan mot mäns våld mot kvinnor och våld i nära relationer "
            "gäller för stadens samtliga nämnder. Den tar sin utgångspunkt i den nationella "
            "strategin och i Länsstyrelsen Västra Götalands regionala handlingsplan.",
            BODY,
        ),
        Paragraph("Bakgrund", BOLD),
        Paragraph(
            "Arbetet mot våld pågår redan på många håll. Polisen i Mölndal har ett lokalt "
            "brottsförebyggande avtal med staden, och Mölndals kvinnojour har sedan länge en "
            "stödtelefon. Regionen erbjuder sedan 2023 våldsutsatta en särskild mottagning vid "
            "Sahlgrenska universitetssjukhuset.",
            BODY,
        ),
        Paragraph("Prioriterade områden", BOLD),
        Paragraph(
            "Handlingsplanen har tre prioriterade områden för perioden. Under varje område står "
            "de åtgärder staden ska genomföra och vilken nämnd som ansvarar.",
            BODY,
        ),
    ]
    for goal, intro, measures in PLAN:
        s.append(Paragraph(goal, BOLD))
        s.append(Paragraph(intro, BODY))
        for text, ansvar, samverkan in measures:
            s.append(Paragraph(text, ITEM, bulletText="•"))
            resp = f"Ansvarig nämnd: {ansvar}."
            if samverkan:
                resp += f" Samverkan: {samverkan}."
            s.append(Paragraph(resp, RESP))
    s += [
        Paragraph("Uppföljning", BOLD),
        Paragraph(
            "Social- och arbetsmarknadsnämnden samordnar uppföljningen och rapporterar till "
            "kommunstyrelsen varje år.",
            BODY,
        ),
    ]
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2025–2028",
        author="Mölndals stad",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
