"""Generate vastmanland_handlingsplan_mvk_2025-2028.docx (Länsstyrelsen Västmanlands län).

Layout exercised: a Word document built with real styles. Goals are Heading 2 paragraphs
numbered with roman numerals ("I. ...", "II. ..."), under the Heading 1 "Mål och åtgärder".
Each goal has a short introduction and a Word table with the columns
Nr | Åtgärd | Huvudansvarig | Samverkan | Tidplan, where Nr holds "I.1", "I.2", ... .
The header row is marked to repeat. Header and footer (with a PAGE field) on every page.
An explicit page break ends every page, so page numbers are counted from the breaks:

  1 titelsida, 2 förord och inledning, 3 bakgrund, 4 mål och åtgärder + mål I,
  5 mål II, 6 mål III, 7 mål IV, 8 mål V, 9 genomförande och uppföljning

Run with the project venv:
    .venv/bin/python tests/devset/dev/vastmanland_docx_table/make.py
The DOCX is written next to this script.
"""

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from tests.devset.docgen import add_field, repeat_header_row, shade_cell

OUT = Path(__file__).with_name("vastmanland_handlingsplan_mvk_2025-2028.docx")

ORG = "Länsstyrelsen Västmanlands län"
TITLE = "Regional handlingsplan mot mäns våld mot kvinnor 2025–2028"

doc = Document()
doc.core_properties.title = TITLE
doc.core_properties.author = ORG
doc.core_properties.subject = "Mäns våld mot kvinnor, Västmanlands län"

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)

normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)

hp = sec.header.paragraphs[0]
hp.text = f"{ORG}\t\t{TITLE}"
hp.style.font.size = Pt(8)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Dnr 851-2190-2024   ·   Sida ")


add_field(fp, "PAGE")


def p(text, style=None, bold=False, italic=False, size=None):
    para = doc.add_paragraph(style=style)
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return para


def page_break():
    doc.add_page_break()


WIDTHS = [Cm(1.3), Cm(6.8), Cm(3.1), Cm(3.6), Cm(1.8)]


def action_table(rows):
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header_row(hdr)
    for cell, label in zip(hdr.cells, ["Nr", "Åtgärd", "Huvudansvarig", "Samverkan", "Tidplan"]):
        cell.text = ""
        r = cell.paragraphs[0].add_run(label)
        r.bold = True
        r.font.size = Pt(10)
        shade_cell(cell, "D9E2F3")
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = ""
            r = cell.paragraphs[0].add_run(value)
            r.font.size = Pt(10)
    for row in table.rows:
        for cell, w in zip(row.cells, WIDTHS):
            cell.width = w
    doc.add_paragraph()
    return table


def goal(heading, intro, rows):
    doc.add_heading(heading, level=2)
    p(intro)
    action_table(rows)


# ---------------------------------------------------------------- page 1: titelsida
for _ in range(5):
    doc.add_paragraph()
t = doc.add_paragraph(style="Title")
t.add_run(TITLE)
p(
    "Västmanlands län – våld i nära relationer, hedersrelaterat våld och förtryck, "
    "prostitution och människohandel",
    size=14,
)
doc.add_paragraph()
p(ORG, bold=True)
p("Rapport 2025:04")
p("Beslutad av landshövdingen den 24 mars 2025, dnr 851-2190-2024", italic=True)
page_break()

# ---------------------------------------------------------------- page 2: förord, inledning
doc.add_heading("Förord", level=1)
p(
    "Våldet mot kvinnor är inte ett privat problem. Det påverkar kvinnors hälsa, ekonomi och "
    "möjligheter att leva ett självständigt liv, och det påverkar de barn som växer upp med "
    "det. Därför är det ett ansvar för hela samhället att förebygga våldet och att ge den som "
    "utsätts ett gott stöd."
)
p(
    "Den här handlingsplanen är framtagen tillsammans med länets tio kommuner, Region "
    "Västmanland, Polismyndigheten, Åklagarmyndigheten, Kriminalvården och länets ideella "
    "jourer. Den samlar de åtgärder som aktörerna har enats om att genomföra under åren "
    "2025–2028."
)
p("Västerås i mars 2025")
p("Landshövding i Västmanlands län", italic=True)
doc.add_heading("Inledning", level=1)
p(
    "Länsstyrelsen har regeringens uppdrag att samordna det regionala arbetet mot mäns våld "
    "mot kvinnor, att stödja kommuner och andra aktörer och att bidra till att den nationella "
    "strategin på området får genomslag i länet. Handlingsplanen är ett verktyg för det "
    "uppdraget."
)
p(
    "Planen är indelad i fem mål. Till varje mål hör en tabell med åtgärder, där det framgår "
    "vem som har huvudansvaret, vilka som ska medverka och när åtgärden ska vara genomförd. "
    "Huvudansvarig aktör ansvarar för att kalla till samverkan och för att rapportera hur "
    "arbetet går."
)
page_break()

# ---------------------------------------------------------------- page 3: bakgrund
doc.add_heading("Bakgrund", level=1)
doc.add_heading("Våldet i länet", level=2)
p(
    "I Västmanlands län bor omkring 280 000 personer. Enligt Polismyndighetens statistik "
    "anmäldes under 2024 närmare 1 200 fall av misshandel mot kvinnor i länet, varav en "
    "majoritet skedde inomhus och av en bekant gärningsperson. Antalet anmälda våldtäkter "
    "ökade jämfört med året innan."
)
p(
    "Länets kvinno- och tjejjourer tog samma år emot omkring 1 700 kontakter. Både "
    "socialtjänsten och jourerna beskriver att allt fler ärenden rör digitalt våld och "
    "kontroll via mobiltelefon och sociala medier."
)
doc.add_heading("Erfarenheter från förra planperioden", level=2)
p(
    "Uppföljningen av den förra regionala handlingsplanen visade att samverkan mellan "
    "kommunerna och hälso- och sjukvården hade förbättrats, men att det fortfarande saknades "
    "gemensamma rutiner i flera frågor. Arbetet mot hedersrelaterat våld och förtryck hade "
    "utvecklats mest i Västerås, medan de mindre kommunerna efterfrågade mer stöd."
)
p(
    "Ett annat resultat var att barnens perspektiv ofta saknades i uppföljningen. I den här "
    "planen har därför flera åtgärder ett särskilt fokus på barn som upplever våld."
)
page_break()

# ---------------------------------------------------------------- pages 4-8: mål och åtgärder
doc.add_heading("Mål och åtgärder", level=1)
p(
    "Här redovisas planens fem mål med tillhörande åtgärder. Åtgärderna är numrerade efter "
    "målets romerska siffra."
)

goal(
    "I. Fler insatser når unga innan våldet börjar",
    "Våldsförebyggande insatser ska nå barn och unga i hela länet och utgå från kunskap om "
    "vad som fungerar.",
    [
        (
            "I.1",
            "Erbjuda länets kommuner stöd i att införa ett kunskapsbaserat "
            "våldsförebyggande program i högstadiet och gymnasieskolan.",
            "Länsstyrelsen",
            "Länets kommuner",
            "2025–2026",
        ),
        (
            "I.2",
            "Genomföra återkommande temadagar om sexuellt våld och samtycke för elever i "
            "länets gymnasieskolor.",
            "Länets kommuner",
            "Kvinno- och tjejjourerna i länet",
            "Årligen",
        ),
        (
            "I.3",
            "Utveckla ungdomsmottagningarnas arbete med frågor om våld i ungas "
            "relationer, inklusive digitalt våld.",
            "Region Västmanland",
            "–",
            "2026",
        ),
        (
            "I.4",
            "Ta fram en informationsinsats om våld i nära relationer riktad till "
            "föräldrar som besöker öppen förskola och familjecentraler.",
            "Region Västmanland",
            "Länets kommuner",
            "2025",
        ),
    ],
)
page_break()

goal(
    "II. Våldsutsatta kvinnor och barn får ett samordnat och likvärdigt stöd",
    "Stödet till våldsutsatta ska vara lika bra oavsett vilken kommun kvinnan bor i, och "
    "barn ska få stöd utifrån sina egna behov.",
    [
        (
            "II.1",
            "Införa en gemensam rutin för samordnad individuell plan (SIP) när "
            "våldsutsatta behöver insatser från både socialtjänst och hälso- och "
            "sjukvård.",
            "Region Västmanland och länets kommuner",
            "–",
            "2025",
        ),
        (
            "II.2",
            "Inrätta en länsgemensam konsultationstelefon för yrkesverksamma som behöver "
            "råd i våldsärenden utanför kontorstid.",
            "Västerås stad",
            "Övriga kommuner i länet",
            "2026",
        ),
        (
            "II.3",
            "Säkerställa att socialtjänsten får del av polisens riskbedömning samma dag "
            "när en anmälan om våld i nära relation bedöms innebära hög risk.",
            "Polismyndigheten, polisområde Västmanland",
            "Länets kommuner",
            "2025",
        ),
        (
            "II.4",
            "Erbjuda våldsutsatta kvinnor med funktionsnedsättning anpassat stöd och "
            "tillgänglig information om var de kan få hjälp.",
            "Länets kommuner",
            "Kvinno- och tjejjourerna i länet",
            "2026",
        ),
        (
            "II.5",
            "Starta gruppverksamhet för barn som upplevt våld i samtliga kommuner, "
            "själva eller i samarbete med en grannkommun.",
            "Länets kommuner",
            "Region Västmanland (barn- och ungdomspsykiatrin)",
            "2027",
        ),
    ],
)
page_break()

goal(
    "III. Hedersrelaterat våld och förtryck, könsstympning och barnäktenskap motverkas",
    "Unga som lever med begränsningar ska upptäckas tidigt och få skydd, och "
    "yrkesverksamma ska veta hur de ska agera.",
    [
        (
            "III.1",
            "Bygga upp ett regionalt resursteam mot hedersrelaterat våld och förtryck "
            "som kan ge konsultation i enskilda ärenden.",
            "Länsstyrelsen",
            "Västerås stad, Region Västmanland",
            "2025",
        ),
        (
            "III.2",
            "Införa frågor om könsstympning i mödrahälsovårdens hälsosamtal med kvinnor "
            "från länder där ingreppet förekommer.",
            "Region Västmanland",
            "–",
            "2026",
        ),
        (
            "III.3",
            "Utbilda personal på Migrationsverkets boenden och i kommunernas mottagning "
            "av nyanlända om hedersrelaterat våld och förtryck.",
            "Länsstyrelsen",
            "Migrationsverket, länets kommuner",
            "2025–2026",
        ),
        (
            "III.4",
            "Ta fram en länsgemensam rutin för hur misstanke om barnäktenskap eller "
            "tvångsäktenskap ska hanteras.",
            "Länsstyrelsen",
            "Polismyndigheten, Åklagarmyndigheten, länets kommuner",
            "2025",
        ),
    ],
)
page_break()

goal(
    "IV. Sexuell exploatering, prostitution och människohandel uppmärksammas och motverkas",
    "Kunskapen om hur prostitution och människohandel tar sig uttryck i länet är i dag "
    "begränsad och behöver öka.",
    [
        (
            "IV.1",
            "Genomföra en kartläggning av prostitution och människohandel för sexuella "
            "ändamål i länet.",
            "Länsstyrelsen",
            "Polismyndigheten, Mälardalens universitet",
            "2025",
        ),
        (
            "IV.2",
            "Utse kontaktpersoner för ärenden om människohandel i samtliga kommuners socialtjänst.",
            "Länets kommuner",
            "Länsstyrelsen",
            "2025",
        ),
        (
            "IV.3",
            "Erbjuda samtalsstöd till personer som köper eller riskerar att köpa "
            "sexuella tjänster.",
            "Region Västmanland",
            "–",
            "2026",
        ),
    ],
)
page_break()

goal(
    "V. Kompetensen om mäns våld mot kvinnor ökar hos yrkesverksamma",
    "Alla som möter våldsutsatta eller våldsutövare i sitt arbete ska ha grundläggande "
    "kunskap om våldet och om vart de kan hänvisa.",
    [
        (
            "V.1",
            "Erbjuda en grundutbildning om våld i nära relationer till nyanställda inom "
            "socialtjänst, skola och hälso- och sjukvård.",
            "Länsstyrelsen",
            "Region Västmanland, länets kommuner",
            "Löpande",
        ),
        (
            "V.2",
            "Samla länets samordnare mot våld i nära relationer i ett nätverk som träffas "
            "två gånger per termin.",
            "Länsstyrelsen",
            "Länets kommuner",
            "Löpande",
        ),
        (
            "V.3",
            "Utvärdera hur planens åtgärder har påverkat stödet till våldsutsatta, med "
            "särskilt fokus på barnens perspektiv.",
            "Mälardalens universitet",
            "Länsstyrelsen",
            "2028",
        ),
        (
            "V.4",
            "Genomföra en fortbildning för åklagare och poliser om bevissäkring i ärenden "
            "där målsäganden inte vill medverka.",
            "Åklagarmyndigheten",
            "Polismyndigheten",
            "2026",
        ),
    ],
)
page_break()

# ---------------------------------------------------------------- page 9: uppföljning
doc.add_heading("Genomförande och uppföljning", level=1)
p(
    "Handlingsplanen följs upp en gång per år. Huvudansvariga aktörer rapporterar till "
    "Länsstyrelsen i januari hur arbetet med deras åtgärder har gått, och resultatet "
    "sammanställs i en rapport som presenteras för länets styrgrupp för social hållbarhet."
)
p(
    "Om en åtgärd inte kan genomföras enligt tidplanen ska den ansvariga aktören föreslå en ny "
    "tidplan eller en alternativ åtgärd. Planen kan revideras efter halva perioden."
)
p(
    "Kontakt: samordnare för arbetet mot mäns våld mot kvinnor, Länsstyrelsen Västmanlands län.",
    italic=True,
)

doc.save(OUT)
print(f"wrote {OUT}")
