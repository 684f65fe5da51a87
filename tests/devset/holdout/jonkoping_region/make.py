"""Generate regional_strategi_vald_jonkopings_lan_2025-2030.docx (invented content).

Every page ends with an explicit page break, so page numbers are deterministic:
1 omslag, 2 innehåll/sammanfattning, 3 bakgrund, 4 vision/perspektiv, 5-9 strategiska mål 1-5,
10 genomförande och bilaga.

Run: /work/main/.venv/bin/python make.py
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from tests.devset.docgen import shade_cell

OUT = Path(__file__).with_name("regional_strategi_vald_jonkopings_lan_2025-2030.docx")
GREEN = RGBColor(0x00, 0x5B, 0x4F)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin = sec.bottom_margin = Cm(2.5)

normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)
for name, size in [("Heading 1", 18), ("Heading 2", 14), ("Heading 3", 12)]:
    st = doc.styles[name]
    st.font.color.rgb = GREEN
    st.font.size = Pt(size)

footer = sec.footer.paragraphs[0]
footer.text = "Regional strategi för ett liv fritt från våld – Jönköpings län 2025–2030"
footer.runs[0].font.size = Pt(8)


def para(text, bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def labelled(label, value):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.63)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(label + " ")
    r.bold = True
    r.font.size = Pt(10)
    r2 = p.add_run(value)
    r2.font.size = Pt(10)
    return p


def indicator_table(rows):
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Indikator", "Källa", "Önskad utveckling"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "D9EAD3")
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def goal_page(num, title, why, indicators, insatser):
    doc.add_heading(f"Strategiskt mål {num}", level=1)
    doc.add_heading(title, level=2)
    doc.add_heading("Varför är detta viktigt?", level=3)
    para(why)
    doc.add_heading("Så följer vi utvecklingen", level=3)
    indicator_table(indicators)
    doc.add_heading("Insatser", level=3)
    for text, ansvar, samverkan in insatser:
        p = doc.add_paragraph(text, style="List Number")
        p.paragraph_format.space_after = Pt(2)
        labelled("Ansvar:", ansvar)
        last = labelled("I samverkan med:", samverkan)
        last.paragraph_format.space_after = Pt(8)
    doc.add_page_break()


# ------------------------------------------------------------------ page 1: omslag
for _ in range(6):
    doc.add_paragraph()
para("Ett liv fritt från våld", bold=True, size=28, align=WD_ALIGN_PARAGRAPH.CENTER)
para(
    "Regional strategi mot mäns våld mot kvinnor, våld i nära relationer och hedersrelaterat våld "
    "och förtryck i Jönköpings län 2025–2030",
    size=14,
    align=WD_ALIGN_PARAGRAPH.CENTER,
)
for _ in range(8):
    doc.add_paragraph()
para(
    "Region Jönköpings län och Länsstyrelsen i Jönköpings län",
    bold=True,
    align=WD_ALIGN_PARAGRAPH.CENTER,
)
para(
    "Antagen av regionfullmäktige 2024-11-26 och fastställd av landshövdingen 2024-12-05",
    italic=True,
    size=10,
    align=WD_ALIGN_PARAGRAPH.CENTER,
)
para("Diarienummer RJL 2024/1187 respektive 851-4410-2024", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_page_break()

# ------------------------------------------------------------------ page 2: innehåll + sammanfattning
doc.add_heading("Innehåll", level=1)
for line in [
    "Sammanfattning",
    "Bakgrund",
    "Vision och perspektiv",
    "Strategiska mål och insatser",
    "Genomförande, organisation och uppföljning",
    "Bilaga: Begrepp",
]:
    para(line, space_after=0)
doc.add_paragraph()
doc.add_heading("Sammanfattning", level=1)
para(
    "Region Jönköpings län och Länsstyrelsen i Jönköpings län har tillsammans med länets tretton kommuner, "
    "rättsväsendet och det civila samhället tagit fram en gemensam strategi för arbetet mot mäns våld mot "
    "kvinnor, våld i nära relationer och hedersrelaterat våld och förtryck. Strategin gäller 2025–2030."
)
para(
    "Strategin innehåller fem strategiska mål. För varje mål beskrivs varför det är viktigt, hur "
    "utvecklingen ska följas och vilka insatser som ska genomföras. Varje insats har en huvudansvarig "
    "organisation. Insatserna konkretiseras i respektive organisations verksamhetsplaner."
)
para(
    "Strategin bygger vidare på erfarenheterna från den regionala handlingsplanen 2020–2023 och på de "
    "utvecklingsbehov som kommit fram i länsstyrelsens och regionens uppföljningar."
)
doc.add_page_break()

# ------------------------------------------------------------------ page 3: bakgrund
doc.add_heading("Bakgrund", level=1)
doc.add_heading("Nationella och internationella utgångspunkter", level=2)
para(
    "Det jämställdhetspolitiska delmålet om att mäns våld mot kvinnor ska upphöra och den nationella "
    "strategin för att förebygga och bekämpa mäns våld mot kvinnor utgör grunden för strategin. "
    "Sverige har också ratificerat Istanbulkonventionen och barnkonventionen gäller som svensk lag."
)
para(
    "Enligt socialtjänstlagen har kommunerna ansvar för att våldsutsatta och barn som upplevt våld får "
    "stöd och hjälp. Hälso- och sjukvården har enligt Socialstyrelsens föreskrifter ansvar för att "
    "uppmärksamma våldsutsatthet och erbjuda vård. Länsstyrelsen har regeringens uppdrag att samordna "
    "arbetet regionalt."
)
doc.add_heading("Våldet i Jönköpings län", level=2)
para(
    "Under 2023 polisanmäldes omkring 1 350 misshandelsbrott mot kvinnor i länet. Drygt hälften av dem "
    "begicks av en närstående. Regionens folkhälsoenkät Liv och hälsa ung visar att var femte flicka i "
    "gymnasiets år 2 har utsatts för sexuella trakasserier under det senaste året."
)
para(
    "Länsstyrelsens kartläggning 2023 visade att sex av länets kommuner saknar en aktuell rutin för "
    "hedersrelaterat våld och förtryck, och att kunskapen om prostitution och människohandel är låg i "
    "flera verksamheter. Samtidigt har samverkan mellan kommuner, region och polis utvecklats under de "
    "senaste åren, bland annat genom Barnahus Jönköpings län."
)
doc.add_page_break()

# ------------------------------------------------------------------ page 4: vision + perspektiv
doc.add_heading("Vision och perspektiv", level=1)
doc.add_heading("Vision", level=2)
para(
    "I Jönköpings län ska alla kvinnor, män, flickor och pojkar kunna leva ett liv fritt från våld och förtryck.",
    italic=True,
    size=12,
)
doc.add_heading("Perspektiv som genomsyrar arbetet", level=2)
for head, text in [
    (
        "Jämställdhetsperspektiv. ",
        "Mäns våld mot kvinnor förstås som ett uttryck för ojämställda maktförhållanden mellan könen.",
    ),
    (
        "Barnrättsperspektiv. ",
        "Barn som upplever våld är brottsoffer och har rätt till eget stöd och skydd.",
    ),
    (
        "Intersektionellt perspektiv. ",
        "Hänsyn tas till att ålder, funktionsnedsättning, sexuell läggning, "
        "könsidentitet och bakgrund påverkar utsatthet och tillgång till stöd.",
    ),
    (
        "Våldsutövarperspektiv. ",
        "Insatser riktade till den som utövar våld är en förutsättning för att våldet ska upphöra.",
    ),
]:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(head).bold = True
    p.add_run(text)
doc.add_heading("Så är strategin uppbyggd", level=2)
para(
    "Strategin har fem strategiska mål som gäller hela perioden. Till varje mål hör ett antal insatser. "
    "Med ansvar avses den organisation som leder insatsen och rapporterar om den. De organisationer som "
    "anges under samverkan medverkar i genomförandet."
)
doc.add_page_break()

# ------------------------------------------------------------------ pages 5-9: strategiska mål
goal_page(
    1,
    "Våldet förebyggs tidigt och i alla åldrar",
    "Våld kan förebyggas. Insatser som når barn och unga tidigt och som utmanar normer kring maskulinitet "
    "och kontroll har visat sig minska risken för att våld uppstår.",
    [
        ["Andel elever som utsatts för sexuella trakasserier", "Liv och hälsa ung", "Minskar"],
        [
            "Antal kommuner med våldsförebyggande program i skolan",
            "Länsstyrelsens kartläggning",
            "Ökar",
        ],
    ],
    [
        (
            "Införa ett strukturerat våldsförebyggande program från förskoleklass till gymnasiet.",
            "Länets kommuner",
            "Länsstyrelsen i Jönköpings län",
        ),
        (
            "Integrera frågor om sexuell hälsa, samtycke och våld i ungdomsmottagningarnas utåtriktade arbete.",
            "Region Jönköpings län",
            "Länets kommuner",
        ),
        (
            "Fördela ett regionalt utvecklingsbidrag till föreningar som bedriver våldsförebyggande arbete bland unga.",
            "Länsstyrelsen i Jönköpings län",
            "Region Jönköpings län",
        ),
    ],
)

goal_page(
    2,
    "Våldsutsatta upptäcks och får tidigt stöd",
    "Många våldsutsatta söker vård eller kontakt med socialtjänsten utan att våldet uppmärksammas. "
    "Att fråga om våld rutinmässigt ökar möjligheten att upptäcka våldet och erbjuda stöd tidigt.",
    [
        [
            "Andel patienter i mödrahälsovården som tillfrågats om våld",
            "Regionens journalsystem",
            "Ökar",
        ],
        ["Antal barn som upplevt våld och fått stöd", "Kommunernas verksamhetsstatistik", "Ökar"],
    ],
    [
        (
            "Ställa frågor om våld rutinmässigt inom primärvård, psykiatri, mödrahälsovård och akutsjukvård.",
            "Region Jönköpings län",
            "–",
        ),
        (
            "Säkerställa att samtliga socialtjänster använder strukturerade bedömningsmetoder vid misstanke om våld.",
            "Länets kommuner",
            "Länsstyrelsen i Jönköpings län",
        ),
        (
            "Utveckla Barnahus Jönköpings län så att även barn som upplevt våld mellan närstående kan tas emot.",
            "Region Jönköpings län och länets kommuner",
            "Polismyndigheten, Åklagarmyndigheten",
        ),
    ],
)

goal_page(
    3,
    "Hedersrelaterat våld och förtryck upptäcks och motverkas",
    "Hedersrelaterat våld och förtryck begränsar framför allt flickors och unga kvinnors rätt att själva "
    "bestämma över sina liv. Våldet är ofta kollektivt och kräver särskild kunskap och samverkan.",
    [
        [
            "Antal kommuner med aktuell rutin för hedersrelaterat våld",
            "Länsstyrelsens kartläggning",
            "Alla 13",
        ],
        ["Antal ärenden där kompetensteamet gett stöd", "Länsstyrelsen", "Ökar"],
    ],
    [
        (
            "Inrätta ett regionalt kompetensteam om hedersrelaterat våld och förtryck som ger konsultativt stöd till yrkesverksamma.",
            "Länsstyrelsen i Jönköpings län",
            "Region Jönköpings län, länets kommuner",
        ),
        (
            "Erbjuda samtalsstöd via elevhälsan till unga som lever med hedersnormer.",
            "Länets kommuner",
            "Ideella föreningar",
        ),
        (
            "Utbilda personal inom hälso- och sjukvården om kvinnlig könsstympning och erbjuda vård till drabbade.",
            "Region Jönköpings län",
            "–",
        ),
        (
            "Säkerställa rutiner för att förhindra barnäktenskap och tvångsäktenskap, även i samband med utlandsresor.",
            "Länets kommuner",
            "Polismyndigheten, Länsstyrelsen i Jönköpings län",
        ),
    ],
)

goal_page(
    4,
    "Prostitution och människohandel motverkas",
    "Prostitution och människohandel för sexuella ändamål är allvarliga former av mäns våld mot kvinnor. "
    "Verksamheterna i länet behöver kunskap för att upptäcka och stödja utsatta.",
    [
        ["Antal ärenden som rör människohandel", "Länsstyrelsen", "Fler upptäcks"],
        ["Antal personer som fått stöd efter sex mot ersättning", "Region Jönköpings län", "Ökar"],
    ],
    [
        (
            "Kartlägga förekomsten av prostitution och människohandel i länet vartannat år.",
            "Länsstyrelsen i Jönköpings län",
            "Polismyndigheten, länets kommuner",
        ),
        (
            "Ge stöd i enskilda ärenden genom den regionala koordinatorn mot människohandel.",
            "Länsstyrelsen i Jönköpings län",
            "Migrationsverket, Polismyndigheten",
        ),
        (
            "Erbjuda anpassat stöd och vård till personer som säljer sex genom en regional mottagning.",
            "Region Jönköpings län",
            "Jönköpings kommun",
        ),
    ],
)

goal_page(
    5,
    "Kunskap och samverkan om våld stärks",
    "Ett långsiktigt arbete kräver att chefer och medarbetare har kunskap om våld och att organisationerna "
    "samverkar utifrån gemensamma rutiner.",
    [
        ["Andel medarbetare som genomgått grundutbildning om våld", "Kommuner och region", "Ökar"],
        ["Antal kommuner med samordnare för våld i nära relationer", "Länsstyrelsen", "Alla 13"],
    ],
    [
        (
            "Ta fram en gemensam utbildningsplan om våld för chefer och medarbetare i region och kommuner.",
            "Region Jönköpings län och Länsstyrelsen i Jönköpings län",
            "Länets kommuner",
        ),
        (
            "Etablera ett regionalt nätverk för kommunernas samordnare för våld i nära relationer.",
            "Länsstyrelsen i Jönköpings län",
            "Länets kommuner, Region Jönköpings län",
        ),
        (
            "Följa upp strategin årligen genom en gemensam indikatorrapport.",
            "Länsstyrelsen i Jönköpings län",
            "Jönköping University, Region Jönköpings län",
        ),
    ],
)

# ------------------------------------------------------------------ page 10: genomförande + bilaga
doc.add_heading("Genomförande, organisation och uppföljning", level=1)
para(
    "Strategin styrs av en regional styrgrupp med representanter för Region Jönköpings län, "
    "Länsstyrelsen i Jönköpings län, kommunerna, Polisområde Jönköping och Åklagarkammaren i Jönköping. "
    "Styrgruppen sammanträder två gånger per år."
)
para(
    "Varje ansvarig organisation rapporterar årligen hur insatserna har genomförts. Länsstyrelsen "
    "sammanställer en uppföljningsrapport som behandlas av styrgruppen och regionens nämnd för folkhälsa "
    "och sjukvård. Strategin revideras vid behov efter halva perioden, senast 2027."
)
doc.add_heading("Bilaga: Begrepp", level=2)
for term, text in [
    (
        "Våld i nära relationer: ",
        "våld som utövas av en närstående, till exempel en partner, förälder eller annan familjemedlem.",
    ),
    (
        "Hedersrelaterat våld och förtryck: ",
        "våld och förtryck som utövas för att upprätthålla familjens eller släktens heder.",
    ),
    (
        "Människohandel: ",
        "rekrytering, transport eller mottagande av en person genom otillbörliga medel i syfte att exploatera personen.",
    ),
]:
    p = doc.add_paragraph()
    p.add_run(term).bold = True
    p.add_run(text)

doc.core_properties.title = "Ett liv fritt från våld – regional strategi Jönköpings län 2025–2030"
doc.core_properties.author = "Region Jönköpings län och Länsstyrelsen i Jönköpings län"
doc.save(OUT)
print("wrote", OUT)
