"""Generate sollentuna_handlingsplan_vald_2025-2027.pdf (Sollentuna kommun), reportlab.

Invented but realistic content. Layout: two goal levels named by their kind, "Inriktningsmål 1"
(a coloured heading) with "Effektmål 1.1", "Effektmål 1.2" under it (bold subheadings); under
each effektmål a ruled table Aktivitet | Ansvarig | Samverkanspartner | Tidsplan | Indikator.
Cover page, introduction, a short section on how the plan is followed up, page footer.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "sollentuna_handlingsplan_vald_2025-2027.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

BLUE = colors.HexColor("#1F4E79")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10, leading=14, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LS-Bold", fontSize=16, leading=20, spaceAfter=8, textColor=BLUE)
H2 = ParagraphStyle("h2", fontName="LS-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle(
    "head", fontName="LS-Bold", fontSize=8.5, leading=10.5, textColor=colors.white
)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=24, leading=30, textColor=BLUE)

# (inriktningsmål, [(effektmål, [(aktivitet, ansvarig, samverkan, tidsplan, indikator)])])
PLAN = [
    (
        "Våld i nära relationer förebyggs",
        [
            (
                "Unga i Sollentuna har kunskap om jämställda och respektfulla relationer",
                [
                    (
                        "Genomföra ett program om sexuellt samtycke och gränser i samtliga "
                        "klasser i årskurs 8",
                        "Barn- och utbildningskontoret",
                        "Ungdomsmottagningen, Region Stockholm",
                        "Läsåret 2025/26",
                        "Andel klasser som genomfört programmet",
                    ),
                    (
                        "Utbilda fritidsgårdarnas personal i metoden Mentorer i våldsprevention",
                        "Kultur- och fritidskontoret",
                        "",
                        "2025",
                        "Antal utbildade medarbetare",
                    ),
                ],
            ),
            (
                "Fler vuxna i kommunen vet vart de kan vända sig",
                [
                    (
                        "Genomföra en årlig informationskampanj om stöd vid våld i "
                        "kommunens kanaler och i kollektivtrafiken",
                        "Kommunikationsavdelningen",
                        "Sollentuna kvinno- och tjejjour",
                        "Hösten 2025, 2026 och 2027",
                        "Antal besök på kommunens webbsida om våld",
                    ),
                ],
            ),
        ],
    ),
    (
        "Våldsutsatta och barn som upplevt våld får stöd och skydd",
        [
            (
                "Våldsutsatta får en samordnad och trygg väg in till stöd",
                [
                    (
                        "Inrätta en gemensam mottagning för våldsutsatta vuxna inom socialtjänsten",
                        "Socialkontoret",
                        "Polismyndigheten",
                        "2026",
                        "Väntetid till första samtal",
                    ),
                    (
                        "Ta fram en rutin för skyddade personuppgifter i alla kommunens "
                        "verksamhetssystem",
                        "Kommunledningskontoret",
                        "Skatteverket",
                        "2025",
                        "Rutinen beslutad",
                    ),
                ],
            ),
            (
                "Barn som upplevt våld får eget stöd",
                [
                    (
                        "Erbjuda gruppverksamhet för barn som upplevt våld i nära relation",
                        "Socialkontoret",
                        "Barn- och ungdomspsykiatrin, Region Stockholm",
                        "Från 2025",
                        "Antal barn som deltagit",
                    ),
                    (
                        "Utbilda elevhälsans personal i att samtala med barn om våld",
                        "Barn- och utbildningskontoret",
                        "Rädda Barnen",
                        "2026",
                        "Andel utbildad personal i elevhälsan",
                    ),
                ],
            ),
        ],
    ),
    (
        "Våldsutövare förändrar sitt beteende",
        [
            (
                "Fler som utövar våld tar emot behandling",
                [
                    (
                        "Erbjuda behandlingsprogram för personer som utövar våld i nära relation",
                        "Socialkontoret",
                        "Kriminalvården, Frivården Sollentuna",
                        "Från 2025",
                        "Antal påbörjade och avslutade behandlingar",
                    ),
                    (
                        "Införa rutin för att socialtjänsten kontaktar den som utövat våld "
                        "efter en polisanmälan",
                        "Socialkontoret",
                        "Polismyndigheten",
                        "2026",
                        "Andel kontaktade efter anmälan",
                    ),
                ],
            ),
        ],
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, 11 * mm, "Sollentuna kommun – Handlingsplan mot våld 2025–2027")
    c.drawRightString(A4[0] - 20 * mm, 11 * mm, f"Sida {doc.page}")
    c.restoreState()


def action_table(rows) -> Table:
    head = ["Aktivitet", "Ansvarig", "Samverkanspartner", "Tidsplan", "Indikator"]
    data = [[Paragraph(h, HEAD) for h in head]]
    for row in rows:
        data.append([Paragraph(cell, CELL) for cell in row])
    t = Table(data, colWidths=[50 * mm, 36 * mm, 36 * mm, 20 * mm, 28 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EA9C1")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


def story():
    s = [
        Spacer(1, 60 * mm),
        Paragraph("Handlingsplan mot våld i nära relationer och mäns våld mot kvinnor", COVER),
        Spacer(1, 6 * mm),
        Paragraph("2025–2027", H1),
        Paragraph("Sollentuna kommun", H2),
        Paragraph("Beslutad av kommunfullmäktige 2024-12-12, § 188", BODY),
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Handlingsplanen beskriver hur Sollentuna kommun ska arbeta mot våld i nära "
            "relationer under 2025–2027. Den bygger på den nationella strategin mot mäns våld "
            "mot kvinnor och på kommunens kartläggning av stöd och insatser hösten 2024.",
            BODY,
        ),
        Paragraph(
            "Planen har tre inriktningsmål som anger riktningen för arbetet. Under varje "
            "inriktningsmål finns effektmål som beskriver vilken förändring kommunen vill se, "
            "och till varje effektmål hör aktiviteter med ansvarig, samverkanspartner, "
            "tidsplan och indikator.",
            BODY,
        ),
        Paragraph("Så följs planen upp", H2),
        Paragraph(
            "Socialkontoret samordnar uppföljningen och redovisar den årligen till "
            "socialnämnden. Indikatorerna följs upp i kommunens system för verksamhetsuppföljning.",
            BODY,
        ),
        PageBreak(),
    ]
    for i, (inriktning, effekt) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Inriktningsmål {i}: {inriktning}", H1))
        for j, (emal, rows) in enumerate(effekt, start=1):
            s.append(Paragraph(f"Effektmål {i}.{j} {emal}", H2))
            s.append(action_table(rows))
            s.append(Spacer(1, 4 * mm))
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot våld i nära relationer 2025–2027",
        author="Sollentuna kommun",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
