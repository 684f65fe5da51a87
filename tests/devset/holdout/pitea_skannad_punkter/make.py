"""Generate the scanned Piteå plan: a 2-page text PDF (reportlab) typed like a simple municipal
plan — bold 'Mål N:' lines, an 'Aktiviteter' label and dash items each ending with
'Ansvarig: X.' and, where there is one, 'Samverkan: Y.' — rasterised with pdftoppm at 200 dpi,
given light scan damage (a rotation of about one degree, gray noise, blur, a darker page
edge) and rebuilt as an image-only PDF (no text layer).

Pages: 1 title, inledning, mål 1-2; 2 mål 3, uppföljning.

Run from the repository root: .venv/bin/python -m tests.devset.holdout.pitea_skannad_punkter.make
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from tests.devset.docgen import Wear, scanned_pdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "pitea_handlingsplan_vald_2025-2027_skannad.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "LiberationSerif-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="Serif", fontSize=11.5, leading=15, spaceAfter=7)
TITLE = ParagraphStyle("title", fontName="Serif-Bold", fontSize=18, leading=23, spaceAfter=10)
H1 = ParagraphStyle(
    "h1", fontName="Serif-Bold", fontSize=13, leading=17, spaceBefore=8, spaceAfter=5
)
LABEL = ParagraphStyle("lab", fontName="Serif-Bold", fontSize=11.5, leading=15, spaceAfter=3)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=14, bulletIndent=2, spaceAfter=5)

# (goal, [(aktivitet, ansvarig, samverkan or "")])
PLAN = [
    (
        "Våld i nära relationer ska upptäckas tidigt",
        [
            (
                "Utbilda personal inom hemtjänst och särskilt boende i att upptäcka våld mot äldre",
                "Socialtjänsten",
                "",
            ),
            (
                "Införa frågor om våld vid inskrivning i vuxenutbildningen och SFI",
                "Utbildningsförvaltningen",
                "Socialtjänsten",
            ),
        ],
    ),
    (
        "Barn som lever med våld ska få stöd",
        [
            (
                "Erbjuda stödgrupper för barn som upplevt våld två gånger per år",
                "Socialtjänsten",
                "Piteå kvinno- och tjejjour",
            ),
            (
                "Ta fram en rutin för elevhälsans samtal med barn efter en orosanmälan om våld",
                "Utbildningsförvaltningen",
                "",
            ),
        ],
    ),
    (
        "Fler som utövar våld ska få behandling",
        [
            (
                "Erbjuda behandling för våldsutövare i samarbete med Luleå kommun",
                "Socialtjänsten",
                "Luleå kommun",
            ),
            (
                "Informera om behandlingen i väntrum hos vårdcentraler och familjecentraler",
                "Socialtjänsten",
                "Region Norrbotten",
            ),
        ],
    ),
]


def build_text_pdf(path: Path) -> None:
    s: list = [
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", TITLE),
        Paragraph("Piteå kommun, socialnämnden. Antagen 2025-01-22.", BODY),
        Paragraph("Inledning", H1),
        Paragraph(
            "Piteå kommun har ett ansvar att förebygga våld i nära relationer och att ge stöd "
            "till den som utsätts och till barn som upplever våld. Planen anger tre mål för "
            "perioden och de aktiviteter som ska genomföras för varje mål.",
            BODY,
        ),
    ]
    for n, (goal, acts) in enumerate(PLAN, start=1):
        if n == 3:
            s.append(PageBreak())
        s.append(Paragraph(f"Mål {n}: {goal}", H1))
        s.append(Paragraph("Aktiviteter", LABEL))
        for text, ansvar, samverkan in acts:
            line = f"{text}. Ansvarig: {ansvar}."
            if samverkan:
                line += f" Samverkan: {samverkan}."
            s.append(Paragraph(line, ITEM, bulletText="–"))
    s.append(Paragraph("Uppföljning", H1))
    s.append(
        Paragraph(
            "Socialtjänsten följer upp planen varje år och redovisar till socialnämnden.", BODY
        )
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
    )
    doc.build(s)


PITEA_WEAR = Wear(
    angles=(0.95, -1.1),
    gain=0.9,
    offset=10.0,
    noise=9.0,
    dust=0.0003,
    dust_ink=110,
    blur=0.65,
    fill=250,
    edge=(40, 60),  # the darker edge of a copier
)


def main() -> None:
    scanned_pdf(OUT, build_text_pdf, PITEA_WEAR, seed=20250122, quality=55)


if __name__ == "__main__":
    main()
