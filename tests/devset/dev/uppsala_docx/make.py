"""Generate uppsala_handlingsplan_2024-2027.docx (Länsstyrelsen i Uppsala län).

Invented but realistic content. Real Word styles: Title, Heading 1/2/3, List Number,
List Bullet, a table, header and footer. An explicit page break precedes every
Heading 1 and every goal (Heading 2), so page numbers can be counted from the breaks:

  1 titelsida, 2 Förord, 3 Inledning, 4 Bakgrund, 5 Mål och åtgärder (översikt),
  6 Mål 1, 7 Mål 2, 8 Mål 3, 9 Mål 4, 10 Uppföljning
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("uppsala_handlingsplan_2024-2027.docx")

doc = Document()
doc.core_properties.title = "Handlingsplan mot mäns våld mot kvinnor 2024–2027"
doc.core_properties.author = "Länsstyrelsen i Uppsala län"

sec = doc.sections[0]
sec.header.paragraphs[
    0
].text = "Länsstyrelsen i Uppsala län\tHandlingsplan mot mäns våld mot kvinnor 2024–2027"
sec.footer.paragraphs[
    0
].text = "Dnr 801-4417-2023 · Beslutad av landshövdingen den 12 december 2023"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def p(text, style=None, bold=False):
    para = doc.add_paragraph(style=style)
    run = para.add_run(text)
    run.bold = bold
    return para


def h1(text):
    doc.add_page_break()
    doc.add_heading(text, level=1)


def goal(text, intro):
    doc.add_page_break()
    doc.add_heading(text, level=2)
    p(intro)
    doc.add_heading("Åtgärder", level=3)


def action(text, ansvarig, samverkan, tidsplan):
    p(text, style="List Number")
    p(f"Ansvarig: {ansvarig}")
    p(f"Samverkan: {samverkan}")
    p(f"Tidsplan: {tidsplan}")


# ---------------------------------------------------------------- page 1: titelsida
t = doc.add_paragraph(style="Title")
t.add_run("Handlingsplan mot mäns våld mot kvinnor 2024–2027")
p(
    "Regional handlingsplan för Uppsala län – våld i nära relationer, hedersrelaterat våld "
    "och förtryck samt prostitution och människohandel för sexuella ändamål"
)
p("Länsstyrelsen i Uppsala län, rapport 2023:19", bold=True)
p(
    "Planen har tagits fram i samverkan med länets åtta kommuner, Region Uppsala, "
    "Polismyndigheten, Åklagarmyndigheten, Kriminalvården och länets kvinno- och tjejjourer."
)

# ---------------------------------------------------------------- page 2: Förord
h1("Förord")
p(
    "Mäns våld mot kvinnor är ett allvarligt samhällsproblem, ett hinder för jämställdhet och "
    "en kränkning av de mänskliga rättigheterna. Våldet orsakar stort lidande för den som "
    "utsätts och för barn som lever med våld, och det medför betydande kostnader för samhället. "
    "Ingen enskild aktör kan ensam förebygga och bekämpa våldet. Det kräver ett långsiktigt och "
    "samordnat arbete där kommuner, region, rättsväsende och civilsamhälle tar gemensamt ansvar."
)
p(
    "Länsstyrelsen har regeringens uppdrag att samordna och stödja det regionala arbetet mot "
    "mäns våld mot kvinnor. Den här handlingsplanen är resultatet av ett års dialog med länets "
    "aktörer och bygger vidare på erfarenheterna från den förra regionala planen för perioden "
    "2019–2022. Planen ska ses som ett gemensamt åtagande: varje åtgärd har en ansvarig aktör, "
    "men effekterna uppnås bara om vi arbetar tillsammans."
)
p(
    "Jag vill tacka alla som har bidragit med kunskap och engagemang, inte minst de "
    "våldsutsatta kvinnor som har delat med sig av sina erfarenheter i de fokusgrupper som "
    "genomfördes under våren 2023."
)
p("Uppsala i december 2023")
p("Landshövding i Uppsala län")

# ---------------------------------------------------------------- page 3: Inledning
h1("Inledning")
doc.add_heading("Syfte", level=2)
p(
    "Syftet med handlingsplanen är att samla länets insatser mot mäns våld mot kvinnor, "
    "våld i nära relationer, hedersrelaterat våld och förtryck samt prostitution och "
    "människohandel för sexuella ändamål under en gemensam ram. Planen ska bidra till att "
    "det nationella jämställdhetspolitiska delmålet – mäns våld mot kvinnor ska upphöra – "
    "får genomslag i Uppsala län."
)
doc.add_heading("Utgångspunkter", level=2)
p(
    "Handlingsplanen utgår från den nationella strategin för att förebygga och bekämpa mäns "
    "våld mot kvinnor 2017–2026 och dess fyra målsättningar:"
)
p("ett utökat och effektivt förebyggande arbete mot våld,", style="List Bullet")
p(
    "förbättrad upptäckt av våld samt starkare skydd och stöd för våldsutsatta kvinnor och barn,",
    style="List Bullet",
)
p("effektivare brottsbekämpning, samt", style="List Bullet")
p("förbättrad kunskap och metodutveckling.", style="List Bullet")
p(
    "Planen vilar också på Europarådets konvention om förebyggande och bekämpning av våld mot "
    "kvinnor och av våld i hemmet (Istanbulkonventionen), FN:s barnkonvention, som är svensk "
    "lag sedan 2020, samt socialtjänstlagens bestämmelser om stöd till brottsoffer."
)
doc.add_heading("Avgränsning", level=2)
p(
    "Planen omfattar våld som utövas av män mot kvinnor och flickor, men många av åtgärderna "
    "gynnar alla som utsätts för våld i nära relationer, oavsett kön och relation. Barn som "
    "upplever våld betraktas som brottsoffer i sin egen rätt."
)

# ---------------------------------------------------------------- page 4: Bakgrund
h1("Bakgrund")
p(
    "Uppsala län har drygt 400 000 invånare fördelade på åtta kommuner: Enköping, Heby, Håbo, "
    "Knivsta, Tierp, Uppsala, Älvkarleby och Östhammar. Länet präglas av en snabbt växande "
    "centralort och av glesare landsbygdskommuner i norr, vilket ställer olika krav på "
    "tillgången till stöd och skydd."
)
p(
    "Under 2022 anmäldes 1 364 fall av misshandel mot kvinnor över 18 år i länet där "
    "gärningspersonen var bekant med offret, en ökning med 6 procent jämfört med 2019. "
    "Antalet anmälda brott om grov kvinnofridskränkning var 142. Mörkertalet bedöms vara "
    "stort: enligt Brottsförebyggande rådets nationella trygghetsundersökning polisanmäls "
    "endast en mindre del av det våld som sker i nära relationer."
)
p(
    "Länets kvinno- och tjejjourer tog under samma år emot 2 900 stödkontakter, och "
    "kommunernas socialtjänst beviljade skyddat boende till 118 kvinnor och 131 medföljande "
    "barn. Den genomsnittliga vistelsetiden i skyddat boende var 54 dygn."
)
p(
    "I Länsstyrelsens kartläggning från 2022 uppgav 14 procent av eleverna i årskurs 9 och "
    "gymnasiets år 2 att de lever med begränsningar i val av vänner, partner eller fritid som "
    "är kopplade till familjens heder. Polisen i region Mitt identifierade 23 misstänkta "
    "offer för människohandel för sexuella ändamål i länet mellan 2020 och 2022."
)
p(
    "Uppföljningen av den förra handlingsplanen visade att samverkan mellan socialtjänst och "
    "hälso- och sjukvård har stärkts, men att insatser för barn som upplever våld och för "
    "personer som utövar våld fortfarande är ojämnt fördelade över länet."
)

# ---------------------------------------------------------------- page 5: Mål och åtgärder
h1("Mål och åtgärder")
p(
    "Handlingsplanen innehåller fyra mål. Under varje mål redovisas de åtgärder som länets "
    "aktörer har åtagit sig att genomföra under planperioden. För varje åtgärd anges "
    "ansvarig aktör, vilka aktörer som ska medverka i genomförandet och när åtgärden ska "
    "vara genomförd."
)
p("Åtgärderna har prioriterats utifrån tre kriterier:")
p("behov som har identifierats i uppföljningen av den förra planen,", style="List Bullet")
p("möjligheten att genomföra åtgärden inom befintliga resurser, samt", style="List Bullet")
p("att åtgärden kommer hela länet till del.", style="List Bullet")

# ---------------------------------------------------------------- page 6: Mål 1
goal(
    "Mål 1: Våldet ska förebyggas tidigt och i alla åldrar",
    "Förebyggande arbete ska nå barn och unga i förskola, skola och fritid, men också vuxna "
    "och personer som riskerar att utöva våld. Insatserna ska bygga på kunskap om vad som "
    "fungerar och utgå från ett normkritiskt förhållningssätt.",
)
action(
    "Ta fram ett regionalt stödmaterial för våldsförebyggande arbete i förskola och skola "
    "med utgångspunkt i läroplanernas skrivningar om sexualitet, samtycke och relationer.",
    "Länsstyrelsen i Uppsala län",
    "Länets kommuner, Region Uppsala (ungdomsmottagningarna)",
    "2025",
)
action(
    "Erbjuda utbildning i metoden Mentorer i våldsprevention (MVP) till personal på "
    "högstadie- och gymnasieskolor i samtliga kommuner.",
    "Länets kommuner",
    "Länsstyrelsen i Uppsala län",
    "2024–2026",
)
action(
    "Genomföra en länsgemensam kampanj riktad till unga vuxna om samtycke, sexuellt våld "
    "och digitalt våld.",
    "Region Uppsala",
    "Länsstyrelsen i Uppsala län, Polismyndigheten, Uppsala kvinno- och tjejjour",
    "Hösten 2025",
)
action(
    "Etablera en länsgemensam mottagning för personer som utövar våld i nära relationer.",
    "Länets kommuner",
    "Kriminalvården (Frivården Uppsala), Region Uppsala",
    "2026",
)

# ---------------------------------------------------------------- page 7: Mål 2
goal(
    "Mål 2: Våldsutsatta kvinnor och barn ska upptäckas tidigt och få stöd och skydd",
    "Våldsutsatta kvinnor och barn ska mötas av personal som frågar om våld, gör "
    "professionella risk- och skyddsbedömningar och erbjuder insatser av god kvalitet, "
    "oavsett var i länet de bor.",
)
action(
    "Införa rutiner för att rutinmässigt fråga om våld inom mödrahälsovården, psykiatrin "
    "och beroendevården.",
    "Region Uppsala",
    "–",
    "2024",
)
action(
    "Säkerställa att samtliga kommuner använder strukturerade risk- och skyddsbedömningar, "
    "till exempel FREDA och Patriark, i ärenden som rör våld i nära relationer.",
    "Länets kommuner (socialnämnderna)",
    "Länsstyrelsen i Uppsala län",
    "2025",
)
action(
    "Bredda Barnahus Uppsala så att även barn som har upplevt våld i nära relationer "
    "erbjuds samordnade insatser för utredning, stöd och behandling.",
    "Uppsala kommun",
    "Polismyndigheten, Åklagarmyndigheten, Region Uppsala (barn- och ungdomspsykiatrin), "
    "länets övriga kommuner",
    "2025–2026",
)
action(
    "Ta fram en länsgemensam överenskommelse om skyddat boende som tillgodoser behoven hos "
    "kvinnor med missbruk, funktionsnedsättning eller medföljande tonårssöner.",
    "Länets kommuner",
    "Länets kvinnojourer, Länsstyrelsen i Uppsala län",
    "2026",
)

# ---------------------------------------------------------------- page 8: Mål 3
goal(
    "Mål 3: Hedersrelaterat våld och förtryck ska förebyggas och upptäckas",
    "Barn och unga som lever med hedersnormer ska få sina rättigheter tillgodosedda. "
    "Personal i skola, socialtjänst och hälso- och sjukvård behöver kunskap om hur "
    "hedersrelaterat våld och förtryck tar sig uttryck och vilka riskfaktorer som finns.",
)
action(
    "Kartlägga förekomsten av hedersrelaterat våld och förtryck i länet, med särskilt "
    "fokus på barnäktenskap och begränsningar i ungas vardag.",
    "Länsstyrelsen i Uppsala län",
    "Uppsala universitet, länets kommuner",
    "2024–2025",
)
action(
    "Utbilda personal inom elevhälsan och ungdomsmottagningarna om hedersrelaterat våld "
    "och förtryck, inklusive könsstympning och tvångsäktenskap.",
    "Länets kommuner och Region Uppsala",
    "Länsstyrelsen Östergötland (Nationella kompetensteamet mot hedersrelaterat våld och förtryck)",
    "2025",
)
action(
    "Inrätta en regional resursfunktion för konsultation i ärenden som rör hedersrelaterat "
    "våld och förtryck.",
    "Länsstyrelsen i Uppsala län",
    "Polismyndigheten, Migrationsverket, länets kommuner",
    "2025–2027",
)

# ---------------------------------------------------------------- page 9: Mål 4
goal(
    "Mål 4: Prostitution och människohandel för sexuella ändamål ska motverkas",
    "Sexköp är en form av mäns våld mot kvinnor. Personer som utnyttjas i prostitution och "
    "människohandel ska kunna få skydd och stöd, och efterfrågan på sexuella tjänster ska "
    "minska.",
)
action(
    "Utveckla ett samordnat stöd för personer med erfarenhet av prostitution och sex mot "
    "ersättning, med särskild uppmärksamhet på unga som skadar sig genom sex.",
    "Region Uppsala",
    "Uppsala kommun, ideella organisationer",
    "2026",
)
action(
    "Utbilda personal inom socialtjänst, hälso- och sjukvård och skola i att upptäcka "
    "människohandel för sexuella ändamål och i stödprogrammet för misstänkta offer.",
    "Länsstyrelsen i Uppsala län (regional samordnare mot prostitution och människohandel)",
    "Jämställdhetsmyndigheten, Polismyndigheten",
    "Löpande 2024–2027",
)
action(
    "Genomföra riktade uppsökande insatser på internet mot sexköp och sexuell exploatering "
    "av barn och unga.",
    "Polismyndigheten, polisregion Mitt",
    "Uppsala kommun",
    "2025",
)

# ---------------------------------------------------------------- page 10: Uppföljning
h1("Uppföljning")
p(
    "Länsstyrelsen följer årligen upp handlingsplanen i dialog med de ansvariga aktörerna. "
    "Uppföljningen redovisas för länets ledningsgrupp för kvinnofrid och publiceras på "
    "Länsstyrelsens webbplats. En slutlig utvärdering genomförs under 2027 och ligger till "
    "grund för nästa handlingsplan."
)
p("Följande indikatorer används för att följa utvecklingen i länet:")
table = doc.add_table(rows=1, cols=3)
table.style = "Table Grid"
hdr = table.rows[0].cells
hdr[0].text = "Indikator"
hdr[1].text = "Källa"
hdr[2].text = "Utgångsvärde (år)"
rows = [
    (
        "Andel kommuner som använder strukturerade riskbedömningar",
        "Länsstyrelsens enkät",
        "5 av 8 (2023)",
    ),
    ("Anmälda fall av grov kvinnofridskränkning", "Brottsförebyggande rådet", "142 (2022)"),
    (
        "Andel elever som lever med hedersrelaterade begränsningar",
        "Länsstyrelsens kartläggning",
        "14 % (2022)",
    ),
    ("Antal kvinnor i skyddat boende", "Kommunernas verksamhetsstatistik", "118 (2022)"),
    (
        "Antal personer som fått stöd för att upphöra med våld",
        "Kommunerna och Kriminalvården",
        "61 (2022)",
    ),
]
for r in rows:
    cells = table.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
p("")
p(
    "Frågor om handlingsplanen besvaras av Länsstyrelsens samordnare för arbetet mot mäns "
    "våld mot kvinnor."
)

doc.styles["Normal"].font.size = Pt(11)
doc.save(OUT)
print("wrote", OUT, OUT.stat().st_size, "bytes")
