"""Generate region_kronoberg_handlingsplan_vald_2025-2027.pdf with reportlab.

Invented but realistic content. Layout: a region's plan for its own health care in sections
numbered with roman numerals ('I. ...', 'II. ...'), each section heading phrased as a goal;
under it a paragraph of background, a line 'Åtgärder:' and the measures as lettered items
'a) ...', 'b) ...', each ending with the responsible unit in parentheses. Sections 'IV.
Uppföljning' and 'V. Kontaktpersoner' hold no measures. A footer with the page number.

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

HERE = Path(__file__).resolve().parent
OUT = HERE / "region_kronoberg_handlingsplan_vald_2025-2027.pdf"

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=20, bulletIndent=4, spaceAfter=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=14, spaceAfter=6
)

ROMAN = ["I", "II", "III", "IV", "V"]
SECTIONS = [
    (
        "Våldsutsatta patienter identifieras i hälso- och sjukvården",
        "Många kvinnor som utsätts för våld söker vård för andra besvär.",
        [
            (
                "Införa rutinmässiga frågor om våld i mödrahälsovården och på barnmorskemottagningarna",
                "Kvinnosjukvården",
            ),
            (
                "Utbilda personalen på akutmottagningarna i Växjö och Ljungby i att dokumentera skador",
                "Akutkliniken",
            ),
            (
                "Följa upp andelen patienter som tillfrågats om våld i vårdens journalsystem",
                "Hälso- och sjukvårdsförvaltningen",
            ),
        ],
    ),
    (
        "Barn och unga som utsätts för våld får vård och stöd",
        "Barn som upplevt våld har ofta behov av stöd från flera håll.",
        [
            (
                "Öppna barnahus i Växjö för samordnade utredningar av våld mot barn",
                "Region Kronoberg, i samverkan med Polismyndigheten och länets kommuner",
            ),
            (
                "Erbjuda traumabehandling inom barn- och ungdomspsykiatrin utan remiss från socialtjänsten",
                "Barn- och ungdomspsykiatrin",
            ),
        ],
    ),
    (
        "Vården förebygger hedersrelaterat våld och förtryck",
        "Vården möter unga som lever med begränsningar och kontroll.",
        [
            (
                "Ta fram en vägledning för vårdpersonal om hedersrelaterat våld och tvångsäktenskap",
                "Hälso- och sjukvårdsförvaltningen, i samverkan med Länsstyrelsen i Kronobergs län",
            ),
            (
                "Erbjuda ungdomsmottagningarnas samtal på flera språk och via chatt",
                "Ungdomsmottagningen",
            ),
        ],
    ),
]


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(A4[0] - 56, 30, f"{doc.page}")
    canvas.restoreState()


def story() -> list:
    s = [
        Paragraph("Region Kronoberg", BODY),
        Paragraph(
            "Handlingsplan mot våld i nära relationer inom hälso- och sjukvården 2025–2027", H1
        ),
        Paragraph(
            "Planen beskriver hur Region Kronobergs hälso- och sjukvård ska arbeta med "
            "våld i nära relationer. Den har tre avsnitt med åtgärder och två avsnitt om "
            "genomförandet.",
            BODY,
        ),
    ]
    for n, (goal, intro, items) in enumerate(SECTIONS):
        if n == 2:
            s.append(PageBreak())
        s.append(Paragraph(f"{ROMAN[n]}. {goal}", H2))
        s.append(Paragraph(intro, BODY))
        s.append(Paragraph("Åtgärder:", BODY))
        for k, (text, who) in enumerate(items):
            s.append(Paragraph(f"{text} ({who}).", ITEM, bulletText=f"{'abcdef'[k]})"))
    s += [
        Paragraph("IV. Uppföljning", H2),
        Paragraph(
            "Hälso- och sjukvårdsförvaltningen följer upp planen varje år och redovisar "
            "den för hälso- och sjukvårdsnämnden.",
            BODY,
        ),
        Paragraph("V. Kontaktpersoner", H2),
        Paragraph(
            "Regionens samordnare för våld i nära relationer nås via växeln 0470-58 80 00.", BODY
        ),
    ]
    return s


def main() -> None:
    SimpleDocTemplate(str(OUT), pagesize=A4).build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
