"""Generates region_gotland_handlingsplan_vald_2024-2026.pdf (reportlab).

Invented but realistic content for Region Gotland (region and municipality in one). The plan
proper is ONE ruled table (Insatsområde / Åtgärd / Ansvarig / Samverkanspart / Tidsplan) whose
first column is printed only on the first row of each insatsområde; the table runs over several
pages with its header row repeated, and an insatsområde continues over a page break.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "region_gotland_handlingsplan_vald_2024-2026.pdf"

FD = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVC", str(FD / "DejaVuSansCondensed.ttf")))
pdfmetrics.registerFont(TTFont("DVC-Bold", str(FD / "DejaVuSansCondensed-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVC-Oblique", str(FD / "DejaVuSansCondensed-Oblique.ttf")))
pdfmetrics.registerFontFamily(
    "DVC", normal="DVC", bold="DVC-Bold", italic="DVC-Oblique", boldItalic="DVC-Bold"
)

BLUE = colors.HexColor("#004C89")
BODY = ParagraphStyle("body", fontName="DVC", fontSize=10, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", fontName="DVC-Bold", fontSize=16, leading=20, spaceAfter=8, textColor=BLUE
)
H2 = ParagraphStyle(
    "h2", fontName="DVC-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, textColor=BLUE
)
CELL = ParagraphStyle("cell", fontName="DVC", fontSize=8.4, leading=10.4)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="DVC-Bold")
HEAD = ParagraphStyle("head", parent=CELL, fontName="DVC-Bold", textColor=colors.white)

COLS = ("Insatsområde", "Åtgärd", "Ansvarig", "Samverkanspart", "Tidsplan")
WIDTHS = (29 * mm, 59.5 * mm, 36 * mm, 36 * mm, 19.5 * mm)

SOF = "Socialförvaltningen"
HSF = "Hälso- och sjukvårdsförvaltningen"
UAF = "Utbildnings- och arbetslivsförvaltningen"
POL = "Polisområde Gotland"
LST = "Länsstyrelsen i Gotlands län"

# (insatsområde, [(åtgärd, ansvarig, samverkan, tid)])
PLAN = [
    (
        "1. Förebygga våld",
        [
            (
                "Genomföra ett våldsförebyggande program i årskurs 7–9 på samtliga "
                "högstadieskolor.",
                UAF,
                POL,
                "2024–2026",
            ),
            (
                "Erbjuda föräldraskapsstöd med fokus på våldsfria relationer vid familjecentralerna "
                "i Visby, Hemse och Slite.",
                SOF,
                f"{HSF} (barnhälsovården)",
                "2024–2026",
            ),
            (
                "Genomföra en informationskampanj om våld i nära relationer riktad till allmänheten "
                "under Almedalsveckan.",
                SOF,
                "Kvinno- och tjejjouren på Gotland, Brottsofferjouren Gotland",
                "2024, 2025",
            ),
            (
                "Utbilda ledare i idrotts- och kulturföreningar i att förebygga och agera vid "
                "sexuella trakasserier.",
                f"{UAF}, enheten för kultur och fritid",
                LST,
                "2025",
            ),
        ],
    ),
    (
        "2. Upptäcka våld tidigt",
        [
            (
                "Införa en rutin för att fråga om våld i samtliga utredningar inom individ- och "
                "familjeomsorgen.",
                SOF,
                "",
                "2024",
            ),
            (
                "Införa frågor om våld vid besök på mödrahälsovården, ungdomsmottagningen och "
                "vuxenpsykiatrin.",
                HSF,
                "",
                "2024–2025",
            ),
            (
                "Utbilda personal inom hemtjänst och särskilt boende i att upptäcka våld mot "
                "äldre.",
                f"{SOF} (äldreomsorgen)",
                "",
                "2025",
            ),
            (
                "Ta fram en rutin för elevhälsan vid misstanke om att en elev utsätts för våld eller "
                "upplever våld i hemmet.",
                UAF,
                f"{SOF}, {HSF} (BUP)",
                "2025",
            ),
        ],
    ),
    (
        "3. Stöd och skydd till våldsutsatta",
        [
            (
                "Samla socialförvaltningens stöd till våldsutsatta i en gemensam enhet med egen "
                "mottagning i Visby.",
                SOF,
                "",
                "2024",
            ),
            (
                "Säkerställa tillgång till skyddat boende på Gotland med plats för medföljande "
                "barn.",
                SOF,
                "Kvinno- och tjejjouren på Gotland",
                "2024–2026",
            ),
            (
                "Erbjuda barn som upplevt våld samtalsstöd i grupp och individuellt.",
                SOF,
                f"{HSF} (BUP)",
                "2024–2026",
            ),
            (
                "Utveckla samarbetet kring kontaktförbud och skyddsbedömningar för våldsutsatta.",
                SOF,
                f"{POL}, Åklagarmyndigheten",
                "2025",
            ),
            (
                "Underlätta för våldsutsatta att få en egen bostad efter tiden i skyddat boende.",
                SOF,
                "AB Gotlandshem",
                "2025",
            ),
        ],
    ),
    (
        "4. Insatser till den som utövar våld",
        [
            (
                "Erbjuda behandling till personer som utövar våld i nära relationer inom "
                "socialförvaltningens öppenvård.",
                SOF,
                "Kriminalvården, frivården Visby",
                "2024–2026",
            ),
            (
                "Informera om stöd för att sluta utöva våld i samband med polisens ingripanden.",
                POL,
                SOF,
                "2025",
            ),
        ],
    ),
    (
        "5. Hedersrelaterat våld och förtryck, prostitution och människohandel",
        [
            (
                "Utbilda medarbetare i skola och socialtjänst om hedersrelaterat våld och "
                "förtryck.",
                SOF,
                f"{LST}, {UAF}",
                "2024–2025",
            ),
            (
                "Ta fram en rutin för handläggning av ärenden som rör barnäktenskap och "
                "tvångsäktenskap.",
                SOF,
                "",
                "2025",
            ),
            (
                "Kartlägga förekomsten av sex mot ersättning och människohandel för sexuella "
                "ändamål under sommarsäsongen.",
                LST,
                f"{POL}, {SOF}",
                "2025",
            ),
            (
                "Erbjuda utbildning om människohandel till besöksnäringen, bland annat hotell och "
                "taxi.",
                LST,
                POL,
                "2026",
            ),
        ],
    ),
]


def on_page(canv, doc):
    if doc.page == 1:
        return
    canv.saveState()
    canv.setFont("DVC", 8)
    canv.setFillColor(colors.grey)
    canv.drawString(
        15 * mm,
        10 * mm,
        "Region Gotland · Handlingsplan mot mäns våld mot kvinnor "
        "och våld i nära relationer 2024–2026",
    )
    canv.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Sida {doc.page}")
    canv.restoreState()


def action_table():
    data = [[Paragraph(c, HEAD) for c in COLS]]
    group_starts = []
    for area, rows in PLAN:
        group_starts.append(len(data))
        for i, (what, who, with_, when) in enumerate(rows):
            data.append(
                [
                    Paragraph(area, CELL_B) if i == 0 else "",
                    Paragraph(what, CELL),
                    Paragraph(who, CELL),
                    Paragraph(with_, CELL) if with_ else "",
                    Paragraph(when, CELL),
                ]
            )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in group_starts:
        style.append(("LINEABOVE", (0, r), (-1, r), 1.2, BLUE))
    t = Table(data, colWidths=WIDTHS, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def build():
    s = []
    # ---- page 1: cover
    s += [
        Spacer(1, 45 * mm),
        Paragraph("Region Gotland", ParagraphStyle("c0", parent=H1, fontSize=14)),
        Spacer(1, 10 * mm),
        Paragraph(
            "Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2026",
            ParagraphStyle("c1", parent=H1, fontSize=24, leading=30),
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            "Omfattar även hedersrelaterat våld och förtryck samt prostitution och människohandel",
            ParagraphStyle("c2", parent=BODY, fontSize=12, leading=16),
        ),
        Spacer(1, 70 * mm),
        Paragraph(
            "Dokumenttyp: Handlingsplan<br/>Beslutad av: Regionfullmäktige "
            "2024-03-25, § 31<br/>Diarienummer: RS 2023/1187<br/>Dokumentansvarig: "
            "Socialförvaltningen<br/>Giltighetstid: 2024–2026",
            BODY,
        ),
        PageBreak(),
    ]

    # ---- page 2: inledning
    s += [
        Paragraph("Inledning", H1),
        Paragraph(
            "Region Gotland ansvarar både för kommunens och regionens uppgifter. Det "
            "innebär att socialtjänst, skola, hälso- och sjukvård och tandvård finns "
            "inom samma organisation, vilket ger goda förutsättningar för ett samordnat "
            "arbete mot våld. Samtidigt ställer det krav på tydliga rutiner för hur "
            "förvaltningarna samverkar.",
            BODY,
        ),
        Paragraph("Syfte", H2),
        Paragraph(
            "Handlingsplanen ska bidra till att våld i nära relationer förebyggs, att "
            "våldet upptäcks tidigt och att våldsutsatta kvinnor, män och barn får ett "
            "stöd och skydd av god kvalitet. Planen ska också bidra till att den som "
            "utövar våld erbjuds insatser för att sluta.",
            BODY,
        ),
        Paragraph("Styrande dokument", H2),
        Paragraph(
            "Planen utgår från socialtjänstlagen, Socialstyrelsens föreskrifter och "
            "allmänna råd om våld i nära relationer (SOSFS 2014:4), den nationella "
            "strategin för att förebygga och bekämpa mäns våld mot kvinnor samt Region "
            "Gotlands regionala utvecklingsstrategi Vårt Gotland 2040.",
            BODY,
        ),
        Paragraph("Begrepp", H2),
        Paragraph(
            "Med våld i nära relationer avses alla former av fysiskt, psykiskt, sexuellt "
            "och ekonomiskt våld samt försummelse som utövas av en närstående. Barn som "
            "bevittnar eller på andra sätt upplever våld mellan närstående räknas som "
            "brottsoffer. Hedersrelaterat våld och förtryck samt prostitution och "
            "människohandel för sexuella ändamål ingår i planen eftersom de i hög grad "
            "drabbar kvinnor och flickor.",
            BODY,
        ),
        Paragraph("Målgrupp", H2),
        Paragraph(
            "Planen riktar sig till politiker, chefer och medarbetare i Region Gotlands "
            "förvaltningar samt till de myndigheter och organisationer som Region "
            "Gotland samverkar med.",
            BODY,
        ),
        PageBreak(),
    ]

    # ---- page 3: lägesbild
    s += [
        Paragraph("Lägesbild på Gotland", H1),
        Paragraph(
            "Gotland har drygt 61 000 invånare, varav ungefär 24 000 bor i Visby. Under "
            "sommarmånaderna ökar befolkningen kraftigt, vilket påverkar både "
            "polisens och socialtjänstens arbete.",
            BODY,
        ),
        Paragraph(
            "Socialförvaltningen tog under 2023 emot cirka 420 anmälningar och "
            "ansökningar som rörde våld i nära relationer, varav en tredjedel gällde "
            "barn som upplevt våld. Antalet placeringar i skyddat boende har ökat de "
            "senaste åren, och en stor del av placeringarna har behövt ske på fastlandet "
            "på grund av brist på platser på ön.",
            BODY,
        ),
        Paragraph(
            "Kvinno- och tjejjouren på Gotland har en viktig roll som stöd till "
            "våldsutsatta och som samverkanspart. Jouren tog under 2023 emot närmare 900 "
            "samtal och chattar.",
            BODY,
        ),
        Paragraph("En genomgång av rutiner inom Region Gotland under 2023 visade att:", BODY),
        Paragraph(
            "rutiner för att fråga om våld finns inom delar av socialtjänsten men inte "
            "i hälso- och sjukvården,",
            BODY,
            bulletText="–",
        ),
        Paragraph(
            "stöd till barn som upplevt våld främst ges individuellt och har långa väntetider,",
            BODY,
            bulletText="–",
        ),
        Paragraph(
            "behandling för den som utövar våld har köpts från externa aktörer,",
            BODY,
            bulletText="–",
        ),
        Paragraph(
            "kunskapen om hedersrelaterat våld och förtryck behöver öka i skolan.",
            BODY,
            bulletText="–",
        ),
        Paragraph("Resultaten har legat till grund för de åtgärder som beskrivs i planen.", BODY),
        PageBreak(),
    ]

    # ---- page 4–: the action table
    s += [
        Paragraph("Insatsområden och åtgärder", H1),
        Paragraph(
            "Handlingsplanen har fem insatsområden: att förebygga våld, att upptäcka "
            "våld tidigt, stöd och skydd till våldsutsatta, insatser till den som utövar "
            "våld samt hedersrelaterat våld och förtryck, prostitution och "
            "människohandel. Åtgärderna redovisas i tabellen nedan.",
            BODY,
        ),
        Paragraph(
            "För varje åtgärd anges ansvarig förvaltning eller myndighet, vilka som "
            "ska medverka och när åtgärden ska genomföras. Den ansvariga förvaltningen "
            "tar fram en aktivitetsplan och redovisar genomförandet i den årliga "
            "uppföljningen.",
            BODY,
        ),
        Paragraph(
            "Flera av åtgärderna genomförs tillsammans med Polisområde Gotland, "
            "Länsstyrelsen i Gotlands län och de ideella organisationerna på ön. "
            "Samverkan sker främst inom det lokala samverkansrådet mot våld i nära "
            "relationer, som sammanträder fyra gånger per år.",
            BODY,
        ),
        Spacer(1, 3 * mm),
        action_table(),
        Spacer(1, 8 * mm),
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Socialförvaltningen samordnar uppföljningen av handlingsplanen. Varje år "
            "redovisas status för åtgärderna till socialnämnden och "
            "hälso- och sjukvårdsnämnden, och en samlad redovisning lämnas till "
            "regionstyrelsen i samband med årsredovisningen.",
            BODY,
        ),
        Paragraph(
            "Planen gäller till och med 2026. Under hösten 2026 görs en utvärdering som "
            "ligger till grund för beslut om en ny plan.",
            BODY,
        ),
    ]

    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        invariant=1,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2026",
        author="Region Gotland",
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    build()
