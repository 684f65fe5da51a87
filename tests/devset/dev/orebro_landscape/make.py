"""Generate handlingsplan_mvk_orebro_lan_2023-2026.pdf (Länsstyrelsen i Örebro län).

Layout exercised: A4 landscape. The plan proper is one long ruled table
"Mål | Aktivitet | Ansvarig | Medverkande | Tidsperiod | Indikator" that runs over several
pages with the header row repeated on each page. The Mål cell (bold "Mål N" and the goal's
wording) is printed only on the first row of its group; the following rows leave it empty,
also on a continuation page. Förord, inledning, bakgrund and uppföljning carry no actions.

Run with the project venv:  .venv/bin/python tests/devset/dev/orebro_landscape/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "handlingsplan_mvk_orebro_lan_2023-2026.pdf"

ORG = "Länsstyrelsen i Örebro län"
TITLE = "Regional handlingsplan mot mäns våld mot kvinnor 2023–2026"
PAGE = landscape(A4)
W, H = PAGE
LM = RM = 1.8 * cm
BLUE = colors.HexColor("#004b87")
LIGHT = colors.HexColor("#e3edf6")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
h1 = ParagraphStyle(
    "h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8, textColor=BLUE
)
h2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=11.5,
    leading=15,
    spaceBefore=6,
    spaceAfter=4,
    textColor=BLUE,
)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.6, leading=12.4)
cell_goal = ParagraphStyle("cellg", parent=cell, fontName="Helvetica-Bold")
cell_h = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)


def P(t, s=body):
    return Paragraph(t, s)


def cover(canv, doc):
    canv.saveState()
    canv.setFillColor(BLUE)
    canv.rect(0, 0, 9 * cm, H, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 12)
    canv.drawString(1.5 * cm, 2.0 * cm, ORG)
    canv.setFont("Helvetica", 9)
    canv.drawString(1.5 * cm, 1.45 * cm, "Publikationsnummer 2023:11")
    canv.restoreState()


def later(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(LM, 1.0 * cm, f"{ORG} · {TITLE}")
    canv.drawRightString(W - RM, 1.0 * cm, f"Sida {doc.page}")
    canv.restoreState()


# --------------------------------------------------------------------- plan content
PLAN = [
    (
        "1",
        "Det våldsförebyggande arbetet når fler barn, unga och vuxna",
        [
            (
                "Stödja kommunerna i att ta fram lokala lägesbilder över våld i nära relationer som "
                "underlag för det förebyggande arbetet",
                "Länsstyrelsen",
                "Kommunerna, Region Örebro län",
                "2023–2024",
                "Antal kommuner med aktuell lägesbild",
            ),
            (
                "Implementera våldsförebyggande metoder i grund- och gymnasieskolan, till exempel MVP "
                "eller Machofabriken",
                "Kommunerna",
                "Länsstyrelsen",
                "2023–2026",
                "Andel skolor som arbetar med en metod",
            ),
            (
                "Genomföra en informationskampanj om digitalt våld och näthat riktad till unga 13–19 år",
                "Länsstyrelsen",
                "Polismyndigheten, Region Örebro län",
                "2024",
                "Antal nådda via sociala medier",
            ),
            (
                "Utbilda ledare inom idrotts- och föreningslivet i att uppmärksamma och agera vid våld "
                "i ungas relationer",
                "Länsstyrelsen",
                "Studieförbund och idrottsföreningar i länet",
                "2025",
                "Antal utbildade ledare",
            ),
            (
                "Utveckla behandlingsinsatser för våldsutövare, med särskilda insatser för unga som har "
                "börjat utöva våld i sina relationer",
                "Kommunerna",
                "Kriminalvården, Region Örebro län",
                "2024–2026",
                "Antal kommuner som erbjuder behandling",
            ),
        ],
    ),
    (
        "2",
        "Kvinnor och barn som utsätts för våld får ett skydd och stöd som håller hög kvalitet",
        [
            (
                "Göra frågor om våld till en del av rutinen inom barnhälsovården, mödrahälsovården och "
                "primärvården",
                "Region Örebro län",
                "–",
                "2023–2025",
                "Andel verksamheter med fastställd rutin",
            ),
            (
                "Inrätta en kvinnofridsmottagning vid Universitetssjukhuset Örebro med uppdrag att ge "
                "stöd och sprida kunskap i länet",
                "Region Örebro län",
                "Örebro universitet",
                "2024",
                "Mottagningen öppnad",
            ),
            (
                "Ta fram gemensamma riktlinjer för placering i skyddat boende av våldsutsatta med "
                "missbruk eller psykisk ohälsa",
                "Kommunerna",
                "Region Örebro län, kvinno- och tjejjourerna",
                "2024–2025",
                "Riktlinjer antagna i samtliga kommuner",
            ),
            (
                "Utbilda personal i länets kommuner i strukturerade stödsamtal med barn som har "
                "bevittnat våld",
                "Kommunerna",
                "Länsstyrelsen",
                "2025",
                "Antal kommuner som erbjuder stödsamtal",
            ),
            (
                "Utveckla rutiner för informationsdelning och gemensamma riskbedömningar mellan polis "
                "och socialtjänst",
                "Polismyndigheten",
                "Kommunerna, Åklagarmyndigheten",
                "2023–2024",
                "Gemensam rutin fastställd",
            ),
            (
                "Öka kunskapen om våld mot äldre kvinnor inom hemtjänst och särskilt boende",
                "Kommunerna",
                "Länsstyrelsen, Region Örebro län",
                "2025–2026",
                "Andel enheter som genomfört utbildning",
            ),
        ],
    ),
    (
        "3",
        "Personer som utsätts för hedersrelaterat våld och förtryck får ett adekvat stöd",
        [
            (
                "Erbjuda konsultation i enskilda ärenden genom ett regionalt kompetensteam mot "
                "hedersrelaterat våld och förtryck",
                "Länsstyrelsen",
                "Kommunerna, Region Örebro län, Polismyndigheten",
                "2023–2026",
                "Antal konsultationer per år",
            ),
            (
                "Utbilda lärare inom SFI och samhällsorientering i att samtala om jämställdhet, "
                "rättigheter och hedersnormer",
                "Kommunerna",
                "Länsstyrelsen",
                "2024",
                "Antal utbildade lärare",
            ),
            (
                "Genomföra en kartläggning av unga som lever med hedersrelaterade begränsningar i "
                "länets skolor",
                "Länsstyrelsen",
                "Örebro universitet, kommunerna",
                "2025",
                "Rapport publicerad",
            ),
            (
                "Ta fram en samverkansrutin för hälso- och sjukvården och socialtjänsten vid misstanke "
                "om könsstympning av flickor",
                "Region Örebro län",
                "Kommunerna",
                "2024",
                "Rutin fastställd",
            ),
        ],
    ),
    (
        "4",
        "Fler som exploateras i prostitution och människohandel upptäcks och får stöd",
        [
            (
                "Etablera en regional samverkansgrupp mot människohandel med stöd av regionkoordinatorn",
                "Länsstyrelsen",
                "Polismyndigheten, Migrationsverket, kommunerna",
                "2023",
                "Samverkansgrupp etablerad",
            ),
            (
                "Utbilda yrkesverksamma i länet i att känna igen tecken på människohandel och sexuell "
                "exploatering",
                "Länsstyrelsen",
                "Region Örebro län, kommunerna",
                "2024–2025",
                "Antal utbildade",
            ),
            (
                "Utveckla ett digitalt uppsökande arbete för att komma i kontakt med personer som har "
                "sex mot ersättning",
                "Örebro kommun",
                "Polismyndigheten, ideella organisationer",
                "2024–2026",
                "Antal etablerade kontakter",
            ),
            (
                "Genomföra riktade spaningsinsatser mot sexköp i länet",
                "Polismyndigheten",
                "Länsstyrelsen",
                "Löpande",
                "Antal anmälda sexköp",
            ),
        ],
    ),
]


def plan_table():
    head = ["Mål", "Aktivitet", "Ansvarig", "Medverkande", "Tidsperiod", "Indikator"]
    data = [[P(h, cell_h) for h in head]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6d7f91")),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for num, title, rows in PLAN:
        first = len(data)
        for i, (act, lead, partner, when, ind) in enumerate(rows):
            goal_cell = P(f"Mål {num}<br/>{title}", cell_goal) if i == 0 else ""
            data.append(
                [
                    goal_cell,
                    P(act, cell),
                    P(lead, cell),
                    P(partner, cell),
                    P(when, cell),
                    P(ind, cell),
                ]
            )
        style.append(("BACKGROUND", (0, first), (0, len(data) - 1), LIGHT))
        style.append(("LINEABOVE", (0, first), (-1, first), 1.6, BLUE))
    t = Table(
        data, colWidths=[4.6 * cm, 7.6 * cm, 3.3 * cm, 4.6 * cm, 2.2 * cm, 3.8 * cm], repeatRows=1
    )
    t.setStyle(TableStyle(style))
    return t


def story():
    s = []
    # ------------------------------------------------------------ page 1: omslag
    cover_text = ParagraphStyle(
        "ct",
        fontName="Helvetica-Bold",
        fontSize=26,
        leading=31,
        textColor=BLUE,
        leftIndent=8.2 * cm,
        spaceAfter=14,
    )
    sub = ParagraphStyle(
        "sub", fontName="Helvetica", fontSize=13, leading=17, leftIndent=8.2 * cm, spaceAfter=8
    )
    s.append(Spacer(1, 4.0 * cm))
    s.append(P(TITLE, cover_text))
    s.append(
        P(
            "Örebro län – våld i nära relationer, hedersrelaterat våld och förtryck, "
            "prostitution och människohandel",
            sub,
        )
    )
    s.append(Spacer(1, 3.5 * cm))
    s.append(
        P(
            "Fastställd av Länsstyrelsen i Örebro län den 8 maj 2023. Dnr 851-2217-2023.",
            ParagraphStyle("m", parent=sub, fontSize=9.5, leading=13),
        )
    )
    s.append(PageBreak())

    # ------------------------------------------------------------ page 2: förord + inledning
    two_col = []
    left = [
        P("Förord", h1),
        P(
            "Mäns våld mot kvinnor står i vägen för ett jämställt samhälle. Det "
            "begränsar kvinnors och flickors liv, skadar barn som lever nära våldet och kostar "
            "samhället miljarder varje år. Våldet är samtidigt möjligt att förebygga."
        ),
        P(
            "Örebro län har under flera år byggt upp en stark samverkan mellan kommunerna, Region "
            "Örebro län, rättsväsendet, Örebro universitet och civilsamhället. Den här planen "
            "samlar de aktiviteter som vi gemensamt har prioriterat för perioden 2023–2026. Den "
            "ska bidra till att arbetet blir mer likvärdigt i länets tolv kommuner och att vi "
            "kan följa om insatserna gör skillnad."
        ),
        P("<i>Landshövding i Örebro län</i>"),
    ]
    right = [
        P("Inledning", h1),
        P(
            "Länsstyrelsens uppgift är att leda och samordna arbetet i länet mot mäns våld mot "
            "kvinnor. Hit räknas också hedersrelaterat våld och förtryck, prostitution och "
            "människohandel för sexuella ändamål. Uppdraget innebär att stödja kommuner och "
            "region, främja samverkan och bidra med kunskap om våldets omfattning i länet."
        ),
        P(
            "Planen består av fyra mål. Varje mål har ett antal aktiviteter med en "
            "ansvarig aktör, medverkande aktörer, en tidsperiod och en indikator som visar om "
            "aktiviteten har genomförts. Planen har beretts i länets samordningsgrupp för "
            "kvinnofrid och förankrats i det regionala chefsnätverket för socialtjänst."
        ),
        P(
            "Planen omfattar inte verksamheternas ordinarie uppdrag, utan de aktiviteter som "
            "kräver gemensamma insatser eller utveckling under perioden."
        ),
    ]
    t = Table([[left, right]], colWidths=[(W - LM - RM) / 2] * 2)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 20),
                ("LEFTPADDING", (1, 0), (1, 0), 20),
            ]
        )
    )
    s.append(t)
    s.append(PageBreak())

    # ------------------------------------------------------------ page 3: bakgrund
    s.append(P("Bakgrund", h1))
    s.append(
        P(
            "Örebro län har omkring 306 000 invånare i tolv kommuner, från Örebro med drygt 157 000 "
            "invånare till Ljusnarsberg med knappt 5 000. Under 2022 anmäldes 1 318 "
            "misshandelsbrott där den utsatta var en kvinna över 18 år. I 61 procent av fallen var "
            "gärningspersonen en närstående. Antalet anmälningar om grov kvinnofridskränkning "
            "uppgick till 72, och anmälningarna om olaga förföljelse till 287."
        )
    )
    s.append(
        P(
            "Länets kvinno- och tjejjourer hade under 2022 sammanlagt cirka 4 100 stödkontakter och "
            "erbjöd skyddat boende till 102 kvinnor och 127 barn. Region Örebro läns mätning inom "
            "primärvården visade samma år att frågor om våld ställdes rutinmässigt vid knappt en "
            "tredjedel av vårdcentralerna."
        )
    )
    stats = [
        ["Anmälda brott, Örebro län", "2020", "2021", "2022"],
        ["Misshandel, kvinna över 18 år", "1 276", "1 341", "1 318"],
        ["Grov kvinnofridskränkning", "66", "81", "72"],
        ["Olaga förföljelse", "229", "251", "287"],
        ["Köp av sexuell tjänst", "31", "18", "44"],
    ]
    st = Table(
        [[P(c, cell_h if r == 0 else cell) for c in row] for r, row in enumerate(stats)],
        colWidths=[8 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm],
        hAlign="LEFT",
    )
    st.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#9aa7b4")),
            ]
        )
    )
    s.append(st)
    s.append(Spacer(1, 4))
    s.append(
        P(
            "Källa: Brottsförebyggande rådet, anmälda brott 2020–2022.",
            ParagraphStyle("cap", parent=body, fontName="Helvetica-Oblique", fontSize=8.5),
        )
    )
    s.append(
        P(
            "En kartläggning av hedersrelaterat våld och förtryck som gjordes bland länets "
            "socialsekreterare 2021 visade att drygt hälften hade mött minst ett ärende under det "
            "senaste året, men att endast var fjärde kände sig trygg i att bedöma riskerna. När "
            "det gäller prostitution tyder polisens underrättelser på att annonseringen av sexuella "
            "tjänster i länet har ökat sedan 2020."
        )
    )
    s.append(PageBreak())

    # ------------------------------------------------------------ pages 4-: plan table
    s.append(P("Mål och aktiviteter 2023–2026", h1))
    s.append(
        P(
            "Tabellen redovisar handlingsplanens fyra mål med aktiviteter. Indikatorerna "
            "följs upp årligen."
        )
    )
    s.append(plan_table())

    # ------------------------------------------------------------ uppföljning
    s.append(PageBreak())
    s.append(P("Uppföljning", h1))
    s.append(
        P(
            "Indikatorerna i tabellen följs upp årligen genom en enkät till ansvariga aktörer. "
            "Samordningsgruppen för kvinnofrid och chefsnätverket får en sammanställning av svaren. "
            "Uppgifterna bryts om möjligt ned per kommun och på kön."
        )
    )
    s.append(
        P(
            "Handlingsplanen utvärderas i sin helhet under 2026. Utvärderingen ska ge underlag för "
            "en ny plan som tar hänsyn till den nationella strategins fortsatta inriktning."
        )
    )
    return s


def main():
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=PAGE,
        leftMargin=LM,
        rightMargin=RM,
        topMargin=1.6 * cm,
        bottomMargin=1.7 * cm,
        title=TITLE,
        author=ORG,
        invariant=1,
    )
    doc.build(story(), onFirstPage=cover, onLaterPages=later)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
