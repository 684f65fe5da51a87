"""Generate the scanned Kiruna plan: a 3-page text PDF (reportlab) with ruled action tables
Nr | Aktivitet | Ansvarig | Samverkan | Klart is rasterised with pdftoppm at 200 dpi, given
light scan damage (rotation, gray noise, blur) and rebuilt as an image-only PDF (no text layer).

Pages: 1 titel, inledning, läsanvisning; 2 mål 1-2 with their tables; 3 mål 3 with its table,
uppföljning.

Run from the repository root: .venv/bin/python -m tests.devset.dev.kiruna_scan.make
(writes kiruna_handlingsplan_vald_2024-2026_skannad.pdf; the scan itself: tests/devset/docgen.py)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.devset.docgen import Wear, scanned_pdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "kiruna_handlingsplan_vald_2024-2026_skannad.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

BODY = ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=7)
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12)
HEAD = ParagraphStyle("head", fontName="Sans-Bold", fontSize=9.5, leading=12)
TITLE = ParagraphStyle("title", fontName="Sans-Bold", fontSize=19, leading=24, spaceAfter=10)
H1 = ParagraphStyle(
    "h1", fontName="Sans-Bold", fontSize=13.5, leading=17, spaceBefore=8, spaceAfter=7
)
W = A4[0] - 44 * mm

PLAN = [
    (
        "Våld i nära relationer upptäcks tidigt i kommunens verksamheter",
        [
            (
                "Utbilda personal i hemtjänst och förskola i att upptäcka tecken på våld",
                "Socialförvaltningen",
                "Barn- och utbildningsförvaltningen",
                "2024",
            ),
            (
                "Införa rutinmässiga frågor om våld på ungdomsmottagningen",
                "Region Norrbotten",
                "Socialförvaltningen",
                "2025",
            ),
            (
                "Informera om stöd vid våld på svenska, samiska, finska och meänkieli",
                "Kommunstyrelsens kansli",
                "Sametinget",
                "2024",
            ),
        ],
    ),
    (
        "Våldsutsatta får stöd och skydd oavsett var i kommunen de bor",
        [
            (
                "Erbjuda stödsamtal via video för våldsutsatta som bor i byarna",
                "Socialförvaltningen",
                "–",
                "2025",
            ),
            (
                "Ta fram en överenskommelse om akut skyddat boende med grannkommunerna",
                "Socialförvaltningen",
                "Gällivare kommun, Pajala kommun",
                "2024",
            ),
            (
                "Säkerställa tillgång till skyddat boende för kvinnor med funktionsnedsättning",
                "Socialförvaltningen",
                "Kvinnojouren i Kiruna",
                "2025",
            ),
        ],
    ),
    (
        "Förebyggande arbete och samverkan stärks",
        [
            (
                "Genomföra kampanjen ”Våld har ingen plats här” tillsammans med större "
                "arbetsgivare i kommunen",
                "Kommunstyrelsens kansli",
                "LKAB, Polisen",
                "2025",
            ),
            (
                "Inrätta en lokal samverkansgrupp mot våld i nära relationer",
                "Socialförvaltningen",
                "Polisen, Region Norrbotten",
                "2024",
            ),
            (
                "Erbjuda behandling för våldsutövare genom länets gemensamma mottagning",
                "Socialförvaltningen",
                "Kriminalvården, Länsstyrelsen Norrbotten",
                "2026",
            ),
        ],
    ),
]


def table(goal_no: int, rows) -> Table:
    data = [[Paragraph(h, HEAD) for h in ("Nr", "Aktivitet", "Ansvarig", "Samverkan", "Klart")]]
    for i, (text, lead, partner, when) in enumerate(rows, start=1):
        data.append(
            [
                Paragraph(f"{goal_no}.{i}", CELL),
                Paragraph(text, CELL),
                Paragraph(lead, CELL),
                Paragraph(partner, CELL),
                Paragraph(when, CELL),
            ]
        )
    t = Table(data, colWidths=[W * 0.06, W * 0.38, W * 0.24, W * 0.24, W * 0.08])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


def header_footer(c: canvas.Canvas, doc) -> None:
    c.saveState()
    c.setFont("Sans", 8.5)
    c.drawString(22 * mm, A4[1] - 14 * mm, "KIRUNA KOMMUN")
    c.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm, "Socialförvaltningen")
    c.drawCentredString(A4[0] / 2, 12 * mm, f"{doc.page} (3)")
    c.restoreState()


def build_text_pdf(path: Path) -> None:
    s: list = [
        Spacer(1, 6 * mm),
        Paragraph("Handlingsplan mot våld i nära relationer 2024–2026", TITLE),
        Paragraph("Kiruna kommun. Antagen av socialnämnden 2024-01-30, § 7.", BODY),
        Paragraph("Inledning", H1),
        Paragraph(
            "Kiruna kommun har ett ansvar för att förebygga våld i nära relationer och för att "
            "ge stöd och hjälp till den som utsätts, till barn som upplever våld och till den "
            "som utövar våld. Kommunens stora yta och långa avstånd innebär att stödet måste "
            "kunna nå också den som bor i byarna. Samhällsomvandlingen i Kiruna med flytten av "
            "stadskärnan påverkar också boendesituationen för många.",
            BODY,
        ),
        Paragraph(
            "Under 2023 fick socialtjänsten kännedom om 96 vuxna och 58 barn som utsatts för "
            "eller upplevt våld i nära relation. Kvinnojouren i Kiruna hade 420 stödkontakter "
            "under samma år.",
            BODY,
        ),
        Paragraph("Läsanvisning", H1),
        Paragraph(
            "Planen har tre mål. Under varje mål finns en tabell med aktiviteter, vem som är "
            "ansvarig, vilka som samverkar och när aktiviteten ska vara klar. Planen gäller "
            "2024–2026 och följs upp årligen av socialnämnden.",
            BODY,
        ),
        PageBreak(),
    ]
    for n, (goal, rows) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Mål {n}. {goal}", H1))
        s.append(table(n, rows))
        s.append(Spacer(1, 6 * mm))
        if n == 2:
            s.append(PageBreak())
    s.append(Paragraph("Uppföljning", H1))
    s.append(
        Paragraph(
            "Socialförvaltningen sammanställer varje år en redovisning av aktiviteterna till "
            "socialnämnden. Planen revideras inför 2027.",
            BODY,
        )
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
    )
    doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)


KIRUNA_WEAR = Wear(
    angles=(-0.38, 0.55, -0.47),
    gain=0.92,
    offset=8.0,
    noise=8.0,
    dust=0.0003,
    dust_ink=110,
    blur=0.6,
)


def main() -> None:
    scanned_pdf(OUT, build_text_pdf, KIRUNA_WEAR, seed=20240130, quality=50)


if __name__ == "__main__":
    main()
