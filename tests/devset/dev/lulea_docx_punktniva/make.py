"""Generate lulea_handlingsplan_vald_2025-2028.docx (Luleå kommun), python-docx.

Invented but realistic content. Layout: a Word document whose plan part is one bulleted list
with three levels (one real Word bullet list, the level set by Tab = w:ilvl 0/1/2): level 1 a
bold run-in label "Mål 1:" followed by the goal's wording; level 2 a bold run-in "Insats:"
followed by the measure; level 3 "Ansvar:", "Samverkan:" and "När:" with the label in bold.
Before it: a title, prose chapters with Heading 1, a bulleted list of facts (not measures) in
the background chapter. After it: a chapter on follow-up.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "lulea_handlingsplan_vald_2025-2028.docx"

# (goal, [(insats, ansvar, samverkan or "", när)])
PLAN = [
    (
        "Barn och unga i Luleå växer upp i jämställda och våldsfria relationer",
        [
            (
                "Införa våldsförebyggande lektioner om kärlek, kontroll och gränser i "
                "gymnasieskolans första år",
                "Utbildningsförvaltningen",
                "Ungdomsmottagningen Region Norrbotten",
                "Läsåret 2025/26",
            ),
            (
                "Erbjuda föräldraträffar om barns utsatthet på nätet i samtliga kommundelar",
                "Socialförvaltningen",
                "Studieförbundet Vuxenskolan",
                "2026",
            ),
        ],
    ),
    (
        "Den som utsätts för våld får tidigt stöd oavsett var i kommunen hon bor",
        [
            (
                "Starta en mobil stödfunktion som når våldsutsatta i Luleås ytterområden och "
                "skärgård",
                "Socialförvaltningen",
                "Luleå kvinnojour",
                "2025",
            ),
            (
                "Utbilda hemtjänstens personal i att upptäcka våld mot äldre",
                "Socialförvaltningen",
                "",
                "2025–2026",
            ),
            (
                "Ta fram gemensamma rutiner för skyddat boende och ekonomiskt bistånd "
                "vid uppbrott från en våldsam relation",
                "Arbetsmarknadsförvaltningen",
                "Socialförvaltningen, Försäkringskassan",
                "2026",
            ),
        ],
    ),
    (
        "Våld i samiska och nationella minoriteters familjer uppmärksammas",
        [
            (
                "Genomföra utbildning om våld i nära relationer i ett samiskt sammanhang "
                "för socialtjänstens handläggare",
                "Socialförvaltningen",
                "Sametinget",
                "2026",
            ),
            (
                "Översätta informationen om kommunens stöd vid våld till samiska, finska "
                "och meänkieli",
                "Kommunledningsförvaltningen",
                "",
                "2025",
            ),
        ],
    ),
]


def set_level(paragraph, level: int, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.append(numpr)


def bullet(doc: Document, level: int, label: str, text: str) -> None:
    p = doc.add_paragraph(style="List Bullet")
    set_level(p, level, 1)
    run = p.add_run(label + " ")
    run.bold = True
    p.add_run(text)


def main() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Handlingsplan mot våld i nära relationer 2025–2028", style="Title")
    doc.add_paragraph("Luleå kommun. Antagen av kommunfullmäktige 2025-03-24, § 51.")
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Luleå kommuns handlingsplan mot våld i nära relationer gäller för alla förvaltningar "
        "och bolag. Den utgår från den nationella strategin mot mäns våld mot kvinnor och från "
        "Länsstyrelsen i Norrbottens läns regionala strategi. Planen beskriver kommunens mål och "
        "de insatser som ska genomföras under perioden."
    )
    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph("Några siffror om våldet i Luleå:")
    for fact in (
        "Polisen registrerade 318 anmälningar om misshandel i nära relation under 2024.",
        "Socialtjänsten gav stöd till 142 vuxna och 97 barn som utsatts för eller upplevt våld.",
        "Kvinnojouren tog emot 1 130 stödsamtal, en ökning med elva procent.",
    ):
        doc.add_paragraph(fact, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Mål och insatser", level=1)
    doc.add_paragraph(
        "Planen har tre mål. Under varje mål står de insatser som ska genomföras, vem som "
        "ansvarar, vilka som samverkar och när insatsen ska vara genomförd."
    )
    for n, (goal, insatser) in enumerate(PLAN, start=1):
        bullet(doc, 0, f"Mål {n}:", goal)
        for text, ansvar, samverkan, nar in insatser:
            bullet(doc, 1, "Insats:", text)
            bullet(doc, 2, "Ansvar:", ansvar)
            if samverkan:
                bullet(doc, 2, "Samverkan:", samverkan)
            bullet(doc, 2, "När:", nar)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Socialförvaltningen följer upp planen varje år och redovisar resultatet för "
        "socialnämnden och kommunstyrelsen. Planen revideras under 2028."
    )
    doc.core_properties.title = "Handlingsplan mot våld i nära relationer 2025–2028"
    doc.core_properties.author = "Luleå kommun"
    doc.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
