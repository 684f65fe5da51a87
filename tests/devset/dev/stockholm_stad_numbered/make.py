"""Generate stockholm_handlingsplan_mvk_2024-2027.pdf (Stockholms stad).

Layout exercised: a municipal action plan. Cover page, a table of contents with page numbers
but no dot leaders, section headings in ALL CAPS (INLEDNING, MÅL OCH ÅTGÄRDER, UPPFÖLJNING),
goals as larger numbered headings "1. ...", and under each goal numbered actions "1.1 ..."
written as paragraphs, each followed by a line "Ansvar: X" and a line "Klart: 2025". The
responsible bodies are the city's own nämnder; a few Ansvar lines add external partners with
"i samverkan med". Actions are not kept together with their Ansvar/Klart lines, so an action
can end at the foot of one page and have its Ansvar line at the top of the next. Running
header with the city's name in capitals, footer with diarienummer and page number.

Run with the project venv:
    .venv/bin/python tests/devset/dev/stockholm_stad_numbered/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "stockholm_handlingsplan_mvk_2024-2027.pdf"

ORG = "Stockholms stad"
TITLE = (
    "Stockholms stads handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2027"
)
DNR = "Dnr KS 2023/1187"

W, H = A4
LM, RM, TM, BM = 2.6 * cm, 2.6 * cm, 2.8 * cm, 2.4 * cm
NAVY = colors.HexColor("#002d72")
GREY = colors.HexColor("#5b5b5b")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
section = ParagraphStyle(
    "section",
    fontName="Helvetica-Bold",
    fontSize=12,
    leading=15,
    spaceBefore=6,
    spaceAfter=10,
    textColor=NAVY,
)
sub = ParagraphStyle(
    "sub", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3
)
goal_style = ParagraphStyle(
    "goal",
    fontName="Helvetica-Bold",
    fontSize=15,
    leading=19,
    spaceBefore=16,
    spaceAfter=8,
    textColor=NAVY,
    keepWithNext=1,
)
goal_intro = ParagraphStyle("goalintro", parent=body, fontName="Times-Italic", spaceAfter=8)
action_style = ParagraphStyle(
    "action",
    parent=body,
    leftIndent=0.95 * cm,
    firstLineIndent=-0.95 * cm,
    spaceBefore=4,
    spaceAfter=2,
)
meta = ParagraphStyle(
    "meta", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=0.95 * cm, textColor=GREY
)
toc_style = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=14)
toc_goal = ParagraphStyle("tocg", parent=toc_style, leftIndent=0.6 * cm)


class PlanDoc(BaseDocTemplate):
    def __init__(self, filename, pages):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=LM,
            rightMargin=RM,
            topMargin=TM,
            bottomMargin=BM,
            title=TITLE,
            author=ORG,
            invariant=1,
        )
        self.found = {}
        self.pages = pages
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self.cover),
                PageTemplate(id="text", frames=[frame], onPage=self.running),
            ]
        )

    def afterFlowable(self, flowable):
        key = getattr(flowable, "toc_key", None)
        if key:
            self.found[key] = self.page

    def cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(LM, H - 3.2 * cm, 1.2 * cm, 1.2 * cm, stroke=0, fill=1)
        canv.setFont("Helvetica-Bold", 13)
        canv.drawString(LM + 1.6 * cm, H - 2.75 * cm, "STOCKHOLMS STAD")
        canv.setFont("Helvetica", 9)
        canv.setFillColor(GREY)
        canv.drawString(LM, 2.6 * cm, "Antagen av kommunfullmäktige den 11 december 2023")
        canv.drawString(LM, 2.1 * cm, DNR)
        canv.restoreState()

    def running(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 8)
        canv.setFillColor(NAVY)
        canv.drawString(LM, H - 1.6 * cm, "STOCKHOLMS STAD")
        canv.setFont("Helvetica", 8)
        canv.setFillColor(GREY)
        canv.drawRightString(
            W - RM, H - 1.6 * cm, "Handlingsplan mot mäns våld mot kvinnor 2024–2027"
        )
        canv.drawString(LM, 1.4 * cm, DNR)
        canv.drawRightString(W - RM, 1.4 * cm, str(doc.page))
        canv.restoreState()


def P(t, s=body, key=None):
    p = Paragraph(t, s)
    if key:
        p.toc_key = key
    return p


# --------------------------------------------------------------------- goals and actions
# (number, title, intro, [(action text, ansvar, klart)])
GOALS = [
    (
        "1",
        "Våld förebyggs genom tidiga insatser för barn och unga",
        "Stadens skolor, fritidsgårdar och idrottsanläggningar är viktiga arenor för att nå unga "
        "innan destruktiva relationsmönster har etablerats.",
        [
            (
                "Erbjuda samtliga kommunala grundskolor stöd i att införa ett våldsförebyggande "
                "arbetssätt som utmanar normer om maskulinitet och kontroll, med start i årskurs 7.",
                "Utbildningsnämnden",
                "2025",
            ),
            (
                "Utbilda personal på fritidsgårdar och i den öppna ungdomsverksamheten i att "
                "uppmärksamma våld och kontroll i ungas parrelationer och veta hur de ska agera.",
                "Stadsdelsnämnderna",
                "2025",
            ),
            (
                "Genomföra en kampanj i stadens digitala kanaler riktad till unga vuxna om samtycke, "
                "kontrollerande beteenden och digitalt våld.",
                "Kommunstyrelsen",
                "2024",
            ),
            (
                "Ta fram ett utbildningsmaterial om våld i nära relationer för idrottsföreningar som "
                "får föreningsbidrag från staden.",
                "Idrottsnämnden",
                "2026",
            ),
        ],
    ),
    (
        "2",
        "Våldsutsatta får tidigt stöd och skydd av god kvalitet",
        "Den som utsätts för våld ska mötas av samma kunskap och bemötande oavsett vilken del av "
        "staden hon bor i eller vilken verksamhet hon först kommer i kontakt med.",
        [
            (
                "Införa rutinmässiga frågor om våldsutsatthet inom ekonomiskt bistånd, "
                "missbruks- och beroendevården samt äldreomsorgens biståndshandläggning.",
                "Socialnämnden och stadsdelsnämnderna",
                "2025",
            ),
            (
                "Säkerställa att det finns platser i skyddat boende för kvinnor med missbruk eller "
                "psykisk ohälsa, i egen regi eller genom upphandling.",
                "Socialnämnden",
                "2026",
            ),
            (
                "Utveckla samarbetet kring akut omhändertagande efter våldtäkt så att den som söker "
                "vård erbjuds kontakt med socialtjänsten samma dygn.",
                "Socialnämnden i samverkan med Region Stockholm",
                "2025",
            ),
            (
                "Se över rutinerna för förtur till bostad för våldsutsatta som lämnar skyddat boende, "
                "så att tiden i boendet inte förlängs i onödan.",
                "Socialnämnden",
                "2025",
            ),
            (
                "Erbjuda stödsamtal och information om våld till äldre kvinnor genom stadens "
                "träffpunkter och hemtjänst.",
                "Äldrenämnden",
                "2026",
            ),
        ],
    ),
    (
        "3",
        "Barn som upplever våld uppmärksammas och får stöd",
        "Barn som har sett, hört eller på annat sätt upplevt våld mellan närstående vuxna är "
        "brottsoffer och har rätt till eget stöd.",
        [
            (
                "Säkerställa att alla barn som har upplevt våld i hemmet erbjuds ett eget stödsamtal "
                "inom fyra veckor från det att socialtjänsten fått kännedom om våldet.",
                "Stadsdelsnämnderna",
                "2025",
            ),
            (
                "Utbilda personal i förskolan i att upptäcka och göra orosanmälan när ett barn kan "
                "leva med våld.",
                "Stadsdelsnämnderna",
                "2026",
            ),
            (
                "Utveckla samverkan inom barnahus så att barn som bevittnat våld får ett lika "
                "samordnat bemötande som barn som själva utsatts för brott.",
                "Socialnämnden i samverkan med Polismyndigheten och Region Stockholm",
                "2026",
            ),
        ],
    ),
    (
        "4",
        "Hedersrelaterat våld och förtryck förebyggs och upptäcks",
        "Hedersnormer begränsar ungas rätt att själva välja utbildning, vänner och partner. "
        "Arbetet ska nå både unga och deras föräldrar.",
        [
            (
                "Genomföra en kartläggning av hedersrelaterade begränsningar bland elever i årskurs 9 "
                "och i gymnasiets andra årskurs.",
                "Utbildningsnämnden i samverkan med Länsstyrelsen i Stockholms län",
                "2025",
            ),
            (
                "Erbjuda föräldraskapsstöd med fokus på hedersnormer och barns rättigheter på flera "
                "språk i samtliga stadsdelsområden.",
                "Stadsdelsnämnderna",
                "2026",
            ),
            (
                "Ta fram en rutin för socialtjänstens agerande vid misstanke om att ett barn riskerar "
                "att föras utomlands för att giftas bort eller könsstympas.",
                "Socialnämnden i samverkan med Polismyndigheten",
                "2024",
            ),
        ],
    ),
    (
        "5",
        "Prostitution och människohandel motverkas",
        "Staden ska både nå dem som utnyttjas i prostitution och minska efterfrågan på sexuella "
        "tjänster.",
        [
            (
                "Utöka det uppsökande arbetet mot prostitution på internet och i stadens offentliga "
                "miljöer.",
                "Socialnämnden",
                "Löpande",
            ),
            (
                "Ge stöd och skyddat boende till personer som har utsatts för människohandel under "
                "reflektionsperioden och vid behov därefter.",
                "Socialnämnden i samverkan med Länsstyrelsen i Stockholms län och Polismyndigheten",
                "Löpande",
            ),
            (
                "Utbilda handläggare vid tillståndsenheten i att känna igen tecken på människohandel "
                "för sexuella ändamål vid tillsyn av serveringsställen.",
                "Socialnämnden",
                "2025",
            ),
        ],
    ),
    (
        "6",
        "Personer som utövar våld erbjuds stöd för att sluta",
        "Insatser till den som utövar våld minskar risken för att nya personer utsätts.",
        [
            (
                "Erbjuda behandling till personer som utövar våld i nära relationer med en väntetid "
                "på högst tre veckor.",
                "Socialnämnden",
                "2025",
            ),
            (
                "Utveckla övergången från frivårdens behandlingsprogram till fortsatt stöd från "
                "socialtjänsten för klienter som bor i staden.",
                "Socialnämnden i samverkan med Kriminalvården",
                "2026",
            ),
        ],
    ),
]


def toc_row(label, page, style):
    return [Paragraph(label, style), Paragraph(str(page), toc_style)]


def story(pages):
    s = []
    # ---------------------------------------------------------------- page 1: omslag
    s.append(Spacer(1, 6 * cm))
    s.append(
        P(
            "Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer",
            ParagraphStyle(
                "ct",
                fontName="Helvetica-Bold",
                fontSize=25,
                leading=30,
                textColor=NAVY,
                spaceAfter=12,
            ),
        )
    )
    s.append(
        P(
            "2024–2027",
            ParagraphStyle(
                "cy", fontName="Helvetica", fontSize=20, leading=24, textColor=NAVY, spaceAfter=20
            ),
        )
    )
    s.append(
        P(
            "Omfattar våld i nära relationer, hedersrelaterat våld och förtryck samt "
            "prostitution och människohandel för sexuella ändamål",
            ParagraphStyle("cs", fontName="Helvetica", fontSize=12, leading=16, textColor=GREY),
        )
    )
    s.append(NextPageTemplate("text"))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 2: innehåll
    s.append(P("INNEHÅLL", section))
    rows = [
        toc_row("INLEDNING", pages.get("inl", ""), toc_style),
        toc_row("UTGÅNGSPUNKTER OCH ANSVAR", pages.get("utg", ""), toc_style),
        toc_row("MÅL OCH ÅTGÄRDER", pages.get("mal", ""), toc_style),
    ]
    for num, title, _intro, _acts in GOALS:
        rows.append(toc_row(f"{num}. {title}", pages.get(f"g{num}", ""), toc_goal))
    rows.append(toc_row("UPPFÖLJNING", pages.get("upp", ""), toc_style))
    t = Table(rows, colWidths=[W - LM - RM - 1.5 * cm, 1.5 * cm])
    t.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    s.append(t)
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 3: inledning
    s.append(P("INLEDNING", section, key="inl"))
    s.append(
        P(
            "Mäns våld mot kvinnor och våld i nära relationer är ett av de allvarligaste "
            "hoten mot kvinnors och barns hälsa och trygghet i Stockholm. Varje år gör "
            "socialtjänsten i staden tusentals utredningar där våld förekommer, och "
            "polisen registrerar ett stort antal anmälningar om misshandel, hot och "
            "kvinnofridskränkning i hemmet."
        )
    )
    s.append(
        P(
            "Den här handlingsplanen anger vad stadens nämnder ska göra under perioden "
            "2024–2027 för att förebygga våldet, ge stöd och skydd till dem som utsätts och "
            "få dem som utövar våld att sluta. Planen ersätter stadens tidigare program på "
            "området och gäller för samtliga nämnder och bolagsstyrelser."
        )
    )
    s.append(P("Syfte", sub))
    s.append(
        P(
            "Handlingsplanen ska bidra till att stadens arbete blir långsiktigt, samordnat "
            "och likvärdigt mellan stadsdelsområdena. Den ska också tydliggöra vilken nämnd "
            "som ansvarar för vad och när åtgärderna ska vara genomförda."
        )
    )
    s.append(P("Definitioner", sub))
    s.append(
        P(
            "Med våld i nära relationer avses våld från en partner, en tidigare partner, en "
            "förälder, ett syskon eller någon annan närstående. Med hedersrelaterat våld och förtryck "
            "avses våld och begränsningar som motiveras av kollektiva föreställningar om "
            "heder och kyskhet. Prostitution och människohandel för sexuella ändamål ses i "
            "Sverige som en del av mäns våld mot kvinnor."
        )
    )
    s.append(P("Målgrupper", sub))
    s.append(
        P(
            "Planen omfattar kvinnor och män, flickor och pojkar samt icke-binära personer "
            "som utsätts för våld, barn som upplever våld och personer som utövar våld. "
            "Särskild uppmärksamhet ges åt grupper som kan ha svårt att få stöd, till "
            "exempel äldre, personer med funktionsnedsättning och nyanlända."
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 4: utgångspunkter
    s.append(P("UTGÅNGSPUNKTER OCH ANSVAR", section, key="utg"))
    s.append(
        P(
            "Handlingsplanen utgår från socialtjänstlagen, barnkonventionen och den "
            "nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor. Den "
            "är också en del av stadens arbete med att genomföra den europeiska "
            "jämställdhetsdeklarationen."
        )
    )
    s.append(P("Nämndernas ansvar", sub))
    s.append(
        P(
            "Socialnämnden har ett stadsövergripande ansvar för metodutveckling, "
            "kompetensutveckling och de verksamheter som drivs centralt, som stadens "
            "skyddade boenden och stödverksamheten för personer som lever i prostitution. "
            "Stadsdelsnämnderna ansvarar för myndighetsutövning och stöd till enskilda i "
            "sina områden. Utbildningsnämnden ansvarar för de kommunala grund- och "
            "gymnasieskolorna och kommunstyrelsen för stadens övergripande styrning och "
            "kommunikation."
        )
    )
    s.append(P("Samverkan", sub))
    s.append(
        P(
            "Många åtgärder förutsätter samverkan med Region Stockholm, Polismyndigheten, "
            "Länsstyrelsen i Stockholms län och de ideella kvinno- och tjejjourerna i "
            "staden. Staden har sedan flera år tillbaka idéburet offentligt partnerskap med "
            "flera av jourerna, som kompletterar socialtjänstens stöd."
        )
    )
    s.append(P("Läsanvisning", sub))
    s.append(
        P(
            "I nästa avsnitt redovisas sex mål. Under varje mål listas numrerade åtgärder. "
            "För varje åtgärd anges vilken nämnd som ansvarar och när åtgärden ska vara "
            "klar. Åtgärder som genomförs kontinuerligt under hela perioden är markerade "
            "med Löpande."
        )
    )
    s.append(PageBreak())

    # ---------------------------------------------------------------- pages 5-8: mål och åtgärder
    s.append(P("MÅL OCH ÅTGÄRDER", section, key="mal"))
    for num, title, intro, acts in GOALS:
        s.append(P(f"{num}. {title}", goal_style, key=f"g{num}"))
        s.append(P(intro, goal_intro))
        for i, (text, ansvar, klart) in enumerate(acts, 1):
            s.append(P(f"<b>{num}.{i}</b>&nbsp;&nbsp;&nbsp;{text}", action_style))
            s.append(P(f"Ansvar: {ansvar}", meta))
            s.append(P(f"Klart: {klart}", ParagraphStyle("m2", parent=meta, spaceAfter=6)))

    # ---------------------------------------------------------------- last page: uppföljning
    s.append(PageBreak())
    s.append(P("UPPFÖLJNING", section, key="upp"))
    s.append(
        P(
            "Åtgärderna följs upp i stadens integrerade ledningssystem. Varje nämnd "
            "redovisar i tertialrapporter och verksamhetsberättelse hur arbetet med de "
            "åtgärder nämnden ansvarar för fortskrider."
        )
    )
    s.append(
        P(
            "Stadsledningskontoret sammanställer en samlad uppföljning av handlingsplanen "
            "varje år, som redovisas för kommunstyrelsen. Inför planens sista år görs en "
            "utvärdering som ska ligga till grund för nästa handlingsplan."
        )
    )
    s.append(
        P(
            "Uppföljningen ska så långt det är möjligt redovisa resultat uppdelat på kön "
            "och ålder, och den ska belysa hur barns rätt till stöd och skydd har "
            "tillgodosetts."
        )
    )
    return s


def build():
    probe = PlanDoc(str(OUT), pages={})
    probe.build(story({}))
    pages = dict(probe.found)
    doc = PlanDoc(str(OUT), pages=pages)
    doc.build(story(pages))
    assert doc.found == pages, (doc.found, pages)
    print(f"wrote {OUT} ({doc.page} pages): {pages}")


if __name__ == "__main__":
    build()
