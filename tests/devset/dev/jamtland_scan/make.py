"""Generate the scanned Jämtland plan: a 4-page text PDF (reportlab) is rasterised with pdftoppm
at 200 dpi, given light scan damage (rotation, gray noise, blur) and rebuilt as an image-only PDF.

Run from the repository root: .venv/bin/python -m tests.devset.dev.jamtland_scan.make
(writes jamtland_handlingsplan_2025-2027_skannad.pdf; the scan itself: tests/devset/docgen.py)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from tests.devset.docgen import Wear, scanned_pdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "jamtland_handlingsplan_2025-2027_skannad.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")

pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="Serif", fontSize=11, leading=14.5, spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9.5, leading=12)
TITLE = ParagraphStyle("title", fontName="Sans-Bold", fontSize=20, leading=25, spaceAfter=12)
H1 = ParagraphStyle(
    "h1", fontName="Sans-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=10
)
H2 = ParagraphStyle(
    "h2", fontName="Sans-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=5
)
ACTION = ParagraphStyle("action", parent=BODY, leftIndent=26, firstLineIndent=-26, spaceAfter=2)
RESP = ParagraphStyle(
    "resp", parent=BODY, fontName="Serif", leftIndent=26, fontSize=10.5, spaceAfter=10
)

GOALS = [
    (
        "Mål 1 Våldsutsatta upptäcks tidigt och får rätt stöd",
        "Många kvinnor som utsätts för våld söker vård eller kommer i kontakt med socialtjänsten "
        "utan att våldet uppmärksammas. Tidig upptäckt förutsätter att personalen frågar, vet "
        "hur svaren ska hanteras och känner till vilket stöd som finns i länet.",
        [
            (
                "1.1",
                "Införa rutinmässiga frågor om våld inom mödrahälsovården, "
                "ungdomsmottagningarna och vuxenpsykiatrin i hela länet.",
                "Ansvar: Region Jämtland Härjedalen tillsammans med länets kommuner",
            ),
            (
                "1.2",
                "Genomföra en gemensam grundutbildning om våld i nära relationer för "
                "personal inom socialtjänst, äldreomsorg och LSS-verksamhet.",
                "Ansvar: Länsstyrelsen tillsammans med kommunerna och Region Jämtland Härjedalen",
            ),
            (
                "1.3",
                "Ta fram en vägledning för hur förskola och skola agerar vid oro för att "
                "ett barn bevittnar eller utsätts för våld i hemmet.",
                "Ansvar: Östersunds kommun tillsammans med Länsstyrelsen",
            ),
            (
                "1.4",
                "Sprida information om stödlinjer och kvinnojourer på sydsamiska, finska, "
                "arabiska och lätt svenska.",
                "Ansvar: Länsstyrelsen tillsammans med Sametinget och kvinnojourerna i länet",
            ),
        ],
    ),
    (
        "Mål 2 Skydd och stöd av likvärdig kvalitet i hela länet",
        "Länets glesa befolkning och långa avstånd gör att stödet i dag skiljer sig åt mellan "
        "kommunerna. Målet är att en våldsutsatt kvinna ska få samma skydd oavsett om hon bor i "
        "Östersund, Strömsund eller Funäsdalen.",
        [
            (
                "2.1",
                "Utreda förutsättningarna för ett gemensamt skyddat boende för kommunerna "
                "i västra länsdelen.",
                "Ansvar: Åre kommun tillsammans med Krokoms kommun och Bergs kommun",
            ),
            (
                "2.2",
                "Införa strukturerad riskbedömning med FREDA-kortfrågor i samtliga "
                "kommuners socialtjänst.",
                "Ansvar: Kommunerna tillsammans med Länsstyrelsen",
            ),
            (
                "2.3",
                "Säkerställa att barn som bor i skyddat boende får tillgång till skolgång "
                "och samtalsstöd.",
                "Ansvar: Kommunerna tillsammans med kvinnojourerna i länet",
            ),
            (
                "2.4",
                "Utveckla samverkan mellan socialtjänst och hälso- och sjukvård kring "
                "våldsutsatta kvinnor med missbruk eller psykisk ohälsa.",
                "Ansvar: Region Jämtland Härjedalen tillsammans med kommunerna",
            ),
        ],
    ),
    (
        "Mål 3 Mer våld förebyggs och färre utövar våld",
        "Det långsiktiga arbetet måste riktas mot att våldet inte uppstår. Det kräver insatser "
        "för unga, för personer som utövar våld och en bred samverkan mellan myndigheterna.",
        [
            (
                "3.1",
                "Etablera en regional mottagning för personer som utövar våld i nära relationer.",
                "Ansvar: Kommunerna tillsammans med Kriminalvården och Region Jämtland Härjedalen",
            ),
            (
                "3.2",
                "Genomföra våldsförebyggande program, t.ex. Mentors in Violence Prevention, "
                "på länets gymnasieskolor.",
                "Ansvar: Länets kommuner tillsammans med Länsstyrelsen",
            ),
            (
                "3.3",
                "Arrangera en årlig länskonferens om mäns våld mot kvinnor med fokus på "
                "våldsprevention.",
                "Ansvar: Länsstyrelsen tillsammans med Polismyndigheten, Region Jämtland "
                "Härjedalen och Mittuniversitetet",
            ),
        ],
    ),
]


def header_footer(c: canvas.Canvas, doc) -> None:
    c.saveState()
    c.setFont("Sans", 8.5)
    c.drawString(22 * mm, A4[1] - 14 * mm, "Länsstyrelsen Jämtlands län")
    c.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm, "Dnr 801-1187-2024")
    c.drawCentredString(A4[0] / 2, 12 * mm, str(doc.page))
    c.restoreState()


def build_text_pdf(path: Path) -> None:
    s: list = []
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", TITLE))
    s.append(Paragraph("Länsstyrelsen Jämtlands län", H2))
    s.append(Paragraph("Fastställd av landshövdingen 2025-02-11", SMALL))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Inledning", H1))
    s.append(
        Paragraph(
            "Länsstyrelsen har i uppdrag att samordna och stödja det regionala arbetet mot mäns våld "
            "mot kvinnor, våld i nära relationer, hedersrelaterat våld och förtryck samt prostitution "
            "och människohandel. Handlingsplanen bygger på den nationella strategin för att förebygga "
            "och bekämpa mäns våld mot kvinnor och har tagits fram i dialog med länets åtta kommuner, "
            "Region Jämtland Härjedalen, Polismyndigheten och civilsamhället.",
            BODY,
        )
    )
    s.append(
        Paragraph(
            "Under 2023 polisanmäldes 412 misshandelsbrott mot kvinnor i nära relation i länet. "
            "Mörkertalet bedöms vara stort, särskilt i glesbygd där avståndet till stöd är långt och "
            "där den sociala kontrollen kan göra det svårt att söka hjälp.",
            BODY,
        )
    )
    s.append(Paragraph("Planens uppbyggnad", H2))
    s.append(
        Paragraph(
            "Planen innehåller tre mål. Under varje mål anges åtgärder med ansvarig aktör och de "
            "aktörer som medverkar. Åtgärderna ska vara genomförda senast den 31 december 2027 om "
            "inget annat anges. Planen gäller för perioden 2025–2027 och revideras vid behov.",
            BODY,
        )
    )
    s.append(Paragraph("Utgångspunkter", H2))
    s.append(
        Paragraph(
            "Arbetet utgår från ett jämställdhetsperspektiv, ett barnrättsperspektiv och ett "
            "intersektionellt perspektiv. Särskild hänsyn tas till kvinnor med funktionsnedsättning, "
            "äldre kvinnor, samiska kvinnor och kvinnor som nyligen kommit till Sverige.",
            BODY,
        )
    )
    for i, (title, intro, actions) in enumerate(GOALS):
        s.append(PageBreak())
        s.append(Paragraph(title, H1))
        s.append(Paragraph(intro, BODY))
        s.append(Spacer(1, 3 * mm))
        for num, text, resp in actions:
            s.append(Paragraph(f"{num}&nbsp;&nbsp;&nbsp;{text}", ACTION))
            s.append(Paragraph(resp, RESP))
        if i == len(GOALS) - 1:
            s.append(Spacer(1, 6 * mm))
            s.append(Paragraph("Uppföljning", H1))
            s.append(
                Paragraph(
                    "Länsstyrelsen följer upp planen årligen i det regionala samverkansrådet mot "
                    "våld. Varje ansvarig aktör redovisar hur arbetet med åtgärderna fortskrider. En "
                    "slutlig utvärdering görs under våren 2028.",
                    BODY,
                )
            )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=24 * mm,
        rightMargin=24 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        title="Handlingsplan mot våld i nära relationer 2025–2027",
        author="Länsstyrelsen Jämtlands län",
    )
    doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)


JAMTLAND_WEAR = Wear(
    angles=(0.42, -0.61, 0.33, -0.74),
    gain=0.93,  # slightly gray paper, lighter ink
    offset=6.0,
    noise=9.0,  # light gray noise
    dust=0.0004,  # a few dust specks
    dust_ink=120,
    blur=0.7,
)


def main() -> None:
    scanned_pdf(OUT, build_text_pdf, JAMTLAND_WEAR, seed=20250211, quality=45)


if __name__ == "__main__":
    main()
