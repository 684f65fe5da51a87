"""Generate harnosand_handlingsplan_vald_2025-2026.pdf with reportlab.

Invented but realistic content. Layout: a plain text PDF (as exported from a simple word
processor) whose headings are ALL CAPS, unnumbered, in the body font and barely larger than
the text (not bold). Under each area heading a 'Mål: ...' sentence gives the goal, then the
measures as a numbered list, each ending in 'Ansvar: X.' on the same or the wrapped line.
Sections BAKGRUND, UPPFÖLJNING and KONTAKT hold no measures.

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

HERE = Path(__file__).resolve().parent
OUT = HERE / "harnosand_handlingsplan_vald_2025-2026.pdf"

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=7)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=18, bulletIndent=2, spaceAfter=4)
CAPS = ParagraphStyle(
    "c", fontName="Times-Roman", fontSize=12, leading=15, spaceBefore=12, spaceAfter=6
)

AREAS = [
    (
        "FÖREBYGGANDE ARBETE",
        "Invånarna i Härnösand känner till vad våld i nära relationer är och var man får hjälp",
        [
            (
                "Sprida kampanjen Orange dag varje månad i kommunens sociala kanaler och på biblioteken",
                "Kommunikationsenheten",
            ),
            (
                "Genomföra föräldrautbildning om kontroll och våld i ungas relationer på alla högstadieskolor",
                "Skol- och barnomsorgsförvaltningen",
            ),
            (
                "Erbjuda utbildning för personal på fritidsgårdar och i föreningar som får kommunalt bidrag",
                "Kultur- och fritidsförvaltningen",
            ),
        ],
    ),
    (
        "STÖD OCH SKYDD",
        "Den som utsatts för våld får snabbt ett samordnat stöd",
        [
            (
                "Inrätta en våldssamordnare inom socialtjänsten med ansvar för samordnad individuell plan",
                "Socialförvaltningen",
            ),
            (
                "Upprätta en överenskommelse med Härnösands kvinno- och tjejjour om skyddat boende",
                "Socialförvaltningen",
            ),
            (
                "Säkra att barn i skyddat boende får skolgång inom en vecka",
                "Skol- och barnomsorgsförvaltningen",
            ),
        ],
    ),
    (
        "INSATSER FÖR DEN SOM UTÖVAR VÅLD",
        "Fler som utövar våld tar emot behandling",
        [
            (
                "Erbjuda behandling för våldsutövare i samverkan med Region Västernorrland",
                "Socialförvaltningen",
            )
        ],
    ),
]


def story() -> list:
    s = [
        Paragraph("HANDLINGSPLAN MOT VÅLD I NÄRA RELATIONER 2025–2026", CAPS),
        Paragraph("Härnösands kommun", BODY),
        Paragraph("BAKGRUND", CAPS),
        Paragraph(
            "Kommunen har sedan 2019 en handlingsplan mot våld i nära relationer. Den här "
            "planen ersätter den tidigare och gäller för 2025 och 2026. Planen har tagits "
            "fram av en arbetsgrupp med representanter från socialförvaltningen, skolan, "
            "kultur och fritid samt kvinno- och tjejjouren.",
            BODY,
        ),
        Paragraph(
            "Socialnämnden ansvarar för att planen följs upp. Varje förvaltning ansvarar "
            "för att genomföra sina åtgärder inom befintlig budget.",
            BODY,
        ),
    ]
    for i, (area, goal, measures) in enumerate(AREAS):
        if i == 1:
            s.append(PageBreak())
        s.append(Paragraph(area, CAPS))
        s.append(Paragraph(f"Mål: {goal}.", BODY))
        for n, (text, ansvar) in enumerate(measures, 1):
            s.append(Paragraph(f"{text}. Ansvar: {ansvar}.", ITEM, bulletText=f"{n}."))
    s += [
        Paragraph("UPPFÖLJNING", CAPS),
        Paragraph(
            "Åtgärderna följs upp i socialnämndens verksamhetsberättelse för 2025 och 2026.", BODY
        ),
        Paragraph("KONTAKT", CAPS),
        Paragraph("Socialförvaltningen, telefon 0611-34 80 00.", BODY),
    ]
    return s


def main() -> None:
    SimpleDocTemplate(str(OUT), pagesize=A4).build(story())
    print(OUT)


if __name__ == "__main__":
    main()
