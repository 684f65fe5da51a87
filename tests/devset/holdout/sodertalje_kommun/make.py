"""Generate sodertalje_handlingsplan_vald_2025-2028.pdf (invented content).

Run: /work/main/.venv/bin/python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).with_name("sodertalje_handlingsplan_vald_2025-2028.pdf")

RED = colors.HexColor("#A6192E")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
lead_in = ParagraphStyle("lead", parent=body, fontName="Times-Italic", fontSize=12, leading=16)
h1 = ParagraphStyle(
    "h1",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=17,
    leading=21,
    textColor=RED,
    spaceAfter=10,
)
h2 = ParagraphStyle(
    "h2",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=12,
    leading=15,
    spaceBefore=8,
    spaceAfter=5,
)
small = ParagraphStyle("small", parent=body, fontName="Helvetica", fontSize=8.5, leading=11)
cell = ParagraphStyle(
    "cell", parent=body, fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=0
)
cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=RED)
goalno = ParagraphStyle(
    "goalno",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=10,
    leading=12,
    textColor=colors.white,
    spaceAfter=0,
)
goaltitle = ParagraphStyle(
    "goaltitle",
    parent=body,
    fontName="Helvetica-Bold",
    fontSize=13,
    leading=16,
    textColor=colors.white,
    spaceAfter=0,
)
bul = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)


def header_footer(canv, doc):
    if doc.page == 1:
        return
    canv.saveState()
    canv.setFont("Helvetica-Bold", 8)
    canv.setFillColor(RED)
    canv.drawString(20 * mm, 285 * mm, "SÖDERTÄLJE KOMMUN")
    canv.setFont("Helvetica", 8)
    canv.setFillColor(GREY)
    canv.drawRightString(190 * mm, 285 * mm, "Handlingsplan mot våld 2025–2028   Dnr KS 24/0583")
    canv.setStrokeColor(RED)
    canv.line(20 * mm, 283 * mm, 190 * mm, 283 * mm)
    canv.drawCentredString(105 * mm, 12 * mm, f"Sida {doc.page}")
    canv.restoreState()


def P(t, s=body):
    return Paragraph(t, s)


def goal_banner(num, title):
    t = Table([[P(f"MÅL {num}", goalno)], [P(title, goaltitle)]], colWidths=[170 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), RED),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return t


def activities(rows):
    data = [[P("Nr", cellh), P("Aktivitet", cellh), P("Ansvarig", cellh), P("Tidsperiod", cellh)]]
    data += [[P(a, cell), P(b, cell), P(c, cell), P(d, cell)] for a, b, c, d in rows]
    t = Table(data, colWidths=[11 * mm, 99 * mm, 38 * mm, 22 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, RED),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RED),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#BFBFBF")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def goal_section(num, title, nulage, rows):
    return [
        goal_banner(num, title),
        Spacer(1, 8),
        P("<b>Nuläge.</b> " + nulage),
        P("Aktiviteter", h2),
        activities(rows),
        Spacer(1, 14),
    ]


story = []

# --------------------------------------------------------------- page 1 cover
band = Table(
    [
        [
            P(
                "Södertälje kommun",
                ParagraphStyle("cb", parent=h1, textColor=colors.white, fontSize=14),
            )
        ]
    ],
    colWidths=[170 * mm],
    rowHeights=[18 * mm],
)
band.setStyle(
    TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), RED),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ]
    )
)
story += [
    band,
    Spacer(1, 60 * mm),
    P(
        "Handlingsplan mot våld i nära relationer, hedersrelaterat våld och förtryck samt "
        "prostitution och människohandel",
        ParagraphStyle("ct", parent=h1, fontSize=24, leading=30, textColor=colors.black),
    ),
    P("2025–2028", ParagraphStyle("cy", parent=h1, fontSize=20, leading=24)),
    Spacer(1, 70 * mm),
    P("Antagen av kommunfullmäktige 2025-02-24, § 18", small),
    P("Gäller för: samtliga nämnder och bolag", small),
    P("Dokumentansvarig: Socialförvaltningen, avdelningen för strategi och utveckling", small),
    P("Diarienummer: KS 24/0583", small),
    PageBreak(),
]

# --------------------------------------------------------------- page 2 innehåll + förord
story += [P("Innehåll", h1)]
for line in [
    "Förord",
    "Inledning",
    "Utgångspunkter",
    "Lokal lägesbild",
    "Mål och aktiviteter",
    "Genomförande och uppföljning",
    "Bilaga 1. Begrepp",
    "Bilaga 2. Lagstiftning och styrdokument",
]:
    story.append(P(line, ParagraphStyle("tl", parent=body, spaceAfter=1)))
story += [
    Spacer(1, 12),
    P("Förord", h1),
    P(
        "Våld i nära relationer är ett av de största hoten mot kvinnors och barns hälsa och trygghet i "
        "Södertälje, precis som i resten av landet. Bakom varje anmälan finns en människa som har rätt "
        "till skydd och stöd – och en våldsutövare som behöver ta ansvar för sitt beteende."
    ),
    P(
        "Med den här planen tar kommunen ett samlat grepp om arbetet. Planen gäller för alla nämnder "
        "och förvaltningar, eftersom våldet berör skolan, fritiden, äldreomsorgen och arbetsmarknaden "
        "lika mycket som socialtjänsten. Vi vet också att hedersrelaterat våld och förtryck begränsar "
        "många unga människors liv i vår kommun. Det accepterar vi inte."
    ),
    P("Boel Åkerlund (S)<br/>Kommunstyrelsens ordförande"),
    PageBreak(),
]

# --------------------------------------------------------------- page 3 inledning + utgångspunkter
story += [
    P("Inledning", h1),
    P(
        "Södertälje kommuns vision är en trygg och jämställd kommun där alla kan leva ett liv fritt "
        "från våld. Handlingsplanen beskriver hur kommunen ska arbeta för att förebygga våld, upptäcka "
        "våldsutsatthet, ge skydd och stöd samt förmå den som utövar våld att sluta.",
        lead_in,
    ),
    P("Syfte", h2),
    P(
        "Syftet med planen är att ge kommunens nämnder en gemensam inriktning och tydliggöra vem som "
        "ansvarar för vad. Planen ersätter Handlingsplan mot våld i nära relationer 2019–2022."
    ),
    P("Målgrupp och avgränsning", h2),
    P(
        "Planen omfattar våld i nära relationer oavsett kön och sexuell läggning, med särskilt fokus på "
        "mäns våld mot kvinnor, barn som upplever våld, hedersrelaterat våld och förtryck samt "
        "prostitution och människohandel. Arbetet mot sexuellt våld i offentlig miljö behandlas i "
        "kommunens trygghetsprogram."
    ),
    P("Utgångspunkter", h1),
    P(
        "Kommunens ansvar regleras framför allt i socialtjänstlagen och i Socialstyrelsens föreskrifter "
        "och allmänna råd om våld i nära relationer (SOSFS 2014:4). Socialnämnden ska verka för att den "
        "som utsatts för brott och dennes närstående får stöd och hjälp, och särskilt beakta att kvinnor "
        "som utsatts för våld och barn som bevittnat våld kan vara i behov av stöd."
    ),
    P(
        "Planen utgår också från den nationella strategin för att förebygga och bekämpa mäns våld mot "
        "kvinnor, barnkonventionen och Södertälje kommuns jämställdhetsplan."
    ),
    PageBreak(),
]

# --------------------------------------------------------------- page 4 lokal lägesbild
story += [
    P("Lokal lägesbild", h1),
    P(
        "Under 2023 tog socialtjänstens enhet för våld i nära relationer emot 612 ärenden, varav 74 procent "
        "gällde kvinnor. Antalet barn som upplevt våld och som fått insatser var 230. Polisen i Södertälje "
        "registrerade 489 anmälningar om misshandel mot kvinna i nära relation."
    ),
    P(
        "Skolornas elevhälsa uppger att frågor om hedersrelaterat våld och förtryck förekommer på "
        "samtliga högstadieskolor. I kommunens ungdomsenkät 2023 svarade var tionde elev i årskurs 9 att "
        "familjen bestämmer vem de ska gifta sig med, och var femte flicka att hon inte får delta i "
        "fritidsaktiviteter med killar."
    ),
    P(
        "Det finns indikationer på att personer säljer sex i tillfälliga lägenheter i kommunen och att "
        "annonser på nätet riktas till Södertäljeområdet. Kunskapen om människohandel för tvångsarbete "
        "är låg i de verksamheter som kan komma i kontakt med utsatta."
    ),
    P("Identifierade utvecklingsområden", h2),
]
for b in [
    "ett mer enhetligt arbetssätt för att fråga om våld i hela socialtjänsten",
    "bättre stöd till äldre och personer med funktionsnedsättning som utsätts för våld",
    "förebyggande arbete i skolan och på fritiden",
    "fler insatser riktade till våldsutövare",
    "ökad kunskap om prostitution och människohandel",
]:
    story.append(Paragraph(b, bul, bulletText="–"))
story.append(PageBreak())

# --------------------------------------------------------------- page 5 mål och aktiviteter, mål 1
story += [
    P("Mål och aktiviteter", h1),
    P(
        "Planen har sex mål. Under varje mål anges aktiviteter och vilken nämnd som ansvarar. Ansvarig "
        "nämnd ska inkludera aktiviteterna i sin verksamhetsplan och redovisa dem i årsredovisningen. "
        "Där andra aktörer deltar anges det i aktiviteten."
    ),
]
story += goal_section(
    1,
    "Våld förebyggs genom tidiga och främjande insatser",
    "Kommunens skolor arbetar med värdegrundsfrågor, men det saknas ett gemensamt och "
    "kunskapsbaserat våldsförebyggande arbete.",
    [
        [
            "1.1",
            "Införa ett våldsförebyggande program på samtliga högstadie- och gymnasieskolor.",
            "Barn- och utbildningsnämnden",
            "2025–2026",
        ],
        [
            "1.2",
            "Erbjuda föräldrastödsprogram med fokus på jämställdhet och barns rättigheter på flera språk, i samverkan med civilsamhällets organisationer.",
            "Socialnämnden",
            "2025–2028",
        ],
        [
            "1.3",
            "Utbilda ledare i föreningar som får kommunalt föreningsbidrag om våld, sexuella trakasserier och hedersnormer.",
            "Kultur- och fritidsnämnden",
            "2026",
        ],
        [
            "1.4",
            "Utveckla fritidsgårdarnas arbete med jämställdhet och normer, bland annat genom killgrupper och tjejgrupper.",
            "Kultur- och fritidsnämnden",
            "2025–2028",
        ],
    ],
)
story.append(PageBreak())

# --------------------------------------------------------------- page 6 mål 2
story += goal_section(
    2,
    "Våldsutsatta upptäcks tidigt och får stöd och skydd",
    "Rutinen att fråga om våld tillämpas i dag främst inom individ- och familjeomsorgens "
    "barn- och ungdomsenheter.",
    [
        [
            "2.1",
            "Införa rutinmässiga frågor om våld i socialtjänstens samtliga verksamheter, inklusive ekonomiskt bistånd.",
            "Socialnämnden",
            "2025",
        ],
        [
            "2.2",
            "Samla stödet till våldsutsatta, våldsutövare och barn som upplevt våld i ett relationsvåldscentrum, i samverkan med Region Stockholm.",
            "Socialnämnden",
            "2025–2026",
        ],
        [
            "2.3",
            "Säkerställa att äldre och personer med funktionsnedsättning som utsätts för våld får stöd anpassat efter deras behov.",
            "Äldrenämnden, Omsorgsnämnden",
            "2026",
        ],
        [
            "2.4",
            "Teckna ett idéburet offentligt partnerskap med kvinno- och tjejjouren i Södertälje om stöd och skyddat boende.",
            "Socialnämnden",
            "2025",
        ],
        [
            "2.5",
            "Ta fram en rutin för förtur till bostad för våldsutsatta som lämnar skyddat boende.",
            "Kommunstyrelsen",
            "2026",
        ],
    ],
)
story.append(PageBreak())

# --------------------------------------------------------------- page 7 mål 3
story += goal_section(
    3,
    "Barn och unga skyddas mot hedersrelaterat våld och förtryck",
    "Kommunen har ett hedersteam inom socialtjänsten men saknar en kommunövergripande rutin. "
    "Skolpersonal efterfrågar stöd i hur de ska agera vid misstanke.",
    [
        [
            "3.1",
            "Ta fram en kommunövergripande rutin mot hedersrelaterat våld och förtryck, inklusive risk för bortförande, tvångsäktenskap och könsstympning, med stöd av Nationella kompetensteamet vid Länsstyrelsen Östergötland.",
            "Kommunstyrelsen",
            "2025",
        ],
        [
            "3.2",
            "Utbilda all personal i skola och elevhälsa om hedersrelaterat våld och förtryck och om hur en orosanmälan görs.",
            "Barn- och utbildningsnämnden",
            "2025–2026",
        ],
        [
            "3.3",
            "Erbjuda familjer stöd för att förebygga hedersrelaterat våld, i samverkan med trossamfund och ideella föreningar.",
            "Socialnämnden",
            "2026–2028",
        ],
        [
            "3.4",
            "Utveckla samverkan med Polisen kring barn och unga som riskerar att föras utomlands mot sin vilja.",
            "Socialnämnden",
            "2025",
        ],
    ],
)
story.append(PageBreak())

# --------------------------------------------------------------- page 8 mål 4 (prose) + mål 5
story += [
    goal_banner(4, "Prostitution och människohandel motverkas"),
    Spacer(1, 8),
    P(
        "<b>Nuläge.</b> Kommunen saknar i dag särskilda insatser för personer som säljer sex eller utsätts "
        "för människohandel. Under planperioden ska kommunen arbeta på följande sätt."
    ),
    P(
        "Kommunen ska utveckla ett uppsökande arbete riktat till personer som säljer sex via internet. "
        "Socialnämnden ansvarar för arbetet, som genomförs i samverkan med Polismyndigheten och Region "
        "Stockholm. Arbetet startar 2025."
    ),
    P(
        "Medarbetare inom socialtjänst, arbetsmarknadsinsatser och vuxenutbildning ska få utbildning i att "
        "upptäcka människohandel för sexuella ändamål och tvångsarbete. Nämnden för arbetsmarknad och "
        "vuxenutbildning ansvarar för utbildningen, med stöd av Länsstyrelsen i Stockholms län."
    ),
    P(
        "Kommunen ska säkerställa att personer som utsatts för människohandel kan erbjudas boende och stöd "
        "under återhämtningsperioden. Ansvaret ligger på Socialnämnden, i samverkan med Migrationsverket "
        "och Polismyndigheten."
    ),
    Spacer(1, 10),
]
story += goal_section(
    5,
    "Den som utövar våld får stöd att sluta",
    "Socialtjänsten erbjuder i dag samtal till ett fåtal våldsutövare per år.",
    [
        [
            "5.1",
            "Erbjuda behandling till våldsutövare, individuellt och i grupp, i samverkan med Kriminalvårdens frivård.",
            "Socialnämnden",
            "2025–2028",
        ],
        [
            "5.2",
            "Erbjuda tidiga insatser till unga som riskerar att utöva våld i nära relationer eller hedersrelaterat våld.",
            "Socialnämnden",
            "2026",
        ],
        [
            "5.3",
            "Sprida information om stödlinjen Välj att sluta i verksamheter som möter män, i samverkan med Länsstyrelsen i Stockholms län.",
            "Kommunstyrelsen",
            "2025",
        ],
    ],
)
story.append(PageBreak())

# --------------------------------------------------------------- page 9 mål 6 + uppföljning
story += goal_section(
    6,
    "Kommunens medarbetare har kunskap om våld",
    "Kommunens medarbetare möter våldsutsatta i många verksamheter, men få har fått utbildning.",
    [
        [
            "6.1",
            "Ta fram en riktlinje för hur chefer stöttar medarbetare som utsätts för våld i nära relation.",
            "Kommunstyrelsen",
            "2025",
        ],
        [
            "6.2",
            "Erbjuda alla nyanställda inom socialtjänsten en grundutbildning om våld i nära relationer.",
            "Socialnämnden",
            "2025–2028",
        ],
    ],
)
story += [
    P("Genomförande och uppföljning", h1),
    P(
        "Kommunstyrelsen har det övergripande ansvaret för att planen genomförs och följs upp. En "
        "förvaltningsövergripande arbetsgrupp under ledning av socialförvaltningen samordnar arbetet och "
        "rapporterar till kommunstyrelsen en gång per år."
    ),
    P(
        "Uppföljningen redovisas i kommunens årsredovisning. Planen utvärderas 2028 inför beslut om en ny plan."
    ),
    PageBreak(),
]

# --------------------------------------------------------------- page 10 bilagor
story += [P("Bilaga 1. Begrepp", h1)]
for term, text in [
    (
        "Våld i nära relationer",
        "Fysiskt, psykiskt, sexuellt, ekonomiskt eller materiellt våld samt försummelse som utövas av en närstående.",
    ),
    (
        "Barn som upplever våld",
        "Barn som ser, hör eller på annat sätt är medvetna om våld mellan närstående vuxna.",
    ),
    (
        "Hedersrelaterat våld och förtryck",
        "Våld och förtryck som utövas för att bevara familjens eller släktens heder, ofta kollektivt planerat.",
    ),
    ("Våldsutövare", "Den som utsätter en närstående för våld, hot eller kontroll."),
]:
    story.append(P(f"<b>{term}.</b> {text}"))
story += [P("Bilaga 2. Lagstiftning och styrdokument", h1)]
for b in [
    "Socialtjänstlagen (2001:453), 5 kap. 11 §",
    "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer (SOSFS 2014:4)",
    "Lag (1982:316) med förbud mot könsstympning av kvinnor",
    "Brottsbalken 6 kap. 11 § (köp av sexuell tjänst) och 4 kap. 1 a § (människohandel)",
    "Nationell strategi för att förebygga och bekämpa mäns våld mot kvinnor (skr. 2016/17:10)",
    "Södertälje kommuns jämställdhetsplan 2023–2026",
]:
    story.append(Paragraph(b, bul, bulletText="–"))

doc = SimpleDocTemplate(
    str(OUT),
    pagesize=A4,
    leftMargin=20 * mm,
    rightMargin=20 * mm,
    topMargin=20 * mm,
    bottomMargin=20 * mm,
    title="Handlingsplan mot våld 2025–2028",
    author="Södertälje kommun",
)
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
print("wrote", OUT)
