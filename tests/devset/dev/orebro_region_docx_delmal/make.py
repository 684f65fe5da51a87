"""Generate region_orebro_lan_handlingsplan_vald_2024-2027.docx (Region Örebro län).

Invented but realistic content. Layout: the goals and actions are in Word tables with the
columns Mål | Delmål | Åtgärd | Ansvarig | Samverkan | Klart. The Mål cell is merged
vertically over all rows of its goal and the Delmål cell over the rows of its delmål, so the
goal text sits once at the top of a tall merged cell. A second table 'Indikatorer'
(Indikator | Källa | Utgångsvärde | Målvärde 2027) follows under Uppföljning and holds no actions.
Explicit page breaks, so the pages are:

  1 titelsida, 2 inledning, bakgrund och läsanvisning, 3 table with mål 1-2,
  4 table with mål 3 (header repeated), 5 uppföljning with the indicator table

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from tests.devset.docgen import shade_cell

OUT = Path(__file__).with_name("region_orebro_lan_handlingsplan_vald_2024-2027.docx")

HEADER = ["Mål", "Delmål", "Åtgärd", "Ansvarig", "Samverkan", "Klart"]

# (mål nr, mål, [(delmål nr, delmål, [(åtgärd, ansvarig, samverkan, klart)])])
TABLE_1 = [
    (
        "1",
        "Våldsutsatta upptäcks tidigt i hälso- och sjukvården",
        [
            (
                "1.1",
                "Frågor om våld ställs rutinmässigt i mödrahälsovård, ungdomsmottagning och psykiatri",
                [
                    (
                        "Införa rutinmässiga frågor om våld i journalmallarna för "
                        "mödrahälsovårdens inskrivningssamtal",
                        "Område Närsjukvård",
                        "Kvinnosjukvården",
                        "2024",
                    ),
                    (
                        "Utbilda medarbetare i vuxenpsykiatrin i att ställa frågor om våld och "
                        "dokumentera svaren",
                        "Område Psykiatri",
                        "Regionhälsan",
                        "2025",
                    ),
                ],
            ),
            (
                "1.2",
                "Barn som upplever våld uppmärksammas i vården",
                [
                    (
                        "Ta fram en regiongemensam rutin för orosanmälan när en vuxen patient "
                        "berättar om våld i ett hem där det finns barn",
                        "Hälso- och sjukvårdsförvaltningen",
                        "Länets kommuner",
                        "2024",
                    ),
                    (
                        "Erbjuda barnavårdscentralerna handledning i samtal med föräldrar om "
                        "våld i hemmet",
                        "Område Närsjukvård",
                        "Örebro universitet",
                        "2025",
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        "Våldsutsatta får ett gott bemötande och rätt vård",
        [
            (
                "2.1",
                "Akut omhändertagande efter våld och sexuella övergrepp är likvärdigt i länet",
                [
                    (
                        "Säkerställa att alla akutmottagningar har tillgång till "
                        "övergreppskit och rutin för spårsäkring dygnet runt",
                        "Område Specialiserad somatisk vård",
                        "Polismyndigheten",
                        "2024",
                    ),
                    (
                        "Införa rättsintyg enligt gemensam mall vid alla sjukhus i länet",
                        "Område Specialiserad somatisk vård",
                        "Rättsmedicinalverket",
                        "2025",
                    ),
                ],
            ),
            (
                "2.2",
                "Vården för våldsutsatta är samordnad med socialtjänsten",
                [
                    (
                        "Upprätta en överenskommelse med länets kommuner om samordnad "
                        "individuell plan för våldsutsatta",
                        "Hälso- och sjukvårdsförvaltningen",
                        "Länets kommuner",
                        "2025",
                    ),
                    (
                        "Inrätta en regional konsultfunktion för vårdpersonal i ärenden om "
                        "hedersrelaterat våld",
                        "Regionhälsan",
                        "Länsstyrelsen Örebro län",
                        "2026",
                    ),
                    (
                        "Erbjuda traumafokuserad behandling till barn som upplevt våld inom "
                        "barn- och ungdomspsykiatrin",
                        "Område Psykiatri",
                        "–",
                        "2026",
                    ),
                ],
            ),
        ],
    ),
]

TABLE_2 = [
    (
        "3",
        "Vården bidrar till att förebygga våld",
        [
            (
                "3.1",
                "Unga får kunskap om sexuell hälsa, samtycke och jämställda relationer",
                [
                    (
                        "Genomföra samtal om samtycke och relationer vid alla besök på "
                        "ungdomsmottagningarna i årskurs 8",
                        "Område Närsjukvård",
                        "Örebro kommun, Karlskoga kommun",
                        "2025",
                    ),
                    (
                        "Ta fram digitalt informationsmaterial om våld i ungas relationer på "
                        "lätt svenska och fem andra språk",
                        "Regionhälsan",
                        "Ungdomsmottagningarna",
                        "2025",
                    ),
                ],
            ),
            (
                "3.2",
                "Fler som utövar våld får stöd att sluta",
                [
                    (
                        "Erbjuda behandling för personer som utövar våld i nära relationer "
                        "inom allmänpsykiatrin",
                        "Område Psykiatri",
                        "Kriminalvården, Länets kommuner",
                        "2027",
                    ),
                ],
            ),
        ],
    ),
]

INDICATORS = [
    (
        "Andel inskrivningssamtal i mödrahälsovården där frågan om våld ställts",
        "Journaluttag",
        "61 %",
        "95 %",
    ),
    ("Antal utfärdade rättsintyg enligt gemensam mall", "Rättsintygsregistret", "–", "Samtliga"),
    (
        "Andel medarbetare i psykiatrin som genomgått utbildning om våld",
        "Lärplattformen",
        "22 %",
        "80 %",
    ),
    ("Antal patienter som påbörjat behandling för våldsutövare", "Verksamhetsstatistik", "8", "40"),
]


def set_text(cell, text: str, bold: bool = False, size: float = 8.5) -> None:
    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def plan_table(doc: Document, plan) -> None:
    rows = sum(len(acts) for _, _, dels in plan for _, _, acts in dels)
    t = doc.add_table(rows=rows + 1, cols=len(HEADER))
    t.style = "Table Grid"
    for i, h in enumerate(HEADER):
        set_text(t.cell(0, i), h, bold=True)
        shade_cell(t.cell(0, i), "D9E2F3")
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    r = 1
    for nr, mal, dels in plan:
        first_goal_row = r
        for dnr, delmal, acts in dels:
            first_del_row = r
            for text, ansvar, samverkan, klart in acts:
                set_text(t.cell(r, 2), text)
                set_text(t.cell(r, 3), ansvar)
                set_text(t.cell(r, 4), samverkan)
                set_text(t.cell(r, 5), klart)
                r += 1
            cell = t.cell(first_del_row, 1)
            if r - 1 > first_del_row:
                cell = cell.merge(t.cell(r - 1, 1))
            set_text(cell, f"{dnr} {delmal}")
        cell = t.cell(first_goal_row, 0)
        if r - 1 > first_goal_row:
            cell = cell.merge(t.cell(r - 1, 0))
        set_text(cell, f"Mål {nr}\n{mal}", bold=True)
        shade_cell(cell, "F2F2F2")
    for row in t.rows:
        for i, w in enumerate((3.2, 3.6, 7.0, 3.4, 3.4, 1.4)):
            row.cells[i].width = Cm(w)


def page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def main() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    doc.core_properties.title = "Regional handlingsplan för hälso- och sjukvårdens arbete mot våld i nära relationer 2024–2027"
    doc.core_properties.author = "Region Örebro län"

    doc.add_paragraph("Region Örebro län")
    doc.add_heading(
        "Regional handlingsplan för hälso- och sjukvårdens arbete mot våld i nära relationer "
        "2024–2027",
        level=0,
    )
    doc.add_paragraph("Beslutad av regionstyrelsen 2024-03-05. Dnr 23RS4471.")
    doc.add_paragraph("Handlingsplanen gäller till och med december 2027.")
    page_break(doc)

    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Hälso- och sjukvården möter varje dag personer som har utsatts för våld av en "
        "närstående. Region Örebro län har ett ansvar för att våldet upptäcks, att den som är "
        "utsatt får vård och att skador dokumenteras så att de kan användas i en rättsprocess. "
        "Handlingsplanen omsätter den regionala strategin mot mäns våld mot kvinnor i "
        "konkreta åtgärder för regionens verksamheter."
    )
    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Enligt Socialstyrelsens föreskrifter ska vården ha rutiner för att ställa frågor om "
        "våld. En kartläggning 2023 visade att frågan ställdes i drygt hälften av "
        "mödrahälsovårdens inskrivningssamtal och i en mindre del av psykiatrins nybesök."
    )
    doc.add_heading("Läsanvisning", level=1)
    doc.add_paragraph(
        "Planen har tre mål med delmål. I tabellerna står varje åtgärd på en egen rad "
        "tillsammans med det område som ansvarar, de som samverkar och när åtgärden ska vara "
        "genomförd. Indikatorerna för uppföljning redovisas i avsnittet Uppföljning."
    )
    page_break(doc)

    doc.add_heading("Mål, delmål och åtgärder", level=1)
    plan_table(doc, TABLE_1)
    page_break(doc)
    plan_table(doc, TABLE_2)
    page_break(doc)

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Regionens samordnare för våld i nära relationer sammanställer en årlig uppföljning "
        "till hälso- och sjukvårdsnämnden. Följande indikatorer används."
    )
    doc.add_paragraph("Tabell 2. Indikatorer")
    t = doc.add_table(rows=len(INDICATORS) + 1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Indikator", "Källa", "Utgångsvärde 2023", "Målvärde 2027")):
        set_text(t.cell(0, i), h, bold=True)
    for r, row in enumerate(INDICATORS, start=1):
        for i, v in enumerate(row):
            set_text(t.cell(r, i), v)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
