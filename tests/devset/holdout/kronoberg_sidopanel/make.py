"""Generate kronoberg_regional_strategi_mvk_2026-2030.pdf (Länsstyrelsen i Kronobergs län),
reportlab.

Invented but realistic content. Layout: after a cover, every page has a shaded sidebar box on
the left and the main text in two columns. Page 2: förord and inledning in the columns, the
sidebar holds 'Strategin i korthet' (vision, short names of the focus areas). Pages 3-5: one
'Fokusområde N' per page; its goals ('N.M ...') stand in the sidebar box under 'Mål för
fokusområdet'; the columns hold prose and an 'Åtgärder' bullet list where each bullet starts
with its responsible actor(s) in bold followed by a colon. Page 5 also has Uppföljning.

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
    BaseDocTemplate,
    Frame,
    FrameBreak,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "kronoberg_regional_strategi_mvk_2026-2030.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV", boldItalic="DV-Bold")
pdfmetrics.registerFontFamily(
    "DVS", normal="DVS", bold="DV-Bold", italic="DVS", boldItalic="DV-Bold"
)

GREEN = colors.HexColor("#2F5D3A")
SIDE_BG = colors.HexColor("#E4EEE6")
BODY = ParagraphStyle("body", fontName="DVS", fontSize=8.8, leading=12.6, spaceAfter=6)
BUL = ParagraphStyle("bul", parent=BODY, spaceAfter=4)
H1 = ParagraphStyle(
    "h1", fontName="DV-Bold", fontSize=13, leading=16.5, spaceAfter=7, textColor=GREEN
)
H2 = ParagraphStyle("h2", fontName="DV-Bold", fontSize=10, leading=13, spaceBefore=4, spaceAfter=4)
SIDE_H = ParagraphStyle(
    "sh", fontName="DV-Bold", fontSize=9.5, leading=12.5, spaceAfter=6, textColor=GREEN
)
SIDE = ParagraphStyle("side", fontName="DV", fontSize=8.6, leading=11.8, spaceAfter=7)
COVER = ParagraphStyle("cov", fontName="DV-Bold", fontSize=23, leading=29, textColor=GREEN)

TOP, BOTTOM = A4[1] - 20 * mm, 18 * mm
SIDE_X, SIDE_W = 15 * mm, 47 * mm
COL_X = SIDE_X + SIDE_W + 6 * mm
COL_W = (A4[0] - COL_X - 15 * mm - 5 * mm) / 2

# (fokusområde, [(mål nr, mål)], [intro paragraphs], [(actor, action)])
AREAS = [
    (
        "Våldet förebyggs",
        [
            ("1.1", "Färre unga utsätts för våld och kontroll i sina relationer"),
            ("1.2", "Fler män och pojkar tar avstånd från våld"),
        ],
        [
            "Förebyggande arbete är det mest långsiktiga sättet att minska våldet. Insatserna ska "
            "bygga på kunskap om vad som fungerar och nå unga i hela länet, i Markaryd lika väl "
            "som i Växjö.",
            "I länets skolenkät 2024 uppgav 14 procent av flickorna i årskurs 9 att en partner "
            "hade kontrollerat vem de fick träffa. Hälften av länets kommuner arbetar i dag med "
            "ett våldsförebyggande program i skolan.",
            "Forskningen visar att program som arbetar med normer kring maskulinitet, med "
            "åskådarperspektiv och med ungas egna erfarenheter kan minska både utsatthet och "
            "utövande av våld. Programmen behöver genomföras under flera år och av personal som "
            "har fått utbildning och handledning, annars riskerar effekten att utebli.",
            "Föreningslivet och fritidsverksamheterna når många unga som skolan har svårt att nå. "
            "Flera idrottsföreningar i länet har under de senaste åren arbetat med "
            "värdegrundsfrågor, och erfarenheterna från det arbetet är en viktig utgångspunkt.",
            "Män och pojkar är den grupp som i störst utsträckning utövar våld, men de flesta män "
            "använder aldrig våld. Många män vill bidra till förändring men vet inte hur. Det "
            "förebyggande arbetet ska därför ge män och pojkar verktyg att reagera när andra män "
            "uttrycker sig nedsättande om kvinnor eller använder våld.",
        ],
        [
            (
                "Kommunerna",
                "Införa ett kunskapsbaserat våldsförebyggande program i samtliga "
                "högstadieskolor i länet senast 2028.",
            ),
            (
                "Länsstyrelsen",
                "Samordna ett länsnätverk för våldsprevention och erbjuda "
                "utbildning i våldsförebyggande metoder.",
            ),
            (
                "Region Kronoberg",
                "Utbilda personalen på ungdomsmottagningarna i att samtala med "
                "unga om sexuellt samtycke och kontroll.",
            ),
            (
                "Linnéuniversitetet och Länsstyrelsen",
                "Utvärdera de våldsförebyggande programmen i länets skolor.",
            ),
        ],
    ),
    (
        "Skydd och stöd av god kvalitet",
        [
            ("2.1", "Våldsutsatta kvinnor erbjuds likvärdigt skydd i hela länet"),
            ("2.2", "Barn som upplever våld får eget stöd"),
        ],
        [
            "Stödet till våldsutsatta skiljer sig i dag mellan länets åtta kommuner. De mindre "
            "kommunerna saknar ofta egna skyddade boenden och är beroende av kvinnojourerna och "
            "av avtal med andra kommuner.",
            "Under 2024 placerades 94 kvinnor och 103 barn i skyddat boende i länet. Barn som "
            "upplevt våld får sällan egna insatser när mamman har fått stöd.",
            "Våldsutsatta kvinnor har ofta kontakt med hälso- och sjukvården innan de söker stöd "
            "hos socialtjänsten. Vården har därför en nyckelroll i att upptäcka våldet och i att "
            "dokumentera skador så att de kan användas i en rättsprocess.",
            "Kvinnor med missbruk, psykisk ohälsa eller funktionsnedsättning och kvinnor som "
            "nyligen kommit till Sverige har svårare att få ett stöd som passar deras behov. "
            "Stödet behöver kunna anpassas, till exempel genom tillgång till tolk, tillgängliga "
            "lokaler och boenden som tar emot kvinnor med missbruk.",
            "Barn som upplever våld är brottsoffer och har rätt till eget stöd. Barnahus Kronoberg "
            "tar i dag emot barn som själva utsatts för brott, men inte barn som bevittnat våld "
            "mellan vuxna i familjen.",
        ],
        [
            (
                "Kommunerna",
                "Ta fram en länsgemensam överenskommelse om skyddat boende "
                "tillsammans med kvinnojourerna.",
            ),
            ("Region Kronoberg", "Inrätta en kvinnofridsmottagning vid Centrallasarettet i Växjö."),
            (
                "Region Kronoberg och kommunerna",
                "Utveckla Barnahus Kronoberg så att även barn som bevittnat våld kan få stöd där.",
            ),
            (
                "Polismyndigheten",
                "Införa en länsgemensam rutin för riskbedömning vid anmälan om "
                "våld i nära relation i samverkan med socialtjänsten.",
            ),
        ],
    ),
    (
        "Samverkan och kunskap",
        [
            ("3.1", "Aktörerna i länet samverkar strukturerat och långsiktigt"),
            ("3.2", "Arbetet bygger på kunskap och följs upp"),
        ],
        [
            "Ingen aktör kan ensam motverka mäns våld mot kvinnor. Strategin förutsätter att "
            "kommunerna, regionen, rättsväsendet och civilsamhället samverkar och att arbetet "
            "följs upp på ett gemensamt sätt.",
            "I dag finns flera nätverk i länet, men de har olika sammansättning och saknar ofta "
            "mandat att fatta beslut. Samverkan är också sårbar när den bygger på enskilda "
            "personers engagemang och försvinner när personer byter arbete.",
            "Kunskapen om våldets omfattning och om hur insatserna fungerar är ojämn. Flera "
            "kommuner saknar statistik över hur många våldsutsatta som får stöd, och "
            "uppföljningen av insatserna för barn är bristfällig. En gemensam uppföljning gör det "
            "möjligt att se vad som fungerar och var resurserna behövs mest.",
            "Civilsamhällets organisationer har lång erfarenhet av att möta våldsutsatta kvinnor "
            "och barn. Deras kunskap ska tas till vara i det regionala arbetet.",
        ],
        [
            (
                "Länsstyrelsen",
                "Leda ett regionalt råd mot mäns våld mot kvinnor med företrädare "
                "för kommunerna, Region Kronoberg, Polismyndigheten och civilsamhället.",
            ),
            (
                "Länsstyrelsen",
                "Ta fram en länsgemensam lägesbild över mäns våld mot kvinnor vartannat år.",
            ),
            (
                "Kommunerna",
                "Utse en samordnare för arbetet mot våld i nära relationer i varje kommun.",
            ),
        ],
    ),
]


def deco(c, doc):
    c.saveState()
    c.setFillColor(SIDE_BG)
    c.rect(SIDE_X - 3 * mm, BOTTOM, SIDE_W + 3 * mm, TOP - BOTTOM, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DV", 7.5)
    c.drawString(SIDE_X, 10 * mm, "Länsstyrelsen i Kronobergs län")
    c.drawRightString(
        A4[0] - 15 * mm,
        10 * mm,
        f"Regional strategi mot mäns våld mot kvinnor 2026–2030 · {doc.page}",
    )
    c.restoreState()


def bullets(items):
    return ListFlowable(
        [
            ListItem(Paragraph(f"<b>{actor}:</b> {text}", BUL), leftIndent=9)
            for actor, text in items
        ],
        bulletType="bullet",
        start="■",
        bulletFontSize=5,
        leftIndent=9,
    )


def story():
    s = [
        Spacer(1, 70 * mm),
        Paragraph("Regional strategi mot mäns våld mot kvinnor i Kronobergs län 2026–2030", COVER),
        Spacer(1, 10 * mm),
        Paragraph(
            "Länsstyrelsen i Kronobergs län i samverkan med länets kommuner och Region Kronoberg",
            H2,
        ),
        NextPageTemplate("plan"),
        PageBreak(),
    ]
    # ---- page 2
    s += [
        Paragraph("Strategin i korthet", SIDE_H),
        Paragraph("<b>Vision:</b> Ett Kronoberg fritt från mäns våld mot kvinnor.", SIDE),
        Paragraph("<b>Tre fokusområden:</b> förebygga, skydda och stödja, samverka.", SIDE),
        Paragraph("<b>Gäller:</b> 2026–2030", SIDE),
        Paragraph("<b>Beslutad:</b> av landshövdingen den 3 december 2025", SIDE),
        FrameBreak(),
        Paragraph("Förord", H1),
        Paragraph(
            "Mäns våld mot kvinnor är ett samhällsproblem som kräver ett långsiktigt och "
            "samordnat arbete. Med den här strategin tar länets aktörer ett gemensamt grepp om "
            "arbetet under fem år. Strategin har tagits fram av Länsstyrelsen tillsammans med "
            "länets åtta kommuner, Region Kronoberg, Polismyndigheten och kvinno- och "
            "tjejjourerna i länet.",
            BODY,
        ),
        Paragraph("Inledning", H1),
        Paragraph(
            "Strategin omfattar mäns våld mot kvinnor, våld i nära relationer, hedersrelaterat "
            "våld och förtryck samt prostitution och människohandel. Den utgår från den "
            "nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor och "
            "från länets regionala utvecklingsstrategi.",
            BODY,
        ),
        Paragraph(
            "Strategin är indelad i tre fokusområden. För varje fokusområde anges mål och de "
            "åtgärder som aktörerna åtar sig. Åtgärderna konkretiseras i aktörernas egna "
            "verksamhetsplaner.",
            BODY,
        ),
        Paragraph("Läget i länet", H2),
        Paragraph(
            "År 2024 anmäldes 512 misshandelsbrott mot kvinnor i nära relation i Kronobergs "
            "län. Länets kvinnojourer hade sammanlagt 2 700 stödkontakter. Våldet drabbar "
            "kvinnor i alla åldrar och samhällsgrupper, men kvinnor med funktionsnedsättning "
            "och nyanlända kvinnor är särskilt utsatta.",
            BODY,
        ),
        PageBreak(),
    ]
    for n, (area, goals, intro, actions) in enumerate(AREAS, start=1):
        s.append(Paragraph("Mål för fokusområdet", SIDE_H))
        s += [Paragraph(f"<b>{num}</b> {text}", SIDE) for num, text in goals]
        s.append(FrameBreak())
        s.append(Paragraph(f"Fokusområde {n}: {area}", H1))
        s += [Paragraph(p, BODY) for p in intro]
        s.append(Paragraph("Åtgärder", H2))
        s.append(bullets(actions))
        if n == len(AREAS):
            s.append(Paragraph("Uppföljning", H1))
            s.append(
                Paragraph(
                    "Länsstyrelsen följer upp strategin årligen i det regionala rådet. En "
                    "halvtidsuppföljning görs 2028 och en slutlig utvärdering 2030.",
                    BODY,
                )
            )
        else:
            s.append(PageBreak())
    return s


def main() -> None:
    doc = BaseDocTemplate(
        str(OUT),
        pagesize=A4,
        title="Regional strategi mot mäns våld mot kvinnor i Kronobergs län 2026–2030",
        author="Länsstyrelsen i Kronobergs län",
    )
    cover = Frame(25 * mm, BOTTOM, A4[0] - 50 * mm, TOP - BOTTOM, id="cover")
    side = Frame(
        SIDE_X,
        BOTTOM,
        SIDE_W,
        TOP - BOTTOM,
        id="side",
        leftPadding=2 * mm,
        rightPadding=3 * mm,
        topPadding=4 * mm,
    )
    col1 = Frame(COL_X, BOTTOM, COL_W, TOP - BOTTOM, id="col1", leftPadding=0, rightPadding=0)
    col2 = Frame(
        COL_X + COL_W + 5 * mm,
        BOTTOM,
        COL_W,
        TOP - BOTTOM,
        id="col2",
        leftPadding=0,
        rightPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[cover]),
            PageTemplate(id="plan", frames=[side, col1, col2], onPage=deco),
        ]
    )
    doc.build(story())
    print(OUT)


if __name__ == "__main__":
    main()
