"""Generates lansstrategi_mvk_blekinge_2025-2030.pdf (reportlab).

Invented but realistic content. Layout: målsättningar as numbered headings, each with prose
paragraphs in which the measures are sentences naming their actors ("Region Blekinge och länets
kommuner ska ..."), mixed with context sentences; a table of contents listing the målsättningar;
an Uppföljning section; and an appendix with statistics (no actions).
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

HERE = Path(__file__).resolve().parent
OUT = HERE / "lansstrategi_mvk_blekinge_2025-2030.pdf"

FD = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Serif", str(FD / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FD / "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", str(FD / "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", str(FD / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Sans", str(FD / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold"
)

RED = colors.HexColor("#7A1F2B")
BODY = ParagraphStyle(
    "body", fontName="Serif", fontSize=11.5, leading=15.5, spaceAfter=8, alignment=TA_JUSTIFY
)
H1 = ParagraphStyle(
    "h1", fontName="Sans-Bold", fontSize=18, leading=22, spaceAfter=12, textColor=RED
)
H2 = ParagraphStyle(
    "h2",
    fontName="Sans-Bold",
    fontSize=13.5,
    leading=17,
    spaceBefore=12,
    spaceAfter=6,
    textColor=RED,
)
H3 = ParagraphStyle(
    "h3", fontName="Sans-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4
)
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Sans-Bold")
NOTE = ParagraphStyle("note", parent=BODY, fontName="Serif-Italic", fontSize=9.5, leading=12)

MALSATTNINGAR = [
    (
        "1",
        "Våld förebyggs innan det uppstår",
        [
            "Att förebygga våld innebär att arbeta med de normer och strukturer som gör våldet "
            "möjligt. Forskningen visar att insatser som riktar sig till unga och som utmanar "
            "föreställningar om maskulinitet, kontroll och ägande i relationer kan minska risken för "
            "att våld uppstår. I Blekinge har flera skolor under den föregående perioden provat "
            "våldsförebyggande program, men arbetet har varit beroende av enskilda eldsjälar och "
            "har inte bedrivits systematiskt.",
            "Länets kommuner ska erbjuda samtliga högstadieskolor ett kunskapsbaserat "
            "våldsförebyggande program under strategiperioden. Programmen bör vara en del av "
            "skolans ordinarie undervisning om sexualitet, samtycke och relationer. Länsstyrelsen "
            "Blekinge ska samordna ett länsgemensamt nätverk för våldsprevention med "
            "representanter för kommunerna, Region Blekinge och Polisen. Nätverket blir ett forum "
            "för erfarenhetsutbyte och för gemensam uppföljning av insatserna.",
            "Blekinge Tekniska Högskola ska i samverkan med Länsstyrelsen följa upp och utvärdera "
            "de våldsförebyggande insatserna i länet. Utvärderingen ger underlag för beslut om "
            "vilka metoder som bör spridas vidare efter strategiperioden.",
        ],
    ),
    (
        "2",
        "Våldsutsatta upptäcks tidigt och får stöd och skydd",
        [
            "Många våldsutsatta kvinnor söker vård eller stöd för andra besvär än våldet, och "
            "våldet förblir ofta okänt för de verksamheter de möter. Enligt socialtjänstlagen har "
            "kommunerna det yttersta ansvaret för att våldsutsatta och barn som upplevt våld får "
            "det stöd och den hjälp de behöver, medan hälso- och sjukvården har en nyckelroll när "
            "det gäller att upptäcka våld och dokumentera skador.",
            "Region Blekinge och länets kommuner ska införa rutinmässiga frågor om våld i "
            "mödrahälsovården, ungdomsmottagningarna, psykiatrin och socialtjänstens missbruks- och "
            "beroendevård. Region Blekinge ska inrätta en mottagning för våldsutsatta vid "
            "Blekingesjukhuset i Karlskrona dit både patienter och andra vårdenheter kan vända "
            "sig. Mottagningen kan också ge konsultativt stöd till primärvården i hela länet.",
            "Tillgången till skyddat boende har under senare år varit begränsad, särskilt för "
            "kvinnor med missbruk, psykisk ohälsa eller funktionsnedsättning. Länets kommuner ska "
            "i samverkan med kvinno- och tjejjourerna säkerställa att våldsutsatta kvinnor med "
            "medföljande barn kan erbjudas skyddat boende i länet. Karlskrona kommun ska i "
            "samverkan med övriga kommuner i länet driva ett gemensamt kompetenscentrum för stöd "
            "till våldsutsatta vuxna och barn. Kompetenscentrumet finansieras gemensamt av "
            "kommunerna enligt en fördelningsnyckel baserad på invånarantal.",
        ],
    ),
    (
        "3",
        "Barn som upplever våld får skydd och stöd",
        [
            "Barn som upplever våld mellan sina föräldrar eller andra närstående är brottsoffer och "
            "har rätt till skydd och stöd utifrån sina egna behov. Sedan barnkonventionen blev "
            "svensk lag 2020 har kraven skärpts på att barnets bästa ska beaktas i alla beslut som "
            "rör barnet. Samtidigt visar uppföljningar att många barn i länet väntar länge på "
            "stöd, och att det skiljer sig mellan kommunerna vilket stöd som erbjuds.",
            "Polisen ska i samverkan med Åklagarmyndigheten, länets kommuner och Region Blekinge "
            "utveckla arbetet med samordnade förhör och läkarundersökningar av barn inom ramen för "
            "barnahusverksamheten. Länets kommuner ska erbjuda stödprogram för barn som upplevt "
            "våld i samtliga kommuner, till exempel samtalsmetoden Trappan.",
            "Region Blekinge ska säkerställa att barn- och ungdomspsykiatrin har kompetens i "
            "traumafokuserad behandling för barn som upplevt våld. Behovet av sådan behandling "
            "bedöms vara betydligt större än vad som i dag erbjuds.",
        ],
    ),
    (
        "4",
        "Hedersrelaterat våld och förtryck, prostitution och människohandel motverkas",
        [
            "Hedersrelaterat våld och förtryck är ofta kollektivt utövat och kan pågå under lång "
            "tid innan det upptäcks. Flickor och unga kvinnor är särskilt utsatta, men även pojkar "
            "och hbtqi-personer drabbas. Kunskapen om riskfaktorer och om hur barn kan skyddas "
            "varierar mellan länets verksamheter.",
            "Länsstyrelsen Blekinge ska erbjuda utbildning om hedersrelaterat våld och förtryck "
            "till skolor, socialtjänst och hälso- och sjukvård i länet. Region Blekinge ska "
            "erbjuda flickor och kvinnor som utsatts för könsstympning specialiserad vård och "
            "rådgivning.",
            "Köp av sexuella tjänster sker i dag främst via internet, och annonsering som rör "
            "personer i Blekinge förekommer regelbundet. Många av dem som säljer sex har erfarenhet "
            "av våld och kan vara offer för människohandel. Polisen ska i samverkan med "
            "Länsstyrelsen och Migrationsverket stärka arbetet med att identifiera personer som "
            "utsätts för människohandel. Länets kommuner ska ta fram rutiner för att möta och ge "
            "stöd till personer med erfarenhet av prostitution.",
        ],
    ),
    (
        "5",
        "Fler våldsutövare upphör med våldet",
        [
            "Arbetet med dem som utövar våld är en central del av det våldsförebyggande arbetet. "
            "Om den som utövar våld inte får stöd att förändra sitt beteende är risken stor att "
            "våldet fortsätter, i samma eller i en ny relation.",
            "Länets kommuner ska erbjuda stöd och behandling till personer som utövar våld i nära "
            "relationer, även när inget brott har anmälts. Kriminalvården ska i samverkan med "
            "länets kommuner säkerställa att personer som dömts för våld i nära relation erbjuds "
            "behandlingsprogram under och efter verkställigheten.",
            "Polisen och Åklagarmyndigheten ska förbättra utredningarna av brott i nära relationer "
            "genom en mer omfattande bevisinsamling redan vid det första ingripandet. Erfarenheter "
            "från andra län visar att fler ärenden då kan leda till åtal även när den utsatta inte "
            "orkar medverka i processen.",
        ],
    ),
]

STATS = [
    ("Brottstyp", "2020", "2021", "2022", "2023"),
    ("Misshandel mot kvinna 18 år och äldre, bekant med offret", "612", "584", "597", "631"),
    ("Grov kvinnofridskränkning", "74", "81", "92", "97"),
    ("Olaga förföljelse", "118", "129", "141", "156"),
    ("Våldtäkt inkl. grov, mot kvinna 18 år och äldre", "96", "104", "99", "112"),
    ("Köp av sexuell tjänst", "11", "7", "14", "9"),
]
SOC = [
    ("Kommun", "Ärenden våld i nära relationer 2023", "Varav barn som upplevt våld"),
    ("Karlskrona", "298", "121"),
    ("Ronneby", "142", "58"),
    ("Karlshamn", "167", "63"),
    ("Sölvesborg", "71", "25"),
    ("Olofström", "58", "22"),
    ("Blekinge län", "736", "289"),
]


class Doc(BaseDocTemplate):
    def __init__(self, filename, **kw):
        super().__init__(filename, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self.decorate)])

    @staticmethod
    def decorate(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Sans", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(24 * mm, 12 * mm, "Länsstyrelsen Blekinge")
        canv.drawRightString(A4[0] - 24 * mm, 12 * mm, str(doc.page))
        canv.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph):
            name = flowable.style.name
            if name == "h1":
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))
            elif name == "h2m":
                self.notify("TOCEntry", (1, flowable.getPlainText(), self.page))


def table(rows, widths, numeric_from):
    data = [[Paragraph(c, CELL_B) for c in rows[0]]]
    for r in rows[1:]:
        data.append([Paragraph(c, CELL) for c in r])
    t = Table(data, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2E6E8")),
            ]
        )
    )
    return t


def build():
    H2M = ParagraphStyle("h2m", parent=H2)
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName="Sans-Bold", fontSize=11, leading=16, leftIndent=0),
        ParagraphStyle("toc1", fontName="Serif", fontSize=10.5, leading=14, leftIndent=14),
    ]
    s = []
    # ---- page 1: cover
    s += [
        Spacer(1, 60 * mm),
        Paragraph(
            "Länsstrategi för arbetet mot mäns våld mot kvinnor i Blekinge län 2025–2030",
            ParagraphStyle("ct", parent=H1, fontSize=26, leading=32),
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            "Våld i nära relationer · Hedersrelaterat våld och förtryck · Prostitution "
            "och människohandel",
            ParagraphStyle("cs", parent=BODY, fontSize=13, leading=17),
        ),
        Spacer(1, 80 * mm),
        Paragraph("Länsstyrelsen Blekinge<br/>Rapport 2024:14", BODY),
        PageBreak(),
    ]
    # ---- page 2: innehåll
    s += [Paragraph("Innehåll", ParagraphStyle("tochead", parent=H1)), toc, PageBreak()]
    # ---- page 3: förord
    s += [
        Paragraph("Förord", H1),
        Paragraph(
            "Våld mot kvinnor är inte ett privat problem. Det är ett brott mot de "
            "mänskliga rättigheterna, ett folkhälsoproblem och ett hinder för "
            "jämställdheten. I Blekinge, liksom i resten av landet, utsätts varje år "
            "tusentals kvinnor för våld av en man de har eller har haft en relation med. "
            "Barn som växer upp med våld bär med sig erfarenheterna långt upp i vuxen "
            "ålder.",
            BODY,
        ),
        Paragraph(
            "Den här strategin är resultatet av ett gemensamt arbete mellan länets fem "
            "kommuner, Region Blekinge, Polisen, Åklagarmyndigheten, Kriminalvården, "
            "Blekinge Tekniska Högskola och länets ideella organisationer. Under 2024 har "
            "vi tillsammans analyserat läget i länet, identifierat de viktigaste "
            "utvecklingsområdena och kommit överens om vad var och en av oss ska bidra "
            "med.",
            BODY,
        ),
        Paragraph(
            "Strategin gäller fram till och med 2030, samma år som Agenda 2030 ska vara "
            "uppfylld. Mål 5 i Agenda 2030 om jämställdhet innebär bland annat att alla "
            "former av våld mot kvinnor och flickor ska avskaffas. Vi i Blekinge tar vårt "
            "ansvar för att bidra till det målet.",
            BODY,
        ),
        Paragraph("Karlskrona i december 2024<br/>Länsstyrelsen Blekinge", BODY),
        PageBreak(),
    ]
    # ---- page 4: inledning och bakgrund
    s += [
        Paragraph("Inledning", H1),
        Paragraph(
            "Länsstrategin anger riktningen för det gemensamma arbetet mot mäns våld "
            "mot kvinnor i Blekinge län under perioden 2025–2030. Den omfattar våld i "
            "nära relationer, sexuellt våld, hedersrelaterat våld och förtryck samt "
            "prostitution och människohandel för sexuella ändamål.",
            BODY,
        ),
        Paragraph(
            "Strategin är uppbyggd kring fem målsättningar. Under varje målsättning "
            "beskrivs först problembilden och därefter de insatser som länets aktörer har "
            "åtagit sig att genomföra. Insatserna konkretiseras i aktörernas egna "
            "verksamhetsplaner.",
            BODY,
        ),
        Paragraph("Bakgrund", H2),
        Paragraph(
            "Blekinge är Sveriges till ytan minsta län med cirka 156 000 invånare i "
            "fem kommuner: Karlskrona, Ronneby, Karlshamn, Sölvesborg och Olofström. "
            "Länet har en åldrande befolkning och en stor andel invånare som är födda "
            "utomlands.",
            BODY,
        ),
        Paragraph(
            "Antalet anmälda brott som rör våld i nära relationer har ökat något under "
            "de senaste åren, särskilt när det gäller grov kvinnofridskränkning och olaga "
            "förföljelse (se bilaga 1). Ökningen kan delvis förklaras av att fler vågar "
            "anmäla, men länets kvinno- och tjejjourer rapporterar också att våldet i "
            "många fall har blivit grövre och att digitalt våld är vanligt "
            "förekommande.",
            BODY,
        ),
        Paragraph(
            "Länsstyrelsens kartläggning 2024 visade att samtliga kommuner har "
            "riktlinjer för arbetet med våld i nära relationer men att endast två av fem "
            "erbjuder behandling för våldsutövare i egen regi. Stödet till barn som "
            "upplevt våld finns i alla kommuner, men väntetiderna är långa.",
            BODY,
        ),
        PageBreak(),
    ]
    # ---- the målsättningar
    s.append(Paragraph("Målsättningar och insatser", H1))
    s.append(
        Paragraph(
            "Målsättningarna nedan gäller för hela strategiperioden. De insatser som "
            "beskrivs har förankrats hos respektive aktör i samband med att "
            "strategin togs fram.",
            BODY,
        )
    )
    for no, title, paras in MALSATTNINGAR:
        s.append(Paragraph(f"{no}. {title}", H2M))
        for p in paras:
            s.append(Paragraph(p, BODY))
    # ---- uppföljning
    s += [
        PageBreak(),
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Uppföljningen av strategin samordnas av Länsstyrelsen Blekinge och "
            "redovisas årligen i länets strategiska samverkansråd för kvinnofrid. "
            "Varje aktör redovisar hur de insatser som aktören ansvarar för har "
            "genomförts och vilka resultat de har gett.",
            BODY,
        ),
        Paragraph(
            "Utöver insatserna följs utvecklingen av ett antal indikatorer, bland annat "
            "antalet anmälda brott, antalet ärenden om våld i nära relationer i "
            "socialtjänsten, väntetider för stöd till barn och antalet personer som "
            "deltar i behandling för våldsutövare. En halvtidsavstämning görs 2027 och "
            "en slututvärdering 2030.",
            BODY,
        ),
        Paragraph(
            "Uppföljningen ska så långt som möjligt redovisa resultat uppdelat på kön, "
            "ålder och kommun, så att skillnader inom länet blir synliga.",
            BODY,
        ),
        PageBreak(),
    ]
    # ---- bilaga: statistik
    s += [
        Paragraph("Bilaga 1. Statistik", H1),
        Paragraph(
            "Tabellerna nedan ger en översikt över anmälda brott och socialtjänstens "
            "ärenden i Blekinge län. Statistiken över anmälda brott speglar inte den "
            "faktiska utsattheten, eftersom en stor del av våldet aldrig anmäls.",
            BODY,
        ),
        Paragraph("Tabell 1. Anmälda brott i Blekinge län 2020–2023", H3),
        table(STATS, (86 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm), 1),
        Paragraph(
            "Källa: Brottsförebyggande rådet, anmälda brott; bearbetning av "
            "Länsstyrelsen Blekinge.",
            NOTE,
        ),
        Spacer(1, 6 * mm),
        Paragraph("Tabell 2. Ärenden om våld i nära relationer i socialtjänsten 2023", H3),
        table(SOC, (60 * mm, 55 * mm, 47 * mm), 1),
        Paragraph("Källa: Länsstyrelsen Blekinge, enkät till länets kommuner 2024.", NOTE),
        Spacer(1, 6 * mm),
        Paragraph(
            "Andelen ärenden som rör barn som upplevt våld ligger mellan 35 och 41 "
            "procent i samtliga kommuner. Antalet ärenden per 1 000 invånare är högst i "
            "Karlshamn och lägst i Sölvesborg.",
            BODY,
        ),
    ]

    doc = Doc(
        str(OUT),
        pagesize=A4,
        invariant=1,
        leftMargin=24 * mm,
        rightMargin=24 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Länsstrategi för arbetet mot mäns våld mot kvinnor i Blekinge län 2025–2030",
        author="Länsstyrelsen Blekinge",
    )
    doc.multiBuild(s)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    build()
