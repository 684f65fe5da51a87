"""Generate dalarna_strategi_2021-2030.pdf (Länsstyrelsen Dalarna, goals-only strategy).

Invented but realistic content. A vision, three Mål with nested Delmål and explanatory
prose ("Varför är detta viktigt?"), a long kunskapsöversikt with statistics and
definitions. No actions: the strategy says actions come in separate handlingsplaner.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).with_name("dalarna_strategi_2021-2030.pdf")

ss = getSampleStyleSheet()
BODY = ParagraphStyle(
    "body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7
)
H1 = ParagraphStyle(
    "h1",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=18,
    leading=22,
    spaceBefore=4,
    spaceAfter=12,
    textColor=colors.HexColor("#1f3f6e"),
)
H2 = ParagraphStyle(
    "h2",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=14,
    leading=18,
    spaceBefore=10,
    spaceAfter=8,
    textColor=colors.HexColor("#1f3f6e"),
)
GOAL = ParagraphStyle(
    "goal",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=15,
    leading=19,
    spaceBefore=6,
    spaceAfter=10,
    textColor=colors.HexColor("#7a1f3d"),
)
SUB = ParagraphStyle(
    "sub",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=10,
    spaceAfter=6,
    textColor=colors.HexColor("#7a1f3d"),
)
SMALLH = ParagraphStyle(
    "smallh", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=2, spaceAfter=3
)
VISION = ParagraphStyle(
    "vision",
    parent=BODY,
    fontName="Helvetica-BoldOblique",
    fontSize=14,
    leading=20,
    alignment=TA_CENTER,
    spaceBefore=8,
    spaceAfter=14,
)
TITLE = ParagraphStyle(
    "title",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=26,
    leading=32,
    alignment=TA_CENTER,
    textColor=colors.HexColor("#1f3f6e"),
)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER, fontSize=12, leading=16)

story = []


def P(text, style=BODY):
    story.append(Paragraph(text, style))


def goal_block(heading, description):
    story.append(Paragraph(heading, GOAL))
    P(description)


def delmal(heading, why_paragraphs):
    items = [Paragraph(heading, SUB), Paragraph("Varför är detta viktigt?", SMALLH)]
    items += [Paragraph(t, BODY) for t in why_paragraphs]
    story.append(KeepTogether(items))


# ------------------------------------------------------------------ 1 titelsida
story.append(Spacer(1, 6 * cm))
P("Regional strategi för jämställdhet och mot mäns våld mot kvinnor 2021–2030", TITLE)
story.append(Spacer(1, 1.2 * cm))
P("Ett jämställt Dalarna fritt från våld", CENTER)
story.append(Spacer(1, 5 * cm))
P("Länsstyrelsen Dalarna", CENTER)
P("Rapport 2021:07", CENTER)
story.append(PageBreak())

# ------------------------------------------------------------------ 2 förord
P("Förord", H1)
P(
    "Jämställdhet handlar om att kvinnor och män ska ha samma makt att forma samhället och sina "
    "egna liv. Det är en fråga om rättvisa och demokrati, men också om tillväxt och "
    "välfärd. Ett län som tar tillvara alla invånares kompetens och där ingen behöver leva "
    "med rädsla för våld är ett attraktivt län att bo, verka och växa upp i."
)
P(
    "Dalarna har kommit en bit på vägen. Kvinnor och män förvärvsarbetar i nästan samma "
    "utsträckning och allt fler pappor tar ut föräldraledighet. Samtidigt kvarstår stora "
    "skillnader i inkomst, hälsa och inflytande, och varje år utsätts tusentals kvinnor i "
    "länet för våld av en närstående. Mäns våld mot kvinnor är det tydligaste uttrycket för "
    "bristande jämställdhet."
)
P(
    "Den här strategin har tagits fram i bred samverkan med länets femton kommuner, Region "
    "Dalarna, Polismyndigheten, Högskolan Dalarna, arbetsmarknadens parter och det civila "
    "samhället. Den pekar ut en gemensam riktning för de kommande tio åren. Det konkreta "
    "arbetet beskrivs i de handlingsplaner som aktörerna tar fram utifrån strategin."
)
P("Falun i mars 2021")
P("Landshövding i Dalarnas län")
story.append(Spacer(1, 0.8 * cm))
P("Innehåll", H2)
for line in [
    "Inledning",
    "Kunskapsöversikt",
    "Vision och mål",
    "Mål 1 Ekonomisk självständighet och inflytande",
    "Mål 2 Mäns våld mot kvinnor ska upphöra",
    "Mål 3 Ett långsiktigt och samordnat arbete",
    "Genomförande och uppföljning",
]:
    P(line)
story.append(PageBreak())

# ------------------------------------------------------------------ 3 inledning
P("Inledning", H1)
P("Strategins syfte", H2)
P(
    "Strategin ska ge länets aktörer en gemensam bild av vart Dalarna ska i arbetet för "
    "jämställdhet och mot mäns våld mot kvinnor. Den samlar två uppdrag som Länsstyrelsen "
    "har från regeringen: att samordna och stödja jämställdhetsintegrering i länet och att "
    "samordna det regionala arbetet mot mäns våld mot kvinnor, inklusive hedersrelaterat våld "
    "och förtryck samt prostitution och människohandel för sexuella ändamål."
)
P(
    "Att strategin omfattar båda områdena är ett medvetet val. Våldet är både en orsak till "
    "och en följd av bristande jämställdhet. Ekonomiskt beroende gör det svårare att lämna en "
    "våldsam relation, och normer om maskulinitet som förknippas med kontroll och dominans "
    "bidrar till att våldet uppstår."
)
P("Strategi och handlingsplaner", H2)
P(
    "Strategin anger vision, mål och delmål men innehåller inga åtgärder. Åtgärderna "
    "formuleras i separata handlingsplaner som tas fram av Länsstyrelsen tillsammans med "
    "berörda aktörer. Den första regionala handlingsplanen gäller 2021–2023 och följs av nya "
    "planer med tre års intervall. Kommuner, region och andra aktörer uppmuntras att ta fram "
    "egna handlingsplaner som knyter an till strategins mål."
)
P("Koppling till de nationella målen", H2)
P(
    "Det övergripande målet för den svenska jämställdhetspolitiken är att kvinnor och män ska "
    "ha samma makt att forma samhället och sina egna liv. Målet har sex delmål: en jämn "
    "fördelning av makt och inflytande, ekonomisk jämställdhet, jämställd utbildning, jämn "
    "fördelning av det obetalda hem- och omsorgsarbetet, jämställd hälsa samt att mäns våld "
    "mot kvinnor ska upphöra. Strategin utgår också från den nationella strategin för att "
    "förebygga och bekämpa mäns våld mot kvinnor 2017–2026, Agenda 2030 och mål 5 om "
    "jämställdhet samt den regionala utvecklingsstrategin Dalastrategin 2030."
)
P("Hur strategin har tagits fram", H2)
P(
    "Arbetet inleddes hösten 2019 med en kartläggning av jämställdheten i länet. Under 2020 "
    "genomfördes dialogmöten med kommunernas socialtjänst, Region Dalarnas hälso- och "
    "sjukvård, polisområde Dalarna, kvinno- och tjejjourerna, Högskolan Dalarna och "
    "länets folkhögskolor. Ett utkast var på remiss mellan oktober och december 2020."
)
story.append(PageBreak())

# ------------------------------------------------------------------ 4–6 kunskapsöversikt
P("Kunskapsöversikt", H1)
P(
    "Kunskapsöversikten beskriver läget för jämställdheten och förekomsten av mäns våld mot "
    "kvinnor i Dalarna. Den bygger på offentlig statistik från Statistiska centralbyrån, "
    "Brottsförebyggande rådet och Socialstyrelsen samt på Länsstyrelsens egna kartläggningar. "
    "Där inget annat anges avser uppgifterna år 2019."
)
P("Centrala begrepp", H2)
P(
    "<b>Jämställdhet</b> innebär att kvinnor och män har samma makt att forma samhället och "
    "sina egna liv. Begreppet handlar om både kvantitativ jämställdhet, det vill säga en jämn "
    "fördelning mellan könen inom alla områden, och kvalitativ jämställdhet, där kvinnors och "
    "mäns kunskaper, erfarenheter och värderingar tas tillvara och får berika samhället."
)
P(
    "<b>Jämställdhetsintegrering</b> är den strategi som regeringen har valt för att nå de "
    "jämställdhetspolitiska målen. Den innebär att ett jämställdhetsperspektiv ska finnas med "
    "i all beslutsfattande, på alla nivåer och i alla steg av processen, av de aktörer som "
    "normalt deltar i beslutsfattandet."
)
P(
    "<b>Mäns våld mot kvinnor</b> omfattar fysiskt, psykiskt och sexuellt våld samt hot "
    "om sådant våld som riktas mot kvinnor och flickor. Det omfattar också ekonomiskt och "
    "materiellt våld, försummelse och latent våld, liksom digitalt våld. Våldet kan ske i nära "
    "relationer men också i det offentliga rummet, i arbetslivet och på nätet."
)
P(
    "<b>Våld i nära relationer</b> är ett könsneutralt begrepp som omfattar våld mellan "
    "närstående, oavsett kön och relation, till exempel i samkönade relationer, mellan "
    "föräldrar och barn eller mellan syskon. Barn som upplever våld mellan närstående "
    "vuxna betraktas som brottsoffer."
)
P(
    "<b>Hedersrelaterat våld och förtryck</b> har sin grund i starkt patriarkala och "
    "heteronormativa familjestrukturer där kollektivet går före individen. Det kan ta sig "
    "uttryck i kontroll av flickors och kvinnors sexualitet, begränsningar av umgänge och "
    "utbildning, tvångsäktenskap, barnäktenskap, könsstympning och i de allvarligaste fallen "
    "dödligt våld. Även pojkar och hbtqi-personer utsätts."
)
P(
    "<b>Prostitution och människohandel för sexuella ändamål</b> innebär att en person "
    "utnyttjas sexuellt mot ersättning. Sedan 1999 är det i Sverige förbjudet att köpa men "
    "inte att sälja sexuella tjänster. Människohandel innebär att någon rekryterar, "
    "transporterar eller tar emot en person genom otillbörliga medel i syfte att exploatera "
    "henne eller honom."
)
P("Befolkning och levnadsvillkor", H2)
P(
    "Dalarnas län har omkring 287 000 invånare i femton kommuner: Avesta, Borlänge, Falun, "
    "Gagnef, Hedemora, Leksand, Ludvika, Malung-Sälen, Mora, Orsa, Rättvik, Smedjebacken, "
    "Säter, Vansbro och Älvdalen. Länet har en äldre befolkning än riket i genomsnitt, och i "
    "flera av de norra kommunerna är andelen män i åldern 20–39 år betydligt högre än andelen "
    "kvinnor. Unga kvinnor flyttar i högre grad än unga män från länet för att studera och "
    "återvänder i mindre utsträckning."
)
P(
    "Arbetsmarknaden i Dalarna är starkt könsuppdelad. Kvinnor dominerar inom vård, omsorg "
    "och utbildning, medan männen dominerar inom tillverkningsindustri, byggverksamhet, "
    "skogsbruk och besöksnäring. Av länets 30 vanligaste yrken är endast tre jämnt "
    "könsfördelade, det vill säga har en fördelning inom intervallet 40–60 procent."
)
stats = [
    ["Indikator (Dalarnas län)", "Kvinnor", "Män", "Källa"],
    ["Sysselsättningsgrad 20–64 år", "79,8 %", "82,6 %", "SCB"],
    ["Andel deltidsarbetande av sysselsatta", "28 %", "9 %", "SCB"],
    ["Medianinkomst, förvärvsinkomst 20–64 år", "310 400 kr", "378 200 kr", "SCB"],
    ["Andel av uttagna föräldrapenningdagar", "70 %", "30 %", "Försäkringskassan"],
    ["Sjukpenningtal (dagar per försäkrad)", "12,9", "6,4", "Försäkringskassan"],
    ["Andel med eftergymnasial utbildning 25–64 år", "47 %", "31 %", "SCB"],
    ["Andel kommunfullmäktigeledamöter", "45 %", "55 %", "SCB"],
    ["Andel kommunstyrelseordförande", "27 %", "73 %", "Länsstyrelsen"],
]
tbl = Table(stats, colWidths=[7.4 * cm, 2.4 * cm, 2.4 * cm, 3.4 * cm])
tbl.setStyle(
    TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6f0")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
)
story.append(Spacer(1, 4))
P("<b>Tabell 1.</b> Utvalda jämställdhetsindikatorer för Dalarnas län, 2019.")
story.append(tbl)
story.append(Spacer(1, 10))
P(
    "Skillnaden i medianinkomst mellan kvinnor och män i länet motsvarar nästan 70 000 kronor "
    "per år och är större än i riket som helhet. Skillnaden förklaras till stor del av att "
    "kvinnor oftare arbetar deltid och i lägre avlönade yrken, och av att kvinnor tar ut "
    "huvuddelen av föräldraledigheten och vård av sjukt barn. Den leder i sin tur till lägre "
    "pensioner: kvinnors genomsnittliga pension i Dalarna är 72 procent av männens."
)
P(
    "Kvinnor i länet har en högre utbildningsnivå än män, men det avspeglas inte i "
    "inflytande. Bland chefer inom privat sektor är 31 procent kvinnor, och i styrelserna för "
    "länets aktiebolag är andelen kvinnor 19 procent. Inom offentlig sektor är fördelningen "
    "jämnare."
)
P("Mäns våld mot kvinnor i Dalarna", H2)
P(
    "Under 2019 anmäldes 1 184 fall av misshandel mot kvinnor 18 år och äldre i Dalarnas län. "
    "I 81 procent av fallen var gärningspersonen bekant med kvinnan, och i ungefär hälften "
    "av fallen var han en nuvarande eller tidigare partner. Samma år anmäldes 117 brott om "
    "grov kvinnofridskränkning och 412 våldtäkter, varav 138 mot barn under 18 år. Mellan "
    "2015 och 2019 dödades fem kvinnor i länet av en man de hade eller hade haft en relation "
    "med."
)
P(
    "Anmälningsstatistiken ger bara en delvis bild. Enligt Brottsförebyggande rådets "
    "nationella trygghetsundersökning polisanmäls endast omkring en av fem händelser av "
    "misshandel i nära relationer. Nationellt centrum för kvinnofrids befolkningsstudie visar "
    "att 14 procent av kvinnorna och 5 procent av männen har utsatts för sexuellt, fysiskt "
    "eller psykiskt våld av en partner någon gång i livet. Om förekomsten är densamma i Dalarna "
    "motsvarar det omkring 16 000 kvinnor i länet i åldern 18–74 år."
)
P(
    "Länets kommuner beviljade skyddat boende till 164 kvinnor och 172 barn under 2019. "
    "Kvinno- och tjejjourerna i Falun, Borlänge, Ludvika, Avesta, Mora och Malung-Sälen tog "
    "emot närmare 3 400 stödsamtal. I Länsstyrelsens enkät till länets socialtjänst uppgav "
    "elva av femton kommuner att de saknar specialiserad kompetens om våld mot äldre kvinnor "
    "och mot kvinnor med funktionsnedsättning."
)
P("Hedersrelaterat våld och förtryck", H2)
P(
    "I Länsstyrelsens elevenkät 2019, som besvarades av 4 100 elever i årskurs 9 och "
    "gymnasiets år 2, uppgav 7 procent av flickorna och 6 procent av pojkarna att de lever med "
    "begränsningar som kan kopplas till heder, till exempel att familjen bestämmer vem de får "
    "ha som partner eller att de inte får delta i skolans aktiviteter. Under perioden "
    "2017–2019 kontaktades Länsstyrelsens regionala resursteam i 62 ärenden, varav 19 gällde "
    "misstänkt tvångsäktenskap eller barnäktenskap."
)
P("Prostitution och människohandel", H2)
P(
    "Prostitution i Dalarna förekommer främst via annonser på internet och är koncentrerad "
    "till de större tätorterna samt till besöksnäringens högsäsong i fjällkommunerna. "
    "Polisregion Bergslagen, som Dalarna tillhör, identifierade 31 misstänkta offer för "
    "människohandel för sexuella ändamål 2017–2019. Socialtjänsten i länet har begränsad "
    "erfarenhet av att möta personer som säljer sex, och stödinsatserna är få."
)
P("Våldets kostnader", H2)
P(
    "Våldet medför stora kostnader för individen och samhället. Socialstyrelsen har "
    "uppskattat de samhällsekonomiska kostnaderna för våld i nära relationer till mellan 3 och "
    "4 miljarder kronor per år i riket. Kostnaderna uppstår inom hälso- och sjukvården, "
    "socialtjänsten och rättsväsendet, men också genom produktionsbortfall och sjukskrivningar. "
    "Överfört till Dalarnas befolkning motsvarar det omkring 100 miljoner kronor per år."
)
P("Slutsatser", H2)
P(
    "Kunskapsöversikten visar att Dalarna har en relativt hög sysselsättning bland kvinnor "
    "men stora skillnader i inkomst, deltidsarbete, hälsa och inflytande. Våldet mot kvinnor "
    "är omfattande och till stor del dolt, och tillgången till stöd skiljer sig mellan "
    "länets kommuner. Barn som upplever våld, äldre kvinnor, kvinnor med "
    "funktionsnedsättning och unga som lever med hedersnormer är grupper vars behov behöver "
    "uppmärksammas särskilt. Slutsatserna ligger till grund för strategins mål."
)
story.append(PageBreak())

# ------------------------------------------------------------------ vision och mål 1
P("Vision och mål", H1)
P(
    "Strategin har en vision som beskriver det långsiktiga tillstånd som länets aktörer "
    "gemensamt ska arbeta mot. Visionen bryts ned i tre mål med tillhörande delmål som ska "
    "vara uppnådda år 2030."
)
P("Vision", H2)
P(
    "Ett jämställt Dalarna fritt från våld, där kvinnor och män, flickor och pojkar har "
    "samma makt att forma samhället och sina egna liv",
    VISION,
)
goal_block(
    "Mål 1: Kvinnor och män ska ha samma möjligheter till ekonomisk självständighet och inflytande",
    "Ekonomisk självständighet är en förutsättning för att kunna forma sitt eget liv. "
    "Målet omfattar arbete, utbildning, inkomst och pension, men också möjligheten att "
    "delta i och påverka beslut i samhället.",
)
delmal(
    "Delmål 1.1 Arbetsmarknaden och utbildningsvalen ska vara mindre könsuppdelade",
    [
        "Den könsuppdelade arbetsmarknaden bidrar till löneskillnader mellan kvinnor och män och "
        "gör det svårare för länets arbetsgivare att rekrytera den kompetens de behöver. Inom "
        "vård och omsorg råder brist på personal samtidigt som få män söker sig dit, och "
        "industrin har svårt att attrahera kvinnor.",
        "Valen av utbildning grundläggs tidigt. Studie- och yrkesvägledningen och skolans "
        "arbete med normer har därför stor betydelse för att flickor och pojkar ska kunna göra "
        "val utifrån intresse snarare än förväntningar kopplade till kön.",
    ],
)
delmal(
    "Delmål 1.2 Det obetalda hem- och omsorgsarbetet ska fördelas jämnt mellan kvinnor och män",
    [
        "Kvinnor i Dalarna tar ut 70 procent av föräldrapenningdagarna och en stor del av "
        "tillfällig föräldrapenning. Kvinnor tar också ett större ansvar för omsorgen om äldre "
        "anhöriga. Det obetalda arbetet begränsar kvinnors möjligheter att arbeta heltid och "
        "påverkar deras inkomster och pensioner under hela livet.",
        "En jämnare fördelning av hem- och omsorgsarbetet gynnar också barnen och männen. Pappor "
        "som tar ut föräldraledighet har i större utsträckning kvar kontakten med sina barn vid "
        "en separation.",
    ],
)
delmal(
    "Delmål 1.3 Kvinnor och män ska ha samma förutsättningar att utöva inflytande i länets beslutande församlingar och styrelser",
    [
        "Kvinnor är underrepresenterade bland kommunstyrelsernas ordförande, i bolagsstyrelser och "
        "bland chefer i privat sektor. När beslutsfattare inte speglar befolkningen riskerar "
        "kvinnors erfarenheter och behov att förbises i prioriteringar och resursfördelning.",
    ],
)
story.append(PageBreak())

# ------------------------------------------------------------------ mål 2
goal_block(
    "Mål 2: Mäns våld mot kvinnor ska upphöra",
    "Målet utgår från det nationella jämställdhetspolitiska delmålet och omfattar alla "
    "former av våld mot kvinnor och flickor, inklusive våld i nära relationer, "
    "hedersrelaterat våld och förtryck samt prostitution och människohandel för "
    "sexuella ändamål.",
)
delmal(
    "Delmål 2.1 Våldet ska förebyggas innan det uppstår",
    [
        "Att förebygga våld innan det sker är det mest effektiva sättet att minska lidandet och "
        "kostnaderna. Forskningen visar att normer om maskulinitet som förknippas med kontroll, "
        "dominans och våld är en central riskfaktor. Förebyggande arbete behöver därför rikta sig "
        "särskilt till pojkar och män, men också till hela befolkningen.",
        "Förskolan och skolan når nästan alla barn och unga och har ett tydligt uppdrag att "
        "arbeta med jämställdhet, sexualitet, samtycke och relationer. Även idrottsrörelsen och "
        "andra fritidsverksamheter har stora möjligheter att påverka normer.",
    ],
)
delmal(
    "Delmål 2.2 Våldsutsatta kvinnor och barn ska få ett likvärdigt stöd och skydd i hela länet",
    [
        "Tillgången till stöd skiljer sig i dag mellan länets kommuner. En kvinna som bor i "
        "Älvdalen eller Vansbro har längre till närmaste kvinnojour och skyddade boende än en "
        "kvinna i Falun eller Borlänge. Våldsutsatta ska kunna lita på att de får ett "
        "professionellt bemötande och insatser av god kvalitet oavsett var de bor.",
        "Barn som upplever våld löper ökad risk för psykisk ohälsa och för att själva utsättas "
        "för eller utöva våld senare i livet. Deras behov ska uppmärksammas i alla "
        "verksamheter som möter barnet eller föräldrarna.",
    ],
)
delmal(
    "Delmål 2.3 Hedersrelaterat våld och förtryck samt prostitution och människohandel ska motverkas",
    [
        "Unga som lever med hedersnormer behöver vuxna som ser dem och vet hur de kan hjälpa. "
        "Kunskapen om hedersrelaterat våld och förtryck varierar mellan länets verksamheter, och "
        "flera kommuner har få ärenden och därmed begränsad erfarenhet.",
        "Sexköp är en form av mäns våld mot kvinnor. Personer som utnyttjas i prostitution har "
        "ofta omfattande erfarenheter av våld och psykisk ohälsa och behöver stöd som är "
        "anpassat efter deras situation. Efterfrågan behöver minska.",
    ],
)
story.append(PageBreak())

# ------------------------------------------------------------------ mål 3
goal_block(
    "Mål 3: Det regionala arbetet för jämställdhet ska vara långsiktigt, samordnat och kunskapsbaserat",
    "För att nå strategins vision krävs att jämställdhet är en del av ordinarie "
    "styrning och verksamhet hos länets aktörer, och att arbetet bygger på kunskap om "
    "vad som ger resultat.",
)
delmal(
    "Delmål 3.1 Länets aktörer ska ha kunskap och verktyg för jämställdhetsintegrering",
    [
        "Jämställdhetsintegrering innebär att jämställdhetsperspektivet finns med i den "
        "ordinarie verksamheten i stället för i särskilda projekt. Det kräver kunskap hos "
        "ledning och medarbetare och att det finns rutiner för att analysera hur beslut och "
        "insatser påverkar kvinnor och män.",
        "Erfarenheterna från länets kommuner visar att arbetet får störst genomslag när det "
        "förankras hos den politiska ledningen och den högsta tjänstepersonsledningen.",
    ],
)
delmal(
    "Delmål 3.2 Arbetet ska följas upp med könsuppdelad statistik och återkommande lägesbilder",
    [
        "Utan könsuppdelad statistik går det inte att se om insatser når kvinnor och män på "
        "lika villkor. Många verksamheter i länet samlar redan in uppgifter om kön, men "
        "uppgifterna analyseras sällan och används i liten utsträckning som underlag för beslut.",
        "Regelbundna lägesbilder gör det möjligt att följa utvecklingen över tid, jämföra länets "
        "kommuner och upptäcka nya behov.",
    ],
)

P("Genomförande och uppföljning", H1)
P(
    "Strategin är ett gemensamt dokument för Dalarnas län och gäller 2021–2030. Den innehåller "
    "inga åtgärder. Konkreta insatser beskrivs i regionala handlingsplaner som tas fram av "
    "Länsstyrelsen i samverkan med länets aktörer, samt i de handlingsplaner som kommuner, "
    "Region Dalarna och andra organisationer tar fram för den egna verksamheten."
)
P(
    "Länsstyrelsen ansvarar för att strategin följs upp. En lägesbild med indikatorer för "
    "varje mål och delmål tas fram vartannat år och presenteras för länets regionala "
    "samverkansråd för jämställdhet och kvinnofrid. En halvtidsutvärdering genomförs 2025 och "
    "en slututvärdering 2030. Vid behov revideras strategins delmål efter "
    "halvtidsutvärderingen."
)


def on_page(canvas, doc):
    if doc.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Helvetica", 8.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(
        2.3 * cm,
        A4[1] - 1.4 * cm,
        "Regional strategi för jämställdhet och mot mäns våld mot kvinnor 2021–2030",
    )
    canvas.drawRightString(A4[0] - 2.3 * cm, 1.3 * cm, f"{doc.page}")
    canvas.drawString(2.3 * cm, 1.3 * cm, "Länsstyrelsen Dalarna")
    canvas.restoreState()


doc = SimpleDocTemplate(
    str(OUT),
    pagesize=A4,
    leftMargin=2.3 * cm,
    rightMargin=2.3 * cm,
    topMargin=2.2 * cm,
    bottomMargin=2.2 * cm,
    title="Regional strategi för jämställdhet och mot mäns våld mot kvinnor 2021–2030",
    author="Länsstyrelsen Dalarna",
)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("wrote", OUT, OUT.stat().st_size, "bytes")
