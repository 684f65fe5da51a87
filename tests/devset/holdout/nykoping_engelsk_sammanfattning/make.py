"""Generate nykoping_handlingsplan_mvk_2025-2027.pdf (Nyköpings kommun), reportlab.

Invented but realistic content. A municipal plan that opens with a 'Summary in English' page
(the goals and the measures in short English form), followed by the Swedish plan: inledning,
then 'Mål N' headings, each with a short text, an 'Åtgärder' label and bulleted measures, each
bullet followed by a small line 'Ansvarig: X | Samverkan: Y | Tid: Z'. Running footer.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE / "nykoping_handlingsplan_mvk_2025-2027.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LSe", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSe-Bold", str(FONT_DIR / "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LSe-Italic", str(FONT_DIR / "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("LSe", normal="LSe", bold="LSe-Bold", italic="LSe-Italic")

RED = colors.HexColor("#8C1D40")
BODY = ParagraphStyle("body", fontName="LSe", fontSize=11, leading=15, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", fontName="LS-Bold", fontSize=16, leading=20, spaceBefore=8, spaceAfter=8, textColor=RED
)
H2 = ParagraphStyle(
    "h2", fontName="LS-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4
)
LABEL = ParagraphStyle(
    "label", fontName="LSe-Bold", fontSize=11, leading=15, spaceBefore=2, spaceAfter=2
)
BULLET = ParagraphStyle("bul", parent=BODY, leftIndent=8 * mm, bulletIndent=2 * mm, spaceAfter=1)
META = ParagraphStyle(
    "meta",
    fontName="LSe-Italic",
    fontSize=8.5,
    leading=11,
    leftIndent=8 * mm,
    spaceAfter=6,
    textColor=colors.HexColor("#555555"),
)
EN_BUL = ParagraphStyle(
    "enb",
    parent=BODY,
    fontSize=10,
    leading=13.5,
    leftIndent=8 * mm,
    bulletIndent=2 * mm,
    spaceAfter=1,
)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=24, leading=30, textColor=RED)

# (goal, intro, [(measure, ansvar, samverkan, tid)], english goal, [english measures])
PLAN = [
    (
        "Ingen ska behöva leva med våld i en nära relation",
        "Kommunens verksamheter ska upptäcka våld tidigt och ge stöd som gör det möjligt att "
        "lämna en våldsam relation.",
        [
            (
                "Utbilda alla medarbetare inom socialtjänsten i FREDA-bedömningsmetoder",
                "Socialförvaltningen",
                "–",
                "2025",
            ),
            (
                "Införa en rutin för att fråga om våld inom äldreomsorgen och LSS-verksamheterna",
                "Vård- och omsorgsförvaltningen",
                "Socialförvaltningen",
                "2026",
            ),
            (
                "Erbjuda våldsutsatta en fast kontaktperson under hela ärendet",
                "Socialförvaltningen",
                "Kvinno- och tjejjouren i Nyköping",
                "2025",
            ),
        ],
        "No one should have to live with violence in a close relationship",
        [
            "training social services staff in FREDA risk assessment",
            "routines for asking about violence in elderly care and disability services",
            "a permanent contact person for victims",
        ],
    ),
    (
        "Barn och unga skyddas mot våld och får stöd",
        "Barn som lever med våld är brottsoffer. De ska få eget stöd och deras röst ska "
        "höras i utredningen.",
        [
            (
                "Erbjuda samtalsstöd till alla barn i familjer där våld har utretts",
                "Socialförvaltningen",
                "Region Sörmland",
                "2025",
            ),
            (
                "Införa en gemensam handlingsplan för elevhälsan vid misstanke om våld i hemmet",
                "Barn- och utbildningsförvaltningen",
                "Socialförvaltningen",
                "2025",
            ),
            (
                "Genomföra lektioner om sexuellt samtycke i årskurs 6 och 9",
                "Barn- och utbildningsförvaltningen",
                "RFSU",
                "2026",
            ),
        ],
        "Children and young people are protected from violence and receive support",
        [
            "counselling for all children in families where violence has been investigated",
            "a common action plan for school health services",
            "lessons on sexual consent in grades 6 and 9",
        ],
    ),
    (
        "Hedersrelaterat våld och förtryck upptäcks och motverkas",
        "Kommunen ska ha kunskap och rutiner för att upptäcka hedersrelaterat våld och "
        "förtryck och för att ge skydd när det behövs.",
        [
            (
                "Utse en hederssamordnare med ansvar för metodstöd till kommunens verksamheter",
                "Socialförvaltningen",
                "–",
                "2025",
            ),
            (
                "Genomföra föräldraträffar om barns rättigheter på svenska, arabiska och somaliska",
                "Socialförvaltningen",
                "Studieförbundet Vuxenskolan",
                "2026",
            ),
        ],
        "Honour-related violence and oppression are detected and counteracted",
        [
            "an honour coordinator providing method support",
            "parent meetings on children's rights in several languages",
        ],
    ),
    (
        "Våldet upphör och återfall förhindras",
        "Den som utövar våld ska erbjudas behandling, och samverkan kring personer med hög "
        "risk för återfall ska vara strukturerad.",
        [
            (
                "Erbjuda behandlingsprogram för personer som utövar våld i nära relationer",
                "Socialförvaltningen",
                "Kriminalvården",
                "2025",
            ),
            (
                "Delta i Polisens arbete med strukturerad samverkan i högriskärenden",
                "Socialförvaltningen",
                "Polismyndigheten",
                "2026",
            ),
        ],
        "The violence stops and reoffending is prevented",
        [
            "treatment programmes for perpetrators",
            "structured cooperation with the police in high-risk cases",
        ],
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LSe", 8)
    c.setFillColor(colors.grey)
    c.drawString(
        22 * mm, 12 * mm, "Nyköpings kommun – Handlingsplan mot mäns våld mot kvinnor 2025–2027"
    )
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, str(doc.page))
    c.restoreState()


def story():
    s = [
        Spacer(1, 55 * mm),
        Paragraph(
            "Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2025–2027", COVER
        ),
        Spacer(1, 8 * mm),
        Paragraph("Nyköpings kommun", H2),
        Paragraph("Antagen av kommunfullmäktige 2025-03-10", BODY),
        PageBreak(),
        Paragraph("Summary in English", H1),
        Paragraph(
            "This action plan sets out how the Municipality of Nyköping will prevent and "
            "counteract men's violence against women, domestic violence and honour-related "
            "violence in 2025–2027. The plan has four goals. The measures are summarised "
            "below; the full plan in Swedish follows.",
            BODY,
        ),
    ]
    for n, (_, _, _, en_goal, en_measures) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Goal {n}: {en_goal}", LABEL))
        s.append(Paragraph("Measures include:", BODY))
        for m in en_measures:
            s.append(Paragraph(m, EN_BUL, bulletText="•"))
    s += [
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Nyköpings kommun har antagit en handlingsplan för att förebygga och motverka mäns "
            "våld mot kvinnor, våld i nära relationer och hedersrelaterat våld och förtryck. "
            "Planen gäller alla förvaltningar och bolag och följer den nationella strategin "
            "och Länsstyrelsen Södermanlands regionala handlingsplan.",
            BODY,
        ),
        Paragraph(
            "Planen har fyra mål. Under varje mål står de åtgärder som ska genomföras, vem som "
            "ansvarar, vilka som samverkar och när åtgärden ska vara klar.",
            BODY,
        ),
    ]
    for n, (goal, intro, measures, _, _) in enumerate(PLAN, start=1):
        block = [
            Paragraph(f"Mål {n} {goal}", H2),
            Paragraph(intro, BODY),
            Paragraph("Åtgärder", LABEL),
        ]
        s.append(KeepTogether(block))
        for text, ansvar, samverkan, tid in measures:
            s.append(
                KeepTogether(
                    [
                        Paragraph(text, BULLET, bulletText="•"),
                        Paragraph(
                            f"Ansvarig: {ansvar} | Samverkan: {samverkan} | Tid: {tid}", META
                        ),
                    ]
                )
            )
    s += [
        Paragraph("Uppföljning", H1),
        Paragraph(
            "Socialförvaltningen samordnar uppföljningen och rapporterar årligen till "
            "kommunstyrelsen. Planen revideras under 2027.",
            BODY,
        ),
    ]
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2025–2027",
        author="Nyköpings kommun",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
