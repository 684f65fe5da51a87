"""Generate karlskrona_plan_hedersrelaterat_vald_2025-2027.pdf (Karlskrona kommun), reportlab.

Invented but realistic content. Layout: goals are "Målsättning N – ..." headings in colour;
under each a short "Nuläge" paragraph (describing what exists today, not measures), then the
measures as paragraphs that open with a bold run-in label "Insats N.M" followed by the
measure's wording on the same line, each followed by one small grey line holding three labels
separated by vertical bars: "Ansvarig: X | Samverkan: Y | Klart: 2026". Cover, contents list
without dot leaders, introduction, definitions, running header.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE / "karlskrona_plan_hedersrelaterat_vald_2025-2027.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV", boldItalic="DV-Bold")

TEAL = colors.HexColor("#006D77")
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="DV-Bold", fontSize=15, leading=19, spaceAfter=8, spaceBefore=6)
GOAL = ParagraphStyle(
    "goal",
    fontName="DV-Bold",
    fontSize=13,
    leading=17,
    spaceBefore=10,
    spaceAfter=5,
    textColor=TEAL,
)
SUB = ParagraphStyle("sub", fontName="DV-Bold", fontSize=9.5, leading=13, spaceAfter=2)
INSATS = ParagraphStyle(
    "ins", fontName="DV", fontSize=9.5, leading=13.5, spaceBefore=5, spaceAfter=1
)
META = ParagraphStyle(
    "meta",
    fontName="DV",
    fontSize=7.8,
    leading=10,
    textColor=colors.HexColor("#555555"),
    spaceAfter=4,
)
TOC = ParagraphStyle("toc", fontName="DV", fontSize=10, leading=15)
COVER = ParagraphStyle("cov", fontName="DV-Bold", fontSize=22, leading=28, textColor=TEAL)

# (målsättning, nuläge, [(insats, ansvarig, samverkan or "", klart)])
PLAN = [
    (
        "Barn och unga känner till sina rättigheter och vet var de kan få stöd",
        "Skolorna i Karlskrona arbetar i dag olika med frågor om heder. Kvinnojouren Frideborg "
        "erbjuder redan stödsamtal för unga, men få elever känner till verksamheten.",
        [
            (
                "Genomföra lektioner om rätten att själv välja partner och om "
                "hedersrelaterat förtryck i årskurs 8 och gymnasiets år 1",
                "Utbildningsförvaltningen",
                "Kvinnojouren Frideborg",
                "2025",
            ),
            (
                "Ta fram informationsmaterial på flera språk om stöd för unga som lever "
                "med hedersnormer",
                "Socialförvaltningen",
                "Länsstyrelsen Blekinge",
                "2025",
            ),
        ],
    ),
    (
        "Personal i kommunen upptäcker och agerar vid hedersrelaterat våld och förtryck",
        "En enkät till personalen 2024 visade att hälften inte visste hur de skulle agera vid "
        "oro för att en elev skulle föras ut ur landet.",
        [
            (
                "Utbilda elevhälsans personal och socialsekreterare i riskbedömning med "
                "metoden PATRIARK",
                "Socialförvaltningen",
                "Utbildningsförvaltningen",
                "2026",
            ),
            (
                "Införa en gemensam handlingsplan för skolan vid misstanke om "
                "barnäktenskap eller utlandsresa mot elevens vilja",
                "Utbildningsförvaltningen",
                "Polismyndigheten",
                "2025",
            ),
            (
                "Utse en samordnare för hedersfrågor med ansvar för kommunens nätverk av "
                "kontaktpersoner",
                "Socialförvaltningen",
                "",
                "2025",
            ),
        ],
    ),
    (
        "Den som utsätts får skydd och långsiktigt stöd",
        "Antalet ärenden om hedersrelaterat våld hos socialtjänsten har ökat de senaste tre "
        "åren, och placeringar i skyddat boende är ofta långa.",
        [
            (
                "Erbjuda ett särskilt utslussningsstöd med boendestöd och sysselsättning till "
                "unga vuxna som lämnat skyddat boende",
                "Socialförvaltningen",
                "Arbetsmarknadsenheten, Karlskronahem",
                "2026",
            ),
            (
                "Samverka med Region Blekinge om snabb tillgång till traumabehandling för "
                "barn och unga",
                "Socialförvaltningen",
                "Region Blekinge",
                "2027",
            ),
        ],
    ),
]


def header(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, A4[1] - 12 * mm, "KARLSKRONA KOMMUN")
    c.drawRightString(
        A4[0] - 20 * mm, A4[1] - 12 * mm, "Plan mot hedersrelaterat våld och förtryck 2025–2027"
    )
    c.drawCentredString(A4[0] / 2, 10 * mm, str(doc.page))
    c.restoreState()


def story():
    s = [
        Spacer(1, 60 * mm),
        Paragraph("Plan mot hedersrelaterat våld och förtryck 2025–2027", COVER),
        Spacer(1, 8 * mm),
        Paragraph("Karlskrona kommun", H1),
        Paragraph("Fastställd av kommunstyrelsen 2025-01-14", BODY),
        PageBreak(),
        Paragraph("Innehåll", H1),
    ]
    for line in ("Inledning   3", "Begrepp   3"):
        s.append(Paragraph(line, TOC))
    for i, (goal, _, _) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Målsättning {i} – {goal}   3", TOC))
    s += [
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Karlskrona kommuns plan mot hedersrelaterat våld och förtryck beskriver tre "
            "målsättningar för kommunens arbete. Varje målsättning följs av de insatser som "
            "kommunen ska genomföra. Planen är ett komplement till kommunens plan mot våld i "
            "nära relationer.",
            BODY,
        ),
        Paragraph("Begrepp", H1),
        Paragraph(
            "Med hedersrelaterat våld och förtryck menas våld, hot och begränsningar som "
            "motiveras av att familjens eller släktens heder ska bevaras. Förtrycket kan "
            "drabba både flickor och pojkar och hbtqi-personer.",
            BODY,
        ),
    ]
    for i, (goal, nulage, insatser) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Målsättning {i} – {goal}", GOAL))
        s.append(Paragraph("Nuläge", SUB))
        s.append(Paragraph(nulage, BODY))
        for j, (text, ansvar, samverkan, klart) in enumerate(insatser, start=1):
            s.append(Paragraph(f"<b>Insats {i}.{j}</b>  {text}", INSATS))
            parts = [f"Ansvarig: {ansvar}"]
            if samverkan:
                parts.append(f"Samverkan: {samverkan}")
            parts.append(f"Klart: {klart}")
            s.append(Paragraph(" | ".join(parts), META))
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Plan mot hedersrelaterat våld och förtryck 2025–2027",
        author="Karlskrona kommun",
    )
    doc.build(story(), onFirstPage=header, onLaterPages=header)
    print(OUT)


if __name__ == "__main__":
    main()
