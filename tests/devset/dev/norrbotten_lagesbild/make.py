"""Generate 'Lägesbild 2024: Mäns våld mot kvinnor i Norrbottens län' (Länsstyrelsen Norrbotten):
a situation report with statistics, trends, survey results, a per-municipality table and a
'Slutsatser' section of observations. It contains no plan: no goals and no actions.

Run: /work/main/.venv/bin/python make.py   (writes norrbotten_lagesbild_2024.pdf)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "norrbotten_lagesbild_2024.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(DEJAVU / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV", boldItalic="DV-Bold")

BLUE = colors.HexColor("#16405b")
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
BULLET = ParagraphStyle(
    "bullet", parent=BODY, leftIndent=13, bulletIndent=2, spaceAfter=4, bulletFontName="DV"
)
SMALL = ParagraphStyle(
    "small", parent=BODY, fontSize=7.8, leading=10, textColor=colors.HexColor("#333333")
)
TITLE = ParagraphStyle(
    "title", fontName="DV-Bold", fontSize=21, leading=27, textColor=BLUE, spaceAfter=8
)
SUB = ParagraphStyle("sub", fontName="DV", fontSize=11, leading=15, spaceAfter=4)
H1 = ParagraphStyle(
    "h1", fontName="DV-Bold", fontSize=14, leading=18, textColor=BLUE, spaceBefore=10, spaceAfter=6
)
H2 = ParagraphStyle("h2", fontName="DV-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.3, leading=10.5)
CELLR = ParagraphStyle("cellr", parent=CELL, alignment=2)
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="DV-Bold")
CELLHR = ParagraphStyle("cellhr", parent=CELLH, alignment=2)

# Kommun: (invånare 31 dec 2023, anmälda 2023, anmälda 2024)
KOMMUNER = {
    "Arjeplog": (2705, 4, 6),
    "Arvidsjaur": (6290, 17, 14),
    "Boden": (28488, 63, 71),
    "Gällivare": (17386, 41, 48),
    "Haparanda": (9588, 22, 27),
    "Jokkmokk": (4891, 15, 13),
    "Kalix": (15812, 35, 38),
    "Kiruna": (22473, 52, 61),
    "Luleå": (80101, 169, 176),
    "Pajala": (5896, 9, 11),
    "Piteå": (42903, 80, 84),
    "Älvsbyn": (7993, 21, 19),
    "Överkalix": (3198, 6, 7),
    "Övertorneå": (4264, 8, 9),
}

TREND = [
    ("Misshandel mot kvinna, närstående gärningsperson", (498, 531, 517, 526, 542, 584)),
    ("Grov kvinnofridskränkning", (61, 66, 58, 70, 64, 73)),
    ("Våldtäkt mot kvinna 18 år och äldre", (142, 131, 149, 155, 161, 168)),
    ("Olaga förföljelse, kvinna", (88, 97, 104, 112, 109, 121)),
    ("Kontakt- och vistelseförbud, överträdelse", (201, 214, 236, 229, 247, 262)),
]


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def P(t: str, st: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(t, st)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(i, BULLET, bulletText="•") for i in items]


def ruled(t: Table, header_rows: int = 1, total_row: bool = False) -> Table:
    style = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, BLUE),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#eef3f7")]),
    ]
    if total_row:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, BLUE))
    t.setStyle(TableStyle(style))
    return t


def kommun_table() -> Table:
    head = [
        "Kommun",
        "Invånare",
        "Anmälda brott 2023",
        "Anmälda brott 2024",
        "Ändring",
        "Per 100 000 inv. 2024",
    ]
    data = [[P(head[0], CELLH)] + [P(h, CELLHR) for h in head[1:]]]
    tp = t23 = t24 = 0
    for name, (pop, a23, a24) in KOMMUNER.items():
        tp, t23, t24 = tp + pop, t23 + a23, t24 + a24
        diff = a24 - a23
        data.append(
            [
                P(name, CELL),
                P(fmt(pop), CELLR),
                P(str(a23), CELLR),
                P(str(a24), CELLR),
                P(f"{diff:+d}".replace("-", "−"), CELLR),
                P(str(round(a24 / pop * 1e5)), CELLR),
            ]
        )
    data.append(
        [
            P("Norrbottens län", CELLH),
            P(fmt(tp), CELLHR),
            P(str(t23), CELLHR),
            P(str(t24), CELLHR),
            P(f"{t24 - t23:+d}", CELLHR),
            P(str(round(t24 / tp * 1e5)), CELLHR),
        ]
    )
    return ruled(
        Table(data, colWidths=(34 * mm, 22 * mm, 26 * mm, 26 * mm, 24 * mm, 30 * mm)),
        total_row=True,
    )


def trend_table() -> Table:
    years = ["2019", "2020", "2021", "2022", "2023", "2024"]
    data = [[P("Brottstyp", CELLH)] + [P(y, CELLHR) for y in years]]
    for name, vals in TREND:
        data.append([P(name, CELL)] + [P(str(v), CELLR) for v in vals])
    return ruled(Table(data, colWidths=(70 * mm,) + (16 * mm,) * 6))


def survey_table() -> Table:
    rows = [
        ("Andel som uppgett utsatthet", "Kvinnor", "Män"),
        ("Fysiskt våld av partner eller tidigare partner, någon gång", "17 %", "6 %"),
        ("Sexuellt våld av partner eller tidigare partner, någon gång", "9 %", "1 %"),
        ("Psykiskt våld eller kontroll av partner, någon gång", "24 %", "11 %"),
        ("Någon form av våld i nära relation, senaste 12 månaderna", "5,2 %", "2,4 %"),
        ("Har berättat för polis, vård eller socialtjänst (av de utsatta)", "29 %", "14 %"),
    ]
    data = [[P(rows[0][0], CELLH), P(rows[0][1], CELLHR), P(rows[0][2], CELLHR)]]
    for a, b, c in rows[1:]:
        data.append([P(a, CELL), P(b, CELLR), P(c, CELLR)])
    return ruled(Table(data, colWidths=(118 * mm, 22 * mm, 22 * mm)))


def support_table() -> Table:
    rows = [
        ("Stödverksamhet", "2022", "2023", "2024"),
        ("Kvinnor placerade i skyddat boende", "81", "88", "96"),
        ("Medföljande barn i skyddat boende", "93", "97", "104"),
        ("Stödsamtal hos kvinno- och tjejjourer", "1 020", "1 090", "1 140"),
        ("Ärenden om våld i nära relation i socialtjänsten (vuxna)", "612", "655", "702"),
        ("Personer i behandling för att sluta utöva våld", "38", "44", "57"),
    ]
    data = [[P(rows[0][0], CELLH)] + [P(x, CELLHR) for x in rows[0][1:]]]
    for r in rows[1:]:
        data.append([P(r[0], CELL)] + [P(x, CELLR) for x in r[1:]])
    return ruled(Table(data, colWidths=(106 * mm, 19 * mm, 19 * mm, 19 * mm)))


def story() -> list:
    s: list = []
    s.append(P("Länsstyrelsen Norrbotten", SUB))
    s.append(P("Lägesbild 2024: Mäns våld mot kvinnor i Norrbottens län", TITLE))
    s.append(P("Rapport 2025:04 · Publicerad maj 2025", SMALL))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Sammanfattning", H1))
    s.append(
        P(
            "Den här lägesbilden beskriver omfattningen av mäns våld mot kvinnor och våld i nära "
            "relationer i Norrbottens län under 2024. Den bygger på polisanmälningar, uppgifter från "
            "länets kommuner och Region Norrbotten, en befolkningsenkät och uppgifter från "
            "kvinno- och tjejjourer. Lägesbilden tas fram årligen som en del av Länsstyrelsens "
            "uppdrag att samordna arbetet i länet."
        )
    )
    s.extend(
        bullets(
            [
                "Under 2024 anmäldes 584 fall av misshandel mot kvinnor där gärningspersonen var "
                "närstående, en ökning med 7,7 procent jämfört med 2023. Det motsvarar 232 anmälda brott "
                "per 100 000 invånare.",
                "Anmälningarna om olaga förföljelse och överträdelse av kontaktförbud har ökat med "
                "30–40 procent sedan 2019.",
                "Var sjätte kvinna i länet har någon gång utsatts för fysiskt våld av en partner, men "
                "bara tre av tio av de utsatta har berättat om det för polis, vård eller socialtjänst.",
                "Antalet kvinnor i skyddat boende var det högsta som har registrerats i länet.",
                "Skillnaderna mellan kommunerna är stora, men antalen är små i flera kommuner och "
                "varierar mycket mellan åren.",
            ]
        )
    )

    s.append(P("1. Underlag och avgränsningar", H1))
    s.append(
        P(
            "Statistiken över anmälda brott kommer från Brottsförebyggande rådets officiella "
            "kriminalstatistik och har bearbetats av Länsstyrelsen. Uppgifterna om stöd och skydd "
            "har lämnats av länets 14 kommuner, Region Norrbotten och de ideella jourerna i en "
            "enkät i februari 2025. Befolkningsenkäten genomfördes hösten 2024 av Länsstyrelsen och "
            "Region Norrbotten och besvarades av 3 112 personer i åldern 18–74 år, en "
            "svarsfrekvens på 41 procent."
        )
    )
    s.append(
        P(
            "Anmälningsstatistiken visar inte hur mycket våld som faktiskt förekommer. En stor del "
            "av våldet anmäls aldrig, och förändringar i antalet anmälningar kan bero på ändrad "
            "anmälningsbenägenhet, nya arbetssätt hos polisen eller ändrad lagstiftning. Små "
            "kommuner har dessutom så få anmälningar att enstaka ärenden påverkar jämförelsen "
            "kraftigt."
        )
    )

    s.append(P("2. Anmälda brott 2019–2024", H1))
    s.append(
        P(
            "Tabell 1 visar antalet anmälda brott i länet för några av de vanligaste brottstyperna "
            "i nära relationer. Antalet anmälda misshandelsbrott mot kvinnor med närstående "
            "gärningsperson har ökat med 17 procent sedan 2019. Ökningen har varit ojämn: efter en "
            "topp under pandemiåret 2020 minskade anmälningarna något 2021, för att därefter öka "
            "igen."
        )
    )
    s.append(
        KeepTogether(
            [
                P("Tabell 1. Anmälda brott i Norrbottens län 2019–2024", H2),
                trend_table(),
                P("Källa: Brå, anmälda brott. Bearbetning: Länsstyrelsen Norrbotten.", SMALL),
            ]
        )
    )
    s.append(
        P(
            "Anmälningarna om grov kvinnofridskränkning varierar mellan 58 och 73 per år utan en "
            "tydlig trend. Våldtäkter mot vuxna kvinnor har ökat från 131 anmälningar 2020 till 168 "
            "under 2024. Enligt polisen i Norrbotten är en växande andel av de anmälda våldtäkterna "
            "begångna av en nuvarande eller tidigare partner."
        )
    )
    s.append(
        P(
            "Olaga förföljelse har ökat med 38 procent sedan 2019. Länsstyrelsens kontakter med "
            "kommunerna tyder på att en stor del av förföljelsen sker digitalt, till exempel genom "
            "upprepade meddelanden, övervakning via mobiltelefon och hot i sociala medier."
        )
    )

    s.append(
        P(
            "Jämfört med riket ligger Norrbotten något över genomsnittet för anmäld misshandel mot "
            "kvinnor i nära relation räknat per invånare, men under genomsnittet för anmälda "
            "våldtäkter. Skillnaden mot riket har varit ungefär densamma under hela perioden "
            "2019–2024."
        )
    )

    s.append(P("Rättsväsendets hantering", H2))
    s.append(
        P(
            "Av de misshandelsbrott mot kvinnor i nära relation som anmäldes 2023 och som hade "
            "avslutats vid utgången av 2024 ledde 19 procent till ett åtal, strafföreläggande eller "
            "åtalsunderlåtelse. Motsvarande andel för grov kvinnofridskränkning var 41 procent. En "
            "vanlig orsak till att förundersökningen lades ned var att målsäganden inte ville medverka "
            "eller att det saknades vittnen. Genomsnittlig handläggningstid från anmälan till "
            "beslut i åtalsfrågan var 142 dagar, vilket är längre än i riket."
        )
    )
    s.append(
        P(
            "Antalet beviljade kontaktförbud i länet var 188 under 2024, varav 31 avsåg utvidgat "
            "kontaktförbud. Elektronisk övervakning av kontaktförbud tillämpades i fyra ärenden."
        )
    )

    s.append(P("Dödligt våld", H2))
    s.append(
        P(
            "Under perioden 2015–2024 dödades sju kvinnor i Norrbottens län av en man som de hade "
            "eller hade haft en parrelation med. I fem av fallen hade kvinnan tidigare varit i "
            "kontakt med polisen eller socialtjänsten på grund av våld eller hot från mannen. I "
            "tre fall hade separationen skett mindre än ett år före dödsfallet."
        )
    )
    s.append(P("3. Skillnader mellan kommunerna", H1))
    s.append(
        P(
            "Tabell 2 visar anmälda misshandelsbrott mot kvinnor med närstående gärningsperson per "
            "kommun. Antalet anmälda brott per 100 000 invånare var högst i Haparanda, Gällivare "
            "och Kiruna och lägst i Pajala och Piteå. I sju av länets fjorton kommuner anmäldes "
            "färre än 20 brott, vilket gör att jämförelser mellan åren bör göras med försiktighet."
        )
    )
    s.append(
        KeepTogether(
            [
                P(
                    "Tabell 2. Anmäld misshandel mot kvinna, närstående gärningsperson, per kommun",
                    H2,
                ),
                kommun_table(),
                P(
                    "Källa: Brå, anmälda brott efter brottsplatskommun; SCB, folkmängd 31 december 2023.",
                    SMALL,
                ),
            ]
        )
    )
    s.append(
        P(
            "I malmfältskommunerna Kiruna och Gällivare har antalet anmälningar ökat under tre år i "
            "följd. Kommunerna har under samma period haft en snabb befolkningsomsättning i samband "
            "med samhällsomvandlingen och gruvnäringens expansion. I Boden ökade anmälningarna med "
            "åtta brott jämfört med 2023. Luleå har flest anmälda brott i absoluta tal men ligger "
            "under länsgenomsnittet räknat per invånare."
        )
    )
    s.append(
        P(
            "I inlandskommunerna är avstånden till polis, socialtjänst och skyddat boende långa. "
            "Flera kommuner i inlandet har ingen egen kvinnojour, och den närmaste jouren kan ligga "
            "mer än 20 mil bort."
        )
    )

    s.append(P("4. Resultat från befolkningsenkäten", H1))
    s.append(
        P(
            "Befolkningsenkäten ställde frågor om utsatthet för fysiskt, sexuellt och psykiskt våld "
            "från en nuvarande eller tidigare partner, både under livet och under de senaste tolv "
            "månaderna. Resultaten sammanfattas i tabell 3."
        )
    )
    s.append(
        KeepTogether(
            [
                P("Tabell 3. Utsatthet för våld i nära relation, befolkningen 18–74 år, 2024", H2),
                survey_table(),
                P(
                    "Källa: Länsstyrelsen Norrbotten och Region Norrbotten, befolkningsenkät 2024. "
                    "Resultaten är viktade efter kön, ålder och kommun.",
                    SMALL,
                ),
            ]
        )
    )
    s.append(
        P(
            "Kvinnor i åldern 18–29 år uppgav utsatthet under de senaste tolv månaderna i högst "
            "grad, 9,8 procent. Bland kvinnor som bodde i glesbygd var andelen som hade berättat om "
            "våldet för någon myndighet lägre än i tätorterna, 22 procent jämfört med 32 procent. "
            "De vanligaste skälen till att inte berätta var att våldet inte ansågs tillräckligt "
            "allvarligt, rädsla för att det skulle bli känt i bygden och osäkerhet om vart man "
            "kunde vända sig."
        )
    )
    s.append(
        P(
            "Av de kvinnor med samisk bakgrund som besvarade enkäten uppgav en högre andel än "
            "genomsnittet att de utsatts för psykiskt våld eller kontroll, men antalet svarande var "
            "för litet för säkra slutsatser. Resultaten stämmer överens med tidigare studier som "
            "Sametinget har låtit genomföra."
        )
    )
    s.append(
        P(
            "I Region Norrbottens elevenkät 2024 uppgav 12 procent av flickorna i gymnasiets år 2 "
            "att en pojkvän eller flickvän hade kontrollerat deras mobiltelefon mot deras vilja, "
            "och 7 procent att de hade blivit utsatta för sexuella handlingar som de inte ville "
            "vara med om."
        )
    )

    s.append(P("5. Stöd och skydd", H1))
    s.append(
        P(
            "Tabell 4 visar utvecklingen av några centrala stödinsatser. Antalet kvinnor som "
            "placerades i skyddat boende ökade till 96 under 2024, och de hade sammanlagt 104 "
            "barn med sig. Medelvistelsetiden i skyddat boende var 47 dygn."
        )
    )
    s.append(
        KeepTogether(
            [
                P("Tabell 4. Stöd- och skyddsinsatser i Norrbottens län 2022–2024", H2),
                support_table(),
                P(
                    "Källa: Länsstyrelsens enkät till kommuner, Region Norrbotten och jourer, februari "
                    "2025.",
                    SMALL,
                ),
            ]
        )
    )
    s.append(
        P(
            "Elva av länets fjorton kommuner uppgav att de använder ett strukturerat "
            "riskbedömningsinstrument i alla ärenden om våld i nära relation. Tre kommuner gjorde "
            "riskbedömningar bara i vissa ärenden. Region Norrbotten införde under 2023 rutinmässiga "
            "frågor om våld inom mödrahälsovården, och under 2024 ställdes frågan till 84 procent "
            "av de inskrivna gravida."
        )
    )
    s.append(
        P(
            "Behandlingsinsatser för personer som utövar våld fanns i Luleå, Piteå, Boden och Kiruna. "
            "Antalet personer som deltog ökade till 57, men flera kommuner uppgav att de saknade "
            "möjlighet att erbjuda sådana insatser på hemorten."
        )
    )

    s.append(P("Barn som upplever våld", H2))
    s.append(
        P(
            "Socialtjänsten i länet tog under 2024 emot 1 326 orosanmälningar där det framgick att "
            "ett barn hade bevittnat eller upplevt våld i hemmet, jämfört med 1 204 året innan. "
            "Drygt hälften av anmälningarna kom från polisen. I 38 procent av fallen inleddes en "
            "utredning. Elva kommuner erbjöd stödgrupper för barn som upplevt våld, men i flera "
            "kommuner hade grupperna inte startats under året på grund av för få deltagare."
        )
    )

    s.append(P("Äldre kvinnor och kvinnor med funktionsnedsättning", H2))
    s.append(
        P(
            "Norrbotten har en äldre befolkning än riket som helhet; var fjärde invånare är 65 år "
            "eller äldre. Hemtjänsten och äldreomsorgen i sex kommuner rapporterade sammanlagt 47 "
            "ärenden där en äldre kvinna misstänktes vara utsatt för våld av sin make, sambo eller "
            "ett vuxet barn. Kommunerna bedömde själva att det verkliga antalet var betydligt högre, "
            "eftersom personalen sällan frågar om våld. Inom LSS-verksamheterna registrerades 12 "
            "ärenden, de flesta rörande kvinnor med intellektuell funktionsnedsättning."
        )
    )
    s.append(P("6. Hedersrelaterat våld och förtryck", H1))
    s.append(
        P(
            "Under 2024 registrerade polisen i länet 19 anmälningar där brottet bedömdes ha ett "
            "hedersmotiv, jämfört med 12 året innan. Två anmälningar gällde det särskilda brottet "
            "hedersförtryck. Socialtjänsten i sex kommuner uppgav att de hade haft ärenden med "
            "hedersproblematik under året, sammanlagt 34 ärenden, varav 21 gällde barn."
        )
    )

    s.append(P("7. Prostitution och människohandel", H1))
    s.append(
        P(
            "Polisen i Norrbotten identifierade under 2024 femton misstänkta fall av människohandel "
            "eller koppleri, varav flera hade koppling till annonsering av sexuella tjänster på "
            "hotell i Luleå, Boden och Kiruna. Tolv anmälningar gällde köp av sexuell tjänst. Den "
            "stora inflyttningen av tillfällig arbetskraft i samband med industrietableringarna i "
            "länet har enligt polisen sammanfallit med ett ökat antal annonser, men sambandet är "
            "inte närmare undersökt."
        )
    )
    s.append(
        P(
            "Länets gränsläge mot Finland och Norge innebär att ärendena ofta har en internationell "
            "dimension. I Haparanda och Torneå har polisen och den finska polisen ett gemensamt "
            "polisarbete över gränsen sedan många år."
        )
    )

    s.append(P("8. Slutsatser", H1))
    s.append(P("Länsstyrelsens samlade bedömning utifrån underlagen är följande:"))
    s.extend(
        bullets(
            [
                "Antalet anmälda brott i nära relationer fortsätter att öka i länet. Ökningen är "
                "tydligast för olaga förföljelse och överträdelse av kontaktförbud, vilket tyder på att "
                "våld och kontroll i allt högre grad fortsätter efter en separation.",
                "Skillnaderna mellan kommunerna speglar delvis verkliga skillnader i utsatthet men "
                "också skillnader i befolkningsstruktur, anmälningsbenägenhet och tillgång till stöd. "
                "Malmfälten och Haparanda utmärker sig med höga nivåer flera år i rad.",
                "Mörkertalet är stort. Befolkningsenkäten visar att sju av tio utsatta kvinnor inte har "
                "berättat om våldet för någon myndighet, och andelen är ännu högre i glesbygd.",
                "Efterfrågan på skyddat boende har ökat två år i rad, och barnen utgör mer än "
                "hälften av de placerade.",
                "Tillgången till behandling för den som utövar våld är ojämnt fördelad i länet och "
                "saknas i de flesta inlandskommuner.",
                "Kunskapen om våldsutsatthet bland samiska kvinnor och kvinnor med "
                "funktionsnedsättning i länet är fortfarande begränsad.",
                "Industrietableringarna och den stora inflyttningen till länet innebär förändrade "
                "förutsättningar, bland annat när det gäller prostitution och människohandel, som ännu "
                "inte går att bedöma fullt ut.",
            ]
        )
    )
    s.append(
        P(
            "Lägesbilden lämnas som underlag till det regionala samverkansrådet mot våld och till "
            "länets kommuner och Region Norrbotten i deras fortsatta arbete."
        )
    )
    return s


def on_page(c, doc) -> None:
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(
            20 * mm, A4[1] - 12 * mm, "Lägesbild 2024: Mäns våld mot kvinnor i Norrbottens län"
        )
    c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {doc.page}")
    c.drawString(20 * mm, 10 * mm, "Länsstyrelsen Norrbotten")
    c.restoreState()


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Lägesbild 2024: Mäns våld mot kvinnor i Norrbottens län",
        author="Länsstyrelsen Norrbotten",
    )
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
