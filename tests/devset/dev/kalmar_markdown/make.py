"""Generate handlingsplan_mvk_kalmar_lan_2025-2027.md (Länsstyrelsen Kalmar län).

Layout exercised: the Markdown a PDF-to-Markdown converter exports from an eight-page PDF.
Pages are separated by form feeds (\\f) and each page ends with the footer line of the PDF.
Headings use '#'; each goal is a "## Mål N – ..." heading followed by a short introduction
and a pipe table "| Åtgärd | Ansvarig | Samverkan | Tidsplan |" with its separator row.
The Mål 2 table breaks over a page: the converter emits a second table with the header row
repeated on the next page. The bakgrund page also has a pipe table with statistics (no
actions), and page 2 has a plain-text table of contents that repeats the goal headings.

Run with the project venv:  .venv/bin/python tests/devset/dev/kalmar_markdown/make.py
The Markdown file is written next to this script.
"""

from pathlib import Path

OUT = Path(__file__).with_name("handlingsplan_mvk_kalmar_lan_2025-2027.md")

RUNNING = "Länsstyrelsen Kalmar län · Handlingsplan mot mäns våld mot kvinnor 2025–2027"
HEADER = ("Åtgärd", "Ansvarig", "Samverkan", "Tidsplan")


def pipe_table(header, rows):
    """Pipe table padded like a converter's export."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    widths = [max(w, 3) for w in widths]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def footer(n):
    return f"\n{RUNNING} · {n}\n"


# ------------------------------------------------------------------ goals and actions
MAL1 = [
    (
        "Stärka lärarnas kompetens att undervisa om samtycke, sexualitet och jämställda "
        "relationer i årskurs 7–9 genom en länsgemensam fortbildning, med särskilt fokus på "
        "digitalt våld",
        "Länets kommuner",
        "Region Kalmar län (ungdomsmottagningarna), Länsstyrelsen",
        "2025–2026",
    ),
    (
        "Utbilda personal på fritidsgårdar och ledare i föreningslivet i att uppmärksamma "
        "kontrollerande beteenden i ungas relationer",
        "Länsstyrelsen",
        "Kommunerna, studieförbunden i länet",
        "2025",
    ),
    (
        "Starta en digital stödtjänst för unga som är oroliga för sitt eget beteende i relationer",
        "Region Kalmar län",
        "Kommunerna",
        "2026",
    ),
    (
        "Sammanställa ett kunskapsunderlag om ungas utsatthet för och utövande av våld utifrån "
        "enkäten Liv och hälsa ung",
        "Region Kalmar län",
        "Linnéuniversitetet, Länsstyrelsen",
        "Kvartal 4 2025",
    ),
]

MAL2_A = [
    (
        "Ta fram en regional vägledning för socialtjänstens handläggning av ärenden om våld i nära "
        "relationer, med särskild vikt vid våldsutsatta med funktionsnedsättning",
        "Länsstyrelsen",
        "Kommunerna",
        "2025",
    ),
    (
        "Införa strukturerade frågor om våld vid akutmottagningarna i Kalmar och Västervik",
        "Region Kalmar län",
        "–",
        "2025–2026",
    ),
    (
        "Utveckla ett arbetssätt där barn som har bevittnat våld erbjuds stödsamtal inom en vecka "
        "efter att en polisanmälan har gjorts",
        "Kommunerna",
        "Polisen, Region Kalmar län",
        "2026",
    ),
]
MAL2_B = [
    (
        "Öka tillgången till skyddade boenden som kan ta emot kvinnor med samsjuklighet, missbruk "
        "eller behov av stöd i vardagen",
        "Kommunerna",
        "Kvinnojourerna i länet, Region Kalmar län",
        "2025–2027",
    ),
    (
        "Bygga upp ett gemensamt behandlingsprogram för våldsutövare för länets mindre kommuner",
        "Kommunerna",
        "Kriminalvården (frivården)",
        "2026",
    ),
]

MAL3 = [
    (
        "Genomföra en uppföljande enkätundersökning om hedersnormer och begränsningar bland "
        "gymnasieelever i länet",
        "Länsstyrelsen",
        "Linnéuniversitetet, kommunerna",
        "2025",
    ),
    (
        "Utse och utbilda hederskontaktpersoner i varje kommun och inom Region Kalmar län",
        "Kommunerna, Region Kalmar län",
        "Länsstyrelsen",
        "2025",
    ),
    (
        "Införa en länsgemensam rutin för agerande vid misstanke om äktenskapstvång och "
        "barnäktenskap",
        "Länsstyrelsen",
        "Polisen, Åklagarmyndigheten, Skatteverket, kommunerna",
        "2026",
    ),
    (
        "Erbjuda föräldrastödsprogram om barns rättigheter och jämställdhet till föräldrar som är "
        "nya i Sverige",
        "Kommunerna",
        "Trossamfund och föreningar i länet",
        "2025–2027",
    ),
]

MAL4 = [
    (
        "Ta fram en lägesbild över hur sexköp och sexuell exploatering sker i länet, bland annat "
        "via annonssajter och i samband med säsongsarbete",
        "Polisen",
        "Länsstyrelsen",
        "2025",
    ),
    (
        "Genomföra utbildningsdagar för socialsekreterare, vårdpersonal och hotellanställda om hur "
        "människohandel kan upptäckas och om det nationella stödprogrammet",
        "Länsstyrelsen",
        "Region Kalmar län, kommunerna",
        "2025–2026",
    ),
    (
        "Intensifiera spaningen mot sexköp på Öland under sommarsäsongen",
        "Polisen",
        "Borgholms kommun, Mörbylånga kommun",
        "Årligen juni–augusti",
    ),
    (
        "Säkerställa att personer som identifierats som möjliga offer för människohandel erbjuds "
        "skyddat boende och stöd under betänketiden",
        "Kommunerna",
        "Länsstyrelsen, Migrationsverket, ideella organisationer",
        "Löpande",
    ),
]

GOAL1 = "Mål 1 – Färre unga utsätts för och utövar våld i sina relationer"
GOAL2 = "Mål 2 – Kvinnor och barn som utsätts för våld möter samma kunskap och stöd i alla kommuner"
GOAL3 = "Mål 3 – Hedersrelaterat våld och förtryck uppmärksammas och motverkas"
GOAL4 = "Mål 4 – Efterfrågan på sexuella tjänster minskar och utsatta för människohandel får skydd"

pages = []

# ------------------------------------------------------------------ page 1: omslag
pages.append("""\
<!-- image -->

# Handlingsplan mot mäns våld mot kvinnor 2025–2027

## Regional handlingsplan för Kalmar län

Våld i nära relationer · Hedersrelaterat våld och förtryck · Prostitution och människohandel

Meddelande 2025:03

Länsstyrelsen Kalmar län, Enheten för social hållbarhet

Diarienummer 850-5512-2024

<!-- image -->
""")

# ------------------------------------------------------------------ page 2: innehåll + förord
pages.append(f"""\
## Innehåll

Förord 2

Inledning 3

Bakgrund 3

Mål och åtgärder 5

{GOAL1} 5

{GOAL2} 5

{GOAL3} 6

{GOAL4} 7

Uppföljning och ansvar 8

## Förord

Kalmar län ska vara en plats där ingen behöver leva med våld, hot eller kontroll från
någon som står dem nära. Så ser det inte ut i dag. Varje år söker hundratals kvinnor i
länet stöd efter att ha utsatts för våld av en partner, och bakom varje ärende finns ofta
barn som har sett och hört det som hänt.

Den här handlingsplanen bygger vidare på det regionala arbete som har bedrivits sedan 2018.
Planen är framtagen i samarbete med länets tolv kommuner, Region Kalmar län, Polisen,
Kriminalvården, Linnéuniversitetet och de ideella kvinno- och tjejjourerna. Vi har valt att
hålla nere antalet åtgärder och i stället vara tydliga med vem som gör vad.

Jag hoppas att planen blir ett användbart verktyg i det dagliga arbetet.

*Landshövding i Kalmar län*

*Kalmar i januari 2025*
{footer(2)}""")

# ------------------------------------------------------------------ page 3: inledning + bakgrund
pages.append(f"""\
# Inledning

Länsstyrelserna ska enligt sina regleringsbrev samordna och stödja arbetet mot mäns våld
mot kvinnor i länet. Uppdraget gäller våld i nära relationer, hedersrelaterat våld och
förtryck, prostitution och människohandel för sexuella ändamål, liksom våld i hbtqi-personers
relationer. Länsstyrelsen ska dessutom bidra till att arbetet vilar på kunskap och bedrivs i
samverkan mellan myndigheter, kommuner, region och civilsamhälle.

Handlingsplanen gäller för åren 2025–2027 och utgår från den nationella strategin för att
förebygga och bekämpa mäns våld mot kvinnor. Den ska ses som ett komplement till
kommunernas och regionens egna styrdokument och är inte bindande för de enskilda
huvudmännen. Åtgärderna har dock förankrats i länets styrgrupp för kvinnofrid, där
samtliga huvudmän är representerade.

## Avgränsningar

Planen omfattar inte brottsofferstöd i allmänhet eller våld mellan unga i offentlig miljö,
annat än där våldet har koppling till nära relationer, hedersnormer eller sexuell
exploatering.

# Bakgrund

Kalmar län har drygt 247 000 invånare fördelade på tolv kommuner. Länet är till ytan
långsträckt, och avstånden mellan de norra kommunerna Vimmerby och Västervik och de södra
kommunerna Torsås och Emmaboda är stora. Det påverkar möjligheterna att samla verksamheter
och kompetens.
{footer(3)}""")

STATS = pipe_table(
    ("Anmälda brott i Kalmar län", "2021", "2022", "2023"),
    [
        ("Misshandel, kvinna 18+", "1 032", "1 087", "1 061"),
        ("varav av närstående", "598", "641", "619"),
        ("Grov kvinnofridskränkning", "54", "49", "57"),
        ("Olaga förföljelse", "171", "196", "224"),
        ("Köp av sexuell tjänst", "12", "9", "21"),
    ],
)

# ------------------------------------------------------------------ page 4: bakgrund forts.
pages.append(f"""\
## Våldet i siffror

Anmälningarna om misshandel mot kvinnor har varierat förhållandevis lite mellan åren. Olaga
förföljelse är det brott som har ökat mest – med nästan en tredjedel sedan 2021 – vilket
delvis förklaras av att fler förföljelsebrott i dag sker digitalt.

Tabell 1. Anmälda brott i Kalmar län 2021–2023. Källa: Brottsförebyggande rådet.

{STATS}

Kvinnojourerna i länet besvarade under 2023 drygt 2 100 samtal från stödsökande, och 63
kvinnor och 79 barn bodde under någon period i jourernas skyddade boenden. I Liv och hälsa
ung 2023 svarade sju procent av flickorna i gymnasiets andra årskurs att en pojkvän eller
flickvän hade försökt styra vilka kompisar de fick träffa; fyra procent hade blivit slagna eller
knuffade av en partner.

## Så läser du handlingsplanen

Planen har fyra mål, vart och ett med en kort motivering och en åtgärdstabell. Tabellen
visar vem som leder arbetet, vilka andra aktörer som deltar och vilken tidsram som gäller.
Den som leder en åtgärd återrapporterar till Länsstyrelsen.
{footer(4)}""")

# ------------------------------------------------------------------ page 5: mål 1 + mål 2 (början)
pages.append(f"""\
# Mål och åtgärder

## {GOAL1}

Unga kvinnor i åldern 16–24 år är den grupp som oftast utsätts för partnervåld.
Tidiga insatser i skola och på fritiden kan förändra de normer som gör kontroll och våld
möjligt, och kan hjälpa unga som själva har börjat utöva våld att bryta beteendet.

{pipe_table(HEADER, MAL1)}

## {GOAL2}

Stödet till våldsutsatta ser olika ut i länets tolv kommuner, både i omfattning och
inriktning. Var en kvinna bor, och vilken verksamhet hon råkar vända sig till först, ska inte
avgöra vilken hjälp hon får.

{pipe_table(HEADER, MAL2_A)}
{footer(5)}""")

# ------------------------------------------------------------------ page 6: mål 2 (forts.) + mål 3
pages.append(f"""\
{pipe_table(HEADER, MAL2_B)}

## {GOAL3}

Hedersrelaterat våld och förtryck kännetecknas av att flera personer kan vara delaktiga i
kontrollen och att den utsatta ofta är ung. Många yrkesverksamma i länet upplever att de
saknar stöd när de möter sådana situationer.

{pipe_table(HEADER, MAL3)}
{footer(6)}""")

# ------------------------------------------------------------------ page 7: mål 4
pages.append(f"""\
## {GOAL4}

Sexköp förekommer i hela länet men ökar tydligt under sommarmånaderna, när befolkningen i
kustkommunerna och på Öland mångdubblas. Personer som utnyttjas är ofta i en utsatt
ekonomisk eller social situation och har sällan kontakt med myndigheterna.

{pipe_table(HEADER, MAL4)}

*Löpande = åtgärden pågår hela perioden 2025–2027.*
{footer(7)}""")

# ------------------------------------------------------------------ page 8: uppföljning
pages.append(f"""\
# Uppföljning och ansvar

Länsstyrelsens styrgrupp för kvinnofrid följer upp handlingsplanen vid sitt höstmöte varje
år. Inför mötet lämnar de ansvariga aktörerna en kort redovisning av hur långt arbetet med
respektive åtgärd har kommit och om det finns hinder som behöver lösas gemensamt.

Resultatet sammanställs i en årlig uppföljningsrapport som publiceras på Länsstyrelsens
webbplats. Under 2027 görs en samlad utvärdering av planperioden, och den används när en
ny handlingsplan tas fram för perioden från 2028.

## Kontakt

Frågor om planen besvaras av Länsstyrelsens kvinnofridssamordnare, som nås via växeln.
{footer(8)}""")


def main():
    OUT.write_text("\f".join(pages), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(pages)} pages)")


if __name__ == "__main__":
    main()
