"""Generate malmo_program_vnr_2023-2026.md (Malmö stad, kommunalt program).

Invented but realistic content. Pages are separated by form feed characters (\\f):
  1 titel + förord, 2 inledning, 3 bakgrund, 4 målsättning 1–2, 5 målsättning 3–4,
  6 målsättning 5 + genomförande och uppföljning.
Every sentence in a "Så här gör vi tillsammans" box is one measure (action).
"""

from pathlib import Path

OUT = Path(__file__).with_name("malmo_program_vnr_2023-2026.md")

pages = []

pages.append("""\
# Program mot våld i nära relationer 2023–2026

**Malmö stad**

Antaget av kommunfullmäktige den 27 april 2023, § 84. Dnr STK-2022-1187.
Programmet gäller för samtliga nämnder och helägda bolag i Malmö stad.

## Förord

Alla Malmöbor har rätt att leva ett liv fritt från våld. Ändå utsätts tusentals kvinnor,
barn och män i vår stad varje år för våld av någon som de har eller har haft en nära
relation till. Våldet sker oftast i hemmet, den plats där vi borde vara som tryggast.

Våld i nära relationer är inte en privatsak. Det är ett samhällsproblem som kräver att vi
agerar tillsammans – stadens förvaltningar, Region Skåne, Polisen, civilsamhället och
näringslivet. Med det här programmet tar Malmö stad ett samlat grepp om arbetet för de
kommande fyra åren.

Programmet har tagits fram genom dialog med medarbetare, samverkanspartner och Malmöbor
med egen erfarenhet av våld. Tack till alla som har bidragit.

*Kommunstyrelsens ordförande*
""")

pages.append("""\
## Inledning

### Programmets syfte

Programmet anger inriktningen för Malmö stads arbete mot våld i nära relationer,
hedersrelaterat våld och förtryck samt prostitution och människohandel för sexuella
ändamål. Det ska bidra till att det nationella jämställdhetspolitiska målet att mäns våld
mot kvinnor ska upphöra får genomslag i Malmö.

### Vem omfattas?

Programmet omfattar alla som utsätts för eller utövar våld i nära relationer, oavsett kön,
ålder, sexuell läggning eller funktionsförmåga. Kvinnor är överrepresenterade bland dem som
utsätts för det grövsta och mest upprepade våldet, och män är överrepresenterade bland dem
som utövar det. Därför har programmet ett tydligt jämställdhetsperspektiv. Barn som
upplever våld i sin familj är brottsoffer i sin egen rätt.

### Koppling till andra styrdokument

Programmet utgår från socialtjänstlagen, Socialstyrelsens föreskrifter och allmänna råd om
våld i nära relationer (SOSFS 2014:4), den nationella strategin för att förebygga och
bekämpa mäns våld mot kvinnor samt FN:s konvention om barnets rättigheter. Det hänger ihop
med Malmö stads program för jämställdhet och stadens arbete med Malmökommissionens
rekommendationer om en socialt hållbar stad.

### Hur programmet är uppbyggt

Programmet har fem målsättningar. Under varje målsättning beskrivs varför den är viktig
och vad vi gör för att nå dit. De konkreta åtagandena sammanfattas i rutan *Så här gör vi
tillsammans*. Nämnderna ansvarar för att åtagandena omsätts i sina verksamhetsplaner.
""")

pages.append("""\
## Bakgrund – våldet i Malmö

Malmö har omkring 360 000 invånare och är en ung stad där nästan hälften av befolkningen
har sitt ursprung i ett annat land. Det ger stora möjligheter men ställer också krav på
att information och stöd når alla, oavsett språk och bakgrund.

Under 2022 registrerade Polisen 2 480 anmälningar om misshandel mot kvinnor i Malmö där
gärningspersonen var närstående eller bekant. Antalet anmälda brott om grov
kvinnofridskränkning var 214. Det verkliga antalet våldsutsatta är betydligt större:
enligt Brottsförebyggande rådet anmäls bara omkring en av fem händelser av våld i nära
relationer.

Socialtjänsten i Malmö fattade samma år 1 150 beslut om insatser till våldsutsatta
vuxna, och stadens kriscentrum tog emot 640 barn som upplevt våld. Kvinnojourerna i
Malmö hade över 5 000 stödsamtal. I Region Skånes folkhälsoenkät Barn och unga uppgav
var tionde elev i årskurs 9 i Malmö att de har blivit slagna av en vuxen i familjen.

Mellan 2019 och 2022 inkom 96 orosanmälningar som rörde misstänkt hedersrelaterat våld
och förtryck, varav 17 gällde risk för bortgifte. Polisen bedömer att flera hundra
personer utnyttjas i prostitution i Malmö varje år, många av dem via annonser på nätet.

### Definitioner

**Våld i nära relationer** är våld som utövas av en närstående, till exempel en partner,
tidigare partner, förälder, syskon eller annan familjemedlem. Våldet kan vara fysiskt,
psykiskt, sexuellt, ekonomiskt eller materiellt och omfattar även försummelse och
latent våld.

**Hedersrelaterat våld och förtryck** utgår från starkt patriarkala och heteronormativa
föreställningar där familjens rykte är beroende av framför allt flickors och kvinnors
beteende och sexualitet.
""")

pages.append("""\
## Målsättning 1 – Fler barn och unga ska växa upp med kunskap om jämställdhet, gränser och respekt

Våld i nära relationer går att förebygga. Den som tidigt får kunskap om kroppslig
integritet, samtycke och jämställda relationer har bättre förutsättningar att både sätta
egna gränser och respektera andras. Malmös förskolor, skolor och fritidsverksamheter möter
nästan alla barn och unga i staden och har därför en nyckelroll.

### Så här gör vi tillsammans

Förskolan och skolan arbetar systematiskt med normer, jämställdhet och relationer utifrån
läroplanernas uppdrag om sexualitet, samtycke och relationer. Fritidsförvaltningen ska
tillsammans med Malmö universitet utveckla en metod för samtal om gränser och samtycke på
stadens fritidsgårdar. Region Skåne erbjuder i samverkan med socialtjänsten
föräldraskapsstöd med ett tydligt våldsförebyggande innehåll på barnavårdscentralerna i
Malmö.

## Målsättning 2 – Våld i nära relationer ska upptäckas tidigt

Många våldsutsatta har haft kontakt med vården, skolan eller socialtjänsten långt innan
våldet blir känt. Genom att fråga om våld och veta vad man gör med svaret kan
medarbetare bryta ett mönster som annars kan pågå i åratal. Barn berättar sällan själva
och behöver vuxna som ser tecknen.

### Så här gör vi tillsammans

Socialtjänsten och Region Skåne erbjuder gemensam utbildning i att fråga om våld till alla
medarbetare som möter våldsutsatta i sitt arbete. Polisen ska tillsammans med skolan ta fram
en rutin så att elevhälsan snabbt kan ge stöd till barn som har upplevt våld i hemmet.
""")

pages.append("""\
## Målsättning 3 – Alla som utsätts för våld ska få stöd och skydd som motsvarar deras behov

Den som lever med våld ska kunna lita på att hjälpen finns när den behövs. Stödet ska
vara långsiktigt och omfatta boende, ekonomi, vård och behandling. Samtidigt måste fler
som utövar våld få hjälp att sluta, eftersom det är det mest direkta sättet att skydda
kvinnor och barn från nytt våld.

### Så här gör vi tillsammans

Malmö stad ger kvinnojouren i uppdrag att utöka antalet platser i skyddat boende för
kvinnor med medföljande barn. Socialtjänsten ska i samverkan med Försäkringskassan och
Kronofogdemyndigheten stärka det ekonomiska stödet och rådgivningen till den som lämnar en
våldsam relation. Region Skåne och socialtjänsten upprättar samordnade individuella planer
(SIP) för våldsutsatta med psykisk ohälsa eller beroende. Socialtjänstens kriscentrum för
män erbjuder tillsammans med Kriminalvården behandling till den som utövar våld, så att
fler får hjälp att bryta sitt beteende.

## Målsättning 4 – Ingen ska begränsas i sitt liv av hedersrelaterat våld och förtryck

Hedersrelaterat våld och förtryck drabbar främst flickor och unga kvinnor, men också
pojkar och hbtqi-personer. Förtrycket kan handla om begränsningar i vardagen, som att
inte få välja vänner eller utbildning, och kan sträcka sig till tvångsäktenskap,
könsstympning och dödligt våld.

### Så här gör vi tillsammans

Skolan ska tillsammans med Länsstyrelsen Skåne erbjuda kompetensutveckling om
hedersrelaterat våld och förtryck till all personal i elevhälsan. Socialtjänsten och
Polisen tar fram en gemensam arbetsgång för ärenden där barn riskerar att föras utomlands
för att giftas bort. Region Skåne ska i samverkan med skolhälsovården erbjuda samtal och
hälsoundersökning till flickor och kvinnor som har utsatts för könsstympning.
""")

pages.append("""\
## Målsättning 5 – Färre ska utnyttjas i prostitution och människohandel

Prostitution och människohandel för sexuella ändamål är allvarliga former av mäns våld mot
kvinnor. Malmö är en gränsstad med goda förbindelser till kontinenten, vilket gör staden
till en transitort för människohandel. Efterfrågan skapar marknaden – därför behöver
arbetet riktas både mot köparna och till stöd för dem som utnyttjas.

### Så här gör vi tillsammans

Socialtjänstens Kompetenscentrum prostitution erbjuder tillsammans med Region Skåne stöd,
samtalsbehandling och hälsokontroller till personer med erfarenhet av prostitution.
Polisen ska i samverkan med socialtjänsten genomföra regelbundna insatser mot sexköp på
internet och i gatumiljö. Malmö stad ska tillsammans med Länsstyrelsen Skåne och
Jämställdhetsmyndigheten säkerställa att misstänkta offer för människohandel snabbt får
skydd och stöd.

## Genomförande och uppföljning

Varje nämnd ansvarar för att programmets målsättningar och åtaganden omsätts i den egna
verksamhetsplanen och budgeten. Stadskontoret samordnar genomförandet och leder stadens
strategiska samverkansgrupp mot våld i nära relationer, där även Region Skåne, Polisen och
kvinnojourerna deltar.

Programmet följs upp årligen i samband med stadens årsanalys. Uppföljningen bygger bland
annat på antal anmälda brott, antal personer som fått stöd och skydd, andel medarbetare
som har genomgått utbildning samt Malmöbors upplevda trygghet. En utvärdering av hela
programperioden redovisas för kommunstyrelsen under våren 2027.
""")

OUT.write_text("\f\n".join(pages), encoding="utf-8")
print("wrote", OUT, OUT.stat().st_size, "bytes,", len(pages), "pages")
