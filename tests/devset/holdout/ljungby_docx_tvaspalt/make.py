"""Generate ljungby_handlingsplan_vald_2025-2026.docx with python-docx.

Invented but realistic content. Layout: a Word document whose first section (title,
introduction) is one column and whose plan stands in a second section set in two newspaper
columns (w:cols w:num="2", a continuous section break): goals as 'Heading 2' paragraphs 'Mål
N. ...', measures as 'List Bullet' paragraphs ending in '(Ansvar: X)' or '(Ansvar: X,
samverkan: Y)'. A third section, one column again, holds the follow-up text.

Run from this folder: python make.py
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = Path(__file__).resolve().parent
OUT = HERE / "ljungby_handlingsplan_vald_2025-2026.docx"

PLAN = [
    (
        "Ljungbybor vet var de kan få hjälp vid våld",
        [
            (
                "Ta fram en broschyr om stöd vid våld på svenska, arabiska, dari och somaliska",
                "Socialförvaltningen",
                "",
            ),
            (
                "Sätta upp information om Kvinnofridslinjen på alla kommunens offentliga toaletter",
                "Tekniska förvaltningen",
                "",
            ),
        ],
    ),
    (
        "Personal som möter våldsutsatta har rätt kunskap",
        [
            (
                "Genomföra en grundutbildning om våld i nära relationer för all ny personal i hemtjänsten",
                "Omsorgsförvaltningen",
                "",
            ),
            (
                "Utbilda skolkuratorer i att samtala med barn om våld",
                "Utbildningsförvaltningen",
                "Socialförvaltningen",
            ),
            (
                "Erbjuda tandvårdens personal en webbutbildning om att upptäcka våld",
                "Region Kronoberg",
                "",
            ),
        ],
    ),
    (
        "Våldsutsatta får samordnat stöd",
        [
            (
                "Inför ett gemensamt mottagningsteam för våldsutsatta inom socialtjänsten",
                "Socialförvaltningen",
                "",
            ),
            (
                "Skriv en överenskommelse med Ljungby kvinnojour om stödsamtal och jourboende",
                "Socialnämnden",
                "Ljungby kvinnojour",
            ),
        ],
    ),
]


def columns(section, n: int) -> None:
    sect_pr = section._sectPr
    for old in sect_pr.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"
    ):
        sect_pr.remove(old)
    sect_pr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="567"/>'))


def main() -> None:
    doc = Document()
    doc.add_paragraph("Handlingsplan mot våld i nära relationer 2025–2026", style="Title")
    doc.add_paragraph("Ljungby kommun")
    doc.add_paragraph("Inledning", style="Heading 1")
    doc.add_paragraph(
        "Handlingsplanen visar vad Ljungby kommun ska göra under 2025 och 2026 för att "
        "förebygga våld i nära relationer och ge stöd till dem som utsätts. Planen bygger på "
        "en kartläggning av socialtjänstens ärenden och på samtal med kvinnojouren."
    )
    columns(doc.sections[0], 1)
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    columns(section, 2)
    doc.add_paragraph("Mål och åtgärder", style="Heading 1")
    for i, (goal, measures) in enumerate(PLAN, 1):
        doc.add_paragraph(f"Mål {i}. {goal}", style="Heading 2")
        for text, ansvar, samverkan in measures:
            tail = f"Ansvar: {ansvar}" + (f", samverkan: {samverkan}" if samverkan else "")
            doc.add_paragraph(f"{text} ({tail})", style="List Bullet")
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    columns(section, 1)
    doc.add_paragraph("Uppföljning", style="Heading 1")
    doc.add_paragraph("Socialnämnden följer upp planen i samband med årsredovisningen.")
    doc.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
