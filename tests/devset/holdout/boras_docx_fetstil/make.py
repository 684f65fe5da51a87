"""Generate boras_handlingsplan_vald_heder_2024-2026.docx (Borås Stad).

Invented but realistic content. Every paragraph uses the Normal style: headings are made only
by bold runs and a larger font size (no Heading styles, no outline level). Goals are bold lines
'Mål N. ...'; under each, a small bold 'Åtgärder' line and the actions as typed numbered
paragraphs '1)', '2)' (text, not Word numbering, restarting under each goal), each followed by
an italic paragraph 'Ansvarig: X. Samverkan: Y.'. Explicit page breaks, so the pages are:

  1 titelsida, 2 inledning and reading guide, 3 mål 1-2, 4 mål 3-4, 5 uppföljning

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).with_name("boras_handlingsplan_vald_heder_2024-2026.docx")

# (goal, [(action, ansvarig, samverkan or "")]) ; None = page break
PLAN = [
    (
        "Våld i nära relationer upptäcks tidigt",
        [
            (
                "Införa screening för våld i nära relationer i alla utredningar inom "
                "försörjningsstöd och missbruksvård",
                "Individ- och familjeomsorgsnämnden",
                "",
            ),
            (
                "Utbilda personal i förskolan i att uppmärksamma barn som lever med våld",
                "Förskolenämnden",
                "Individ- och familjeomsorgsnämnden",
            ),
            (
                "Ta fram informationsmaterial om våld för personer med intellektuell "
                "funktionsnedsättning",
                "Sociala omsorgsnämnden",
                "Region Västra Götaland",
            ),
        ],
    ),
    (
        "Den som utsätts för våld får skydd och stöd",
        [
            (
                "Erbjuda stödsamtal till våldsutsatta inom en vecka efter första kontakt",
                "Individ- och familjeomsorgsnämnden",
                "Kvinnojouren i Borås",
            ),
            (
                "Säkerställa att barn i skyddat boende får skolgång inom två veckor",
                "Grundskolenämnden",
                "Individ- och familjeomsorgsnämnden",
            ),
            (
                "Teckna avtal om akut skyddat boende för män och hbtqi-personer",
                "Individ- och familjeomsorgsnämnden",
                "",
            ),
        ],
    ),
    None,
    (
        "Hedersrelaterat våld och förtryck förebyggs och upptäcks",
        [
            (
                "Genomföra utbildning om hedersrelaterat våld och förtryck för all personal "
                "i gymnasieskolans elevhälsa",
                "Gymnasie- och vuxenutbildningsnämnden",
                "Länsstyrelsen Östergötland",
            ),
            (
                "Starta samtalsgrupper för unga om rätten att själva välja sitt liv",
                "Fritids- och folkhälsonämnden",
                "Rädda Barnen, Fryshuset",
            ),
        ],
    ),
    (
        "Den som utövar våld får hjälp att sluta",
        [
            (
                "Erbjuda behandling enligt en evidensbaserad metod till personer som utövar "
                "våld i nära relationer",
                "Individ- och familjeomsorgsnämnden",
                "Kriminalvården",
            ),
            (
                "Upprätta en gemensam rutin med Polisen för kontakt med våldsutövare efter "
                "ett kontaktförbud",
                "Individ- och familjeomsorgsnämnden",
                "Polismyndigheten",
            ),
        ],
    ),
]


def para(
    doc: Document,
    text: str,
    size: float = 11,
    bold: bool = False,
    italic: bool = False,
    after: float = 6,
):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    p.paragraph_format.space_after = Pt(after)
    return p


def page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def main() -> None:
    doc = Document()
    doc.core_properties.title = (
        "Handlingsplan mot våld i nära relationer och hedersrelaterat våld 2024–2026"
    )
    doc.core_properties.author = "Borås Stad"
    para(doc, "Borås Stad", size=12, bold=True)
    para(
        doc,
        "Handlingsplan mot våld i nära relationer och hedersrelaterat våld 2024–2026",
        size=22,
        bold=True,
        after=18,
    )
    para(doc, "Fastställd av kommunfullmäktige 2023-11-23")
    para(doc, "Dokumentansvarig: Individ- och familjeomsorgsnämnden")
    page_break(doc)

    para(doc, "Inledning", size=15, bold=True)
    para(
        doc,
        "Borås Stad ska vara en stad där ingen utsätts för våld av en närstående och där "
        "ingen begränsas av hedersnormer. Handlingsplanen beskriver vilka åtgärder stadens "
        "nämnder ska genomföra under 2024–2026 och bygger på stadens program för ett "
        "socialt hållbart Borås.",
    )
    para(
        doc,
        "Under 2022 gjordes 610 polisanmälningar om misshandel i nära relation i Borås. "
        "Kvinnojouren tog emot fler än 2 000 samtal och stadens skyddade boenden hade en "
        "beläggning på över 90 procent.",
    )
    para(doc, "Så är planen uppbyggd", size=12.5, bold=True)
    para(
        doc,
        "Planen har fyra mål. Under varje mål finns numrerade åtgärder med den nämnd som "
        "ansvarar och de som samverkar. Nämnderna beskriver i sina verksamhetsplaner hur "
        "åtgärderna genomförs.",
    )
    page_break(doc)

    n = 0
    for item in PLAN:
        if item is None:
            page_break(doc)
            continue
        n += 1
        goal, actions = item
        para(doc, f"Mål {n}. {goal}", size=13.5, bold=True, after=4)
        para(doc, "Åtgärder", size=10.5, bold=True, after=3)
        for i, (text, ansvar, samverkan) in enumerate(actions, start=1):
            para(doc, f"{i}) {text}", after=1)
            resp = f"Ansvarig: {ansvar}."
            if samverkan:
                resp += f" Samverkan: {samverkan}."
            para(doc, resp, size=9.5, italic=True, after=8)
    page_break(doc)

    para(doc, "Uppföljning", size=15, bold=True)
    para(
        doc,
        "Individ- och familjeomsorgsnämnden samordnar uppföljningen. Varje nämnd redovisar "
        "sina åtgärder i årsredovisningen och planen utvärderas under hösten 2026 inför en "
        "ny plan.",
    )
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
