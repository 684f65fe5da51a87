"""Generates lansstyrelsen_varmland_handlingsplan_2025-2028.docx (python-docx).

Invented but realistic content. Page 1 is the cover; every Heading 1 is preceded by an explicit
page break (w:br w:type="page"), so the page of a heading is 1 + the number of breaks before it.
Each break-delimited section is kept short enough to fit on one A4 page.
"""

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from tests.devset.docgen import add_field, repeat_header_row, shade_cell

HERE = Path(__file__).resolve().parent
OUT = HERE / "lansstyrelsen_varmland_handlingsplan_2025-2028.docx"

HEADERS = ("Aktivitet", "Ansvarig aktör", "I samverkan med", "Tidplan")
WIDTHS = (Cm(7.4), Cm(3.2), Cm(3.6), Cm(1.9))

GOALS = [
    (
        "Mål 1. Våldet förebyggs och attityder som legitimerar våld förändras",
        [
            "Våld i nära relationer och sexuellt våld har sin grund i ojämställda maktförhållanden "
            "och normer om maskulinitet. Förebyggande insatser behöver nå barn och unga i de "
            "miljöer där de finns, men också vuxna i deras närhet.",
            "Indikator: andel kommuner i länet som arbetar med ett våldsförebyggande program i "
            "skolan.",
        ],
        [
            (
                "Erbjuda länets skolor utbildning i våldsförebyggande metoder, till exempel "
                "Mentorer i våldsprevention (MVP).",
                "Länsstyrelsen",
                "Länets kommuner (skola och elevhälsa)",
                "2025–2026",
            ),
            (
                "Genomföra en länsgemensam kampanj riktad till unga om sexuellt våld och samtycke.",
                "Länsstyrelsen",
                "Region Värmland (ungdomsmottagningarna), kvinno- och tjejjourerna i Värmland",
                "2026",
            ),
            (
                "Stödja idrottsföreningar i länet att ta fram handlingsplaner mot sexuella "
                "trakasserier och våld.",
                "Länsstyrelsen",
                "Länets idrottsföreningar",
                "2025–2027",
            ),
            (
                "Sprida kunskap om våldsprevention till fritidsgårdar och öppen ungdomsverksamhet.",
                "Länets kommuner",
                "Länsstyrelsen",
                "2025–2028",
            ),
        ],
    ),
    (
        "Mål 2. Fler våldsutsatta upptäcks tidigt",
        [
            "Många som utsätts för våld har kontakt med hälso- och sjukvården, socialtjänsten "
            "eller andra myndigheter långt innan våldet blir känt. Att rutinmässigt ställa "
            "frågor om våld är en av de mest verksamma åtgärderna för att upptäcka våldet.",
            "Indikator: antal verksamheter i länet som infört rutinmässiga frågor om våld.",
        ],
        [
            (
                "Införa rutinmässiga frågor om våld i mödrahälsovården, ungdomsmottagningarna och "
                "psykiatrin.",
                "Region Värmland",
                "–",
                "2025–2026",
            ),
            (
                "Ta fram en länsgemensam rutin för att upptäcka våld mot äldre och personer med "
                "funktionsnedsättning inom hemtjänst och LSS-verksamhet.",
                "Länets kommuner",
                "Region Värmland, Länsstyrelsen",
                "2026",
            ),
            (
                "Utbilda tandvårdspersonal i att uppmärksamma tecken på våld.",
                "Folktandvården Värmland",
                "Länsstyrelsen",
                "2027",
            ),
            (
                "Genomföra utbildning för medarbetare på Försäkringskassan och Arbetsförmedlingen i "
                "Värmland om att fråga om våld.",
                "Länsstyrelsen",
                "Försäkringskassan, Arbetsförmedlingen",
                "2025",
            ),
        ],
    ),
    (
        "Mål 3. Våldsutsatta kvinnor och barn får samordnat stöd och skydd",
        [
            "Våldsutsatta kvinnor och barn ska kunna lita på att samhällets stöd håller samma "
            "kvalitet oavsett var i länet de bor. Samverkan mellan kommunerna, regionen, "
            "rättsväsendet och de ideella jourerna är avgörande för att stödet ska hänga ihop.",
            "Indikator: andel kommuner som har en överenskommelse med en kvinno- eller tjejjour.",
        ],
        [
            (
                "Utveckla samverkan mellan kommunernas socialtjänst och kvinno- och tjejjourerna "
                "genom idéburna offentliga partnerskap (IOP) i alla kommuner.",
                "Länets kommuner",
                "Kvinno- och tjejjourerna i länet",
                "2025–2027",
            ),
            (
                "Säkerställa att barn som upplevt våld erbjuds samtalsstöd, till exempel enligt "
                "Trappan-modellen, i samtliga kommuner.",
                "Länets kommuner",
                "Region Värmland (barn- och ungdomspsykiatrin)",
                "2025–2028",
            ),
            (
                "Ta fram en länsgemensam vägledning för placering i skyddat boende enligt den nya "
                "lagen om skyddat boende.",
                "Länsstyrelsen",
                "Länets kommuner, Inspektionen för vård och omsorg",
                "2025",
            ),
            (
                "Kartlägga tillgången till stöd för våldsutsatta kvinnor med missbruk eller psykisk "
                "ohälsa.",
                "Länsstyrelsen",
                "Region Värmland, länets kommuner, Karlstads universitet",
                "2026",
            ),
            (
                "Inrätta en mottagning för dokumentation av skador hos våldsutsatta vid "
                "Centralsjukhuset i Karlstad.",
                "Region Värmland",
                "Polisen i Värmland",
                "2026",
            ),
        ],
    ),
    (
        "Mål 4. Hedersrelaterat våld och förtryck upptäcks och motverkas",
        [
            "Hedersrelaterat våld och förtryck drabbar både flickor och pojkar, kvinnor och män, "
            "och utövas ofta av flera förövare i ett kollektiv. Arbetet kräver särskild kunskap "
            "om riskbedömning och om hur barn och unga kan skyddas.",
            "Indikator: antal yrkesverksamma i länet som gått utbildning om hedersrelaterat våld "
            "och förtryck.",
        ],
        [
            (
                "Utbilda personal i förskola, skola och socialtjänst om hedersrelaterat våld och "
                "förtryck, inklusive barnäktenskap och könsstympning.",
                "Länsstyrelsen",
                "Länets kommuner",
                "2025–2028",
            ),
            (
                "Inrätta ett regionalt resursteam för hedersrelaterade ärenden som ger konsultativt "
                "stöd till kommunerna.",
                "Karlstads kommun",
                "Länsstyrelsen, övriga kommuner i länet",
                "2026",
            ),
            (
                "Införa frågor om könsstympning i hälsoundersökningar av asylsökande och "
                "nyanlända.",
                "Region Värmland",
                "Migrationsverket",
                "2025",
            ),
            (
                "Ta fram informationsmaterial på flera språk om rättigheter i nära relationer till "
                "samhällsorienteringen för nyanlända.",
                "Länsstyrelsen",
                "Länets kommuner",
                "2026",
            ),
        ],
    ),
    (
        "Mål 5. Prostitution och människohandel motverkas",
        [
            "Köp av sexuell tjänst förekommer i hela länet, både på internet och i samband med "
            "större evenemang. Personer i prostitution har ofta erfarenhet av våld och behöver "
            "stöd som utgår från deras situation.",
            "Indikator: andel kommuner som har en rutin för att möta personer med erfarenhet av "
            "prostitution.",
        ],
        [
            (
                "Införa en regional rutin för hur myndigheter agerar vid misstanke om "
                "människohandel.",
                "Länsstyrelsen",
                "Polisen, Migrationsverket, länets kommuner, Region Värmland",
                "2025",
            ),
            (
                "Utbilda socialtjänst och hälso- och sjukvård om sex mot ersättning och sexuell "
                "exploatering via internet.",
                "Länsstyrelsen",
                "Länets kommuner, Region Värmland",
                "2026–2027",
            ),
            (
                "Genomföra riktade insatser mot köp av sexuella tjänster i samband med större "
                "evenemang i Karlstad.",
                "Polisen i Värmland",
                "Karlstads kommun",
                "Löpande",
            ),
        ],
    ),
    (
        "Mål 6. Fler våldsutövare förändrar sitt beteende",
        [
            "För att våldet ska upphöra behöver den som utövar våld ta ansvar för sitt "
            "beteende. Tillgången till behandling för våldsutövare varierar mellan kommunerna "
            "i Värmland, och få hänvisas vidare i samband med polisens ingripanden.",
            "Indikator: antal kommuner som erbjuder behandling för våldsutövare.",
        ],
        [
            (
                "Erbjuda behandling för våldsutövare i alla länets kommuner, till exempel genom "
                "gemensamma verksamheter över kommungränserna.",
                "Länets kommuner",
                "Kriminalvården (frivården)",
                "2025–2028",
            ),
            (
                "Införa en rutin för att förmedla kontakt med kommunens stöd till den som utövar "
                "våld i samband med polisens ingripanden.",
                "Polisen i Värmland",
                "Länets kommuner",
                "2026",
            ),
            (
                "Sprida information om den nationella stödlinjen Välj att sluta till hälso- och "
                "sjukvården och socialtjänsten.",
                "Länsstyrelsen",
                "Region Värmland, länets kommuner",
                "2025",
            ),
        ],
    ),
]


def h1(doc, text):
    doc.add_page_break()
    doc.add_heading(text, level=1)


def body(doc, text):
    p = doc.add_paragraph(text)
    p.paragraph_format.space_after = Pt(6)
    return p


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def action_table(doc, rows):
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header_row(hdr)
    for i, label in enumerate(HEADERS):
        cell = hdr.cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        run.font.size = Pt(10)
        shade_cell(cell, "D9E2F3")
    for row in rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(value)
            run.font.size = Pt(10)
    for row in table.rows:
        for i, w in enumerate(WIDTHS):
            row.cells[i].width = w
    return table


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for lvl, size in ((1, 16), (2, 13)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Länsstyrelsen Värmland  |  Regional handlingsplan mot mäns våld mot kvinnor 2025–2028  |  "
    )
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in fp.runs:
        r.font.size = Pt(8)
    add_field(fp, "PAGE")

    # ---- page 1: cover
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(120)
    r = p.add_run("LÄNSSTYRELSEN VÄRMLAND")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(
        "Regional handlingsplan mot mäns våld mot kvinnor i Värmlands län 2025–2028",
        style="Title",
    )
    sub = doc.add_paragraph()
    rs = sub.add_run(
        "Våld i nära relationer, hedersrelaterat våld och förtryck, prostitution och människohandel"
    )
    rs.italic = True
    rs.font.size = Pt(13)
    doc.add_paragraph()
    meta = doc.add_paragraph(
        "Rapport 2025:07\nDiarienummer: 851-2214-2024\nBeslutad av Länsstyrelsen Värmland i "
        "samråd med Region Värmland och länets 16 kommuner, februari 2025"
    )
    for r in meta.runs:
        r.font.size = Pt(10)

    # ---- page 2: förord
    h1(doc, "Förord")
    body(
        doc,
        "Mäns våld mot kvinnor är ett allvarligt samhällsproblem och ett av de tydligaste "
        "uttrycken för bristande jämställdhet. Våldet orsakar stort lidande för de kvinnor och "
        "barn som drabbas, och det kostar samhället miljardbelopp varje år i form av vård, "
        "rättsprocesser, sjukskrivningar och förlorad produktivitet.",
    )
    body(
        doc,
        "Värmland har under många år haft en stark samverkan mellan kommuner, region, "
        "myndigheter och ideella organisationer i arbetet mot våld. Den regionala "
        "handlingsplanen för 2021–2024 har bidragit till att fler kommuner har rutiner för att "
        "fråga om våld och att kvinno- och tjejjourerna har fått en tydligare roll i det "
        "gemensamma arbetet. Samtidigt visar uppföljningen att stödet fortfarande skiljer sig "
        "åt mellan länets kommuner, och att arbetet med våldsutövare och med hedersrelaterat "
        "våld och förtryck behöver utvecklas.",
    )
    body(
        doc,
        "Den här handlingsplanen har tagits fram i bred dialog med länets aktörer under hösten "
        "2024. Den beskriver vad vi tillsammans ska göra under perioden 2025–2028 för att "
        "förebygga våldet, upptäcka det tidigare och ge ett likvärdigt stöd till alla som "
        "utsätts, oavsett var i Värmland de bor.",
    )
    body(
        doc,
        "Ett stort tack till alla som har bidragit med kunskap och engagemang. Nu är det dags "
        "att omsätta planen i handling.",
    )
    body(doc, "Karlstad i februari 2025\nLänsstyrelsen Värmland")

    # ---- page 3: inledning
    h1(doc, "Inledning")
    doc.add_heading("Syfte", level=2)
    body(
        doc,
        "Handlingsplanens syfte är att samla länets aktörer kring gemensamma mål och konkreta "
        "aktiviteter i arbetet mot mäns våld mot kvinnor, våld i nära relationer, "
        "hedersrelaterat våld och förtryck samt prostitution och människohandel. Planen ska "
        "vara ett stöd för prioriteringar i de egna verksamheterna och för den regionala "
        "samverkan.",
    )
    doc.add_heading("Utgångspunkter", level=2)
    body(
        doc,
        "Planen utgår från den nationella strategin för att förebygga och bekämpa mäns våld mot "
        "kvinnor (skr. 2016/17:10) och dess fyra politiska målsättningar: ett utökat och "
        "verkningsfullt förebyggande arbete, förbättrad upptäckt av våld och starkare skydd och "
        "stöd, effektivare brottsbekämpning samt förbättrad kunskap och metodutveckling. Den "
        "knyter också an till Europarådets konvention om förebyggande och bekämpning av våld "
        "mot kvinnor och av våld i hemmet (Istanbulkonventionen) och till FN:s "
        "barnkonvention, som är svensk lag sedan 2020.",
    )
    doc.add_heading("Avgränsningar och begrepp", level=2)
    body(
        doc,
        "Med mäns våld mot kvinnor avses fysiskt, psykiskt, sexuellt och ekonomiskt våld samt "
        "försummelse och materiellt våld. Planen omfattar även våld i samkönade relationer, "
        "våld mot män och barns utsatthet när de upplever våld mellan närstående. "
        "Hedersrelaterat våld och förtryck, barnäktenskap, könsstympning, prostitution och "
        "människohandel för sexuella ändamål ingår i planens område.",
    )
    doc.add_heading("Målgrupp", level=2)
    body(
        doc,
        "Planen riktar sig till beslutsfattare, chefer och medarbetare i länets kommuner, Region "
        "Värmland, statliga myndigheter och idéburna organisationer som möter våldsutsatta, "
        "barn som upplevt våld eller personer som utövar våld.",
    )

    # ---- page 4: bakgrund
    h1(doc, "Bakgrund – läget i Värmland")
    body(
        doc,
        "Värmlands län har cirka 283 000 invånare fördelade på 16 kommuner, från Karlstad med "
        "drygt 95 000 invånare till Munkfors med knappt 3 700. Länets geografi med stora "
        "avstånd och många mindre kommuner ställer särskilda krav på samverkan över "
        "kommungränserna.",
    )
    body(
        doc,
        "Antalet anmälda misshandelsbrott mot kvinnor i nära relationer har legat på en "
        "relativt stabil nivå de senaste fem åren, medan anmälningarna om grov "
        "kvinnofridskränkning och olaga förföljelse har ökat. Länets kvinno- och tjejjourer "
        "uppger att allt fler av de kvinnor som söker stöd också utsätts för digitalt våld, "
        "exempelvis kontroll via mobiltelefon och sociala medier.",
    )
    body(doc, "Den regionala uppföljningen 2024 visade bland annat att:")
    bullets(
        doc,
        [
            "elva av sexton kommuner har en aktuell rutin för att fråga om våld inom "
            "socialtjänsten,",
            "sex kommuner erbjuder egen behandling för personer som utövar våld,",
            "stödet till barn som upplevt våld i första hand finns i de större kommunerna,",
            "kunskapen om hedersrelaterat våld och förtryck varierar stort mellan verksamheter.",
        ],
    )
    body(
        doc,
        "Uppföljningen visar också att samverkan mellan socialtjänst och hälso- och sjukvård "
        "fungerar bättre där det finns upparbetade rutiner och utsedda kontaktpersoner. Dessa "
        "erfarenheter har legat till grund för prioriteringarna i denna plan.",
    )

    # ---- page 5: planens uppbyggnad
    h1(doc, "Handlingsplanens uppbyggnad")
    body(
        doc,
        "Handlingsplanen består av sex mål. Varje mål har en kort beskrivning, en indikator för "
        "uppföljning och en tabell med de aktiviteter som ska genomföras under perioden. För "
        "varje aktivitet anges vilken aktör som har huvudansvaret, vilka aktörer som medverkar "
        "och när aktiviteten ska genomföras.",
    )
    body(
        doc,
        "Den ansvariga aktören samordnar aktiviteten och ansvarar för att den genomförs och "
        "följs upp. Medverkande aktörer bidrar med kunskap, personal eller andra resurser. "
        "Aktiviteter som anges som löpande pågår under hela planperioden.",
    )
    body(
        doc,
        "Målen täcker hela kedjan från förebyggande arbete och tidig upptäckt till stöd, "
        "skydd och insatser riktade till den som utövar våld. Två mål handlar särskilt om "
        "hedersrelaterat våld och förtryck respektive prostitution och människohandel.",
    )

    # ---- pages 6–11: goals
    for title, paras, rows in GOALS:
        h1(doc, title)
        for t in paras:
            body(doc, t)
        action_table(doc, rows)

    # ---- page 12: uppföljning
    h1(doc, "Uppföljning och utvärdering")
    body(
        doc,
        "Handlingsplanen följs upp årligen i det regionala samverkansrådet för kvinnofrid, där "
        "kommunerna, Region Värmland, Polisen, Åklagarmyndigheten, Kriminalvården och "
        "kvinno- och tjejjourerna finns representerade. Uppföljningen omfattar både "
        "genomförda aktiviteter och utvecklingen av indikatorerna för respektive mål.",
    )
    body(
        doc,
        "Inför den årliga uppföljningen skickar Länsstyrelsen ut en enkät till de ansvariga "
        "aktörerna. Resultatet sammanställs i en lägesrapport som presenteras för "
        "samverkansrådet och publiceras på Länsstyrelsens webbplats.",
    )
    body(
        doc,
        "Under 2028 görs en samlad utvärdering av handlingsplanen i samarbete med Karlstads "
        "universitet. Utvärderingen ligger till grund för nästa regionala handlingsplan.",
    )
    doc.add_heading("Kontakt", level=2)
    body(
        doc,
        "Frågor om handlingsplanen besvaras av Länsstyrelsen Värmland, enheten för social "
        "hållbarhet, telefon 010-224 70 00.",
    )

    doc.core_properties.title = (
        "Regional handlingsplan mot mäns våld mot kvinnor i Värmlands län 2025–2028"
    )
    doc.core_properties.author = "Länsstyrelsen Värmland"
    doc.save(OUT)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    build()
