"""Generate the Västra Götaland plan against honour-related violence: a short plan with three
insatsområden (each a ruled table Aktivitet | Ansvarig | Medverkande | Tidsplan) followed by a long
'Kunskapsöversikt' appendix that holds no goals and no actions (past tense, statistics, research,
other actors' recommendations).

Run: /work/main/.venv/bin/python make.py   (writes vg_handlingsplan_heder_2024-2026.pdf)
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
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

HERE = Path(__file__).resolve().parent
OUT = HERE / "vg_handlingsplan_heder_2024-2026.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LS-Italic", str(FONT_DIR / "LiberationSans-Italic.ttf")))
pdfmetrics.registerFontFamily(
    "LS", normal="LS", bold="LS-Bold", italic="LS-Italic", boldItalic="LS-Bold"
)

GREEN = colors.HexColor("#1f5f4a")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10, leading=13.6, spaceAfter=6.5)
BULLET = ParagraphStyle(
    "bullet", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontName="LS"
)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
TITLE = ParagraphStyle(
    "title", fontName="LS-Bold", fontSize=24, leading=30, textColor=GREEN, spaceAfter=14
)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=13, leading=17, spaceAfter=8)
H1 = ParagraphStyle(
    "h1", fontName="LS-Bold", fontSize=16, leading=20, textColor=GREEN, spaceBefore=4, spaceAfter=10
)
H2 = ParagraphStyle("h2", fontName="LS-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=5)
H3 = ParagraphStyle(
    "h3", fontName="LS-Bold", fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3
)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11)
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="LS-Bold", textColor=colors.white)

AREAS = [
    (
        "Insatsområde 1: Förebyggande arbete och tidig upptäckt",
        "Hedersrelaterat våld och förtryck ska upptäckas så tidigt som möjligt. Skolan, "
        "förskolan och elevhälsan är de verksamheter som träffar flest barn och unga och har "
        "därför en nyckelroll. Insatserna ska också stärka barns och ungas kunskap om sina "
        "rättigheter och nå vårdnadshavare med information om svensk lag.",
        [
            (
                "Erbjuda utbildning om hedersrelaterat våld och förtryck till elevhälsan och "
                "skolpersonal i länets kommuner",
                "Länsstyrelsen",
                "Länets kommuner, Skolverket",
                "2024–2025",
            ),
            (
                "Genomföra samtalsgrupper om jämställdhet, rättigheter och normer för nyanlända "
                "ungdomar inom ramen för samhällsorienteringen",
                "Länets kommuner",
                "Länsstyrelsen, ideella föreningar",
                "2024–2026",
            ),
            (
                "Införa frågor om kontroll och begränsningar i elevhälsans hälsosamtal i årskurs 7",
                "Göteborgs Stad",
                "Västra Götalandsregionen",
                "2025",
            ),
            (
                "Ta fram informationsmaterial till vårdnadshavare om barns rättigheter på minst "
                "åtta språk",
                "Länsstyrelsen",
                "Migrationsverket, länets kommuner",
                "2024",
            ),
        ],
    ),
    (
        "Insatsområde 2: Skydd och stöd till den som är utsatt",
        "Den som är utsatt för hedersrelaterat våld och förtryck ska få ett skydd och stöd som "
        "utgår från hennes eller hans behov, oavsett var i länet personen bor. Det kräver en "
        "socialtjänst med kompetens att bedöma risk, tillgång till skyddade boenden och en "
        "hälso- och sjukvård som dokumenterar skador på ett sätt som kan användas i en "
        "rättsprocess.",
        [
            (
                "Inrätta en regional samrådsfunktion för handläggare som möter ärenden med "
                "hedersproblematik",
                "Länsstyrelsen",
                "Länets kommuner, Polismyndigheten",
                "2024–2026",
            ),
            (
                "Införa Patriark som gemensamt riskbedömningsinstrument i socialtjänsten",
                "Länets kommuner",
                "Länsstyrelsen",
                "2025",
            ),
            (
                "Säkerställa tillgång till skyddat boende med särskild kompetens för unga "
                "hedersutsatta, inklusive hbtqi-personer",
                "Länets kommuner",
                "Kvinno- och tjejjourer",
                "2024–2026",
            ),
            (
                "Utveckla rutiner för läkarundersökning och dokumentation av skador vid misstänkt "
                "hedersrelaterat våld",
                "Västra Götalandsregionen",
                "Polismyndigheten",
                "2025",
            ),
            (
                "Ta fram en regional rutin för stöd till barn och unga som riskerar att föras "
                "utomlands mot sin vilja",
                "Länsstyrelsen",
                "Polismyndigheten, länets kommuner, Migrationsverket",
                "2025–2026",
            ),
        ],
    ),
    (
        "Insatsområde 3: Samverkan, kunskap och lagföring",
        "Fler brott med hedersmotiv ska utredas och lagföras. Polis, åklagare och socialtjänst "
        "behöver gemensamma arbetssätt, och länets aktörer behöver bättre kunskap om hur de "
        "nya straffbestämmelserna tillämpas.",
        [
            (
                "Öka kunskapen om brottet hedersförtryck (4 kap. 4 e § brottsbalken) bland "
                "förundersökningsledare och utredare",
                "Polismyndigheten",
                "Åklagarmyndigheten",
                "2024–2025",
            ),
            (
                "Genomföra gemensamma utbildningsdagar för socialtjänst, polis och åklagare om "
                "utredning av hedersbrott",
                "Åklagarmyndigheten",
                "Polismyndigheten, länets kommuner",
                "2025",
            ),
            (
                "Följa upp tillämpningen av utreseförbud enligt LVU i hedersrelaterade ärenden i "
                "länet",
                "Länsstyrelsen",
                "Göteborgs universitet",
                "2026",
            ),
            (
                "Etablera ett regionalt nätverk för hedersfrågor med representanter för "
                "socialtjänst, skola och civilsamhälle",
                "Länsstyrelsen",
                "Länets kommuner, ideella organisationer",
                "2024",
            ),
        ],
    ),
]


def action_table(rows: list[tuple[str, str, str, str]]) -> Table:
    data = [[Paragraph(h, CELLH) for h in ("Aktivitet", "Ansvarig", "Medverkande", "Tidsplan")]]
    for act, lead, partner, when in rows:
        data.append(
            [
                Paragraph(act, CELL),
                Paragraph(lead, CELL),
                Paragraph(partner, CELL),
                Paragraph(when, CELL),
            ]
        )
    t = Table(data, colWidths=(72 * mm, 34 * mm, 40 * mm, 20 * mm), repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#444444")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f1")]),
            ]
        )
    )
    return t


def stats_table() -> Table:
    rows = [
        (
            "År",
            "Anmälda brott med\nhedersmotiv",
            "varav\nhedersförtryck",
            "Ärenden till\nsamrådsstöd",
            "Placeringar i\nskyddat boende",
        ),
        ("2019", "142", "–", "211", "64"),
        ("2020", "158", "–", "236", "71"),
        ("2021", "171", "–", "254", "69"),
        ("2022", "196", "18", "289", "82"),
        ("2023", "224", "47", "318", "88"),
    ]
    data = [
        [
            Paragraph(
                c.replace("\n", "<br/>"),
                CELL if i else ParagraphStyle("th", parent=CELL, fontName="LS-Bold"),
            )
            for c in r
        ]
        for i, r in enumerate(rows)
    ]
    t = Table(data, colWidths=(18 * mm, 38 * mm, 30 * mm, 32 * mm, 32 * mm))
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def kommun_table() -> Table:
    rows = [
        (
            "Delregion",
            "Antal\nkommuner",
            "Rutin för\nupptäckt",
            "Egen\nhandlingsplan",
            "Utsedd\nnyckelperson",
        ),
        ("Fyrbodal", "14", "86 %", "43 %", "71 %"),
        ("Göteborgsregionen", "13", "92 %", "69 %", "85 %"),
        ("Skaraborg", "15", "80 %", "40 %", "60 %"),
        ("Sjuhärad", "7", "71 %", "29 %", "57 %"),
        ("Hela länet", "49", "84 %", "48 %", "70 %"),
    ]
    hdr = ParagraphStyle("th2", parent=CELL, fontName="LS-Bold")
    data = [
        [Paragraph(c.replace("\n", "<br/>"), CELL if i else hdr) for c in r]
        for i, r in enumerate(rows)
    ]
    t = Table(data, colWidths=(38 * mm, 26 * mm, 26 * mm, 30 * mm, 30 * mm))
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def P(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(i, BULLET, bulletText="•") for i in items]


def plan_part() -> list:
    s: list = []
    # Cover
    s.append(Spacer(1, 40 * mm))
    s.append(P("Handlingsplan mot hedersrelaterat våld och förtryck 2024–2026", TITLE))
    s.append(P("Regional handlingsplan för Västra Götalands län", SUB))
    s.append(Spacer(1, 60 * mm))
    s.append(
        P(
            "Länsstyrelsen Västra Götaland<br/>Rapport 2024:09<br/>"
            "Diarienummer 850-4412-2023<br/>Beslutad 2024-03-19",
            SUB,
        )
    )
    s.append(PageBreak())
    # Innehåll (static; page numbers verified with pdfplumber after generating)
    s.append(P("Innehåll", H1))
    toc = [
        ("Förord", "3"),
        ("Inledning", "3"),
        ("Insatsområde 1: Förebyggande arbete och tidig upptäckt", "4"),
        ("Insatsområde 2: Skydd och stöd till den som är utsatt", "5"),
        ("Insatsområde 3: Samverkan, kunskap och lagföring", "6"),
        ("Genomförande och uppföljning", "6"),
        ("Bilaga: Kunskapsöversikt", "7"),
    ]
    t = Table(
        [[Paragraph(a, BODY), Paragraph(b, BODY)] for a, b in toc], colWidths=(150 * mm, 16 * mm)
    )
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    s.append(t)
    s.append(PageBreak())
    # Förord + inledning
    s.append(P("Förord", H1))
    s.append(
        P(
            "Hedersrelaterat våld och förtryck begränsar människors liv och rättigheter. Det drabbar "
            "framför allt flickor och unga kvinnor, men också pojkar, unga män och hbtqi-personer. "
            "Våldet och förtrycket utövas ofta av flera personer i familjen eller släkten och kan "
            "pågå under lång tid innan någon utanför familjen uppmärksammar det."
        )
    )
    s.append(
        P(
            "Med den här handlingsplanen vill Länsstyrelsen, tillsammans med länets 49 kommuner, "
            "Västra Götalandsregionen, Polismyndigheten och Åklagarmyndigheten, ta nästa steg i det "
            "gemensamma arbetet. Planen är kort och konkret. Den åtföljs av en kunskapsöversikt som "
            "beskriver läget i länet och vad som har gjorts hittills."
        )
    )
    s.append(P("Göteborg i mars 2024"))
    s.append(P("<i>Landshövdingen i Västra Götalands län</i>"))
    s.append(P("Inledning", H1))
    s.append(P("Syfte", H2))
    s.append(
        P(
            "Handlingsplanen ska bidra till att uppfylla det fjärde delmålet i den nationella "
            "jämställdhetspolitiken, att mäns våld mot kvinnor ska upphöra, och till målen i den "
            "nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor. Planen "
            "omfattar perioden 2024–2026."
        )
    )
    s.append(P("Planens uppbyggnad", H2))
    s.append(
        P(
            "Planen är indelad i tre insatsområden. För varje insatsområde redovisas de aktiviteter "
            "som ska genomföras under perioden, vem som ansvarar, vilka som medverkar och när "
            "aktiviteten ska vara genomförd. Den ansvariga aktören sammankallar och redovisar "
            "arbetet till Länsstyrelsen."
        )
    )
    s.append(P("Så här togs planen fram", H2))
    s.append(
        P(
            "Planen har tagits fram av Länsstyrelsen i samråd med den regionala styrgruppen mot "
            "våld. Under hösten 2023 hölls fyra dialogmöten med representanter för kommunerna i "
            "Fyrbodal, Skaraborg, Sjuhärad och Göteborgsregionen. Ungdomar med egen erfarenhet av "
            "hedersnormer har lämnat synpunkter genom en referensgrupp."
        )
    )
    s.append(P("Avgränsningar", H2))
    s.append(
        P(
            "Planen omfattar inte insatser mot kvinnlig könsstympning, som hanteras i en separat "
            "regional vägledning, och inte heller det bredare arbetet mot våld i nära relationer, "
            "som regleras i Länsstyrelsens regionala strategi."
        )
    )
    # Insatsområden
    for title, intro, rows in AREAS:
        s.append(PageBreak())
        s.append(P(title, H1))
        s.append(P(intro))
        s.append(Spacer(1, 3 * mm))
        s.append(action_table(rows))
    s.append(Spacer(1, 8 * mm))
    s.append(P("Genomförande och uppföljning", H1))
    s.append(
        P(
            "Länsstyrelsen samordnar genomförandet och följer upp planen en gång per år i den "
            "regionala styrgruppen. Uppföljningen redovisas i Länsstyrelsens årliga lägesbild. "
            "Inför 2027 görs en samlad utvärdering som ligger till grund för en ny plan."
        )
    )
    return s


def appendix() -> list:
    s: list = [NextPageTemplate("appendix"), PageBreak()]
    s.append(P("Bilaga: Kunskapsöversikt", H1))
    s.append(
        P(
            "Kunskapsöversikten sammanfattar definitioner, statistik, forskning och erfarenheter från "
            "tidigare arbete i länet. Den är ett underlag till handlingsplanen och innehåller inga "
            "beslutade aktiviteter."
        )
    )

    s.append(P("1. Begrepp och definitioner", H2))
    s.append(
        P(
            "Begreppet hedersrelaterat våld och förtryck används i Sverige för att beskriva våld, "
            "hot och kontroll som motiveras av föreställningar om att familjens eller släktens heder "
            "och rykte är beroende av kvinnliga familjemedlemmars kyskhet och beteende. Våldet är "
            "ofta kollektivt utövat och sanktionerat, och den utsatta kan ha flera förövare, inte "
            "sällan även kvinnor i familjen."
        )
    )
    s.append(P("Följande begrepp återkommer i handlingsplanen och i den här översikten:"))
    s.extend(
        bullets(
            [
                "<b>Hedersnormer</b> – normer som kopplar familjens anseende till framför allt flickors "
                "och kvinnors sexualitet, klädsel och val av partner.",
                "<b>Hedersförtryck</b> – sedan den 1 juli 2022 ett eget brott i brottsbalken, som tar "
                "sikte på upprepade kränkningar av en närstående i syfte att bevara eller återupprätta "
                "heder.",
                "<b>Barnäktenskapsbrott och äktenskapstvång</b> – brott som innebär att någon förmår "
                "eller tvingar en person att ingå ett äktenskap eller en äktenskapsliknande förbindelse.",
                "<b>Vilseledande till tvångsäktenskapsresa</b> – att vilseleda någon att resa till en "
                "annan stat i syfte att personen ska giftas bort där.",
                "<b>Utreseförbud</b> – ett förbud enligt lagen med särskilda bestämmelser om vård av unga "
                "(LVU) mot att föra ut ett barn ur Sverige när det finns risk för äktenskap eller "
                "könsstympning.",
            ]
        )
    )
    s.append(
        P(
            "Sedan den 1 juli 2020 är det en särskild straffskärpningsomständighet om ett motiv för "
            "brottet har varit att bevara eller återupprätta heder. Bestämmelsen finns i 29 kap. "
            "2 § brottsbalken."
        )
    )

    s.append(P("2. Omfattning i länet", H2))
    s.append(
        P(
            "Det finns ingen samlad statistik över hur många som lever med hedersrelaterat våld och "
            "förtryck. Polisens anmälningsstatistik, socialtjänstens ärendehantering och "
            "befolkningsundersökningar ger tillsammans en bild av läget men fångar bara en del av "
            "den faktiska utsattheten. Tabellen nedan visar utvecklingen i Västra Götalands län."
        )
    )
    s.append(stats_table())
    s.append(
        P(
            "Källa: Polismyndigheten region Väst, Länsstyrelsens samrådsstöd och "
            "kommunernas uppgifter till Länsstyrelsen. Uppgifterna för 2023 är preliminära.",
            SMALL,
        )
    )
    s.append(
        P(
            "Antalet anmälda brott med hedersmotiv ökade med 58 procent mellan 2019 och 2023. "
            "Ökningen förklaras till stor del av att polisen sedan 2021 markerar hedersmotiv i "
            "fler ärenden och av att brottet hedersförtryck infördes 2022. Av de 47 anmälningarna "
            "om hedersförtryck under 2023 ledde sju till åtal."
        )
    )
    s.append(
        P(
            "I Länsstyrelsens enkätundersökning bland elever i årskurs 9 och gymnasiets år 2 i åtta "
            "kommuner år 2022 uppgav 9 procent av flickorna och 5 procent av pojkarna att deras "
            "familj bestämmer vem de får gifta sig med. Bland de elever som svarade ja uppgav "
            "nästan hälften att de också var begränsade i val av fritidsaktiviteter och vänner. "
            "Andelen var högst i de kommuner där eleverna hade kortast vistelsetid i Sverige, men "
            "förekom i samtliga deltagande kommuner."
        )
    )
    s.append(
        P(
            "Under 2023 placerades 88 personer i skyddat boende på grund av hedersrelaterat våld. "
            "Av dessa var 61 under 26 år och 14 var under 18 år. Elva placeringar gällde unga män "
            "eller hbtqi-personer."
        )
    )

    s.append(P("Kommunernas egna bedömningar", H3))
    s.append(
        P(
            "I Länsstyrelsens enkät till kommunerna hösten 2023 besvarade 46 av 49 kommuner "
            "frågorna. Resultaten sammanfattas i tabellen nedan, fördelat på länets fyra "
            "delregioner."
        )
    )
    s.append(kommun_table())
    s.append(P("Källa: Länsstyrelsens kommunenkät 2023. Andel av de svarande kommunerna.", SMALL))
    s.append(
        P(
            "De flesta kommuner uppgav att de hade en rutin för att upptäcka hedersrelaterat våld, "
            "men betydligt färre hade följt upp om rutinen användes. Andelen kommuner med egen "
            "handlingsplan var lägst i Sjuhärad. Flera små kommuner framhöll att de saknade "
            "möjlighet att ha specialiserad personal och att de i stället köpte konsultation från "
            "större grannkommuner."
        )
    )
    s.append(P("3. Vad forskningen visar", H2))
    s.append(
        P(
            "Forskningen om hedersrelaterat våld och förtryck har vuxit under det senaste "
            "decenniet. En studie från Göteborgs universitet (2021) intervjuade 34 unga kvinnor som "
            "hade lämnat sina familjer. Studien visade att kontrollen ofta började redan i "
            "tidiga tonår och att skolan var den plats där kvinnorna först berättade om sin "
            "situation. Flera av dem beskrev att de hade berättat för en lärare eller skolkurator "
            "utan att det ledde till någon åtgärd."
        )
    )
    s.append(
        P(
            "En nordisk forskningsöversikt som publicerades 2022 sammanställde 61 studier. "
            "Översikten drog slutsatsen att riskbedömningar som tar hänsyn till flera förövare och "
            "till släktens inflytande förutsäger allvarligt våld bättre än instrument som har "
            "utvecklats för våld i parrelationer. Samtidigt pekade författarna på att det saknades "
            "studier av hur insatser till vårdnadshavare påverkar utsattheten."
        )
    )
    s.append(
        P(
            "Studier av unga män i hedersmiljöer visar att de kan vara både utsatta och utövare. I "
            "en avhandling från Malmö universitet (2020) beskrev unga män hur de förväntades "
            "kontrollera sina systrar och hur de själva begränsades i val av partner och "
            "utbildning. Forskaren menade att förebyggande arbete som enbart riktas till flickor "
            "riskerar att missa en viktig del av problemet."
        )
    )
    s.append(
        P(
            "Forskning om hbtqi-personer visar att de löper särskild risk, eftersom en sexuell "
            "läggning eller könsidentitet som bryter mot normerna uppfattas som ett allvarligt hot "
            "mot familjens heder. Skyddade boenden har i flera utvärderingar visat sig sakna "
            "rutiner för att ta emot denna grupp."
        )
    )

    s.append(
        P(
            "Digitala kanaler har fått en allt större betydelse både för kontrollen och för "
            "möjligheterna att söka stöd. I en intervjustudie från Högskolan Väst (2023) berättade "
            "unga om hur familjemedlemmar följde deras positionsdata, läste deras meddelanden och "
            "bevakade deras konton i sociala medier. Samtidigt beskrev de att anonyma chattar var "
            "den första vägen till stöd för många. Studien visade också att yrkesverksamma sällan "
            "frågade om digital kontroll."
        )
    )
    s.append(
        P(
            "Internationella erfarenheter har i flera fall påverkat det svenska arbetet. I Norge "
            "inrättades 2008 en särskild enhet med minoritetsrådgivare som placerades på skolor med "
            "många elever med utländsk bakgrund, och en utvärdering 2019 visade att rådgivarna hade "
            "bidragit till att fler elever sökte hjälp. I Storbritannien har en gemensam enhet för "
            "tvångsäktenskap sedan 2005 gett råd i enskilda fall och bistått vid hemtagning av "
            "brittiska medborgare från utlandet. Erfarenheterna från båda länderna pekade på "
            "betydelsen av tydliga kontaktvägar och en samlad kompetens hos ett fåtal aktörer."
        )
    )

    s.append(P("Barn och unga i socialtjänstens utredningar", H3))
    s.append(
        P(
            "Länsstyrelsen granskade 2023 ett urval av 120 avslutade barnavårdsutredningar från tio "
            "kommuner där det fanns uppgifter om hedersrelaterad problematik. Granskningen visade "
            "att en strukturerad riskbedömning hade gjorts i 43 procent av utredningarna. I drygt "
            "en fjärdedel av ärendena hade barnet inte fått komma till tals utan att vårdnadshavarna "
            "var närvarande. I de ärenden där barnet placerades skedde placeringen i genomsnitt 19 "
            "dagar efter den första orosanmälan."
        )
    )
    s.append(
        P(
            "Orosanmälningarna kom i de flesta fall från skolan (58 procent), följt av polisen "
            "(14 procent), hälso- och sjukvården (9 procent) och barnet självt (8 procent). Det "
            "var ovanligt att anmälan kom från förskolan, trots att flera av barnen hade yngre "
            "syskon i förskoleverksamhet."
        )
    )

    s.append(P("4. Erfarenheter från tidigare arbete i länet", H2))
    s.append(
        P(
            "Länet har arbetat strukturerat mot hedersrelaterat våld och förtryck sedan början av "
            "2000-talet. Nedan beskrivs några av de insatser som olika aktörer har genomfört under "
            "de senaste åren."
        )
    )
    s.append(P("Polismyndigheten och Åklagarmyndigheten", H3))
    s.append(
        P(
            "Under 2022 genomförde Polismyndigheten en särskild satsning i region Väst, där samtliga "
            "utredare av brott i nära relation fick en tvådagarsutbildning om hedersmotiv. "
            "Satsningen följdes upp 2023, och andelen ärenden där hedersmotiv markerades ökade "
            "därefter. Åklagarmyndigheten inrättade 2021 ett nätverk av specialiserade åklagare "
            "i Göteborg, Borås och Skövde som hanterade ärenden om barnäktenskapsbrott och "
            "äktenskapstvång."
        )
    )
    s.append(P("Kommunerna", H3))
    s.append(
        P(
            "Göteborgs Stad startade 2019 ett kompetenscentrum som gav stadens förvaltningar "
            "konsultation i enskilda ärenden. Under 2021 tog centrumet emot 312 "
            "konsultationsärenden, varav en tredjedel kom från skolan. Borås stad och Trollhättans "
            "stad utbildade under 2022 all personal inom elevhälsan. Skövde kommun prövade 2020–2022 "
            "en modell med föräldrautbildning på arabiska, dari och somaliska, som nådde drygt "
            "200 föräldrar."
        )
    )
    s.append(P("Västra Götalandsregionen", H3))
    s.append(
        P(
            "Västra Götalandsregionen införde 2023 en regional medicinsk riktlinje om våld i nära "
            "relationer som också omfattade hedersrelaterat våld. Ungdomsmottagningarna i regionen "
            "genomförde samma år en kartläggning av hur ofta unga besökare berättade om "
            "begränsningar i vardagen. Kartläggningen visade att frågan sällan ställdes "
            "rutinmässigt."
        )
    )
    s.append(P("Länsstyrelsen", H3))
    s.append(
        P(
            "Länsstyrelsen utbildade under 2021–2023 sammanlagt 2 450 personer, främst inom "
            "socialtjänst, skola och hälso- och sjukvård. Under 2022 gav Länsstyrelsen "
            "utvecklingsmedel till tolv kommuner för lokala handlingsplaner. Länsstyrelsen "
            "arrangerade också en länsgemensam konferens om barnäktenskap och tvångsäktenskapsresor "
            "hösten 2023, med över 300 deltagare."
        )
    )
    s.append(P("Statliga myndigheter", H3))
    s.append(
        P(
            "Migrationsverket införde 2021 en nationell rutin för hur handläggare skulle agera vid "
            "misstanke om att ett barn riskerade att giftas bort, och under 2022 utbildades "
            "personalen vid mottagningsenheterna i Göteborg och Mölndal. Skolverket publicerade 2022 "
            "ett stödmaterial om hedersrelaterat våld och förtryck som flera av länets kommuner "
            "använde i sin fortbildning. Kriminalvården i region Väst prövade under 2021–2022 ett "
            "samtalsprogram för dömda med hedersmotiv, men programmet avbröts eftersom för få "
            "klienter kunde delta."
        )
    )
    s.append(
        P(
            "Regeringen gav 2021 Länsstyrelsen Östergötland i uppdrag att utveckla det nationella "
            "kompetensteamets stöd till yrkesverksamma. Kompetensteamet besvarade under 2022 "
            "närmare 400 ärenden från Västra Götalands län, vilket var det högsta antalet av alla "
            "län."
        )
    )
    s.append(P("Civilsamhället", H3))
    s.append(
        P(
            "Ideella organisationer har länge haft en viktig roll i länet. Tjejjourer och "
            "kvinnojourer drev under perioden stödchattar och samtalsgrupper för unga, och flera "
            "föreningar med rötter i olika diasporor höll dialogmöten med föräldrar. Under 2022 "
            "fick sju organisationer statsbidrag via Länsstyrelsen för sådana insatser."
        )
    )

    s.append(P("5. Rekommendationer från nationella aktörer", H2))
    s.append(
        P(
            "Flera nationella myndigheter har lämnat rekommendationer som är relevanta för länets "
            "arbete. Rekommendationerna återges här som bakgrund; de är inte aktiviteter i "
            "handlingsplanen."
        )
    )
    s.extend(
        bullets(
            [
                "Socialstyrelsen rekommenderar att socialtjänsten alltid gör en strukturerad "
                "riskbedömning när det finns uppgifter om hedersrelaterat våld, och att bedömningen "
                "omfattar samtliga möjliga förövare i familjen.",
                "Socialstyrelsen konstaterade i sin tillsynsrapport 2022 att många kommuner saknade "
                "rutiner för att ta emot barn som återvänt efter att ha förts utomlands.",
                "Jämställdhetsmyndigheten har föreslagit att skolor ska arbeta mer systematiskt med "
                "normer om heder och kontroll inom ramen för sex- och samlevnadsundervisningen.",
                "Skolinspektionen granskade 2021 hur skolor hanterade elever som var utsatta för "
                "hedersrelaterat förtryck och fann att elevhälsan ofta saknade kunskap om "
                "anmälningsplikten.",
                "Barnombudsmannen har framhållit att barnets egen berättelse måste tillmätas större "
                "vikt i utredningar där vårdnadshavarna misstänks för våld eller kontroll.",
                "Brottsförebyggande rådet har rekommenderat att rättsväsendet förbättrar "
                "registreringen av hedersmotiv så att statistiken blir jämförbar över tid.",
            ]
        )
    )

    s.append(P("6. Lärdomar från föregående handlingsplan", H2))
    s.append(
        P(
            "Den föregående regionala handlingsplanen gällde 2020–2023 och innehöll 15 "
            "aktiviteter. Vid den slutliga uppföljningen hösten 2023 hade elva aktiviteter "
            "genomförts helt, tre delvis och en inte alls. Den aktivitet som inte genomfördes "
            "gällde ett gemensamt regionalt skyddat boende för unga, där kommunerna inte kunde enas "
            "om finansieringen."
        )
    )
    s.append(
        P(
            "Uppföljningen visade att de aktiviteter som hade en tydligt utpekad ansvarig aktör och "
            "en avsatt budget genomfördes i högre grad än de som angav flera aktörer som "
            "gemensamt ansvariga. Kommunerna efterfrågade också ett mer konkret stöd i enskilda "
            "ärenden, snarare än fler allmänna utbildningar. Samverkan mellan socialtjänst och "
            "polis fungerade bättre i de delar av länet där det fanns fasta samverkansmöten."
        )
    )
    s.append(
        P(
            "De deltagande ungdomarna i referensgruppen lyfte fram att information om rättigheter "
            "ofta kom för sent och att de hade velat få den redan i grundskolan. De beskrev också "
            "att det var svårt att veta vem på skolan man kunde vända sig till och att digitala "
            "kanaler var viktiga för att kunna söka stöd utan att familjen märkte det."
        )
    )

    s.append(P("7. Länets förutsättningar", H2))
    s.append(
        P(
            "Västra Götalands län har omkring 1,7 miljoner invånare fördelade på 49 kommuner. "
            "Kommunerna skiljer sig mycket åt i storlek, från Göteborg med drygt 600 000 invånare "
            "till Dals-Ed med knappt 5 000. Små kommuner har ofta en eller ett par handläggare som "
            "arbetar med våld i nära relationer, vilket gör dem sårbara vid personalomsättning. "
            "Fyra kommunalförbund samordnar delar av det sociala arbetet, och i Fyrbodal och "
            "Skaraborg finns sedan flera år gemensamma kompetensteam."
        )
    )
    s.append(
        P(
            "Polismyndigheten region Väst omfattar förutom Västra Götaland även Hallands län. "
            "Åklagarmyndigheten har allmänna åklagarkammare i bland annat Göteborg, Borås, "
            "Uddevalla, Skövde och Vänersborg. Västra Götalandsregionen ansvarar för hälso- och "
            "sjukvården, inklusive ungdomsmottagningarna i samarbete med kommunerna."
        )
    )

    s.append(P("8. Närliggande områden", H2))
    s.append(P("Människohandel och prostitution", H3))
    s.append(
        P(
            "Det finns beröringspunkter mellan hedersrelaterat våld och människohandel. Under "
            "2021–2023 identifierade det regionala stödet mot människohandel i region Väst nio "
            "ärenden där unga kvinnor hade förts till Sverige för att ingå äktenskap och därefter "
            "utnyttjats i hushållsarbete eller för sexuella ändamål. I två av ärendena väcktes åtal "
            "för människohandel. Samordnarna vid Länsstyrelsen noterade att ärendena ofta först "
            "hade uppmärksammats av skolan eller av ideella organisationer, och att de berörda "
            "kvinnorna sällan själva sökte kontakt med myndigheterna."
        )
    )
    s.append(
        P(
            "Det finns också exempel på att personer som har lämnat sin familj på grund av "
            "hedersförtryck senare har utnyttjats i prostitution, eftersom de saknade bostad, "
            "försörjning och socialt nätverk. Mottagningen för personer med erfarenhet av "
            "prostitution i Göteborg träffade under 2022 tolv sådana personer."
        )
    )
    s.append(P("Kvinnlig könsstympning", H3))
    s.append(
        P(
            "Kvinnlig könsstympning är förbjuden i Sverige sedan 1982. Socialstyrelsen uppskattade i "
            "en rapport 2015 att omkring 38 000 flickor och kvinnor i Sverige kunde ha utsatts för "
            "könsstympning innan de kom hit. Västra Götalandsregionen öppnade 2019 en särskild "
            "mottagning för kvinnor som utsatts för könsstympning, som under de första tre åren tog "
            "emot omkring 450 patienter. Flera av de kvinnor som sökte mottagningen berättade också "
            "om kontroll och begränsningar i familjen."
        )
    )
    s.append(P("Äldre och personer med funktionsnedsättning", H3))
    s.append(
        P(
            "Kunskapen om hur hedersnormer påverkar äldre personer och personer med "
            "funktionsnedsättning är begränsad. I Länsstyrelsens kartläggning 2022 beskrev "
            "handläggare inom LSS och äldreomsorg ärenden där vuxna personer med intellektuell "
            "funktionsnedsättning hade gifts bort utan att själva förstå innebörden, och där "
            "beslut om insatser i hemmet fattades av släktingar i stället för av den enskilde. "
            "Handläggarna uppgav att de saknade stöd i hur sådana situationer skulle hanteras och "
            "att ärendena sällan ledde till polisanmälan."
        )
    )

    s.append(P("9. Det nationella arbetets utveckling", H2))
    s.append(
        P(
            "Det statliga arbetet mot hedersrelaterat våld och förtryck tog fart i början av "
            "2000-talet, då länsstyrelserna i storstadslänen fick särskilda medel för att stödja "
            "kommunernas arbete och skyddade boenden för unga. Under 2010-talet breddades arbetet "
            "till att omfatta alla län, och 2017 blev området en del av den nationella strategin för "
            "att förebygga och bekämpa mäns våld mot kvinnor. Jämställdhetsmyndigheten, som inrättades "
            "2018, fick i uppgift att samordna genomförandet av strategin."
        )
    )
    s.append(
        P(
            "Lagstiftningen skärptes i flera steg. Straffet för äktenskapstvång skärptes 2014 och "
            "samtidigt infördes brottet vilseledande till tvångsäktenskapsresa. Utreseförbudet i LVU "
            "infördes 2020, samma år som hedersmotiv blev en straffskärpningsgrund. Brottet "
            "hedersförtryck infördes 2022. Utvärderingar av lagändringarna har visat att antalet "
            "anmälningar har ökat men att andelen ärenden som leder till åtal fortfarande är låg."
        )
    )
    s.append(P("10. Referenser", H2))
    refs = [
        "Brottsförebyggande rådet (2023). Brott med hedersmotiv i polisens anmälningar. "
        "Rapport 2023:11.",
        "Göteborgs universitet (2021). Att bryta upp – unga kvinnors vägar ut ur "
        "hedersrelaterat förtryck. Institutionen för socialt arbete.",
        "Jämställdhetsmyndigheten (2022). Hedersrelaterat våld och förtryck i skolan – "
        "kunskapsstöd. Rapport 2022:4.",
        "Länsstyrelsen Västra Götaland (2023). Uppföljning av regional handlingsplan mot "
        "hedersrelaterat våld och förtryck 2020–2023. Rapport 2023:21.",
        "Skolinspektionen (2021). Skolans arbete mot hedersrelaterat förtryck. "
        "Tematisk kvalitetsgranskning.",
        "Socialstyrelsen (2022). Socialtjänstens arbete med barn som förts utomlands. "
        "Tillsynsrapport.",
    ]
    s.extend(
        Paragraph(
            r, ParagraphStyle("ref", parent=SMALL, leftIndent=12, firstLineIndent=-12, spaceAfter=3)
        )
        for r in refs
    )
    return s


def on_plan(c, doc) -> None:
    c.saveState()
    if doc.page > 1:
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(
            20 * mm,
            A4[1] - 12 * mm,
            "Handlingsplan mot hedersrelaterat våld och förtryck 2024–2026",
        )
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Länsstyrelsen Västra Götaland")
        c.drawCentredString(A4[0] / 2, 10 * mm, str(doc.page))
    c.restoreState()


def on_appendix(c, doc) -> None:
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, A4[1] - 12 * mm, "Bilaga – Kunskapsöversikt")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Länsstyrelsen Västra Götaland")
    c.drawCentredString(A4[0] / 2, 10 * mm, str(doc.page))
    c.restoreState()


def main() -> None:
    doc = BaseDocTemplate(
        str(OUT),
        pagesize=A4,
        title="Handlingsplan mot hedersrelaterat våld och förtryck 2024–2026",
        author="Länsstyrelsen Västra Götaland",
    )
    frame = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="f")
    doc.addPageTemplates(
        [
            PageTemplate(id="plan", frames=[frame], onPage=on_plan),
            PageTemplate(id="appendix", frames=[frame], onPage=on_appendix),
        ]
    )
    doc.build(plan_part() + appendix())
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
