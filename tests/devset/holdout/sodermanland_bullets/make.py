"""Generates handlingsplan_mvk_sodermanland_2024-2027.pdf (reportlab).

Invented but realistic content. Layout: övergripande mål with delmål as headings, each delmål
followed by bulleted åtgärder; every bullet is followed by labelled lines (Ansvarig:,
Medverkande:, Tidsplan:, sometimes Resurser:). A bullet and its labelled lines are kept on one page.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "handlingsplan_mvk_sodermanland_2024-2027.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Arial", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily(
    "Arial", normal="Arial", bold="Arial-Bold", italic="Arial", boldItalic="Arial-Bold"
)

GREEN = colors.HexColor("#2E5E4E")
BODY = ParagraphStyle("body", fontName="Arial", fontSize=10.5, leading=14, spaceAfter=7)
H1 = ParagraphStyle(
    "h1", fontName="Arial-Bold", fontSize=17, leading=21, spaceAfter=10, textColor=GREEN
)
H2 = ParagraphStyle(
    "h2",
    fontName="Arial-Bold",
    fontSize=13.5,
    leading=17,
    spaceBefore=10,
    spaceAfter=6,
    textColor=GREEN,
)
H3 = ParagraphStyle(
    "h3", fontName="Arial-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4
)
BUL = ParagraphStyle(
    "bul", parent=BODY, leftIndent=16, bulletIndent=4, spaceAfter=2, bulletFontName="Arial"
)
LAB = ParagraphStyle("lab", parent=BODY, fontSize=9.5, leading=12.5, leftIndent=16, spaceAfter=0)
COVER_T = ParagraphStyle("ct", fontName="Arial-Bold", fontSize=24, leading=30, textColor=GREEN)
COVER_S = ParagraphStyle("cs", fontName="Arial", fontSize=13, leading=18)

# (mål nr, mål title, intro, [(delmål nr, delmål title, [action dicts])])
PLAN = [
    (
        "1",
        "Våld förebyggs genom tidiga och samordnade insatser",
        "Det förebyggande arbetet ska minska risken för att våld uppstår och upprepas. Insatserna "
        "riktar sig både till barn och unga och till de yrkesverksamma som möter dem.",
        [
            (
                "1.1",
                "Barn och unga får kunskap om jämställdhet, relationer och våld",
                [
                    dict(
                        text="Erbjuda länets grundskolor och gymnasieskolor stödmaterial och "
                        "fortbildning i sex- och samlevnadsundervisning med fokus på samtycke och "
                        "våld.",
                        ansvarig="Länsstyrelsen Södermanland",
                        medverkande="Länets kommuner, Region Sörmland (ungdomsmottagningarna)",
                        tid="2024–2025",
                    ),
                    dict(
                        text="Införa ett våldsförebyggande program på fritidsgårdar och i kommunernas "
                        "öppna ungdomsverksamhet.",
                        ansvarig="Länets kommuner",
                        medverkande="Länsstyrelsen Södermanland",
                        tid="2025–2027",
                        resurser="Utvecklingsmedel från Länsstyrelsen kan sökas",
                    ),
                ],
            ),
            (
                "1.2",
                "Kunskapen om våld och dess konsekvenser ökar bland yrkesverksamma",
                [
                    dict(
                        text="Genomföra en årlig regional konferens om mäns våld mot kvinnor för "
                        "yrkesverksamma i länet.",
                        ansvarig="Länsstyrelsen Södermanland",
                        tid="Årligen, hösten",
                    ),
                    dict(
                        text="Säkerställa att all personal inom socialtjänstens individ- och "
                        "familjeomsorg har genomgått grundutbildning om våld i nära relationer.",
                        ansvarig="Länets kommuner",
                        medverkande="Länsstyrelsen Södermanland",
                        tid="2024–2026",
                    ),
                    dict(
                        text="Ta fram ett regionalt kunskapsunderlag om våldets omfattning och "
                        "konsekvenser i Södermanland.",
                        ansvarig="Länsstyrelsen Södermanland",
                        medverkande="Mälardalens universitet, Region Sörmland",
                        tid="2025",
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        "Våldsutsatta får tillgång till stöd och skydd av god kvalitet",
        "Våldsutsatta kvinnor, män och barn ska få ett likvärdigt och samordnat stöd oavsett i "
        "vilken av länets nio kommuner de bor. Stödet ska utgå från den enskildes behov och ta "
        "hänsyn till särskilt sårbara grupper.",
        [
            (
                "2.1",
                "Våldsutsatta upptäcks och får stöd tidigt",
                [
                    dict(
                        text="Införa rutinmässiga frågor om våld inom vuxenpsykiatrin och "
                        "beroendevården.",
                        ansvarig="Region Sörmland",
                        tid="2024–2025",
                    ),
                    dict(
                        text="Utveckla en gemensam rutin för samverkan mellan hälso- och sjukvården "
                        "och socialtjänsten när våld upptäcks.",
                        ansvarig="Region Sörmland och länets kommuner",
                        medverkande="Länsstyrelsen Södermanland",
                        tid="2025",
                    ),
                    dict(
                        text="Erbjuda dokumentation av skador och rättsintyg dygnet runt vid "
                        "Mälarsjukhuset i Eskilstuna och Nyköpings lasarett.",
                        ansvarig="Region Sörmland",
                        medverkande="Polismyndigheten",
                        tid="2026",
                    ),
                ],
            ),
            (
                "2.2",
                "Barn som upplever våld får stöd utifrån sina behov",
                [
                    dict(
                        text="Utreda förutsättningarna för ett gemensamt barnahus för länets "
                        "kommuner.",
                        ansvarig="Länets kommuner",
                        medverkande="Polismyndigheten, Åklagarmyndigheten, Region Sörmland",
                        tid="2024–2025",
                    ),
                    dict(
                        text="Säkerställa att barn i skyddat boende får tillgång till skolgång och "
                        "hälso- och sjukvård.",
                        ansvarig="Länets kommuner",
                        medverkande="Region Sörmland",
                        tid="Löpande",
                    ),
                ],
            ),
            (
                "2.3",
                "Samverkan med civilsamhället stärks",
                [
                    dict(
                        text="Teckna idéburna offentliga partnerskap (IOP) med kvinno- och "
                        "tjejjourerna i länet.",
                        ansvarig="Länets kommuner",
                        medverkande="Kvinno- och tjejjourerna i Södermanland",
                        tid="2024",
                    ),
                    dict(
                        text="Starta en pilotverksamhet med stödlägenheter för våldsutsatta som "
                        "lämnar skyddat boende.",
                        ansvarig="Eskilstuna kommun",
                        medverkande="Kvinnojouren i Eskilstuna, Länsstyrelsen Södermanland",
                        tid="2025–2026",
                        resurser="Inom befintlig budget",
                    ),
                ],
            ),
        ],
    ),
    (
        "3",
        "Hedersrelaterat våld och förtryck, prostitution och människohandel motverkas",
        "Hedersrelaterat våld och förtryck, prostitution och människohandel är områden där "
        "kunskapen hos yrkesverksamma behöver öka och där samverkan mellan myndigheter är "
        "särskilt viktig för att skydda de utsatta.",
        [
            (
                "3.1",
                "Arbetet mot hedersrelaterat våld och förtryck stärks",
                [
                    dict(
                        text="Ta fram en länsgemensam vägledning för skolans arbete mot "
                        "hedersrelaterat våld och förtryck.",
                        ansvarig="Länsstyrelsen Södermanland",
                        medverkande="Länets kommuner",
                        tid="2025",
                    ),
                    dict(
                        text="Utbilda medarbetare inom socialtjänsten i att använda "
                        "riskbedömningsinstrumentet PATRIARK.",
                        ansvarig="Länets kommuner",
                        medverkande="Länsstyrelsen Södermanland",
                        tid="2024–2026",
                    ),
                    dict(
                        text="Uppmärksamma risken för att barn och unga förs utomlands för att giftas "
                        "bort, inför sommarlovet varje år.",
                        ansvarig="Länets kommuner (skola och socialtjänst)",
                        medverkande="Polismyndigheten",
                        tid="Årligen, maj–juni",
                    ),
                ],
            ),
            (
                "3.2",
                "Färre utsätts för prostitution och människohandel",
                [
                    dict(
                        text="Införa rutiner utifrån Nationellt metodstöd mot prostitution och "
                        "människohandel (NMR).",
                        ansvarig="Länets kommuner och Region Sörmland",
                        medverkande="Länsstyrelsen Södermanland",
                        tid="2025",
                    ),
                    dict(
                        text="Kartlägga förekomsten av sexuell exploatering av barn och unga via "
                        "digitala plattformar i länet.",
                        ansvarig="Länsstyrelsen Södermanland",
                        medverkande="Polismyndigheten, länets kommuner",
                        tid="2026",
                    ),
                ],
            ),
        ],
    ),
]


def on_page(canv, doc):
    if doc.page == 1:
        return
    canv.saveState()
    canv.setFont("Arial", 8)
    canv.setFillColor(colors.grey)
    canv.drawString(20 * mm, A4[1] - 12 * mm, "Länsstyrelsen Södermanland")
    canv.drawRightString(
        A4[0] - 20 * mm, A4[1] - 12 * mm, "Handlingsplan mot mäns våld mot kvinnor 2024–2027"
    )
    canv.drawCentredString(A4[0] / 2, 10 * mm, str(doc.page))
    canv.restoreState()


def action_parts(a):
    parts = [Paragraph(a["text"], BUL, bulletText="•")]
    parts.append(Paragraph(f"<b>Ansvarig:</b> {a['ansvarig']}", LAB))
    if a.get("medverkande"):
        parts.append(Paragraph(f"<b>Medverkande:</b> {a['medverkande']}", LAB))
    parts.append(Paragraph(f"<b>Tidsplan:</b> {a['tid']}", LAB))
    if a.get("resurser"):
        parts.append(Paragraph(f"<b>Resurser:</b> {a['resurser']}", LAB))
    parts.append(Spacer(1, 7))
    return parts


def build():
    s = []
    # ---- page 1: cover
    s += [
        Spacer(1, 70 * mm),
        Paragraph(
            "LÄNSSTYRELSEN SÖDERMANLAND", ParagraphStyle("x", parent=COVER_S, fontName="Arial-Bold")
        ),
        Spacer(1, 8 * mm),
        Paragraph(
            "Handlingsplan mot mäns våld mot kvinnor, våld i nära relationer och "
            "hedersrelaterat våld och förtryck i Södermanlands län 2024–2027",
            COVER_T,
        ),
        Spacer(1, 8 * mm),
        Paragraph("Inklusive prostitution och människohandel för sexuella ändamål", COVER_S),
        Spacer(1, 60 * mm),
        Paragraph("Rapport 2024:3 · Dnr 851-4410-2023", COVER_S),
        PageBreak(),
    ]

    # ---- page 2: förord, innehåll
    s += [
        Paragraph("Förord", H1),
        Paragraph(
            "Att leva ett liv fritt från våld är en grundläggande mänsklig rättighet. Ändå "
            "utsätts tusentals kvinnor och barn i Södermanland varje år för våld av någon "
            "de har eller har haft en nära relation till. Våldet får allvarliga "
            "konsekvenser för hälsa, ekonomi och livsmöjligheter, och barn som lever med "
            "våld tar skada även när de inte själva blir slagna.",
            BODY,
        ),
        Paragraph(
            "Länsstyrelsen har i uppdrag att samordna arbetet mot mäns våld mot kvinnor "
            "på regional nivå och att stödja kommuner, region och andra aktörer i deras "
            "arbete. Den här handlingsplanen har tagits fram tillsammans med länets nio "
            "kommuner, Region Sörmland, Polisen, Åklagarmyndigheten, Kriminalvården, "
            "Mälardalens universitet och länets kvinno- och tjejjourer.",
            BODY,
        ),
        Paragraph(
            "Planen ersätter den tidigare regionala handlingsplanen för 2020–2023. Den är "
            "ett gemensamt åtagande: varje åtgärd har en ansvarig aktör, och vi kommer "
            "tillsammans att följa upp att åtgärderna genomförs.",
            BODY,
        ),
        Paragraph("Nyköping i mars 2024<br/>Länsstyrelsen Södermanland", BODY),
        Spacer(1, 10 * mm),
        Paragraph("Innehåll", H2),
        Paragraph(
            "Förord · Inledning · Bakgrund · Mål, delmål och åtgärder · Uppföljning · Definitioner",
            BODY,
        ),
        PageBreak(),
    ]

    # ---- page 3: inledning och bakgrund
    s += [
        Paragraph("Inledning", H1),
        Paragraph(
            "Handlingsplanen omfattar mäns våld mot kvinnor, våld i nära relationer, "
            "hedersrelaterat våld och förtryck samt prostitution och människohandel för "
            "sexuella ändamål. Den gäller för perioden 2024–2027 och utgår från den "
            "nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor och "
            "från det jämställdhetspolitiska delmålet om att mäns våld mot kvinnor ska "
            "upphöra.",
            BODY,
        ),
        Paragraph(
            "Planen är indelad i tre övergripande mål som vart och ett har två eller tre "
            "delmål. Under varje delmål beskrivs de åtgärder som ska genomföras, vem som "
            "ansvarar, vilka aktörer som medverkar och när åtgärden ska vara genomförd.",
            BODY,
        ),
        Paragraph("Bakgrund", H2),
        Paragraph(
            "Södermanlands län har omkring 300 000 invånare i nio kommuner: Eskilstuna, "
            "Flen, Gnesta, Katrineholm, Nyköping, Oxelösund, Strängnäs, Trosa och "
            "Vingåker. Länet har både större städer och glesbygd, vilket påverkar "
            "tillgången till specialiserat stöd.",
            BODY,
        ),
        Paragraph(
            "Enligt polisens statistik anmäls varje år drygt 1 000 fall av misshandel mot "
            "kvinnor i länet, och i en majoritet av fallen är gärningspersonen bekant med "
            "kvinnan. Mörkertalet bedöms vara stort. Länets kvinno- och tjejjourer tog "
            "under 2023 emot närmare 2 500 stödsamtal, och efterfrågan på skyddat "
            "boende har överstigit antalet platser under stora delar av året.",
            BODY,
        ),
        Paragraph(
            "Den regionala kartläggning som Länsstyrelsen genomförde 2023 visade att "
            "samtliga kommuner har rutiner för att handlägga ärenden om våld i nära "
            "relationer, men att få har rutiner för hedersrelaterat våld och förtryck. "
            "Kartläggningen visade också att stödet till barn som upplevt våld är ojämnt "
            "fördelat i länet.",
            BODY,
        ),
        Paragraph("Läsanvisning", H2),
        Paragraph(
            "Åtgärderna i planen presenteras i punktform. För varje åtgärd anges den "
            "ansvariga aktören, som driver och följer upp åtgärden, och i förekommande "
            "fall medverkande aktörer. Tidsplanen anger när åtgärden ska vara genomförd "
            "eller om den pågår löpande.",
            BODY,
        ),
        PageBreak(),
    ]

    # ---- the plan proper
    s.append(Paragraph("Mål, delmål och åtgärder", H1))
    for no, title, intro, delmal in PLAN:
        s.append(Paragraph(f"Övergripande mål {no}: {title}", H2))
        s.append(Paragraph(intro, BODY))
        for dno, dtitle, actions in delmal:
            blocks = [action_parts(a) for a in actions]
            # keep the delmål heading with its first åtgärd, and each åtgärd on one page
            s.append(KeepTogether([Paragraph(f"Delmål {dno} {dtitle}", H3)] + blocks[0]))
            s.extend(KeepTogether(b) for b in blocks[1:])

    # ---- uppföljning
    s += [
        PageBreak(),
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Handlingsplanen följs upp en gång per år. Ansvariga aktörer rapporterar "
            "status för sina åtgärder i samband med länets samverkansforum för kvinnofrid "
            "under hösten. Uppföljningen sammanställs av Länsstyrelsen och redovisas för "
            "den regionala ledningsgruppen för social hållbarhet.",
            BODY,
        ),
        Paragraph(
            "Utöver åtgärdsuppföljningen följs ett antal indikatorer, bland annat antal "
            "anmälda brott, antal ärenden om våld i nära relationer inom socialtjänsten, "
            "antal platser i skyddat boende och andelen kommuner med behandling för "
            "våldsutövare. En slutlig utvärdering görs under 2027 och ligger till grund "
            "för en ny handlingsplan.",
            BODY,
        ),
        Paragraph("Definitioner", H2),
        Paragraph(
            "<b>Våld i nära relationer</b> – våld som utövas av en partner, tidigare "
            "partner, förälder, syskon eller annan närstående.",
            BODY,
        ),
        Paragraph(
            "<b>Hedersrelaterat våld och förtryck</b> – våld och förtryck som motiveras "
            "av att familjens eller släktens heder ska bevaras genom kontroll av "
            "framför allt flickors och kvinnors sexualitet.",
            BODY,
        ),
        Paragraph(
            "<b>Människohandel</b> – att genom otillbörliga medel rekrytera, transportera, "
            "överföra, inhysa eller ta emot en person i syfte att exploatera personen, "
            "till exempel för sexuella ändamål.",
            BODY,
        ),
        Paragraph(
            "<b>IOP</b> – idéburet offentligt partnerskap, en samverkansform mellan "
            "offentlig sektor och idéburna organisationer.",
            BODY,
        ),
    ]

    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        invariant=1,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor i Södermanlands län 2024–2027",
        author="Länsstyrelsen Södermanland",
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    build()
