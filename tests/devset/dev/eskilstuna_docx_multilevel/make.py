"""Generate eskilstuna_handlingsplan_vald_2025-2028.docx (Eskilstuna kommun).

Invented but realistic content. One real Word multi-level list (numbering.xml abstractNum with
lvlText "%1.", "%1.%2", "%1.%2.%3"): level 1 = målområde, level 2 = delmål, level 3 = insats,
each insats ending with the responsible förvaltning and any samverkanspart in parentheses. The
numbers are Word's automatic numbering, not text. Explicit page breaks, so the pages are:

  1 titelsida, 2 inledning och läsanvisning, 3 målområde 1, 4 målområde 2, 5 målområde 3,
  6 uppföljning (indicator bullets)

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

OUT = Path(__file__).with_name("eskilstuna_handlingsplan_vald_2025-2028.docx")

PLAN = [
    (
        "Våld förebyggs innan det uppstår",
        [
            (
                "Barn och unga har kunskap om jämställda relationer och sexuellt samtycke",
                [
                    "Genomföra det våldsförebyggande programmet Mentors in Violence Prevention "
                    "i samtliga kommunala högstadieskolor (Barn- och utbildningsförvaltningen i "
                    "samverkan med Kultur- och fritidsförvaltningen)",
                    "Erbjuda vårdnadshavare föräldraträffar om kontroll, svartsjuka och nätet i "
                    "ungas relationer (Socialförvaltningen i samverkan med Region Sörmland)",
                ],
            ),
            (
                "Fler män och pojkar tar ansvar för att förebygga våld",
                [
                    "Starta samtalsgrupper för killar på fritidsgårdarna om maskulinitet, "
                    "relationer och våld (Kultur- och fritidsförvaltningen i samverkan med "
                    "föreningen Män)",
                    "Genomföra en kampanj mot våld i nära relationer riktad till män på "
                    "kommunens idrottsanläggningar (Kommunledningskontoret i samverkan med "
                    "idrottsföreningarna i Eskilstuna)",
                ],
            ),
        ],
    ),
    (
        "Våldsutsatta får tidigt stöd och skydd",
        [
            (
                "Våldsutsatta upptäcks tidigt",
                [
                    "Införa rutinmässiga frågor om våld i biståndshandläggningen inom "
                    "äldreomsorgen (Vård- och omsorgsförvaltningen)",
                    "Utbilda all personal inom ekonomiskt bistånd i att fråga om våld, "
                    "särskilt ekonomiskt våld (Socialförvaltningen)",
                ],
            ),
            (
                "Stödet till våldsutsatta är samordnat och håller god kvalitet",
                [
                    "Inrätta ett kommungemensamt våldsteam med socialsekreterare, "
                    "familjebehandlare och en barnsamordnare (Socialförvaltningen)",
                    "Ta fram en rutin för barns skolgång under vistelse i skyddat boende "
                    "(Socialförvaltningen i samverkan med Barn- och utbildningsförvaltningen och "
                    "Kvinno- och tjejjouren i Eskilstuna)",
                    "Erbjuda budget- och skuldrådgivning till kvinnor som utsatts för ekonomiskt "
                    "våld (Socialförvaltningen i samverkan med Kronofogdemyndigheten)",
                ],
            ),
        ],
    ),
    (
        "Våldet upphör och upprepat våld förhindras",
        [
            (
                "Den som utövar våld erbjuds stöd att sluta",
                [
                    "Erbjuda behandlingsprogram för våldsutövare även på arabiska och somaliska "
                    "(Socialförvaltningen i samverkan med Kriminalvården)",
                    "Införa en rutin för att kontakta den som utövar våld när en orosanmälan om "
                    "ett barn gäller våld i hemmet (Socialförvaltningen)",
                ],
            ),
            (
                "Samverkan kring ärenden med hög risk är strukturerad",
                [
                    "Etablera en lokal samverkansgrupp för högriskärenden med gemensam "
                    "riskbedömning (Socialförvaltningen i samverkan med Polisen och Region "
                    "Sörmland)",
                    "Följa upp antalet ärenden med upprepat våld och redovisa dem årligen för "
                    "socialnämnden (Socialförvaltningen i samverkan med Mälardalens universitet)",
                ],
            ),
        ],
    ),
]

NUMBERING = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="992" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="709"/></w:pPr></w:lvl>
</w:abstractNum>
"""


def add_multilevel_numbering(doc) -> int:
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(NUMBERING)
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    return 90


def listed(doc, text: str, level: int, num_id: int, bold: bool = False):
    para = doc.add_paragraph(style="List Paragraph")
    ppr = para._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    run = para.add_run(text)
    run.bold = bold
    if level == 0:
        run.font.size = Pt(13)
    para.paragraph_format.space_after = Pt(6 if level < 2 else 3)
    return para


def main() -> None:
    doc = Document()
    doc.core_properties.title = "Handlingsplan mot våld i nära relationer 2025–2028"
    doc.core_properties.author = "Eskilstuna kommun"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Eskilstuna kommun\tDnr KS/2024:512"
    sec.footer.paragraphs[0].text = "Handlingsplan mot våld i nära relationer 2025–2028"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    num_id = add_multilevel_numbering(doc)

    # ---- page 1
    doc.add_paragraph("Handlingsplan mot våld i nära relationer 2025–2028", style="Title")
    doc.add_paragraph("Eskilstuna kommun")
    doc.add_paragraph(
        "Antagen av kommunfullmäktige 2025-03-27, § 48. Gäller för alla nämnder och "
        "förvaltningar i Eskilstuna kommun. Planen revideras senast 2028."
    )
    doc.add_paragraph("Dokumentansvarig: Socialförvaltningen, enheten för strategisk utveckling")

    # ---- page 2
    doc.add_page_break()
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Våld i nära relationer är ett allvarligt samhällsproblem och ett folkhälsoproblem. Under "
        "2023 anmäldes 743 misshandelsbrott i nära relation i Eskilstuna, och i "
        "Liv- och hälsa ung-enkäten uppgav var femte flicka i gymnasiets år 2 att hon utsatts för "
        "våld eller kontroll av en partner. Socialnämnden har enligt socialtjänstlagen ett "
        "särskilt ansvar för att våldsutsatta och barn som bevittnat våld får stöd och hjälp."
    )
    doc.add_paragraph(
        "Handlingsplanen omfattar våld i nära relationer, hedersrelaterat våld och förtryck samt "
        "prostitution och människohandel. Den bygger på den nationella strategin för att "
        "förebygga och bekämpa mäns våld mot kvinnor och på kommunens jämställdhetsprogram."
    )
    doc.add_heading("Läsanvisning", level=2)
    doc.add_paragraph(
        "Planen har tre nivåer. Varje målområde har två delmål, och under varje delmål anges de "
        "insatser som ska genomföras under planperioden. Efter varje insats anges inom parentes "
        "den förvaltning som ansvarar för insatsen och, efter ”i samverkan med”, de aktörer som "
        "medverkar."
    )

    for i, (goal, delmal) in enumerate(PLAN):
        doc.add_page_break()
        if i == 0:
            doc.add_heading("Målområden, delmål och insatser", level=1)
        listed(doc, goal, 0, num_id, bold=True)
        for sub, insatser in delmal:
            listed(doc, sub, 1, num_id, bold=True)
            for text in insatser:
                listed(doc, text, 2, num_id)

    # ---- page 6
    doc.add_page_break()
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Socialförvaltningen samordnar uppföljningen och redovisar den årligen till "
        "socialnämnden och kommunstyrelsen. Uppföljningen bygger bland annat på följande "
        "indikatorer:"
    )
    for text in (
        "antal anmälda misshandelsbrott i nära relation i kommunen",
        "andel personal inom socialtjänsten som genomgått grundutbildning om våld",
        "antal personer som påbörjat och avslutat behandling för våldsutövare",
        "antal barn som fått stöd efter att ha upplevt våld",
    ):
        doc.add_paragraph(text, style="List Bullet")
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
