"""Generate lansstrategi_mvk_skane_2025-2030.pdf (Länsstyrelsen Skåne).

Layout exercised: a prose strategy with a cover page and no table of contents. Section
headings (Förord, Inledning, Läget i Skåne, ...) are set in a larger font, but the five
målsättningar are bold headings in the SAME size as the body text ("Målsättning 2 – ...").
Each målsättning is followed by prose paragraphs. The measures are sentences whose
grammatical subject is the actor ("Region Skåne ska ...", "Länsstyrelsen och kommunerna
kommer att ..."), mixed with sentences that are not measures (statistics, past events, what
national bodies recommend or have produced). Running header and a "Sida N av M" footer on
every page except the cover.

Run with the project venv:
    .venv/bin/python tests/devset/dev/skane_prose_pdf/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
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
OUT = HERE / "lansstrategi_mvk_skane_2025-2030.pdf"

ORG = "Länsstyrelsen Skåne"
TITLE = "Länsstrategi för arbetet mot mäns våld mot kvinnor i Skåne 2025–2030"

W, H = A4
LM, RM, TM, BM = 2.4 * cm, 2.4 * cm, 2.6 * cm, 2.4 * cm
BLUE = colors.HexColor("#00385f")
LIGHT = colors.HexColor("#e6eef4")

BODY_SIZE = 10.5
body = ParagraphStyle("body", fontName="Helvetica", fontSize=BODY_SIZE, leading=14.5, spaceAfter=7)
ingress = ParagraphStyle("ingress", parent=body, fontSize=12, leading=16.5, spaceAfter=10)
h1 = ParagraphStyle(
    "h1",
    fontName="Helvetica-Bold",
    fontSize=17,
    leading=21,
    spaceBefore=4,
    spaceAfter=10,
    textColor=BLUE,
)
h2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=8,
    spaceAfter=4,
    textColor=BLUE,
)
# the målsättning headings: bold, same size as the body text, black
goal_style = ParagraphStyle(
    "goal",
    fontName="Helvetica-Bold",
    fontSize=BODY_SIZE,
    leading=14.5,
    spaceBefore=11,
    spaceAfter=4,
)
box_text = ParagraphStyle("box", fontName="Helvetica", fontSize=9.5, leading=13)
box_head = ParagraphStyle("boxh", parent=box_text, fontName="Helvetica-Bold", spaceAfter=2)


class NumberedCanvasDoc(BaseDocTemplate):
    """Two passes so the footer can print 'Sida N av M'."""

    def __init__(self, filename, total):
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
            subject="Länsstrategi, Skåne län",
        )
        self.total = total
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self.cover),
                PageTemplate(id="text", frames=[frame], onPage=self.running),
            ]
        )

    def cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(BLUE)
        canv.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(LM, H - 2.2 * cm, ORG)
        canv.setFillColor(LIGHT)
        canv.rect(0, 0, W, 3.2 * cm, stroke=0, fill=1)
        canv.setFillColor(BLUE)
        canv.setFont("Helvetica", 9)
        canv.drawString(LM, 1.9 * cm, "Rapport 2025:11  ·  ISBN 978-91-8019-227-4")
        canv.drawString(
            LM, 1.4 * cm, "Fastställd av landshövdingen den 18 februari 2025, dnr 850-1432-2024"
        )
        canv.restoreState()

    def running(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#4a4a4a"))
        canv.drawString(LM, H - 1.5 * cm, ORG)
        canv.drawRightString(
            W - RM, H - 1.5 * cm, "Länsstrategi mot mäns våld mot kvinnor 2025–2030"
        )
        canv.setStrokeColor(colors.HexColor("#9bb3c7"))
        canv.setLineWidth(0.5)
        canv.line(LM, H - 1.7 * cm, W - RM, H - 1.7 * cm)
        canv.drawCentredString(W / 2, 1.3 * cm, f"Sida {doc.page} av {self.total}")
        canv.restoreState()


def P(t, s=body):
    return Paragraph(t, s)


def fact_box(title, lines):
    rows = [[P(title, box_head)]] + [[P(line, box_text)] for line in lines]
    t = Table(rows, colWidths=[W - LM - RM])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return t


# --------------------------------------------------------------------- målsättningar
GOALS = [
    (
        "Målsättning 1 – Våldet förebyggs genom tidiga och långsiktiga insatser",
        [
            "Förebyggande arbete handlar om att förändra de föreställningar om kön, makt och "
            "kontroll som gör våldet möjligt. Insatser som når unga i skolan och på fritiden under "
            "flera år i följd har bäst förutsättningar att minska både utsatthet och utövande. "
            "Länets kommuner ska senast 2027 ha en utsedd funktion för våldsprevention som "
            "samordnar det förebyggande arbetet i skola, fritidsverksamhet och socialtjänst. "
            "Länsstyrelsen och kommunerna kommer att ta fram en gemensam modell för hur det "
            "våldsförebyggande arbetet kan följas upp på lokal nivå.",
            "Under 2024 deltog elva skånska kommuner i ett nätverk för våldsprevention som "
            "Länsstyrelsen samordnade. Deltagarna lyfte särskilt behovet av metoder som fungerar "
            "utanför skoltid. Region Skåne ska inom ungdomsmottagningarnas verksamhet erbjuda "
            "samtalsgrupper om relationer, sexualitet och gränser för unga mellan 13 och 20 år. "
            "Länsstyrelsen ska tillsammans med Malmö universitet och Lunds universitet utveckla en "
            "utbildning för idrottsledare om hur våld och kontroll i ungas relationer kan upptäckas "
            "och bemötas.",
        ],
    ),
    (
        "Målsättning 2 – Våldsutsatta kvinnor och barn upptäcks tidigt och får ett likvärdigt stöd "
        "och skydd oavsett var i Skåne de bor",
        [
            "Många våldsutsatta kvinnor söker vård för skador, smärta eller psykisk ohälsa utan att "
            "våldet kommer fram i mötet. Socialstyrelsen rekommenderar att hälso- och sjukvården "
            "ställer frågor om våld rutinmässigt inom vissa verksamheter. Region Skåne ska under "
            "strategiperioden införa rutinmässiga frågor om våldsutsatthet inom psykiatrin, "
            "mödrahälsovården och beroendevården. Region Skåne och länets kommuner ska gemensamt ta "
            "fram en regional överenskommelse om hur samordnad individuell plan används när en "
            "våldsutsatt kvinna behöver insatser från både hälso- och sjukvården och socialtjänsten.",
            "Tillgången till skyddat boende skiljer sig mellan länets delar, och i nordöstra Skåne "
            "har kvinnor ibland placerats långt från arbete, skola och nätverk. Kommunerna i "
            "nordöstra Skåne kommer att utreda förutsättningarna för ett gemensamt skyddat boende "
            "med särskild kompetens för kvinnor med missbruk eller funktionsnedsättning. "
            "Helsingborgs stad ska i samverkan med länets kvinno- och tjejjourer utveckla ett "
            "stödprogram för barn som följer med sin mamma till skyddat boende.",
            "Barn som upplever våld mellan närstående vuxna räknas sedan 2021 som brottsoffer. "
            "Barnahusen i Malmö, Lund, Helsingborg och Kristianstad tog under 2024 emot drygt 1 900 "
            "barn. Polismyndigheten och Åklagarmyndigheten ska se över hur barn som bevittnat våld "
            "kan få samma samordnade bemötande vid barnahus som barn som själva har utsatts för brott.",
        ],
    ),
    (
        "Målsättning 3 – Hedersrelaterat våld och förtryck upptäcks och motverkas",
        [
            "Hedersrelaterat våld och förtryck drabbar flickor och pojkar, kvinnor och män, och "
            "hbtqi-personer är särskilt utsatta. I länets skolenkät 2023 svarade var femte elev som "
            "levde med begränsningar att de inte visste vart de kunde vända sig. Länsstyrelsen ska "
            "under 2025 och 2026 genomföra en utbildningsinsats om hedersrelaterat våld och förtryck "
            "för elevhälsan i länets gymnasieskolor, i samverkan med Skolverket. Kommunerna ska "
            "säkerställa att socialtjänsten använder ett strukturerat bedömningsstöd vid misstanke om "
            "hedersrelaterat våld och förtryck.",
            "Nationella kompetensteamet mot hedersrelaterat våld och förtryck erbjuder konsultativt "
            "stöd till yrkesverksamma i hela landet och har under flera år tagit emot ärenden från "
            "Skåne. Region Skåne kommer att inrätta en regional konsultfunktion för hälso- och "
            "sjukvården i frågor om könsstympning av flickor och kvinnor. Malmö stad ska i samverkan "
            "med Länsstyrelsen sprida sina erfarenheter av föräldrastödsprogram på flera språk till "
            "övriga kommuner i länet. Länsstyrelsen och Migrationsverket kommer att utveckla rutiner "
            "för att uppmärksamma barn och unga som riskerar att föras utomlands för att giftas bort.",
        ],
    ),
    (
        "Målsättning 4 – Färre utnyttjas i prostitution och människohandel för sexuella ändamål",
        [
            "Köp av sexuella tjänster förmedlas i dag till största delen via internet, och många av "
            "dem som utnyttjas är unga eller befinner sig i en utsatt migrationssituation. Under 2024 "
            "identifierades i Skåne ett fyrtiotal personer som misstänkta offer för människohandel. "
            "Polismyndigheten ska prioritera spaning och utredning av köp av sexuell tjänst och "
            "koppleri i polisregion Syd, särskilt på digitala plattformar. Länsstyrelsen ska i sin "
            "roll som regional samordnare mot människohandel erbjuda kommunerna stöd i att "
            "identifiera och hänvisa personer som kan vara utsatta.",
            "Kommunerna ska se till att socialtjänsten har rutiner för att erbjuda stöd till personer "
            "med erfarenhet av prostitution, inklusive unga som skadar sig själva genom sex. Region "
            "Skåne och Malmö stad kommer att utveckla ett regionalt stöd för personer som köper eller "
            "riskerar att köpa sexuella tjänster, så att insatsen blir tillgänglig i hela länet. "
            "Sådant stöd har i dag främst funnits i de större städerna.",
        ],
    ),
    (
        "Målsättning 5 – Våldsutövare upptäcks och får insatser som bryter våldet",
        [
            "Att arbeta med den som utövar våld är en förutsättning för att våldet ska upphöra och "
            "för att nya kvinnor och barn inte ska utsättas. Under 2023 hade nio av länets 33 "
            "kommuner en egen behandlingsverksamhet för våldsutövare. Länets kommuner ska erbjuda "
            "behandling för personer som utövar våld i nära relationer, antingen i egen regi eller "
            "genom avtal med en annan kommun. Kriminalvården ska i samverkan med Region Skåne och "
            "kommunerna utveckla övergångarna mellan frivårdens program och fortsatt behandling efter "
            "avslutad påföljd.",
            "Kunskapen om vilka insatser som finns är i dag spridd på många håll. Länsstyrelsen kommer "
            "att sammanställa en regional översikt över utbudet av insatser för våldsutövare och göra "
            "den tillgänglig för yrkesverksamma. Översikten uppdateras en gång per år.",
        ],
    ),
]


def story():
    s = []
    # ---------------------------------------------------------------- page 1: omslag
    s.append(Spacer(1, 7.2 * cm))
    s.append(
        P(
            TITLE,
            ParagraphStyle(
                "ct",
                fontName="Helvetica-Bold",
                fontSize=24,
                leading=29,
                textColor=BLUE,
                spaceAfter=16,
            ),
        )
    )
    s.append(
        P(
            "Våld i nära relationer, hedersrelaterat våld och förtryck samt prostitution och "
            "människohandel för sexuella ändamål",
            ParagraphStyle(
                "cs",
                fontName="Helvetica",
                fontSize=13,
                leading=18,
                textColor=colors.HexColor("#333333"),
            ),
        )
    )
    s.append(NextPageTemplate("text"))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 2: förord, sammanfattning
    s.append(P("Förord", h1))
    s.append(
        P(
            "Rätten att leva ett liv fritt från våld gäller alla. Ändå utsätts tusentals "
            "kvinnor och flickor i Skåne varje år för våld, hot och kontroll av någon de "
            "står nära, och många barn växer upp i hem där våldet är en del av vardagen. "
            "Våldet orsakar ett stort mänskligt lidande och begränsar kvinnors möjligheter "
            "att arbeta, studera och delta i samhällslivet på lika villkor.",
            ingress,
        )
    )
    s.append(
        P(
            "Den här strategin ersätter den regionala strategin för perioden 2019–2024. Den har "
            "vuxit fram under ett år av dialog med länets kommuner, Region Skåne, "
            "rättsväsendet, den idéburna sektorn och forskare. Strategin pekar ut en gemensam "
            "riktning för Skåne och beskriver vad respektive aktör tar ansvar för."
        )
    )
    s.append(
        P(
            "Ett särskilt tack riktas till de kvinnor med egen erfarenhet av våld som har "
            "deltagit i referensgrupper och delat med sig av vad som hjälpte dem, och vad som "
            "inte gjorde det."
        )
    )
    s.append(P("Malmö i februari 2025"))
    s.append(P("<i>Landshövding i Skåne län</i>"))
    s.append(Spacer(1, 10))
    s.append(P("Sammanfattning", h1))
    s.append(
        P(
            "Strategin omfattar fem målsättningar: att förebygga våld, att upptäcka våld och "
            "ge stöd och skydd, att motverka hedersrelaterat våld och förtryck, att motverka "
            "prostitution och människohandel samt att arbeta med våldsutövare. Under varje "
            "målsättning beskrivs dagens läge och de åtaganden som länets aktörer gör under "
            "perioden. Strategin följs upp årligen och revideras efter halva tiden."
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 3: inledning
    s.append(P("Inledning", h1))
    s.append(P("Uppdraget", h2))
    s.append(
        P(
            "Länsstyrelserna har sedan 2017 ett regeringsuppdrag att samordna och utveckla "
            "det regionala arbetet mot mäns våld mot kvinnor. Uppdraget utgår från den "
            "nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor och "
            "från det åtgärdsprogram som regeringen beslutat för perioden 2025–2028. "
            "Jämställdhetsmyndigheten stöder länsstyrelserna i uppdraget och sammanställer "
            "deras redovisningar."
        )
    )
    s.append(P("Strategins syfte och avgränsning", h2))
    s.append(
        P(
            "Avsikten är att alla som arbetar mot våldet i Skåne ska utgå från samma "
            "problembild och dra åt samma håll. Strategin omfattar fysiskt, psykiskt, sexuellt, ekonomiskt och "
            "digitalt våld i nära relationer, hedersrelaterat våld och förtryck, "
            "könsstympning, barn- och tvångsäktenskap samt prostitution och människohandel "
            "för sexuella ändamål. Strategin ersätter inte de lokala handlingsplaner som "
            "kommunerna och Region Skåne beslutar om, utan ska vara ett stöd när de tas fram."
        )
    )
    s.append(P("Begrepp", h2))
    s.append(
        fact_box(
            "Några centrala begrepp",
            [
                "<b>Mäns våld mot kvinnor</b> – våld, hot och tvång av fysisk, psykisk eller sexuell "
                "art som män riktar mot kvinnor och flickor och som orsakar skada eller lidande.",
                "<b>Våld i nära relationer</b> – våld som utövas av en partner, tidigare partner eller "
                "annan närstående, oavsett kön.",
                "<b>Hedersrelaterat våld och förtryck</b> – kontroll, begränsningar och våld som "
                "utövas för att skydda ett kollektivs anseende, ofta med fokus på flickors och "
                "kvinnors sexualitet och val av partner.",
                "<b>Människohandel för sexuella ändamål</b> – när en person rekryteras, transporteras "
                "eller tas emot för att utnyttjas sexuellt, genom otillbörliga medel.",
            ],
        )
    )
    s.append(Spacer(1, 8))
    s.append(
        P(
            "Strategin är indelad i en beskrivning av läget i Skåne, fem målsättningar med "
            "tillhörande åtaganden och ett avsnitt om hur arbetet ska genomföras och följas "
            "upp. Åtagandena är formulerade i löpande text, och det framgår av texten vilken "
            "aktör som ansvarar."
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 4: läget i skåne
    s.append(P("Läget i Skåne", h1))
    s.append(
        P(
            "Skåne har drygt 1,4 miljoner invånare fördelade på 33 kommuner, från "
            "storstadsmiljön i Malmö till glest befolkade områden i nordöstra Skåne. Våldets "
            "omfattning och de resurser som finns för att möta det varierar mellan länets "
            "delar."
        )
    )
    s.append(
        P(
            "Under 2023 anmäldes i Skåne omkring 6 900 misshandelsbrott mot kvinnor som var "
            "18 år eller äldre. I ungefär sju av tio fall var gärningspersonen bekant med "
            "kvinnan. Samma år anmäldes drygt 700 fall av grov kvinnofridskränkning. "
            "Mörkertalet bedöms vara stort, eftersom många kvinnor aldrig anmäler det våld de "
            "utsatts för."
        )
    )
    s.append(
        P(
            "Länets kvinno- och tjejjourer tog under 2023 emot närmare 4 000 stödsamtal och "
            "erbjöd skyddat boende till drygt 300 kvinnor och lika många barn. Socialtjänsten "
            "i länets kommuner fattade under samma år omkring 1 500 beslut om insatser för "
            "våldsutsatta vuxna."
        )
    )
    s.append(
        fact_box(
            "Ur länets kartläggning 2024",
            [
                "– 27 av 33 kommuner har en aktuell handlingsplan mot våld i nära relationer.",
                "– 14 kommuner har en särskild funktion eller enhet för våldsärenden.",
                "– 9 kommuner erbjuder behandling för våldsutövare i egen regi.",
                "– 19 kommuner uppger att de saknar rutiner för hedersrelaterat våld och förtryck i "
                "förskolan.",
            ],
        )
    )
    s.append(Spacer(1, 8))
    s.append(
        P(
            "Kartläggningen visar att mycket har hänt sedan förra strategiperioden, men också "
            "att skillnaderna mellan kommunerna fortfarande är stora. Det gäller särskilt "
            "tillgången till specialiserat stöd för barn och för kvinnor med "
            "funktionsnedsättning."
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- pages 5-7: målsättningar
    s.append(P("Strategins målsättningar och åtaganden", h1))
    s.append(
        P(
            "De fem målsättningarna gäller för hela strategiperioden. Under varje målsättning "
            "beskrivs först utmaningen och därefter vad länets aktörer åtar sig att göra."
        )
    )
    for heading, paras in GOALS:
        s.append(P(heading, goal_style))
        for para in paras:
            s.append(P(para))

    # ---------------------------------------------------------------- last page: genomförande
    s.append(PageBreak())
    s.append(P("Genomförande och uppföljning", h1))
    s.append(
        P(
            "Åtagandena genomförs inom ordinarie verksamhet hos respektive aktör och "
            "finansieras inom befintliga ramar, om inget annat anges. En regional styrgrupp "
            "med företrädare för kommunerna, Region Skåne, rättsväsendet och den idéburna "
            "sektorn följer arbetet och träffas två gånger per år."
        )
    )
    s.append(
        P(
            "Uppföljningen görs årligen genom en enkät till länets aktörer och sammanställs i "
            "en lägesrapport. Efter tre år görs en fördjupad uppföljning, och målsättningarna "
            "kan då revideras. Resultaten redovisas också i länsstyrelsens årliga rapportering "
            "till Jämställdhetsmyndigheten."
        )
    )
    s.append(
        P("Frågor om strategin besvaras av enheten för social hållbarhet, Länsstyrelsen Skåne.")
    )
    return s


def build():
    # first pass counts pages, second pass prints "Sida N av M"
    probe = NumberedCanvasDoc(str(OUT), total=0)
    probe.build(story())
    total = probe.page
    NumberedCanvasDoc(str(OUT), total=total).build(story())
    print(f"wrote {OUT} ({total} pages)")


if __name__ == "__main__":
    build()
