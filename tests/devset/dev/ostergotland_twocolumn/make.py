"""Generate ostergotland_lansstrategi_2022-2025.pdf (two-column pages, delmål with bulleted actions).

Layout exercised: a one-column title page, then pages with two frames (columns). A long
bakgrund in prose with statistics, one "Övergripande mål", four "Delmål" headings each with a
prose paragraph, an "Åtgärder" heading and bullets ending in "(Ansvar: ...)".

Run with the project venv:  .venv/bin/python tests/devset/dev/ostergotland_twocolumn/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
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
)

HERE = Path(__file__).resolve().parent

# The bullet glyph is drawn with an embedded TrueType font so that it extracts as "•" (the
# standard Type 1 fonts encode it as code 127, which has no Unicode mapping).
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
if _DEJAVU.exists():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_DEJAVU)))
    BULLET_FONT, BULLET_CHAR = "DejaVuSans", "•"
else:
    BULLET_FONT, BULLET_CHAR = "Times-Roman", "–"
OUT = HERE / "ostergotland_lansstrategi_2022-2025.pdf"

TITLE = "Länsstrategi mot mäns våld mot kvinnor 2022–2025"
ORG = "Länsstyrelsen Östergötland"
BLUE = colors.HexColor("#003d6b")

W, H = A4
M = 2.0 * cm
GUTTER = 0.8 * cm
TOP = 2.3 * cm
BOT = 2.0 * cm

body = ParagraphStyle(
    "body", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=6, alignment=TA_JUSTIFY
)
h1 = ParagraphStyle(
    "h1",
    fontName="Helvetica-Bold",
    fontSize=14,
    leading=17,
    spaceBefore=8,
    spaceAfter=7,
    textColor=BLUE,
)
h2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=11,
    leading=14,
    spaceBefore=8,
    spaceAfter=4,
    textColor=BLUE,
)
delmal = ParagraphStyle(
    "delmal",
    fontName="Helvetica-Bold",
    fontSize=11.5,
    leading=14.5,
    spaceBefore=12,
    spaceAfter=5,
    textColor=colors.black,
)
atg = ParagraphStyle(
    "atg", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=3
)
bullet = ParagraphStyle(
    "bullet",
    parent=body,
    leftIndent=11,
    bulletIndent=0,
    spaceAfter=4,
    alignment=0,
    bulletFontName=BULLET_FONT,
    bulletFontSize=9,
)
goalstmt = ParagraphStyle(
    "goalstmt",
    fontName="Times-BoldItalic",
    fontSize=12,
    leading=15.5,
    spaceBefore=4,
    spaceAfter=8,
    leftIndent=6,
    borderPadding=(4, 4, 4, 6),
    borderColor=BLUE,
    borderWidth=0,
    backColor=colors.HexColor("#e8eff5"),
)


def P(t, s=body):
    return Paragraph(t, s)


def B(t):
    return Paragraph(t, bullet, bulletText=BULLET_CHAR)


def on_title(canv, doc):
    canv.saveState()
    canv.setFillColor(BLUE)
    canv.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11)
    canv.drawString(M, H - 1.8 * cm, ORG)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.setFont("Helvetica", 8.5)
    canv.drawString(M, 1.4 * cm, "Länsstyrelsen Östergötland, 581 86 Linköping · Rapport 2022:11")
    canv.restoreState()


def on_body(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(M, H - 1.3 * cm, TITLE)
    canv.drawRightString(W - M, H - 1.3 * cm, ORG)
    canv.drawCentredString(W / 2, 1.2 * cm, str(doc.page))
    canv.restoreState()


class StrategyDoc(BaseDocTemplate):
    def __init__(self, filename):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=M,
            rightMargin=M,
            topMargin=TOP,
            bottomMargin=BOT,
            title=TITLE,
            author=ORG,
            subject="Länsstrategi, Östergötlands län",
            invariant=1,
        )
        single = Frame(M, BOT, W - 2 * M, H - TOP - BOT, id="single")
        colw = (W - 2 * M - GUTTER) / 2
        left = Frame(M, BOT, colw, H - TOP - BOT, id="left", leftPadding=0, rightPadding=0)
        right = Frame(
            M + colw + GUTTER, BOT, colw, H - TOP - BOT, id="right", leftPadding=0, rightPadding=0
        )
        self.addPageTemplates(
            [
                PageTemplate(id="title", frames=[single], onPage=on_title),
                PageTemplate(id="twocol", frames=[left, right], onPage=on_body),
            ]
        )


DELMAL = [
    (
        "Delmål 1 – Våldet förebyggs tidigt och på bred front",
        "Förebyggande arbete handlar om att förändra de normer och strukturer som gör våldet möjligt. "
        "Insatser som riktar sig till barn och unga har störst potential, men även vuxna i idrott, "
        "arbetsliv och föreningsliv behöver nås. Att stoppa pågående våld genom behandling av den som "
        "utövar det är också ett sätt att förebygga nya brott.",
        [
            (
                "Utveckla och sprida normkritiska och våldsförebyggande arbetssätt i grundskolans högre "
                "årskurser och i gymnasieskolan.",
                "kommunerna i samverkan med Länsstyrelsen",
            ),
            (
                "Genomföra en informationsinsats om våld i ungas relationer via länets ungdomsmottagningar "
                "och deras digitala kanaler.",
                "Region Östergötland",
            ),
            (
                "Erbjuda utbildning i våldsprevention till ledare och tränare inom idrottsrörelsen, med "
                "särskilt fokus på lag och föreningar med många unga medlemmar.",
                "Länsstyrelsen i samverkan med RF-SISU Östergötland",
            ),
            (
                "Stödja att fler kommuner erbjuder behandling till personer som utövar våld i nära "
                "relationer, så att insatsen finns tillgänglig i hela länet.",
                "kommunerna i samverkan med Kriminalvården och Region Östergötland",
            ),
        ],
    ),
    (
        "Delmål 2 – Våldsutsatta kvinnor och barn upptäcks och får samordnat stöd och skydd",
        "Många kvinnor som utsätts för våld har kontakt med hälso- och sjukvården eller socialtjänsten "
        "långt innan våldet blir känt. Genom att fråga om våld, dokumentera och samordna insatserna "
        "kan kvinnor och barn få hjälp tidigare. Stödet ska vara likvärdigt oavsett var i länet man bor.",
        [
            (
                "Införa rutinmässiga frågor om våldsutsatthet inom primärvården och vid länets "
                "akutmottagningar.",
                "Region Östergötland",
            ),
            (
                "Etablera en länsgemensam modell för samordnad individuell plan (SIP) för våldsutsatta med "
                "omfattande stödbehov.",
                "Region Östergötland i samverkan med kommunerna",
            ),
            (
                "Säkerställa att barn som upplever våld erbjuds stöd och behandling utifrån sina egna "
                "behov och inte enbart som en del av förälderns ärende.",
                "kommunerna och Region Östergötland",
            ),
            (
                "Utveckla samarbetet kring kontaktförbud och hot- och riskbedömningar i ärenden med "
                "upprepat våld.",
                "Polismyndigheten i samverkan med Åklagarmyndigheten och kommunerna",
            ),
            (
                "Pröva en samlokaliserad stödmottagning där socialtjänst, polis och ideella organisationer "
                "finns på samma plats. Erfarenheterna ska spridas till övriga kommuner.",
                "Norrköpings kommun i samverkan med Polismyndigheten och kvinnojourerna",
            ),
        ],
    ),
    (
        "Delmål 3 – Hedersrelaterat våld och förtryck, prostitution och människohandel motverkas",
        "Dessa former av våld och exploatering kräver specialiserad kunskap och en nära samverkan mellan "
        "myndigheter med olika uppdrag. Ärendena är ofta brådskande och den utsatta kan befinna sig i "
        "akut fara. Länet behöver tydliga kontaktvägar och ett stöd som finns tillgängligt även för de "
        "mindre kommunerna.",
        [
            (
                "Erbjuda kommunerna konsultativt stöd i enskilda ärenden om hedersrelaterat våld och "
                "förtryck genom ett regionalt kompetensteam.",
                "Länsstyrelsen",
            ),
            (
                "Ta fram en regional samverkansrutin för ärenden där barn riskerar att föras utomlands för "
                "att giftas bort eller lämnas kvar.",
                "Länsstyrelsen i samverkan med kommunerna, Polismyndigheten och Migrationsverket",
            ),
            (
                "Genomföra utbildning om människohandel och prostitution för personal inom socialtjänst, "
                "hälso- och sjukvård och asylmottagning.",
                "Länsstyrelsen i samverkan med Migrationsverket och Region Östergötland",
            ),
        ],
    ),
    (
        "Delmål 4 – Kunskapen om våldet och om insatsernas effekter ökar",
        "För att kunna prioritera rätt behöver länet bättre kunskap om hur våldet utvecklas och vilka "
        "insatser som gör skillnad. Samarbetet med forskningen ska stärkas och erfarenheter ska "
        "spridas mellan kommunerna.",
        [
            (
                "Ta fram en gemensam uppsättning indikatorer för att följa våldsutvecklingen i länet.",
                "Länsstyrelsen i samverkan med Linköpings universitet",
            ),
            (
                "Genomföra en studie av våldsutsatta kvinnors erfarenheter av bemötandet i rättsprocessen. "
                "Studien ska ge underlag för förbättringar hos polis, åklagare och domstol.",
                "Linköpings universitet i samverkan med Brottsofferjouren Östergötland",
            ),
            (
                "Arrangera årliga kunskapsdagar för länets kvinnofridsnätverk och de kommunala "
                "samordnarna.",
                "Länsstyrelsen",
            ),
        ],
    ),
]

OVERGRIPANDE = (
    "Kvinnor och flickor i Östergötland ska kunna leva ett liv fritt från mäns våld och förtryck."
)


def story():
    s = []
    # ---- page 1, one column
    s.append(Spacer(1, 1.2 * cm))
    s.append(
        P(
            TITLE,
            ParagraphStyle(
                "tt",
                fontName="Helvetica-Bold",
                fontSize=27,
                leading=32,
                textColor=colors.white,
                spaceAfter=12,
            ),
        )
    )
    s.append(
        P(
            "Östergötlands län",
            ParagraphStyle(
                "ts", fontName="Helvetica", fontSize=15, leading=19, textColor=colors.white
            ),
        )
    )
    s.append(Spacer(1, 4.5 * cm))
    s.append(
        P(
            "En gemensam strategi för länets kommuner, Region Östergötland, rättsväsendet och "
            "civilsamhället för perioden 2022–2025. Strategin omfattar våld i nära relationer, "
            "hedersrelaterat våld och förtryck samt prostitution och människohandel för sexuella "
            "ändamål.",
            ParagraphStyle("ti", fontName="Times-Italic", fontSize=12.5, leading=17),
        )
    )
    s.append(NextPageTemplate("twocol"))
    s.append(PageBreak())

    # ---- förord
    s.append(P("Förord", h1))
    s.append(
        P(
            "Våld mot kvinnor är ingen privatsak. Det är ett brott mot de mänskliga rättigheterna och ett "
            "hinder för ett jämställt samhälle. Länsstrategin är Östergötlands gemensamma svar på det "
            "nationella uppdraget att förebygga och bekämpa våldet. Den har vuxit fram genom samtal med "
            "kommunerna, Region Östergötland, polis, åklagare, Kriminalvården, Migrationsverket, "
            "Linköpings universitet och länets ideella organisationer."
        )
    )
    s.append(
        P(
            "Strategin ska ge riktning åt arbetet fram till och med 2025 och göra det lättare att "
            "prioritera. Den ersätter inte huvudmännens egna styrdokument, men den anger vad vi tillsammans "
            "vill uppnå och hur vi ska följa att det blir gjort."
        )
    )
    s.append(P("<i>Linköping i juni 2022<br/>Länsstyrelsen Östergötland</i>"))

    # ---- bakgrund (no actions)
    s.append(P("1. Bakgrund", h1))
    s.append(P("Våldets omfattning", h2))
    s.append(
        P(
            "Mäns våld mot kvinnor förekommer i alla samhällsgrupper, åldrar och delar av landet. "
            "Brottsförebyggande rådets nationella trygghetsundersökning visar år efter år att omkring sju "
            "procent av befolkningen har utsatts för någon form av brott i en nära relation under det "
            "senaste året, och att kvinnor drabbas oftare än män av de grövre formerna av våld. Varje år "
            "dödas i genomsnitt mellan tolv och sjutton kvinnor i Sverige av en man som de har eller har "
            "haft en relation med. De flesta av dem hade tidigare utsatts för våld, och i många fall hade "
            "någon myndighet haft kontakt med kvinnan eller med gärningsmannen."
        )
    )
    s.append(
        P(
            "Våldet tar sig många uttryck. Utöver fysiskt och sexuellt våld handlar det om kontroll, hot, "
            "isolering, nedvärdering och ekonomiskt utnyttjande. Det digitala våldet har ökat i betydelse, "
            "och många unga kvinnor beskriver hur en partner övervakar deras mobiltelefon eller sprider "
            "bilder utan samtycke. Den som utsätts under lång tid riskerar allvarliga följder för både den "
            "fysiska och den psykiska hälsan, bland annat depression, posttraumatiskt stressyndrom och "
            "beroendeproblematik."
        )
    )
    s.append(P("Nationella utgångspunkter", h2))
    s.append(
        P(
            "Länsstrategin bygger på den nationella strategin för att förebygga och bekämpa mäns våld mot "
            "kvinnor, som gäller 2017–2026. Den nationella strategin har fyra politiska målsättningar: ett "
            "utökat och verkningsfullt förebyggande arbete, förbättrad upptäckt av våld och starkare skydd "
            "och stöd för våldsutsatta kvinnor och barn, effektivare brottsbekämpning samt förbättrad "
            "kunskap och metodutveckling. Sverige har dessutom genom Europarådets konvention om "
            "förebyggande och bekämpning av våld mot kvinnor förbundit sig att arbeta brett och "
            "samordnat mot alla former av könsrelaterat våld."
        )
    )
    s.append(P("Läget i Östergötland", h2))
    s.append(
        P(
            "Östergötlands län har drygt 470 000 invånare i tretton kommuner. Mer än hälften av "
            "befolkningen bor i Linköping och Norrköping, medan kommuner som Ydre, Boxholm och Ödeshög "
            "har färre än 10 000 invånare vardera. Övriga kommuner är Motala, Mjölby, Finspång, Vadstena, "
            "Kinda, Åtvidaberg, Valdemarsvik och Söderköping. Skillnaderna i storlek innebär att "
            "förutsättningarna för att bygga upp specialiserade verksamheter varierar kraftigt."
        )
    )
    s.append(
        P(
            "Under 2021 anmäldes i länet omkring 1 900 misshandelsbrott mot kvinnor, varav ungefär två "
            "tredjedelar begicks av en person som kvinnan kände. Anmälningarna om våldtäkt mot kvinnor "
            "över 18 år uppgick till cirka 260, och polisen registrerade drygt 150 anmälningar om grov "
            "kvinnofridskränkning. Nivåerna har varit förhållandevis stabila över tid. Förändringar mellan "
            "enskilda år speglar i hög grad hur benägna de utsatta är att vända sig till polisen."
        )
    )
    s.append(
        P(
            "Hälso- och sjukvården möter varje år ett stort antal kvinnor med skador eller besvär som kan "
            "kopplas till våld. I en journalgranskning som Region Östergötland gjorde 2020 framkom att "
            "frågan om våld hade ställts vid mindre än en femtedel av de besök där det fanns tydliga tecken "
            "på att patienten var utsatt. Länets kvinno- och tjejjourer tog under 2021 emot omkring 3 000 "
            "samtal och chattar och erbjöd skyddat boende till drygt 130 kvinnor, varav en tredjedel hade "
            "barn med sig."
        )
    )
    s.append(P("Barn som upplever våld", h2))
    s.append(
        P(
            "Uppskattningsvis lever mellan åtta och tio procent av alla barn i Sverige med våld mellan "
            "vuxna i familjen, och ett par procent gör det ofta. För Östergötlands del motsvarar det flera "
            "tusen barn. Barn som upplever våld löper ökad risk att själva bli utsatta och att utveckla "
            "psykisk ohälsa. Sedan juli 2021 är det straffbart att utsätta ett barn för att bevittna brott "
            "mellan närstående. Barnfridsbrottet har lett till fler anmälningar och ställer nya krav på "
            "samarbetet mellan socialtjänst, polis och länets barnahus."
        )
    )
    s.append(P("Hedersrelaterat våld och förtryck", h2))
    s.append(
        P(
            "Hedersrelaterat våld och förtryck utövas ofta av flera personer i familjen eller släkten och "
            "syftar till att kontrollera framför allt flickors och kvinnors sexualitet och val av partner. "
            "I en skolenkät som genomfördes i länet 2021 uppgav omkring sex procent av eleverna i årskurs 9 "
            "att de inte själva får välja vem de ska gifta sig med. Länsstyrelsen har under de senaste "
            "åren fått allt fler förfrågningar från skolor och socialtjänst om stöd i enskilda ärenden, "
            "bland annat om risk för tvångsäktenskap och bortförande inför skollov."
        )
    )
    s.append(P("Prostitution och människohandel", h2))
    s.append(
        P(
            "Kunskapen om prostitution och människohandel i länet är begränsad, men polisens "
            "underrättelsearbete visar att sexuella tjänster regelbundet erbjuds via annonssajter i både "
            "Linköping och Norrköping. De som utnyttjas är ofta unga kvinnor från andra länder som flyttas "
            "mellan städer med korta mellanrum. Länsstyrelsen har en regionkoordinator som kan stödja "
            "myndigheter och organisationer när en misstanke om människohandel uppstår."
        )
    )
    s.append(P("Regional samverkan", h2))
    s.append(
        P(
            "Länsstyrelsen leder det regionala kvinnofridsnätverket där samordnare från samtliga kommuner, "
            "Region Östergötland, Polismyndigheten, Kriminalvården och civilsamhället ingår. Nätverket "
            "träffas fyra gånger per år och har varit den viktigaste arenan under framtagandet av "
            "strategin. Därtill finns ett chefsforum där socialchefer och verksamhetschefer inom regionen "
            "diskuterar gemensamma prioriteringar."
        )
    )
    s.append(
        P(
            "Den kartläggning som gjordes inför strategiarbetet visar att det finns god vilja men ojämn "
            "kapacitet. Fyra kommuner saknade vid kartläggningstillfället en aktuell rutin för våld i nära "
            "relationer, och endast ett fåtal erbjöd egna insatser för våldsutövare. Dessa brister har "
            "format strategins prioriteringar."
        )
    )

    # ---- goals and actions
    s.append(CondPageBreak(8 * cm))
    s.append(P("2. Mål och åtgärder", h1))
    s.append(P("Övergripande mål", h2))
    s.append(P(OVERGRIPANDE, goalstmt))
    s.append(
        P(
            "Det övergripande målet är långsiktigt och gäller bortom strategiperioden. För att göra det "
            "möjligt att följa arbetet har det brutits ned i fyra delmål. Under varje delmål anges de "
            "åtgärder som parterna har åtagit sig att genomföra 2022–2025 och vem som bär ansvaret."
        )
    )
    for head, prose, actions in DELMAL:
        s.append(CondPageBreak(3 * cm))
        s.append(P(head, delmal))
        s.append(P(prose))
        s.append(P("Åtgärder", atg))
        for text, ansvar in actions:
            s.append(B(f"{text} (Ansvar: {ansvar})"))

    # ---- uppföljning (no actions)
    s.append(P("3. Genomförande och uppföljning", h1))
    s.append(
        P(
            "Varje ansvarig aktör planerar själv hur dess åtaganden ska genomföras och inom vilken budget. "
            "Länsstyrelsen samlar in uppgifter om hur arbetet framskrider en gång per år och redovisar "
            "resultatet i det regionala kvinnofridsnätverket och i chefsforumet."
        )
    )
    s.append(
        P(
            "Indikatorerna som tas fram inom delmål 4 kommer från och med 2024 att användas för att bedöma "
            "utvecklingen på länsnivå. Strategin utvärderas i sin helhet under hösten 2025, och "
            "utvärderingen ligger till grund för beslut om en ny strategi."
        )
    )
    return s


def main():
    doc = StrategyDoc(str(OUT))
    doc.build(story())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
