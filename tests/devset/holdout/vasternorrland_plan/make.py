"""Generate vasternorrland_handlingsplan_2024-2027.pdf (invented content).

Run: /work/main/.venv/bin/python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).with_name("vasternorrland_handlingsplan_2024-2027.pdf")

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DCE6F1")

ss = getSampleStyleSheet()
body = ParagraphStyle(
    "body", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6
)
h1 = ParagraphStyle(
    "h1",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=20,
    textColor=BLUE,
    spaceBefore=6,
    spaceAfter=10,
)
h2 = ParagraphStyle(
    "h2",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    textColor=BLUE,
    spaceBefore=8,
    spaceAfter=6,
)
h3 = ParagraphStyle(
    "h3",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=10.5,
    leading=14,
    spaceBefore=8,
    spaceAfter=4,
)
cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
toc = ParagraphStyle("toc", parent=body, spaceAfter=2)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)

FOOT = "Länsstyrelsen Västernorrland  |  Regional handlingsplan mot mäns våld mot kvinnor 2024–2027"


def on_page(canv, doc):
    if doc.page == 1:
        return
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.grey)
    canv.drawString(20 * mm, 12 * mm, FOOT)
    canv.drawRightString(190 * mm, 12 * mm, str(doc.page))
    canv.restoreState()


def P(text, style=body):
    return Paragraph(text, style)


def action_table(rows):
    head = ["Nr", "Aktivitet", "Ansvarig", "Samverkan med", "Tidplan"]
    data = [[P(h, cellb) for h in head]]
    for r in rows:
        data.append([P(c, cell) for c in r])
    t = Table(data, colWidths=[13 * mm, 72 * mm, 30 * mm, 35 * mm, 20 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def malomrade(num, title, intro):
    box = Table(
        [
            [
                P(
                    f"Målområde {num}: {title}",
                    ParagraphStyle("mo", parent=h2, textColor=BLUE, spaceBefore=0, spaceAfter=0),
                )
            ]
        ],
        colWidths=[170 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [box, Spacer(1, 6), P(intro)]


def delmal(num, title, rows):
    return [KeepTogether([P(f"Delmål {num} {title}", h3), action_table(rows)]), Spacer(1, 8)]


story = []

# ---------------------------------------------------------------- page 1: cover
cover_t = ParagraphStyle("ct", parent=h1, fontSize=24, leading=30, alignment=TA_CENTER)
cover_s = ParagraphStyle("cs", parent=body, fontSize=13, leading=18, alignment=TA_CENTER)
story += [
    Spacer(1, 55 * mm),
    P("Tillsammans mot våldet", cover_t),
    P(
        "Regional handlingsplan för att förebygga och bekämpa mäns våld mot kvinnor, "
        "våld i nära relationer, hedersrelaterat våld och förtryck samt prostitution och "
        "människohandel i Västernorrlands län 2024–2027",
        cover_s,
    ),
    Spacer(1, 70 * mm),
    P(
        "Länsstyrelsen Västernorrland",
        ParagraphStyle("c3", parent=cover_s, fontName="Helvetica-Bold"),
    ),
    P("Rapport 2024:11", cover_s),
    PageBreak(),
]

# ---------------------------------------------------------------- page 2: förord + innehåll
story += [
    P("Förord", h1),
    P(
        "Mäns våld mot kvinnor är ett allvarligt samhällsproblem och ett hinder för jämställdhet. "
        "Våldet drabbar kvinnor i alla åldrar och samhällsgrupper i vårt län, och många barn växer "
        "upp med våld i hemmet. Att förebygga och bekämpa våldet är ett ansvar som delas av många "
        "aktörer: kommuner, region, rättsväsende, statliga myndigheter och det civila samhället."
    ),
    P(
        "Den här handlingsplanen har tagits fram i bred samverkan och samlar de aktiviteter som "
        "länets aktörer åtar sig att genomföra under perioden 2024–2027. Planen ersätter den "
        "tidigare regionala strategin för kvinnofrid och ska ses som ett levande dokument som "
        "följs upp varje år."
    ),
    P(
        "Jag vill rikta ett stort tack till alla som har bidragit med kunskap och engagemang i arbetet."
    ),
    P("Härnösand i mars 2024<br/><br/>Eva Lindqvist Berg<br/>Landshövding"),
    Spacer(1, 10),
    P("Innehåll", h2),
]
for line, pg in [
    ("Förord", 2),
    ("1. Inledning", 3),
    ("2. Lägesbild i länet", 4),
    ("3. Så har planen tagits fram", 4),
    ("4. Mål och aktiviteter", 5),
    ("5. Genomförande och uppföljning", 9),
    ("Bilaga. Begrepp", 9),
]:
    story.append(P(f"{line} {'.' * (70 - len(line))} {pg}", toc))
story.append(PageBreak())

# ---------------------------------------------------------------- page 3: inledning
story += [
    P("1. Inledning", h1),
    P("Bakgrund", h2),
    P(
        "Sedan 2017 finns en nationell strategi för att förebygga och bekämpa mäns våld mot kvinnor. "
        "Strategin är en del av det jämställdhetspolitiska delmålet om att mäns våld mot kvinnor ska "
        "upphöra och att kvinnor och män, flickor och pojkar, ska ha samma rätt och möjlighet till "
        "kroppslig integritet. Länsstyrelserna har i uppdrag av regeringen att samordna, stödja och "
        "följa upp arbetet regionalt."
    ),
    P(
        "Sverige har också åtagit sig att genomföra Europarådets konvention om förebyggande och "
        "bekämpning av våld mot kvinnor och av våld i hemmet (Istanbulkonventionen). Sedan 2020 är "
        "barnkonventionen svensk lag, vilket förstärker barnets rätt till skydd mot alla former av våld."
    ),
    P("Syfte och avgränsning", h2),
    P(
        "Handlingsplanen ska bidra till ett långsiktigt, samordnat och kunskapsbaserat arbete i hela "
        "länet. Den omfattar mäns våld mot kvinnor, inklusive våld i samkönade relationer, våld mot "
        "barn i nära relationer, hedersrelaterat våld och förtryck samt prostitution och människohandel "
        "för sexuella ändamål. Planen omfattar inte arbete mot våldsbejakande extremism."
    ),
    P(
        "Planen riktar sig till länets sju kommuner – Härnösand, Kramfors, Sollefteå, Sundsvall, Timrå, "
        "Ånge och Örnsköldsvik – samt Region Västernorrland, Polisområde Västernorrland, "
        "Åklagarmyndigheten, Kriminalvården, Länsstyrelsen och de ideella organisationer som arbetar "
        "med stöd till våldsutsatta."
    ),
    P("Relation till andra styrdokument", h2),
    P(
        "Handlingsplanen utgår från den nationella strategin och dess fyra målområden. Den ska läsas "
        "tillsammans med länets regionala utvecklingsstrategi, den regionala folkhälsostrategin och "
        "kommunernas egna handlingsplaner mot våld. Kommunerna ansvarar själva för att ta fram lokala "
        "planer som konkretiserar arbetet i den egna verksamheten."
    ),
    PageBreak(),
]

# ---------------------------------------------------------------- page 4: lägesbild + process
story += [
    P("2. Lägesbild i länet", h1),
    P(
        "Under 2023 anmäldes drygt 1 100 misshandelsbrott mot kvinnor över 18 år i Västernorrlands län. "
        "I ungefär sju av tio fall var gärningspersonen bekant med kvinnan, och i närmare hälften av "
        "fallen hade de en nära relation. Antalet anmälningar om grov kvinnofridskränkning har legat "
        "på en jämn nivå under de senaste fem åren. Mörkertalet bedöms vara stort."
    ),
    P(
        "Länets skyddade boenden tog under samma år emot cirka 140 kvinnor och 160 barn. Kvinnojourerna "
        "uppger att en växande andel av de kvinnor som söker stöd har en komplex problematik med "
        "psykisk ohälsa eller beroende, och att det saknas boendeplatser anpassade för dessa kvinnor."
    ),
    P(
        "Kartläggningar som länsstyrelsen genomfört visar att kunskapen om hedersrelaterat våld och "
        "förtryck varierar mellan länets kommuner och att få verksamheter har rutiner för att "
        "upptäcka personer som utsätts för människohandel. Polisen bedömer att handeln med sexuella "
        "tjänster i länet främst sker via internet och i tillfälliga lägenheter i Sundsvall."
    ),
    P("3. Så har planen tagits fram", h1),
    P(
        "Länsstyrelsen har lett arbetet med handlingsplanen under 2023. En arbetsgrupp med representanter "
        "för kommunerna, Region Västernorrland, Polisområde Västernorrland, Åklagarkammaren i Sundsvall, "
        "Kriminalvården, kvinno- och tjejjourerna i länet samt Mittuniversitetet har identifierat "
        "utvecklingsbehov och föreslagit aktiviteter."
    ),
    P(
        "Förslaget har därefter skickats på remiss till samtliga berörda aktörer. Synpunkterna har "
        "sammanställts och beaktats i den slutliga versionen. Planen har förankrats i Länsledningsgruppen "
        "för kvinnofrid, där högsta chefer från de medverkande organisationerna ingår."
    ),
    PageBreak(),
]

# ---------------------------------------------------------------- page 5..8: mål och aktiviteter
story += [
    P("4. Mål och aktiviteter", h1),
    P(
        "Handlingsplanen är indelad i fyra målområden som följer den nationella strategin. Varje "
        "målområde har ett eller flera delmål med konkreta aktiviteter. För varje aktivitet anges "
        "vilken organisation som har huvudansvaret, vilka som ska medverka och när aktiviteten ska "
        "genomföras. Den ansvariga organisationen sammankallar och rapporterar i den årliga uppföljningen."
    ),
]

story += malomrade(
    1,
    "Ett utökat och effektivt förebyggande arbete mot våld",
    "Våld ska förebyggas innan det uppstår. Det förebyggande arbetet behöver nå barn och unga "
    "tidigt och särskilt involvera män och pojkar.",
)
story += delmal(
    "1.1",
    "Barn och unga har kunskap om jämställdhet, sexualitet och våld",
    [
        [
            "1.1.1",
            "Sprida och stödja införandet av våldsförebyggande metoder i skolan, exempelvis Mentorer i våldsprevention (MVP).",
            "Länsstyrelsen",
            "Länets kommuner",
            "2024–2025",
        ],
        [
            "1.1.2",
            "Genomföra en årlig utbildningsdag för elevhälsans personal om hedersrelaterat våld och förtryck.",
            "Länsstyrelsen",
            "Länets kommuner, Region Västernorrland",
            "Årligen",
        ],
        [
            "1.1.3",
            "Erbjuda samtalsgrupper om relationer, samtycke och gränser till unga som besöker ungdomsmottagningarna.",
            "Region Västernorrland",
            "Länets kommuner",
            "2024–2027",
        ],
    ],
)
story += delmal(
    "1.2",
    "Fler män och pojkar tar avstånd från våld",
    [
        [
            "1.2.1",
            "Genomföra en länsgemensam kampanj riktad till män om att söka stöd för att sluta använda våld.",
            "Länsstyrelsen",
            "Region Västernorrland, Polisen",
            "2025",
        ],
        [
            "1.2.2",
            "Säkerställa att det finns behandlingsinsatser för våldsutövare i samtliga kommuner, enskilt eller i samverkan.",
            "Länets kommuner",
            "Kriminalvården",
            "2024–2026",
        ],
        [
            "1.2.3",
            "Utbilda ledare i idrottsrörelsen om våld, jämställdhet och mansnormer.",
            "Länsstyrelsen",
            "Idrottsföreningar i länet",
            "2025–2027",
        ],
    ],
)
story.append(PageBreak())

story += malomrade(
    2,
    "Förbättrad upptäckt av våld och ett starkare skydd och stöd för våldsutsatta kvinnor och barn",
    "Fler våldsutsatta ska upptäckas tidigt och få ett likvärdigt skydd och stöd oavsett var i "
    "länet de bor. Särskild uppmärksamhet ska riktas till barn, äldre och kvinnor med funktionsnedsättning.",
)
story += delmal(
    "2.1",
    "Våldsutsatta upptäcks tidigt i hälso- och sjukvården och socialtjänsten",
    [
        [
            "2.1.1",
            "Införa rutinmässiga frågor om våldsutsatthet inom mödrahälsovården, barnhälsovården och psykiatrin.",
            "Region Västernorrland",
            "–",
            "2024–2025",
        ],
        [
            "2.1.2",
            "Ta fram en gemensam länsrutin för samverkan när barn har upplevt våld i familjen.",
            "Länets kommuner",
            "Region Västernorrland, Polisen",
            "2025",
        ],
        [
            "2.1.3",
            "Utbilda personal inom äldreomsorg och LSS-verksamhet i att upptäcka våld mot äldre och kvinnor med funktionsnedsättning.",
            "Länets kommuner",
            "Länsstyrelsen",
            "2025–2026",
        ],
    ],
)
story += delmal(
    "2.2",
    "Våldsutsatta kvinnor och barn får ett likvärdigt skydd och stöd i hela länet",
    [
        [
            "2.2.1",
            "Kartlägga tillgången till skyddat boende och stödboende i länet, inklusive för kvinnor med missbruk eller funktionsnedsättning.",
            "Länsstyrelsen",
            "Länets kommuner, kvinnojourerna",
            "2024",
        ],
        [
            "2.2.2",
            "Utveckla samverkan mellan socialtjänsten och kvinno- och tjejjourerna genom idéburet offentligt partnerskap (IOP).",
            "Länets kommuner",
            "Kvinno- och tjejjourer i länet",
            "2024–2027",
        ],
        [
            "2.2.3",
            "Säkerställa att våldsutsatta kvinnor får dokumentation av skador som kan användas i en rättsprocess.",
            "Region Västernorrland",
            "Polisen",
            "2025",
        ],
    ],
)
story.append(PageBreak())

story += delmal(
    "2.3",
    "Personer som utsätts för prostitution och människohandel får stöd",
    [
        [
            "2.3.1",
            "Införa en regional rutin för att identifiera och stödja personer utsatta för människohandel.",
            "Länsstyrelsen",
            "Polisen, Migrationsverket, länets kommuner",
            "2024–2025",
        ],
        [
            "2.3.2",
            "Erbjuda stödsamtal till personer med erfarenhet av sex mot ersättning, även via digitala kanaler.",
            "Sundsvalls kommun",
            "Region Västernorrland",
            "2025–2027",
        ],
    ],
)
story += malomrade(
    3,
    "Effektivare brottsbekämpning",
    "Fler brott ska klaras upp och återfall i våld ska förebyggas. Rättsväsendet behöver samverka "
    "nära socialtjänsten och hälso- och sjukvården för att skydda brottsoffer.",
)
story += delmal(
    "3.1",
    "Fler våldsbrott mot kvinnor utreds och leder till lagföring",
    [
        [
            "3.1.1",
            "Genomföra gemensamma utbildningar för utredare och åklagare om bevissäkring vid brott i nära relationer.",
            "Polisen",
            "Åklagarmyndigheten",
            "Årligen",
        ],
        [
            "3.1.2",
            "Utveckla samverkan kring riskbedömningar mellan polis och socialtjänst.",
            "Polisen",
            "Länets kommuner",
            "2024–2026",
        ],
    ],
)
story += delmal(
    "3.2",
    "Återfall i våld förebyggs",
    [
        [
            "3.2.1",
            "Erbjuda Relationsvåldsprogrammet (RVP) till klienter som dömts för våld i nära relation, både i anstalt och frivård.",
            "Kriminalvården",
            "Länets kommuner",
            "Löpande",
        ],
        [
            "3.2.2",
            "Ta fram en modell för samordnad utslussning mellan anstalt och socialtjänst för personer dömda för våld i nära relation.",
            "Kriminalvården",
            "Länets kommuner, Länsstyrelsen",
            "2026",
        ],
    ],
)
story.append(PageBreak())

story += malomrade(
    4,
    "Förbättrad kunskap och metodutveckling",
    "Arbetet mot våld ska bygga på kunskap och beprövad erfarenhet. Medarbetare i alla berörda "
    "verksamheter behöver grundläggande kunskap om våld och dess konsekvenser.",
)
story += delmal(
    "4.1",
    "Verksamheter i länet har kunskap om våld och dess konsekvenser",
    [
        [
            "4.1.1",
            "Ge alla anställda i länets kommuner och i Region Västernorrland tillgång till en grundutbildning om våld, exempelvis Nationellt centrum för kvinnofrids webbkurs.",
            "Länsstyrelsen",
            "Länets kommuner, Region Västernorrland",
            "2024–2025",
        ],
        [
            "4.1.2",
            "Anordna en årlig regional konferens om mäns våld mot kvinnor.",
            "Länsstyrelsen",
            "Mittuniversitetet, Region Västernorrland",
            "Årligen",
        ],
    ],
)
story += delmal(
    "4.2",
    "Arbetet följs upp och bygger på kunskap",
    [
        [
            "4.2.1",
            "Genomföra en länsgemensam enkätundersökning om våldsutsatthet bland gymnasieelever.",
            "Mittuniversitetet",
            "Länsstyrelsen, länets kommuner",
            "2025 och 2027",
        ],
        [
            "4.2.2",
            "Ta fram indikatorer för den årliga uppföljningen av handlingsplanen.",
            "Länsstyrelsen",
            "–",
            "2024",
        ],
    ],
)
story.append(PageBreak())

# ---------------------------------------------------------------- page 9: uppföljning + bilaga
story += [
    P("5. Genomförande och uppföljning", h1),
    P(
        "Varje organisation ansvarar för att genomföra de aktiviteter där den står som ansvarig, och för "
        "att avsätta de resurser som krävs. Länsstyrelsen samordnar genomförandet och sammankallar en "
        "regional samverkansgrupp som träffas fyra gånger per år."
    ),
    P(
        "Uppföljningen sker årligen. De ansvariga organisationerna rapporterar i januari hur aktiviteterna "
        "har genomförts. Länsstyrelsen sammanställer rapporterna och presenterar resultatet för "
        "Länsledningsgruppen för kvinnofrid. En slututvärdering av planen genomförs under 2027 och "
        "ligger till grund för en ny plan från 2028."
    ),
    P("Bilaga. Begrepp", h1),
]
for term, text in [
    (
        "Våld i nära relationer",
        "Våld som utövas av en person som offret har en nära och förtroendefull relation till, "
        "exempelvis en partner, tidigare partner eller familjemedlem.",
    ),
    (
        "Hedersrelaterat våld och förtryck",
        "Våld och förtryck som motiveras av föreställningar om att familjens eller "
        "släktens rykte och anseende är beroende av flickors och kvinnors faktiska eller förmodade sexuella beteende.",
    ),
    (
        "Prostitution",
        "När en person köper eller säljer sexuella tjänster mot ersättning. Köp av sexuell tjänst är "
        "straffbart enligt brottsbalken.",
    ),
    (
        "Människohandel",
        "När en person rekryterar, transporterar eller tar emot en annan person genom otillbörliga "
        "medel i syfte att exploatera personen, exempelvis för sexuella ändamål eller tvångsarbete.",
    ),
]:
    story.append(P(f"<b>{term}</b> – {text}", bullet))

doc = SimpleDocTemplate(
    str(OUT),
    pagesize=A4,
    leftMargin=20 * mm,
    rightMargin=20 * mm,
    topMargin=20 * mm,
    bottomMargin=22 * mm,
    title="Regional handlingsplan mot mäns våld mot kvinnor i Västernorrlands län 2024–2027",
    author="Länsstyrelsen Västernorrland",
)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("wrote", OUT)
