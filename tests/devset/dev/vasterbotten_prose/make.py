"""Generate lansstrategi_mvk_vasterbotten_2024-2030.pdf (Länsstyrelsen Västerbotten).

Layout exercised: a prose strategy. Four målsättningar are numbered headings
("Målsättning 1: ..."), each followed by a few paragraphs. The measures are sentences inside
the paragraphs that name their actors as grammatical subject ("Region Västerbotten och
länets kommuner ska ...", "Polismyndigheten ska i samverkan med ...", "Länsstyrelsen
erbjuder ..."); they are mixed with sentences that are not measures (statistics in the past
tense, what a national agency recommends, what was done in 2023). Förord, inledning with
definitions, bakgrund with statistics and a final section on genomförande och uppföljning
contain no measures.

Run with the project venv:  .venv/bin/python tests/devset/dev/vasterbotten_prose/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "lansstrategi_mvk_vasterbotten_2024-2030.pdf"

ORG = "Länsstyrelsen Västerbotten"
TITLE = "Länsstrategi för arbetet mot mäns våld mot kvinnor 2024–2030"
RUNNING = "Länsstrategi mot mäns våld mot kvinnor 2024–2030"

W, H = A4
LM, RM, TM, BM = 2.5 * cm, 2.5 * cm, 2.7 * cm, 2.3 * cm
PETROL = colors.HexColor("#17525e")
SAND = colors.HexColor("#efe9dd")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=15.5, spaceAfter=8)
lead_style = ParagraphStyle("lead", parent=body, fontName="Times-Italic", fontSize=12.5, leading=17)
h1 = ParagraphStyle(
    "h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12, textColor=PETROL
)
h2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=12,
    leading=15,
    spaceBefore=10,
    spaceAfter=5,
    textColor=PETROL,
)
goal = ParagraphStyle(
    "goal",
    fontName="Helvetica-Bold",
    fontSize=13.5,
    leading=17.5,
    spaceBefore=16,
    spaceAfter=7,
    textColor=colors.black,
)
box_text = ParagraphStyle("box", fontName="Helvetica", fontSize=9.5, leading=13)
box_head = ParagraphStyle("boxh", parent=box_text, fontName="Helvetica-Bold", spaceAfter=3)


class StrategyDoc(BaseDocTemplate):
    def __init__(self, filename):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=LM,
            rightMargin=RM,
            topMargin=TM,
            bottomMargin=BM,
            title=TITLE,
            author=ORG,
            invariant=1,
            subject="Länsstrategi, Västerbottens län",
        )
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self.cover),
                PageTemplate(id="text", frames=[frame], onPage=self.running),
            ]
        )

    def cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(PETROL)
        canv.rect(0, 0, 1.6 * cm, H, stroke=0, fill=1)
        canv.setFillColor(SAND)
        canv.rect(1.6 * cm, 0, W - 1.6 * cm, 6.5 * cm, stroke=0, fill=1)
        canv.setFillColor(PETROL)
        canv.setFont("Helvetica-Bold", 10.5)
        canv.drawString(LM + 0.4 * cm, 2.0 * cm, ORG.upper())
        canv.restoreState()

    def running(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LM, H - 1.55 * cm, RUNNING)
        canv.drawRightString(W - RM, 1.3 * cm, str(doc.page))
        canv.drawString(LM, 1.3 * cm, ORG)
        canv.restoreState()


def P(t, s=body):
    return Paragraph(t, s)


def fact_box(title, lines):
    rows = [[P(title, box_head)]] + [[P(line, box_text)] for line in lines]
    t = Table(rows, colWidths=[W - LM - RM - 0.2 * cm])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ]
        )
    )
    return t


# --------------------------------------------------------------------- målsättningar
GOALS = [
    (
        "Målsättning 1: Normer som ligger bakom våldet utmanas tidigt i livet",
        [
            "Våld i nära relationer har sin grund i föreställningar om kön, makt och kontroll som "
            "formas redan under uppväxten. I den länsgemensamma elevenkäten 2022 uppgav 21 procent "
            "av flickorna i gymnasiets andra årskurs att de under det senaste året hade fått "
            "sexuella kommentarer eller bilder som de inte ville ha, och var tionde pojke i samma årskurs ansåg att det "
            "ibland är rimligt att kontrollera en partners mobiltelefon. Socialstyrelsen rekommenderar "
            "att våldsförebyggande insatser riktas till hela skolmiljöer snarare än till enskilda "
            "elever och att de pågår under flera år i följd.",
            "Länets kommuner ska senast 2026 ha infört ett kunskapsbaserat våldsförebyggande program "
            "i samtliga grundskolor med årskurs 7–9. Länsstyrelsen erbjuder kommunerna utbildning av "
            "handledare och stöd i att följa upp hur programmen genomförs. Under 2023 genomförde fyra "
            "kustkommuner en pilot med en sådan modell, och erfarenheterna därifrån har legat till "
            "grund för inriktningen.",
            "Många unga nås lättare genom föreningslivet än genom skolan. Region Västerbotten ska i "
            "samverkan med länets studieförbund och kommunernas fritidsverksamheter ta fram ett "
            "utbildningsmaterial för ledare om samtycke, gränser och kontrollerande beteenden. "
            "Materialet är tänkt att kunna användas i såväl idrottsföreningar som kulturskolor.",
            "Att förebygga våld handlar också om att den som redan har utövat våld inte gör det igen. "
            "I dag finns strukturerad behandling för våldsutövare i princip bara i Umeå och "
            "Skellefteå. Länets kommuner och Region Västerbotten ska gemensamt bygga upp ett "
            "behandlingserbjudande för män och kvinnor som utövar våld mot en partner, i samverkan med "
            "Kriminalvården, så att insatsen blir tillgänglig också i inlandet.",
        ],
    ),
    (
        "Målsättning 2: Stöd och skydd finns för alla våldsutsatta, oavsett var i länet de bor",
        [
            "I länets västra delar kan avståndet till närmaste skyddade boende vara mer än 25 mil. "
            "År 2023 hade sex av länets femton kommuner en särskild enhet eller funktion för "
            "våldsärenden, medan övriga hanterade ärendena inom den ordinarie handläggningen. "
            "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer ställer krav "
            "på att socialtjänsten och hälso- och sjukvården har rutiner för att upptäcka våld och "
            "erbjuda stöd.",
            "Region Västerbotten och länets kommuner ska ta fram en gemensam överenskommelse om "
            "ansvarsfördelningen vid våld i nära relationer, där också dokumentation av skador och "
            "rättsintyg ingår. Region Västerbotten ska dessutom erbjuda digitala stödsamtal med "
            "kurator för våldsutsatta kvinnor som bor långt från en hälsocentral med "
            "kuratorsmottagning.",
            "Länsstyrelsen ska i samverkan med kvinnojourerna och kommunerna kartlägga tillgången "
            "till skyddat boende i länet och utreda förutsättningarna för en gemensam boendelösning "
            "för inlandskommunerna. När krav på tillstånd för skyddade boenden införs i april 2024 "
            "förändras förutsättningarna för flera av de verksamheter som finns i dag.",
            "Polismyndigheten ska i samverkan med socialtjänsten i länets kommuner utveckla arbetet "
            "med strukturerade riskbedömningar, så att bedömningarna kan delas mellan myndigheterna "
            "när den utsatta samtycker till det. Under 2023 genomförde polisen i länet drygt 700 "
            "riskbedömningar i ärenden som rörde brott i nära relationer.",
            "Samiska kvinnor som utsätts för våld kan möta särskilda hinder när de söker hjälp, "
            "bland annat för att kunskapen om samisk kultur och renskötselns villkor är begränsad "
            "hos många myndigheter. Länsstyrelsen ska tillsammans med Sametinget ta fram ett "
            "kunskapsstöd för socialtjänst och hälso- och sjukvård om våld i samiska sammanhang.",
        ],
    ),
    (
        "Målsättning 3: Unga som lever med hedersrelaterat våld och förtryck upptäcks och skyddas",
        [
            "Bakom hedersrelaterat våld och förtryck står ofta flera familjemedlemmar eller släktingar, "
            "och kontrollen motiveras med att familjens rykte vilar på flickors och kvinnors kyskhet. "
            "Nationella kompetensteamet mot hedersrelaterat våld och förtryck tog "
            "under 2023 emot ett fyrtiotal ärendekonsultationer som gällde Västerbottens län, vilket "
            "sannolikt bara är en bråkdel av de fall där yrkesverksamma har varit oroliga.",
            "Länets kommuner ska se till att elevhälsan i grund- och gymnasieskolan har rutiner för "
            "att hantera oro för att en elev lever med hedersrelaterade begränsningar eller riskerar "
            "att giftas bort. Skolpersonal är ofta de första vuxna utanför familjen som märker att "
            "något inte står rätt till.",
            "Länsstyrelsen erbjuder en regional konsultfunktion för yrkesverksamma i enskilda "
            "ärenden, som bemannas tillsammans med Region Västerbotten och Umeå kommun. Funktionen "
            "vänder sig till alla kommuner i länet och kan nås via telefon eller e-post.",
            "Polismyndigheten och socialtjänsten i länets kommuner ska ta fram en gemensam rutin för "
            "att agera skyndsamt när en ung person riskerar att tas med till ett annat land för att "
            "gifta sig eller hållas kvar där mot sin vilja. Under åren 2021–2023 fick Länsstyrelsen kännedom "
            "om ett tiotal sådana situationer i länet.",
        ],
    ),
    (
        "Målsättning 4: Ingen ska utnyttjas i prostitution eller människohandel",
        [
            "Prostitutionen i länet förmedlas huvudsakligen via annonssidor på internet och äger rum "
            "i lägenheter eller på hotell som hyrs under kortare perioder. Under 2023 anmäldes 37 "
            "brott om köp av sexuell tjänst i Västerbotten, de flesta efter riktade spaningsinsatser. "
            "Jämställdhetsmyndigheten har det nationella uppdraget att samordna arbetet mot "
            "prostitution och människohandel och tillhandahåller bland annat ett nationellt "
            "metodstöd.",
            "Länsstyrelsen ska, med länets regionkoordinator mot människohandel som sammankallande, "
            "leda ett länsnätverk med Polismyndigheten, Migrationsverket, Region Västerbotten och "
            "socialtjänsten i kommunerna. Nätverket ska kunna samlas med kort varsel när en "
            "möjlig brottsutsatt har identifierats.",
            "Polismyndigheten ska prioritera spaning mot sexköp som förmedlas via internet och lägga "
            "särskilda resurser på vintersäsongen i fjällkommunerna och på stora idrottsevenemang i "
            "länet.",
            "Region Västerbotten ska i samverkan med Umeå kommun inrätta en mottagning för den som "
            "har sålt eller säljer sex, med provtagning, samtalsstöd och hjälp att lämna. Erfarenheter från liknande mottagningar i Stockholm och Göteborg visar "
            "att ett lättillgängligt stöd når grupper som annars sällan söker vård.",
        ],
    ),
]


def story():
    s = []
    # ---------------------------------------------------------------- page 1: cover
    s.append(Spacer(1, 4.2 * cm))
    s.append(
        P(
            TITLE,
            ParagraphStyle(
                "t",
                fontName="Helvetica-Bold",
                fontSize=27,
                leading=32,
                textColor=PETROL,
                leftIndent=0.4 * cm,
                spaceAfter=16,
            ),
        )
    )
    s.append(
        P(
            "Västerbottens län – våld i nära relationer, hedersrelaterat våld och förtryck, "
            "prostitution och människohandel",
            ParagraphStyle(
                "st",
                fontName="Helvetica",
                fontSize=13,
                leading=18,
                leftIndent=0.4 * cm,
                spaceAfter=150,
            ),
        )
    )
    s.append(
        P(
            "Rapport 2024:04<br/>Dnr 850-2871-2023<br/>Beslutad av landshövdingen den 21 "
            "februari 2024",
            ParagraphStyle(
                "m", fontName="Helvetica", fontSize=9.5, leading=13, leftIndent=0.4 * cm
            ),
        )
    )
    s.append(NextPageTemplate("text"))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 2: förord
    s.append(P("Förord", h1))
    s.append(
        P(
            "Ett Västerbotten där kvinnor och flickor kan leva sina liv fria från våld och förtryck – "
            "det är vad den här strategin handlar om. Vi är inte där i dag. Varje vecka vänder sig "
            "kvinnor i länet till socialtjänsten, vården eller någon av kvinnojourerna efter att ha "
            "blivit slagna, hotade eller kontrollerade av en man som de lever eller har levt med. "
            "Många fler berättar aldrig för någon.",
            lead_style,
        )
    )
    s.append(
        P(
            "Vårt län har stora avstånd och femton kommuner med mycket olika förutsättningar. Det "
            "kräver att vi samarbetar över kommungränser och mellan huvudmän, så att en kvinna i "
            "Sorsele eller Åsele kan få lika kvalificerat stöd som en kvinna i Umeå eller Skellefteå. "
            "Det kräver också att vi ser de grupper som har svårast att nå fram: unga som lever under "
            "hedersnormer, kvinnor med funktionsnedsättning, samiska kvinnor och äldre."
        )
    )
    s.append(
        P(
            "Strategin har arbetats fram av Länsstyrelsen tillsammans med länets kommuner, Region "
            "Västerbotten, Polismyndigheten, Kriminalvården, Åklagarmyndigheten och de ideella kvinno- "
            "och tjejjourerna. Den sträcker sig över sju år, eftersom de förändringar som behövs tar "
            "tid. Åtagandena i strategin är gemensamma, och det är i genomförandet som den visar sitt "
            "värde."
        )
    )
    s.append(
        P(
            "Min tacksamhet går till de många som har delat erfarenheter, kunskap och engagemang "
            "under arbetet."
        )
    )
    s.append(Spacer(1, 10))
    s.append(P("Umeå i februari 2024<br/><br/><i>Landshövding i Västerbottens län</i>"))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 3: inledning
    s.append(P("Inledning", h1))
    s.append(P("Länsstyrelsens uppdrag", h2))
    s.append(
        P(
            "Regeringen har gett länsstyrelserna i uppgift att leda och samordna det regionala arbetet "
            "mot mäns våld mot kvinnor. Arbetet tar sikte på det sjätte jämställdhetspolitiska delmålet, "
            "som handlar om att våldet ska upphöra. Uppdraget omfattar våld i nära relationer, "
            "hedersrelaterat våld och förtryck, prostitution och människohandel för sexuella ändamål "
            "samt våld och förtryck i samkönade relationer. Den nationella strategin för att förebygga "
            "och bekämpa mäns våld mot kvinnor är den övergripande ramen för arbetet."
        )
    )
    s.append(P("Strategins roll och uppbyggnad", h2))
    s.append(
        P(
            "Länsstrategin anger vart länet ska vara på väg fram till 2030. Den är "
            "uppbyggd kring fyra målsättningar som tillsammans täcker det förebyggande arbetet, stöd "
            "och skydd till våldsutsatta, hedersrelaterat våld och förtryck samt prostitution och "
            "människohandel. Under varje målsättning beskrivs både problemet och vad länets aktörer "
            "har lovat att göra. Åtagandena är skrivna så att det framgår vilken aktör som "
            "ansvarar och vilka andra aktörer som ska medverka."
        )
    )
    s.append(
        P(
            "Strategin ersätter inte kommunernas och regionens egna planer. Tvärtom är tanken att de "
            "lokala planerna ska kunna hänvisa till länsstrategin och bryta ned åtagandena i konkreta "
            "aktiviteter med egna tidsplaner."
        )
    )
    s.append(
        fact_box(
            "Begrepp i strategin",
            [
                "<b>Våld i nära relationer</b> – handlingar som skadar, kränker eller begränsar en person och "
                "som begås av någon hon har eller har haft en nära relation till, till exempel en partner, "
                "en förälder eller en annan släkting.",
                "<b>Hedersrelaterat våld och förtryck</b> – kontroll, hot och våld som utövas för att bevara "
                "eller återupprätta familjens rykte, ofta av flera förövare gemensamt.",
                "<b>Människohandel för sexuella ändamål</b> – när någon genom till exempel tvång, "
                "vilseledande eller utnyttjande av en utsatt situation rekryterar, flyttar eller tar emot "
                "en person för att hon eller han ska utnyttjas sexuellt.",
            ],
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 4: bakgrund
    s.append(P("Bakgrund – läget i Västerbottens län", h1))
    s.append(
        P(
            "Västerbottens län har omkring 275 000 invånare, varav mer än hälften bor i Umeå och "
            "Skellefteå. Inlandets kommuner är glest befolkade och har ofta långt till specialiserade "
            "verksamheter. Det påverkar både möjligheterna att upptäcka våld och att erbjuda stöd."
        )
    )
    s.append(
        P(
            "Under 2023 anmäldes i länet 1 124 misshandelsbrott där offret var en kvinna över 18 år. I "
            "58 procent av fallen var den misstänkte en nuvarande eller tidigare partner eller en annan "
            "närstående. Antalet anmälda fall av grov kvinnofridskränkning var 61, ungefär samma nivå "
            "som året innan, medan anmälningarna om olaga förföljelse ökade med en fjärdedel jämfört "
            "med 2021. Brottsförebyggande rådets undersökningar visar samtidigt att en stor del av "
            "våldet i nära relationer aldrig anmäls."
        )
    )
    s.append(
        P(
            "Länets fem kvinnojourer och två tjejjourer tog tillsammans emot omkring 3 500 "
            "stödsamtal under 2023 och erbjöd skyddat boende till 71 kvinnor och 84 barn. "
            "Socialtjänsten i kommunerna beviljade insatser till drygt 500 vuxna som hade utsatts för "
            "våld av en partner eller någon i familjen. Ungefär en tredjedel av dem hade barn som bodde i hemmet."
        )
    )
    s.append(
        P(
            "En enkät som Länsstyrelsen lät genomföra bland gymnasieelever 2022 visade att åtta "
            "procent av eleverna upplevde att familjen bestämde vem de fick bli tillsammans med, och "
            "att tre procent oroade sig för att inte själva få välja vem de skulle gifta sig med. "
            "Andelarna var ungefär lika stora bland flickor och pojkar."
        )
    )
    s.append(
        fact_box(
            "Västerbotten i siffror (2023)",
            [
                "1 124 anmälda misshandelsbrott mot kvinnor över 18 år",
                "61 anmälda fall av grov kvinnofridskränkning",
                "37 anmälda brott om köp av sexuell tjänst",
                "Omkring 3 500 stödsamtal till kvinno- och tjejjourerna",
                "155 kvinnor och barn i skyddat boende hos de ideella jourerna",
            ],
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- målsättningar
    s.append(P("Strategins målsättningar och åtaganden", h1))
    s.append(
        P(
            "Nedan beskrivs de fyra målsättningarna. Varje avsnitt inleds med en kort beskrivning av "
            "läget och följs av de åtaganden som aktörerna har enats om för perioden "
            "2024–2030."
        )
    )
    for title, paras in GOALS:
        s.append(CondPageBreak(4.5 * cm))
        s.append(P(title, goal))
        for p in paras:
            s.append(P(p))

    # ---------------------------------------------------------------- uppföljning
    s.append(PageBreak())
    s.append(P("Genomförande och uppföljning", h1))
    s.append(
        P(
            "Strategin genomförs genom att varje aktör tar in åtagandena i sin ordinarie planering och "
            "budget. Det länsövergripande kvinnofridsrådet, där kommunerna, regionen, rättsväsendet och "
            "civilsamhället är representerade, är forum för dialog om hur arbetet fortskrider."
        )
    )
    s.append(
        P(
            "Vartannat år sammanställs en lägesrapport som beskriver hur åtagandena har genomförts och "
            "hur ett urval indikatorer har utvecklats, till exempel hur många brott i nära relationer "
            "som anmäls, andelen kommuner med aktuella lokala planer och tillgången till behandling "
            "för våldsutövare i olika delar av länet. Den första rapporten publiceras 2026."
        )
    )
    s.append(
        P(
            "En halvtidsutvärdering görs 2027. Om nationella beslut eller förändringar i länet gör det "
            "nödvändigt revideras strategin då. Strategin har tagits fram av enheten för social "
            "hållbarhet vid Länsstyrelsen Västerbotten."
        )
    )
    return s


def main():
    doc = StrategyDoc(str(OUT))
    doc.build(story())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
