"""Generate norrkoping_handlingsplan_mvk_2024-2027.pdf (Norrköpings kommun), reportlab.

Invented but realistic content. A long 'Bakgrund och nulägesanalys' (three pages) with
numbered statistics tables (anmälda brott per år, socialtjänstens ärenden, survey shares) and a
table of existing services (Verksamhet | Huvudman | Målgrupp), prose describing past and
existing work; then the plan part: 'Mål N: ...' headings each with a ruled table
Åtgärd | Ansvar | Samverkan | Tid; then an indicator table (Indikator | Utgångsvärde |
Målvärde) under Uppföljning. Page breaks are explicit where noted in the story.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "norrkoping_handlingsplan_mvk_2024-2027.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LS-Italic", str(FONT_DIR / "LiberationSans-Italic.ttf")))
pdfmetrics.registerFontFamily(
    "LS", normal="LS", bold="LS-Bold", italic="LS-Italic", boldItalic="LS-Bold"
)

RED = colors.HexColor("#9B1B30")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10, leading=14, spaceAfter=7)
CAP = ParagraphStyle(
    "cap", fontName="LS-Italic", fontSize=8.8, leading=11, spaceBefore=4, spaceAfter=3
)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11)
HEAD = ParagraphStyle("head", fontName="LS-Bold", fontSize=8.8, leading=11)
H1 = ParagraphStyle("h1", fontName="LS-Bold", fontSize=16, leading=20, spaceAfter=9, textColor=RED)
H2 = ParagraphStyle("h2", fontName="LS-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=5)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=25, leading=31, textColor=RED)
W = A4[0] - 40 * mm

PLAN = [
    (
        "Färre utsätts för våld genom ett systematiskt förebyggande arbete",
        [
            (
                "Införa normkritiskt våldsförebyggande arbete med metoden Machofabriken i samtliga "
                "kommunala högstadieskolor",
                "Utbildningskontoret",
                "Föreningen Män",
                "2024–2026",
            ),
            (
                "Genomföra trygghetsvandringar med fokus på kvinnors trygghet i Navestad och "
                "Hageby",
                "Samhällsbyggnadskontoret",
                "Polisen",
                "2025",
            ),
            (
                "Erbjuda utbildning i våldsprevention för tränare och ledare i idrottsföreningar",
                "Kultur- och fritidskontoret",
                "RF-SISU Östergötland",
                "2025–2027",
            ),
        ],
    ),
    (
        "Våldsutsatta kvinnor och barn får stöd och skydd utifrån sina behov",
        [
            (
                "Inrätta ett kvinnofridsteam inom socialtjänstens vuxenenhet",
                "Socialkontoret",
                "–",
                "2024",
            ),
            (
                "Utveckla rutiner för stöd till våldsutsatta kvinnor med missbruk eller psykisk "
                "ohälsa",
                "Socialkontoret",
                "Region Östergötland",
                "2025",
            ),
            (
                "Säkerställa att alla barn i skyddat boende får en egen stödperson",
                "Socialkontoret",
                "Kvinnojouren i Norrköping",
                "2024–2025",
            ),
            (
                "Erbjuda våldsutsatta äldre kvinnor samtalsstöd i hemmet",
                "Vård- och omsorgskontoret",
                "–",
                "2026",
            ),
        ],
    ),
    (
        "Den som utövar våld ändrar sitt beteende och återfallen minskar",
        [
            (
                "Utöka öppettiderna på kommunens mottagning för våldsutövare till två kvällar i "
                "veckan",
                "Socialkontoret",
                "Kriminalvården",
                "2025",
            ),
            (
                "Införa en samverkansrutin för kontakt med misstänkta gärningspersoner efter "
                "polisanmälan",
                "Socialkontoret",
                "Polisen",
                "2024–2025",
            ),
        ],
    ),
    (
        "Prostitution och människohandel motverkas",
        [
            (
                "Kartlägga förekomsten av sexköp via annonssajter med koppling till Norrköping",
                "Socialkontoret",
                "Polisen, Länsstyrelsen Östergötland",
                "2025",
            ),
            (
                "Utbilda personal inom hotell och restaurang om människohandel för sexuella "
                "ändamål",
                "Näringslivskontoret",
                "Polisen",
                "2026",
            ),
        ],
    ),
]


def grid(rows, widths, header=True):
    data = [
        [Paragraph(c, HEAD if header and i == 0 else CELL) for c in r] for i, r in enumerate(rows)
    ]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F1DDE1")))
    t.setStyle(TableStyle(style))
    return t


def page_deco(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LS", 8)
    c.drawString(20 * mm, A4[1] - 12 * mm, "NORRKÖPINGS KOMMUN")
    c.drawRightString(
        A4[0] - 20 * mm, A4[1] - 12 * mm, "Handlingsplan mot mäns våld mot kvinnor 2024–2027"
    )
    c.drawCentredString(A4[0] / 2, 10 * mm, str(doc.page))
    c.restoreState()


def story():
    s = [
        Spacer(1, 55 * mm),
        Paragraph("Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer", COVER),
        Paragraph("2024–2027", COVER),
        Spacer(1, 10 * mm),
        Paragraph("Norrköpings kommun", H2),
        Paragraph("Antagen av kommunfullmäktige 2024-02-26. Ansvarig nämnd: socialnämnden.", BODY),
        PageBreak(),
    ]
    # ---- page 2
    s += [
        Paragraph("Sammanfattning", H1),
        Paragraph(
            "Handlingsplanen beskriver hur Norrköpings kommun ska förebygga och motverka mäns "
            "våld mot kvinnor, våld i nära relationer, hedersrelaterat våld och förtryck samt "
            "prostitution och människohandel under 2024–2027. Den innehåller fyra mål med "
            "tillhörande åtgärder. Planen inleds med en nulägesanalys som bygger på statistik "
            "från Brottsförebyggande rådet, socialtjänstens verksamhetssystem och "
            "enkätundersökningen Liv och hälsa ung.",
            BODY,
        ),
        Paragraph("Inledning", H1),
        Paragraph(
            "Våld i nära relationer drabbar i första hand kvinnor och barn, och våldet har "
            "stora konsekvenser för hälsa, ekonomi och livsvillkor. Kommunen har genom "
            "socialtjänstlagen ett ansvar för att den som utsatts för våld och barn som "
            "upplevt våld får stöd och hjälp. Kommunen ansvarar också för det "
            "våldsförebyggande arbetet i skola, fritid och stadsplanering.",
            BODY,
        ),
        Paragraph(
            "Arbetet styrs av den nationella strategin för att förebygga och bekämpa mäns "
            "våld mot kvinnor, av Socialstyrelsens föreskrifter och allmänna råd om våld i "
            "nära relationer (SOSFS 2014:4) och av Länsstyrelsen Östergötlands regionala "
            "strategi. Den tidigare handlingsplanen för 2019–2022 utvärderades under 2023.",
            BODY,
        ),
        Paragraph("Utvärdering av föregående plan", H2),
        Paragraph(
            "Utvärderingen visade att 14 av 19 åtgärder i föregående plan genomfördes. "
            "Socialkontoret införde under perioden strukturerad riskbedömning, och en "
            "gemensam utbildning för skolkuratorer genomfördes 2021. Åtgärderna inom "
            "prostitution och människohandel genomfördes inte, främst på grund av brist på "
            "kunskap om hur sexköp sker i kommunen.",
            BODY,
        ),
        PageBreak(),
    ]
    # ---- page 3: statistics
    s += [
        Paragraph("Bakgrund och nulägesanalys", H1),
        Paragraph(
            "Antalet anmälda brott i nära relationer har ökat i Norrköping under de senaste "
            "fem åren, vilket delvis kan förklaras av en ökad anmälningsbenägenhet. Ökningen "
            "är störst för grov kvinnofridskränkning och för olaga hot.",
            BODY,
        ),
        Paragraph("Tabell 1. Anmälda brott i nära relation, Norrköpings kommun 2019–2023", CAP),
        grid(
            [
                ["Brottstyp", "2019", "2020", "2021", "2022", "2023"],
                ["Misshandel mot kvinna, 18 år och äldre", "612", "655", "641", "688", "702"],
                ["Grov kvinnofridskränkning", "71", "80", "86", "97", "104"],
                ["Olaga hot mot kvinna i nära relation", "203", "219", "244", "251", "268"],
                ["Våldtäkt mot kvinna i nära relation", "38", "41", "35", "46", "44"],
                ["Ofredande i nära relation", "310", "298", "322", "347", "355"],
            ],
            [70 * mm] + [(W - 70 * mm) / 5] * 5,
        ),
        Paragraph("Källa: Brottsförebyggande rådet, anmälda brott.", CAP),
        Spacer(1, 3 * mm),
        Paragraph(
            "Socialtjänsten tar emot ett växande antal ärenden. Antalet barn som fått stöd "
            "efter att ha upplevt våld har fördubblats sedan 2019, vilket hänger samman med "
            "att stödgrupperna för barn byggdes ut 2021.",
            BODY,
        ),
        Paragraph("Tabell 2. Socialtjänstens ärenden som rör våld i nära relation", CAP),
        grid(
            [
                ["Ärendetyp", "2021", "2022", "2023"],
                ["Vuxna våldsutsatta som fått stöd", "388", "412", "455"],
                ["Barn som upplevt våld och fått stöd", "141", "187", "236"],
                ["Placeringar i skyddat boende", "52", "61", "58"],
                ["Ärenden med hedersmotiv", "23", "31", "37"],
                ["Personer i behandling för våldsutövare", "44", "49", "63"],
            ],
            [85 * mm] + [(W - 85 * mm) / 3] * 3,
        ),
        Paragraph("Källa: Socialkontoret, verksamhetssystemet Treserva.", CAP),
        Spacer(1, 3 * mm),
        Paragraph(
            "Tabell 3. Andel elever som uppger att de utsatts för våld eller kontroll "
            "av en partner, Liv och hälsa ung 2023 (procent)",
            CAP,
        ),
        grid(
            [
                ["Grupp", "Flickor", "Pojkar"],
                ["Årskurs 9", "12", "5"],
                ["Gymnasiet år 2", "19", "7"],
            ],
            [85 * mm] + [(W - 85 * mm) / 2] * 2,
        ),
        PageBreak(),
    ]
    # ---- page 4: existing work
    s += [
        Paragraph("Befintligt arbete i kommunen", H2),
        Paragraph(
            "Kommunen har i dag flera verksamheter som arbetar med våld i nära relationer. "
            "Kartläggningen som gjordes inför planen visar att stödet till vuxna är väl "
            "utbyggt, medan det förebyggande arbetet är splittrat och saknar långsiktighet.",
            BODY,
        ),
        Paragraph("Tabell 4. Verksamheter som arbetar med våld i nära relationer 2023", CAP),
        grid(
            [
                ["Verksamhet", "Huvudman", "Målgrupp"],
                ["Relationsvåldsenheten", "Socialkontoret", "Vuxna våldsutsatta och barn"],
                ["Stödgrupper för barn (Trappan)", "Socialkontoret", "Barn 4–17 år"],
                ["Kvinnojouren i Norrköping", "Ideell förening", "Kvinnor och barn"],
                ["Mottagning för våldsutövare", "Socialkontoret", "Vuxna som utövar våld"],
                [
                    "Barnahus Östergötland",
                    "Region Östergötland och länets kommuner",
                    "Barn som utsatts för brott",
                ],
            ],
            [65 * mm, 55 * mm, W - 120 * mm],
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            "Polisen i lokalpolisområde Norrköping har sedan 2022 en särskild utredningsgrupp "
            "för brott i nära relationer. Region Östergötland frågar sedan 2020 rutinmässigt "
            "om våld inom mödrahälsovården. Länsstyrelsen Östergötland samordnar länets "
            "nätverk mot människohandel.",
            BODY,
        ),
        Paragraph("Slutsatser av nulägesanalysen", H2),
        Paragraph(
            "Nulägesanalysen pekar på fyra områden där kommunens arbete behöver utvecklas: "
            "det förebyggande arbetet med unga, stödet till kvinnor med särskilda behov, "
            "arbetet med den som utövar våld och kunskapen om prostitution och människohandel. "
            "Dessa områden utgör planens fyra mål.",
            BODY,
        ),
        PageBreak(),
    ]
    # ---- pages 5-6: plan
    s.append(Paragraph("Mål och åtgärder", H1))
    s.append(
        Paragraph(
            "För varje mål anges de åtgärder som ska genomföras, vem som ansvarar, vilka som "
            "samverkar och när åtgärden ska vara klar.",
            BODY,
        )
    )
    for n, (goal, rows) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Mål {n}: {goal}", H2))
        s.append(
            grid(
                [["Åtgärd", "Ansvar", "Samverkan", "Tid"]] + [list(r) for r in rows],
                [W * 0.42, W * 0.26, W * 0.2, W * 0.12],
            )
        )
        s.append(Spacer(1, 4 * mm))
    s.append(PageBreak())
    # ---- page 7: uppföljning
    s += [
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Socialnämnden följer upp planen årligen. Uppföljningen sker med hjälp av "
            "indikatorerna nedan och en redovisning av åtgärdernas genomförande.",
            BODY,
        ),
        Paragraph("Tabell 5. Indikatorer för uppföljning", CAP),
        grid(
            [
                ["Indikator", "Utgångsvärde 2023", "Målvärde 2027"],
                ["Andel högstadieskolor med våldsförebyggande program", "20 %", "100 %"],
                [
                    "Väntetid till första samtal på mottagningen för våldsutövare",
                    "6 veckor",
                    "2 veckor",
                ],
                ["Andel barn i skyddat boende med egen stödperson", "–", "100 %"],
                ["Antal utbildade medarbetare om människohandel", "0", "150"],
            ],
            [W * 0.55, W * 0.22, W * 0.23],
        ),
    ]
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2027",
        author="Norrköpings kommun",
    )
    doc.build(story(), onFirstPage=page_deco, onLaterPages=page_deco)
    print(OUT)


if __name__ == "__main__":
    main()
