"""Generate halland_handlingsplan_2023-2026.pdf (borderless action tables, TOC, running header/footer).

Run with the project venv:  .venv/bin/python tests/devset/dev/halland_borderless/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = Path(__file__).resolve().parent
OUT = HERE / "halland_handlingsplan_2023-2026.pdf"

TITLE = "Handlingsplan för arbetet mot mäns våld mot kvinnor 2023–2026"
RUNNING = "Handlingsplan mot mäns våld mot kvinnor 2023–2026"
ORG = "Länsstyrelsen i Hallands län"

W, H = A4
LM = RM = 2.4 * cm
TM = 2.6 * cm
BM = 2.4 * cm

# ----------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
h1 = ParagraphStyle(
    "h1",
    fontName="Helvetica-Bold",
    fontSize=17,
    leading=21,
    spaceBefore=6,
    spaceAfter=10,
    textColor=colors.HexColor("#1f3b5c"),
)
h2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=10,
    spaceAfter=5,
    textColor=colors.HexColor("#1f3b5c"),
)
goal_style = ParagraphStyle(
    "goal", fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceBefore=14, spaceAfter=6
)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
cell_head = ParagraphStyle("cellhead", parent=cell, fontName="Helvetica-Bold")
toc_title = ParagraphStyle("toct", parent=h1)


# ----------------------------------------------------------------- doc template
class PlanDoc(BaseDocTemplate):
    def __init__(self, filename, **kw):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=LM,
            rightMargin=RM,
            topMargin=TM,
            bottomMargin=BM,
            title=TITLE,
            author=ORG,
            subject="Regional handlingsplan, Hallands län",
            invariant=1,
            **kw,
        )
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="main")
        self.addPageTemplates(
            [
                PageTemplate(id="title", frames=[frame], onPage=self.title_page),
                PageTemplate(id="normal", frames=[frame], onPage=self.running),
            ]
        )

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph):
            style = flowable.style.name
            if style == "h1":
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))
            elif style == "goal":
                self.notify("TOCEntry", (1, flowable.getPlainText(), self.page))

    @staticmethod
    def _footer(canv, page):
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(LM, 1.4 * cm, ORG)
        canv.drawRightString(W - RM, 1.4 * cm, f"Sida {page}")

    def title_page(self, canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1f3b5c"))
        canv.rect(0, H - 5.2 * cm, W, 5.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(LM, H - 1.6 * cm, ORG.upper())
        canv.setFont("Helvetica", 9)
        canv.drawString(LM, H - 2.2 * cm, RUNNING)
        self._footer(canv, doc.page)
        canv.restoreState()

    def running(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(LM, H - 1.5 * cm, ORG)
        canv.drawRightString(W - RM, H - 1.5 * cm, RUNNING)
        canv.setStrokeColor(colors.HexColor("#9aa9b9"))
        canv.setLineWidth(0.5)
        canv.line(LM, H - 1.7 * cm, W - RM, H - 1.7 * cm)
        self._footer(canv, doc.page)
        canv.restoreState()


def P(text, style=body):
    return Paragraph(text, style)


# ----------------------------------------------------------------- content
GOALS = [
    (
        "1. Våldsförebyggande arbete bedrivs systematiskt i hela länet",
        "Våldet ska förhindras innan det uppstår. Insatserna under målet riktar sig i första hand till "
        "barn och unga, men också till personer som redan har utövat våld och som behöver stöd för att sluta.",
        [
            (
                "Erbjuda länets kommuner processtöd för att ta fram lokala handlingsplaner mot våld som utgår "
                "från ett folkhälsoperspektiv och omfattar både förebyggande arbete och stöd.",
                "Länsstyrelsen",
                "Kommunerna",
                "2023–2024",
            ),
            (
                "Sprida metoden Mentorer i våldsprevention (MVP) till fler högstadieskolor och gymnasieskolor "
                "i länet samt utbilda lokala instruktörer.",
                "Kommunerna",
                "Länsstyrelsen, Region Halland",
                "2023–2026",
            ),
            (
                "Genomföra en regional kampanj riktad till unga om samtycke, sexuella trakasserier och "
                "digitalt våld.",
                "Länsstyrelsen",
                "Region Halland, Polisen, tjej- och killjourer i länet",
                "Våren 2024",
            ),
            (
                "Utveckla stödet till personer som utövar våld i nära relationer genom en gemensam "
                "samtalsmottagning för länets norra och södra delar.",
                "Kommunerna",
                "Kriminalvården, Region Halland",
                "2024–2026",
            ),
        ],
    ),
    (
        "2. Våldsutsatta upptäcks tidigt och får ett samordnat stöd",
        "Kvinnor och barn som utsätts för våld ska mötas av kunnig personal oavsett var de söker hjälp. "
        "Frågor om våld behöver ställas rutinmässigt och stödet ska hänga ihop mellan huvudmännen.",
        [
            (
                "Införa rutiner för att fråga om våldsutsatthet inom mödrahälsovården, ungdomsmottagningarna "
                "och vuxenpsykiatrin.",
                "Region Halland",
                "Kommunerna",
                "2023–2025",
            ),
            (
                "Anordna en gemensam grundutbildning om våld i nära relationer för personal inom socialtjänst, "
                "hälso- och sjukvård och skola.",
                "Länsstyrelsen",
                "Region Halland, kommunerna",
                "Årligen 2023–2026",
            ),
            (
                "Ta fram en länsgemensam rutin för samverkan kring barn som upplever våld i sin familj.",
                "Kommunerna",
                "Region Halland, Polisen",
                "2024",
            ),
            (
                "Säkerställa att kvinnor med missbruk, psykisk ohälsa eller funktionsnedsättning som utsätts "
                "för våld får tillgång till skyddat boende med anpassat stöd.",
                "Kommunerna",
                "Kvinnojourerna i länet",
                "2024–2025",
            ),
            (
                "Utveckla samverkan inom Barnahus Halland så att fler barn som misstänks vara utsatta för brott "
                "får samordnade utredningar och stödinsatser.",
                "Kommunerna",
                "Region Halland, Polisen, Åklagarmyndigheten",
                "2025",
            ),
        ],
    ),
    (
        "3. Hedersrelaterat våld och förtryck förebyggs och upptäcks",
        "Arbetet mot hedersrelaterat våld och förtryck kräver särskild kunskap om kollektiva "
        "kontrollmekanismer och om de risker som kan uppstå när en utsatt person söker hjälp.",
        [
            (
                "Kartlägga förekomsten av hedersrelaterade begränsningar bland unga i länet genom en "
                "enkätstudie i årskurs 9 och gymnasiets år 2.",
                "Länsstyrelsen",
                "Kommunerna, Högskolan i Halmstad",
                "2024",
            ),
            (
                "Inrätta ett regionalt resursteam som ger konsultation i enskilda ärenden om hedersrelaterat "
                "våld och förtryck.",
                "Länsstyrelsen",
                "Kommunerna, Region Halland, Polisen",
                "2023–2024",
            ),
            (
                "Utbilda elevhälsa och studie- och yrkesvägledare om tecken på hedersrelaterat förtryck och "
                "risk för bortförande inför sommarlovet.",
                "Kommunerna",
                "Länsstyrelsen",
                "Löpande, inför varje sommarlov",
            ),
            (
                "Ta fram informationsmaterial på flera språk om rättigheter och stöd, riktat till nyanlända "
                "kvinnor och unga.",
                "Länsstyrelsen",
                "Kommunerna, Migrationsverket",
                "2025",
            ),
        ],
    ),
    (
        "4. Prostitution och människohandel för sexuella ändamål motverkas",
        "Personer som utnyttjas i prostitution eller utsätts för människohandel ska kunna identifieras "
        "och erbjudas skydd. Samtidigt ska efterfrågan på sexuella tjänster minska.",
        [
            (
                "Ta fram en regional rutin för ärenden som rör människohandel, med tydliga kontaktvägar mellan "
                "myndigheterna och stöd från regionkoordinatorn.",
                "Länsstyrelsen",
                "Polisen, kommunerna, Migrationsverket",
                "2023",
            ),
            (
                "Utbilda personal inom socialtjänst och hälso- och sjukvård om att upptäcka och bemöta "
                "personer med erfarenhet av prostitution.",
                "Region Halland",
                "Kommunerna, Länsstyrelsen",
                "2024–2025",
            ),
            (
                "Genomföra riktade insatser mot köp av sexuella tjänster i samband med större evenemang och "
                "under sommarsäsongen.",
                "Polisen",
                "Länsstyrelsen, kommunerna",
                "Löpande",
            ),
        ],
    ),
]


def action_table(rows):
    data = [
        [
            P("Åtgärd", cell_head),
            P("Ansvarig", cell_head),
            P("Samverkanspart", cell_head),
            P("Tidsplan", cell_head),
        ]
    ]
    for a, lead, partner, when in rows:
        data.append([P(a, cell), P(lead, cell), P(partner, cell), P(when, cell)])
    t = Table(data, colWidths=[7.0 * cm, 2.8 * cm, 3.8 * cm, 2.6 * cm], repeatRows=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
            ]
        )
    )
    return t


def story():
    s = []
    # --- title page (page 1)
    s.append(Spacer(1, 5.0 * cm))
    s.append(
        P(
            TITLE,
            ParagraphStyle(
                "tt",
                fontName="Helvetica-Bold",
                fontSize=26,
                leading=31,
                textColor=colors.HexColor("#1f3b5c"),
                spaceAfter=18,
            ),
        )
    )
    s.append(
        P(
            "Regional handlingsplan för Hallands län",
            ParagraphStyle("st", fontName="Helvetica", fontSize=14, leading=18, spaceAfter=40),
        )
    )
    s.append(
        P(
            "Våld i nära relationer · Hedersrelaterat våld och förtryck · Prostitution och "
            "människohandel för sexuella ändamål",
            ParagraphStyle(
                "st2", fontName="Helvetica-Oblique", fontSize=11, leading=15, spaceAfter=150
            ),
        )
    )
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9.5, leading=13)
    s.append(
        P(
            "Rapport 2023:07<br/>Diarienummer 801-1433-2022<br/>Fastställd av landshövdingen "
            "den 14 mars 2023<br/>Länsstyrelsen i Hallands län, 301 86 Halmstad",
            meta,
        )
    )
    s.append(NextPageTemplate("normal"))
    s.append(PageBreak())

    # --- table of contents (page 2)
    s.append(P("Innehåll", toc_title))
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.levelStyles = [
        ParagraphStyle(
            "toc0",
            fontName="Helvetica-Bold",
            fontSize=10.5,
            leading=15,
            leftIndent=0,
            firstLineIndent=0,
            spaceBefore=5,
        ),
        ParagraphStyle(
            "toc1",
            fontName="Helvetica",
            fontSize=10,
            leading=13.5,
            leftIndent=16,
            firstLineIndent=0,
        ),
    ]
    s.append(toc)
    s.append(PageBreak())

    # --- förord
    s.append(P("Förord", h1))
    s.append(
        P(
            "Mäns våld mot kvinnor är ett allvarligt samhällsproblem och en av de tydligaste uttrycken för "
            "bristande jämställdhet mellan kvinnor och män. Våldet orsakar stort lidande för den som "
            "drabbas, påverkar barn som växer upp i familjer där våld förekommer och medför betydande "
            "kostnader för samhället. I Halland har kommunerna, Region Halland, rättsväsendet och de "
            "ideella organisationerna under lång tid arbetat för att förebygga våldet och ge stöd till "
            "dem som utsätts. Mycket har blivit bättre, men arbetet är fortfarande ojämnt fördelat över "
            "länet och alltför beroende av enskilda eldsjälar."
        )
    )
    s.append(
        P(
            "Med den här handlingsplanen vill vi ge länets aktörer en gemensam riktning för de kommande "
            "fyra åren. Planen har tagits fram i dialog med det regionala nätverket mot våld i nära "
            "relationer och bygger på de behov som kommunerna och regionen själva har lyft fram. Den "
            "ersätter inte de lokala planerna utan ska fungera som ett stöd för dem."
        )
    )
    s.append(
        P(
            "Jag vill tacka alla som har bidragit med kunskap och synpunkter. Nu är det genomförandet som "
            "räknas."
        )
    )
    s.append(P("Halmstad i mars 2023<br/><br/><i>Landshövding i Hallands län</i>", body))

    # --- inledning / bakgrund
    s.append(P("Inledning", h1))
    s.append(P("Uppdraget", h2))
    s.append(
        P(
            "Länsstyrelserna har i regleringsbrevet i uppdrag att samordna, stödja och följa upp arbetet "
            "mot mäns våld mot kvinnor på regional nivå. I uppdraget ingår våld i nära relationer, "
            "hedersrelaterat våld och förtryck, prostitution och människohandel för sexuella ändamål "
            "samt våld mot hbtqi-personer i nära relationer. Länsstyrelsen ska verka för att den "
            "nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor får genomslag i "
            "länet och att arbetet bedrivs långsiktigt och kunskapsbaserat."
        )
    )
    s.append(
        P(
            "Handlingsplanen utgår från det jämställdhetspolitiska delmålet om att mäns våld mot kvinnor "
            "ska upphöra och att kvinnor och män, flickor och pojkar, ska ha samma rätt och möjlighet "
            "till kroppslig integritet. Den gäller för perioden 2023–2026 och omfattar samtliga sex "
            "kommuner i länet: Halmstad, Laholm, Hylte, Falkenberg, Varberg och Kungsbacka."
        )
    )
    s.append(P("Bakgrund och läget i länet", h2))
    s.append(
        P(
            "Under 2022 anmäldes i Hallands län drygt 1 150 fall av misshandel mot kvinnor över 18 år. "
            "I ungefär sex av tio fall var gärningspersonen bekant med offret, och i närmare hälften av "
            "fallen rörde det sig om en nuvarande eller tidigare partner. Antalet anmälningar om grov "
            "kvinnofridskränkning har legat på en relativt jämn nivå de senaste fem åren, medan "
            "anmälningarna om olaga förföljelse har ökat. Mörkertalet är stort: enligt Brottsförebyggande "
            "rådets trygghetsundersökning är det bara en mindre del av brotten i nära relationer som "
            "kommer till polisens kännedom."
        )
    )
    s.append(
        P(
            "Länets kvinnojourer tog under samma år emot omkring 2 300 stödsamtal och gav skyddat boende "
            "till 94 kvinnor och 118 barn. Socialtjänsten i länets kommuner fattade beslut om insatser "
            "till drygt 600 vuxna som utsatts för våld av en närstående. Kartläggningen som Länsstyrelsen "
            "genomförde hösten 2022 visar att kommunerna har olika förutsättningar: de större kommunerna "
            "har särskilda enheter för våld i nära relationer, medan de mindre ofta har en eller två "
            "handläggare som arbetar med frågan vid sidan av andra uppgifter."
        )
    )
    s.append(
        P(
            "När det gäller hedersrelaterat våld och förtryck visar samma kartläggning att kunskapen "
            "skiljer sig mycket åt mellan verksamheterna. Skolor och elevhälsa möter många unga som lever "
            "med begränsningar, men rutiner för hur oron ska hanteras saknas på flera håll. Ärenden som "
            "rör prostitution och människohandel är få men ofta komplexa, och de kräver snabb samverkan "
            "mellan polis, socialtjänst och Migrationsverket."
        )
    )
    s.append(P("Så är handlingsplanen uppbyggd", h2))
    s.append(
        P(
            "Planen är indelad i fyra mål. För varje mål anges de åtgärder som länets aktörer har "
            "kommit överens om, vem som ansvarar för att åtgärden genomförs, vilka parter som ska "
            "medverka och när arbetet ska vara utfört. Den aktör som står som ansvarig samordnar arbetet "
            "och rapporterar till Länsstyrelsen inför den årliga uppföljningen."
        )
    )

    # --- the plan
    s.append(PageBreak())
    s.append(P("Mål och åtgärder", h1))
    s.append(
        P(
            "I detta avsnitt redovisas handlingsplanens fyra mål med tillhörande åtgärder. Tidsplanen "
            "anger när åtgärden senast ska vara genomförd eller, för löpande åtgärder, under vilken "
            "period den pågår."
        )
    )
    for title, intro, rows in GOALS:
        s.append(CondPageBreak(5 * cm))
        s.append(P(title, goal_style))
        s.append(P(intro))
        s.append(action_table(rows))

    # --- uppföljning
    s.append(PageBreak())
    s.append(P("Uppföljning och revidering", h1))
    s.append(
        P(
            "Länsstyrelsen följer upp handlingsplanen en gång per år. Ansvariga aktörer redovisar då hur "
            "långt de kommit med respektive åtgärd och vilka hinder de har stött på. Uppföljningen "
            "sammanställs i en kort lägesrapport som presenteras för länets ledningsgrupp för "
            "kvinnofrid och för det regionala nätverket."
        )
    )
    s.append(
        P(
            "Utöver åtgärdsuppföljningen följer Länsstyrelsen ett antal indikatorer över tid, bland annat "
            "antalet anmälda brott i nära relationer, antalet kommuner med en aktuell lokal handlingsplan "
            "och andelen verksamheter inom hälso- och sjukvården som ställer rutinmässiga frågor om våld. "
            "Där det är möjligt redovisas uppgifterna uppdelade på kön och ålder."
        )
    )
    s.append(
        P(
            "Inför 2025 görs en halvtidsöversyn av planen. Om nya nationella uppdrag eller förändrade "
            "förutsättningar i länet kräver det kan målen och åtgärderna då justeras. En slutlig "
            "utvärdering genomförs under 2026 och ligger till grund för nästa handlingsplan."
        )
    )
    s.append(P("Kontakt", h2))
    s.append(
        P(
            "Frågor om handlingsplanen besvaras av Länsstyrelsens samordnare för arbetet mot mäns våld "
            "mot kvinnor, enheten för social hållbarhet, via länsstyrelsens växel."
        )
    )
    return s


def main():
    doc = PlanDoc(str(OUT))
    doc.multiBuild(story())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
