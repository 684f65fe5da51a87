"""Generate jonkoping_handlingsplan_mvk_2024-2026.pdf (Länsstyrelsen i Jönköpings län).

Layout exercised: a mixed regional action plan. Cover page, a table of contents with dot
leaders, numbered chapters ("1 Inledning", "2 Kunskapsöversikt", ...), a kunskapsöversikt
with a ruled statistics table (not actions), then an övergripande mål in a box followed by
three "Fokusområde N: ..." headings, each with a short text and a ruled grid table
Aktivitet | Ansvarig | Samverkanspart | När.
  - Fokusområde 1's table breaks across a page and its header row is NOT repeated on the
    next page (repeatRows=0).
  - Fokusområde 2's table repeats its header row, and one row is split inside the row
    (splitInRow): its long Aktivitet cell continues on the next page.
After the fokusområden comes an "Uppföljning" chapter with an indicator table
Indikator | Källa | Frekvens (not actions). Page number in the running header, web address
in the footer.

Run with the project venv:
    .venv/bin/python tests/devset/dev/jonkoping_mixed/make.py
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
from reportlab.platypus.tableofcontents import TableOfContents

HERE = Path(__file__).resolve().parent
OUT = HERE / "jonkoping_handlingsplan_mvk_2024-2026.pdf"

ORG = "Länsstyrelsen i Jönköpings län"
TITLE = "Regional handlingsplan mot mäns våld mot kvinnor 2024–2026"

W, H = A4
LM, RM, TM, BM = 2.2 * cm, 2.2 * cm, 2.6 * cm, 2.2 * cm
GREEN = colors.HexColor("#1f5c3f")
PALE = colors.HexColor("#e4efe8")
RULE = colors.HexColor("#3b3b3b")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
chapter = ParagraphStyle(
    "chapter", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12, textColor=GREEN
)
sub = ParagraphStyle(
    "sub", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4
)
focus = ParagraphStyle(
    "focus",
    fontName="Helvetica-Bold",
    fontSize=13,
    leading=16,
    spaceBefore=14,
    spaceAfter=6,
    textColor=GREEN,
    keepWithNext=1,
)
label = ParagraphStyle(
    "label", fontName="Helvetica-Bold", fontSize=8.5, leading=11, textColor=GREEN, spaceAfter=3
)
goal_text = ParagraphStyle("goaltext", fontName="Helvetica-Bold", fontSize=12.5, leading=16.5)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
cell_head = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold")
caption = ParagraphStyle(
    "caption", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, spaceBefore=3, spaceAfter=10
)

COLS = [7.5 * cm, 3.3 * cm, 3.8 * cm, 2.0 * cm]


class PlanDoc(BaseDocTemplate):
    def __init__(self, filename):
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
        frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self.cover),
                PageTemplate(id="text", frames=[frame], onPage=self.running),
            ]
        )

    def afterFlowable(self, flowable):
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))

    def cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(GREEN)
        canv.rect(0, 0, W, 11 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(LM, 2.4 * cm, ORG)
        canv.setFont("Helvetica", 9)
        canv.drawString(LM, 1.8 * cm, "Meddelande nr 2024:06  ·  Dnr 801-5521-2023")
        canv.restoreState()

    def running(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(GREEN)
        canv.drawString(LM, H - 1.5 * cm, ORG)
        canv.setFillColor(colors.black)
        canv.drawRightString(W - RM, H - 1.5 * cm, f"{TITLE}   |   {doc.page}")
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawCentredString(W / 2, 1.2 * cm, "www.lansstyrelsen.se/jonkoping")
        canv.restoreState()


def P(t, s=body, level=None):
    p = Paragraph(t, s)
    if level is not None:
        p.toc_level = level
    return p


class RuledTable(Table):
    """A grid table that closes the first part with a bottom rule when it is split across
    pages, as word processors do (reportlab leaves the split edge open)."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE)]))
        return parts


def grid_table(header, rows, widths, repeat_header, split_in_row=0):
    data = [[P(h, cell_head) for h in header]]
    data += [[P(v, cell) for v in row] for row in rows]
    # split_in_row: split the row that straddles the page boundary instead of moving it
    # whole to the next page (splitByRow=0 makes reportlab try the in-row split first)
    t = RuledTable(
        data,
        colWidths=widths,
        repeatRows=1 if repeat_header else 0,
        splitInRow=split_in_row,
        splitByRow=0 if split_in_row else 1,
    )
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), PALE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


# --------------------------------------------------------------------- plan content
OVERALL = (
    "Mäns våld mot kvinnor i Jönköpings län ska upphöra och alla som utsätts ska få "
    "det stöd och skydd de behöver"
)

HEADER = ["Aktivitet", "Ansvarig", "Samverkanspart", "När"]

FOCUS = [
    (
        "1",
        "Våldsförebyggande arbete",
        "Våld går att förebygga. Fokusområdet samlar aktiviteter som riktar sig till barn, unga "
        "och vuxna innan våldet har uppstått, och till den som har utövat våld för att minska "
        "risken för upprepat våld.",
        [
            (
                "Erbjuda kommunerna processtöd när de tar fram lokala planer för det "
                "våldsförebyggande arbetet, med en gemensam mall som utgångspunkt.",
                "Länsstyrelsen",
                "Länets kommuner",
                "2024–2025",
            ),
            (
                "Genomföra en länsövergripande satsning på våldsförebyggande arbete inom "
                "idrottsrörelsen med utbildning av tränare och ledare.",
                "Länsstyrelsen",
                "Idrottsföreningar i länet",
                "2025",
            ),
            (
                "Erbjuda elevhälsan i grundskolan och gymnasieskolan utbildning i att ställa frågor "
                "om våld och sexuella övergrepp.",
                "Länets kommuner",
                "Länsstyrelsen",
                "2024–2026",
            ),
            (
                "Sprida kunskap om digitalt våld och näthat till föräldrar via familjecentraler och "
                "föräldrastödsprogram.",
                "Region Jönköpings län",
                "Länets kommuner",
                "2025",
            ),
            (
                "Utveckla ungdomsmottagningarnas digitala stöd så att unga anonymt kan ställa "
                "frågor om relationer, sex och våld.",
                "Region Jönköpings län",
                "–",
                "2025",
            ),
            (
                "Genomföra en informationskampanj om samtycke och sexuellt våld riktad till "
                "studenter i länet.",
                "Länsstyrelsen",
                "Jönköping University, Polismyndigheten",
                "2026",
            ),
            (
                "Erbjuda behandlingsinsatser för personer som utövar våld i nära relationer i "
                "samtliga kommuner, i egen regi eller genom samverkan mellan kommuner.",
                "Länets kommuner",
                "Kriminalvården",
                "2026",
            ),
        ],
    ),
    (
        "2",
        "Stöd och skydd till våldsutsatta",
        "Kvinnor och barn som utsätts för våld ska identifieras så tidigt som möjligt och "
        "erbjudas ett samordnat och likvärdigt stöd i hela länet, oavsett vilken verksamhet de först kommer i kontakt med. "
        "Många kvinnor söker hjälp flera gånger innan de får det stöd de behöver, och "
        "tillgången till skyddat boende med rätt kompetens är i dag ojämnt fördelad mellan "
        "länets kommuner.",
        [
            (
                "Införa ett gemensamt bedömningsstöd för risk för upprepat våld i socialtjänstens "
                "utredningar.",
                "Länets kommuner",
                "Polismyndigheten",
                "2025",
            ),
            (
                "Införa rutinmässiga frågor om våld inom mödrahälsovården, ungdomsmottagningarna och "
                "vuxenpsykiatrin.",
                "Region Jönköpings län",
                "–",
                "2024–2025",
            ),
            (
                "Ta fram en länsgemensam överenskommelse om hur kommunerna och regionen ska "
                "samverka när våldsutsatta behöver både vård och sociala insatser.",
                "Region Jönköpings län",
                "Länets kommuner",
                "2025",
            ),
            (
                "Säkerställa att barn som har upplevt våld erbjuds stöd genom barnahus och "
                "kommunernas stödverksamheter.",
                "Länets kommuner",
                "Region Jönköpings län, Polismyndigheten",
                "2025",
            ),
            (
                "Erbjuda våldsutsatta kvinnor som inte talar svenska information och stödsamtal med "
                "hjälp av kvalificerad tolk.",
                "Länets kommuner",
                "Region Jönköpings län",
                "2024–2026",
            ),
            (
                "Utbilda personal inom hemtjänst och särskilt boende i att upptäcka och agera vid "
                "våld mot äldre kvinnor.",
                "Länets kommuner",
                "–",
                "2026",
            ),
            (
                "Utveckla stödet till våldsutsatta kvinnor med missbruk genom fast samverkan mellan "
                "beroendevården och socialtjänstens våldsteam.",
                "Region Jönköpings län",
                "Länets kommuner",
                "2026",
            ),
            (
                "Utveckla det länsgemensamma arbetet med skyddat boende så att det finns platser för "
                "alla målgrupper i länet. Arbetet inleds med en kartläggning av befintliga platser "
                "och av de behov som inte tillgodoses i dag, särskilt för kvinnor med missbruk, "
                "kvinnor med funktionsnedsättning och kvinnor med medföljande tonårssöner. Under "
                "arbetet utreds också möjligheten till en gemensam jourverksamhet för akuta "
                "placeringar på kvällar och helger. Kartläggningen omfattar både kommunala "
                "boenden, boenden som drivs av ideella organisationer och privata boenden där "
                "kommunerna köper platser. Särskild vikt läggs vid hur barnens behov av skolgång "
                "och stöd tillgodoses under vistelsen. Utifrån "
                "kartläggningen tar kommunerna ställning till gemensamma upphandlingar eller ett "
                "länsgemensamt boende med särskild kompetens. Kvinno- och tjejjourernas "
                "erfarenheter tas tillvara genom hela processen, och resultatet redovisas för "
                "länets nätverk för socialchefer under hösten 2026.",
                "Länets kommuner",
                "Länsstyrelsen, kvinno- och tjejjourerna i länet",
                "2025–2026",
            ),
            (
                "Erbjuda våldsutsatta stöd i samband med rättsprocessen, bland annat genom "
                "stödpersoner vid förhandling.",
                "Brottsofferjourerna i länet",
                "Polismyndigheten, Åklagarmyndigheten",
                "Löpande",
            ),
        ],
    ),
    (
        "3",
        "Hedersrelaterat våld och förtryck samt prostitution och människohandel",
        "Fokusområdet omfattar våldsformer där kunskapen hos yrkesverksamma i länet behöver "
        "stärkas och där samverkan över myndighetsgränser är särskilt viktig.",
        [
            (
                "Inrätta en regional kompetensfunktion mot hedersrelaterat våld och förtryck som "
                "kan stödja kommunerna i enskilda ärenden.",
                "Länsstyrelsen",
                "Länets kommuner, Region Jönköpings län",
                "2024",
            ),
            (
                "Ta fram en gemensam rutin för hälso- och sjukvårdens och skolans agerande vid "
                "misstanke om könsstympning.",
                "Region Jönköpings län",
                "Länets kommuner",
                "2025",
            ),
            (
                "Utbilda handläggare inom socialtjänsten och Migrationsverket i att identifiera "
                "tecken på människohandel.",
                "Länsstyrelsen",
                "Migrationsverket, länets kommuner",
                "2025",
            ),
            (
                "Utveckla arbetet mot sexköp på internet med fokus på köpare som bor i länet.",
                "Polismyndigheten",
                "Länsstyrelsen",
                "2024–2026",
            ),
            (
                "Erbjuda samtalsstöd till personer med erfarenhet av prostitution och sex mot "
                "ersättning.",
                "Region Jönköpings län",
                "Ideella organisationer i länet",
                "2025",
            ),
        ],
    ),
]

INDICATORS = [
    (
        "Andel kommuner med en aktuell handlingsplan mot våld i nära relationer",
        "Länsstyrelsens enkät till kommunerna",
        "Årligen",
    ),
    (
        "Antal anmälda fall av misshandel mot kvinnor där gärningspersonen är bekant",
        "Brottsförebyggande rådet",
        "Årligen",
    ),
    (
        "Andel elever i gymnasiets år 2 som uppger att de utsatts för sexuella trakasserier",
        "Länsgemensam elevenkät",
        "Vartannat år",
    ),
    (
        "Antal vuxna och barn som placerats i skyddat boende",
        "Kommunernas verksamhetsstatistik",
        "Årligen",
    ),
    (
        "Antal ärenden till den regionala kompetensfunktionen mot hedersrelaterat våld",
        "Länsstyrelsen",
        "Halvårsvis",
    ),
]


def story():
    s = []
    # ---------------------------------------------------------------- page 1: omslag
    s.append(Spacer(1, 3.5 * cm))
    s.append(
        P(
            TITLE,
            ParagraphStyle(
                "ct",
                fontName="Helvetica-Bold",
                fontSize=26,
                leading=31,
                textColor=GREEN,
                spaceAfter=14,
            ),
        )
    )
    s.append(
        P(
            "Jönköpings län – våld i nära relationer, hedersrelaterat våld och förtryck, "
            "prostitution och människohandel",
            ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=17),
        )
    )
    s.append(NextPageTemplate("text"))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 2: innehåll
    s.append(P("Innehåll", chapter))
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle(
            "toc0",
            fontName="Helvetica-Bold",
            fontSize=10.5,
            leading=15,
            leftIndent=0,
            firstLineIndent=0,
        ),
        ParagraphStyle(
            "toc1",
            fontName="Helvetica",
            fontSize=10,
            leading=14,
            leftIndent=0.8 * cm,
            firstLineIndent=0,
        ),
    ]
    s.append(toc)
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 3: inledning
    s.append(P("1 Inledning", chapter, level=0))
    s.append(
        P(
            "Länsstyrelsen har i uppdrag att samordna det regionala arbetet mot mäns våld "
            "mot kvinnor i Jönköpings län. Den här handlingsplanen har tagits fram i "
            "länets regionala samverkansgrupp, där kommunerna, Region Jönköpings län, "
            "Polismyndigheten, Åklagarmyndigheten, Kriminalvården och länets ideella "
            "jourer ingår."
        )
    )
    s.append(
        P(
            "Handlingsplanen gäller för perioden 2024–2026. Den bygger på den nationella "
            "strategin för att förebygga och bekämpa mäns våld mot kvinnor och på de "
            "erfarenheter som gjorts under den tidigare planperioden."
        )
    )
    s.append(P("Läsanvisning", sub))
    s.append(
        P(
            "Kapitel 2 ger en kortfattad kunskapsöversikt. Kapitel 3 redovisar planens "
            "övergripande mål och tre fokusområden. Till varje fokusområde hör en tabell "
            "med aktiviteter, där det anges vem som ansvarar, vilka som ska medverka och "
            "när aktiviteten ska genomföras. Kapitel 4 beskriver hur planen följs upp."
        )
    )
    s.append(Spacer(1, 6))

    # ---------------------------------------------------------------- pages 3-4: kunskapsöversikt
    s.append(P("2 Kunskapsöversikt", chapter, level=0))
    s.append(P("Omfattning", sub))
    s.append(
        P(
            "Jönköpings län har omkring 370 000 invånare i 13 kommuner. Antalet anmälda brott "
            "som rör våld i nära relationer har varit relativt stabilt de senaste åren, men "
            "mörkertalet är stort. Enligt nationella undersökningar är det bara en "
            "liten andel av kvinnorna som anmäler våld från en partner till polisen."
        )
    )
    stats = grid_table(
        [
            "År",
            "Misshandel mot kvinna, bekant gärningsperson",
            "Grov kvinnofridskränkning",
            "Våldtäkt mot kvinna",
        ],
        [
            ("2021", "1 020", "96", "212"),
            ("2022", "1 065", "104", "231"),
            ("2023", "1 010", "118", "245"),
        ],
        [2 * cm, 6.3 * cm, 4.3 * cm, 4 * cm],
        repeat_header=True,
    )
    s.append(stats)
    s.append(
        P(
            "Tabell 1. Anmälda brott i Jönköpings län 2021–2023 (avrundade tal). Källa: "
            "Brottsförebyggande rådet.",
            caption,
        )
    )
    s.append(P("Våldets konsekvenser", sub))
    s.append(
        P(
            "Våld i nära relationer ger både fysiska och psykiska skador. Många våldsutsatta "
            "kvinnor har långvariga besvär i form av ångest, sömnproblem och smärta, och "
            "våldet påverkar förmågan att arbeta och studera. För barn som växer upp med "
            "våld ökar sannolikheten för ångest, depression och skolsvårigheter, och för "
            "att de som vuxna hamnar i relationer där våld förekommer."
        )
    )
    s.append(P("Särskilt utsatta grupper", sub))
    s.append(
        P(
            "Kvinnor med funktionsnedsättning, äldre kvinnor, kvinnor med missbruk och "
            "kvinnor som nyligen kommit till Sverige kan ha svårare att få tillgång till "
            "stöd. Hbtqi-personer utsätts för våld i nära relationer i minst samma "
            "utsträckning som andra, men söker i lägre grad hjälp. I länets elevenkät 2022 "
            "uppgav omkring sju procent av eleverna i årskurs 9 att de levde med "
            "begränsningar av vem de fick umgås med."
        )
    )
    s.append(P("Vad fungerar?", sub))
    s.append(
        P(
            "Forskningen pekar på att förebyggande insatser bör vara långsiktiga, rikta sig "
            "till hela grupper och utmana normer om maskulinitet och kontroll. För stöd "
            "och skydd är tidig upptäckt, strukturerade riskbedömningar och samordning "
            "mellan myndigheter avgörande. Behandling för våldsutövare har visat lovande "
            "resultat när den kombineras med uppföljning och riskhantering."
        )
    )
    s.append(P("Samverkan i länet", sub))
    s.append(
        P(
            "Under den förra planperioden etablerades ett regionalt nätverk för "
            "samordnare mot våld i nära relationer, och samtliga kommuner har i dag en "
            "utsedd kontaktperson. Samverkan med hälso- och sjukvården och rättsväsendet "
            "har däremot varit mer personberoende, och flera kommuner har efterfrågat "
            "tydligare strukturer för gemensamma ärenden."
        )
    )
    s.append(
        P(
            "Uppföljningen av den förra planen visade också att de mindre kommunerna har "
            "svårare att erbjuda specialiserat stöd, till exempel för barn som upplevt våld "
            "och för personer som utövar våld. Flera av aktiviteterna i den här planen "
            "syftar därför till länsgemensamma lösningar."
        )
    )
    s.append(
        P(
            "Länets ideella kvinno- och tjejjourer har en central roll i stödet till "
            "våldsutsatta. Jourerna tog under 2023 emot drygt 2 000 kontakter och erbjöd "
            "skyddat boende till ett hundratal kvinnor och barn. Samtidigt har flera jourer "
            "beskrivit en osäker finansiering, där stödet från kommunerna varierar mellan "
            "åren och ofta beslutas för ett år i taget. Det försvårar långsiktig planering "
            "och möjligheten att behålla erfaren personal."
        )
    )
    s.append(Spacer(1, 8))

    # ---------------------------------------------------------------- pages 5-7: mål och fokusområden
    s.append(P("3 Mål och fokusområden", chapter, level=0))
    s.append(
        P(
            "Handlingsplanen har ett övergripande mål som gäller för hela länet. Målet "
            "konkretiseras i tre fokusområden med tillhörande aktiviteter."
        )
    )
    box = Table([[P("ÖVERGRIPANDE MÅL", label)], [P(OVERALL, goal_text)]], colWidths=[W - LM - RM])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
            ]
        )
    )
    s.append(box)
    s.append(Spacer(1, 4))
    for num, title, text, rows in FOCUS:
        s.append(P(f"Fokusområde {num}: {title}", focus, level=1))
        s.append(P(text))
        s.append(
            grid_table(
                HEADER, rows, COLS, repeat_header=(num != "1"), split_in_row=1 if num == "2" else 0
            )
        )

    # ---------------------------------------------------------------- last page: uppföljning
    s.append(PageBreak())
    s.append(P("4 Uppföljning", chapter, level=0))
    s.append(
        P(
            "Handlingsplanen följs upp årligen av den regionala samverkansgruppen. "
            "Ansvariga aktörer rapporterar status för sina aktiviteter i december varje år, "
            "och Länsstyrelsen sammanställer rapporteringen i en lägesbild."
        )
    )
    s.append(
        P(
            "Utöver aktiviteternas status följs utvecklingen i länet med hjälp av ett antal "
            "indikatorer. Indikatorerna ska så långt möjligt redovisas uppdelat på kön, "
            "ålder och kommun."
        )
    )
    s.append(
        grid_table(
            ["Indikator", "Källa", "Frekvens"],
            INDICATORS,
            [8.6 * cm, 5.4 * cm, 2.6 * cm],
            repeat_header=True,
        )
    )
    s.append(P("Tabell 2. Indikatorer för uppföljning av handlingsplanen.", caption))
    s.append(
        P(
            "Hösten 2026 utvärderas hela planperioden. Resultatet används när nästa "
            "regionala handlingsplan tas fram."
        )
    )
    return s


def build():
    doc = PlanDoc(str(OUT))
    doc.multiBuild(story())
    print(f"wrote {OUT} ({doc.page} pages)")


if __name__ == "__main__":
    build()
