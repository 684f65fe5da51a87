"""Generate halmstad_handlingsplan_mvk_2024-2027.pdf (Halmstads kommun), reportlab.

Invented but realistic content. Layout: each action is a "card" (a shaded box kept on one
page): a bold action title, then labelled lines Ansvar:, Samverkanspart:, Tidsram:, Indikator:.
The cards sit under 'Insatsområde N: ...' headings. Cover page, an introduction, running
footer 'Halmstads kommun · Sida N'.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "halmstad_handlingsplan_mvk_2024-2027.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV", boldItalic="DV-Bold")

BLUE = colors.HexColor("#00507A")
CARD_BG = colors.HexColor("#EEF4F8")
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", fontName="DV-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=8, textColor=BLUE
)
H2 = ParagraphStyle(
    "h2", fontName="DV-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4, textColor=BLUE
)
CARD_T = ParagraphStyle("ct", fontName="DV-Bold", fontSize=10, leading=13.5, spaceAfter=4)
CARD_L = ParagraphStyle("cl", fontName="DV", fontSize=8.8, leading=12)
COVER = ParagraphStyle("cov", fontName="DV-Bold", fontSize=24, leading=30, textColor=BLUE)

# (insatsområde, intro, [(title, ansvar, samverkan, tidsram, indikator)])
PLAN = [
    (
        "Förebyggande arbete och attitydförändring",
        "Våld går att förebygga. Insatserna riktas främst till unga och till de vuxna som möter "
        "dem i skola och på fritiden, eftersom attityder till kön, kontroll och våld grundläggs "
        "tidigt.",
        [
            (
                "Genomföra workshops om sexuellt samtycke i årskurs 8 på samtliga kommunala "
                "grundskolor",
                "Barn- och ungdomsförvaltningen",
                "Ungdomsmottagningen, Region Halland",
                "2024–2026",
                "Andel skolor som genomfört workshops",
            ),
            (
                "Utbilda fritidsledare i att uppmärksamma kontroll och våld i ungas relationer",
                "Kultur- och fritidsförvaltningen",
                "Tjejjouren Halmstad",
                "2025",
                "Antal utbildade fritidsledare",
            ),
            (
                "Genomföra en årlig informationskampanj om våld i nära relationer under "
                "kampanjveckorna Orange the World",
                "Kommunledningskontoret",
                "Polisen, Kvinnojouren Halmstad, Region Halland",
                "Årligen i november",
                "Genomförd kampanj och antal besök på kommunens webbsida om våld",
            ),
        ],
    ),
    (
        "Upptäcka våld och ge stöd",
        "Många våldsutsatta har kontakt med kommunens verksamheter utan att våldet blir känt. "
        "Personalen ska fråga om våld och veta vart den som är utsatt kan vända sig.",
        [
            (
                "Införa frågor om våld i hemtjänstens och hemsjukvårdens vårdplanering",
                "Socialförvaltningen",
                "–",
                "2024–2025",
                "Andel vårdplaneringar där frågan om våld ställts",
            ),
            (
                "Öppna en stödmottagning för våldsutsatta med drop-in en kväll i veckan",
                "Socialförvaltningen",
                "Kvinnojouren Halmstad",
                "2025",
                "Antal besök på stödmottagningen",
            ),
            (
                "Erbjuda stödgrupper för barn som upplevt våld enligt Trappan-modellen",
                "Socialförvaltningen",
                "Barn- och ungdomspsykiatrin, Region Halland",
                "2024–2027",
                "Antal barn som deltagit i stödgrupp",
            ),
            (
                "Säkerställa tillgång till tolk med kunskap om våld i nära relationer",
                "Socialförvaltningen",
                "Kommunledningskontoret, upphandlingsenheten",
                "2025",
                "Nytt tolkavtal med krav på utbildning om våld",
            ),
        ],
    ),
    (
        "Hedersrelaterat våld, prostitution och människohandel",
        "Kommunen ska ha kunskap om och beredskap för att möta personer som utsätts för "
        "hedersrelaterat våld och förtryck, och för att upptäcka personer som säljer sex eller "
        "utnyttjas i människohandel.",
        [
            (
                "Utse och utbilda ett hedersombud på varje kommunal gymnasieskola",
                "Utbildnings- och arbetsmarknadsförvaltningen",
                "Länsstyrelsen Östergötland, Nationellt kompetensteam mot hedersrelaterat våld",
                "2024–2025",
                "Antal skolor med utbildat hedersombud",
            ),
            (
                "Ta fram en rutin för socialtjänstens stöd till personer som säljer sex",
                "Socialförvaltningen",
                "Polisen, Region Halland",
                "2025",
                "Rutin antagen av socialnämnden",
            ),
            (
                "Utbilda personal inom försörjningsstöd och arbetsmarknadsenheten i att "
                "upptäcka människohandel",
                "Utbildnings- och arbetsmarknadsförvaltningen",
                "Länsstyrelsen Halland, Migrationsverket",
                "2026",
                "Antal utbildade medarbetare",
            ),
        ],
    ),
    (
        "Insatser för den som utövar våld",
        "För att våldet ska upphöra behöver den som utövar våld erbjudas stöd och behandling, "
        "samtidigt som den våldsutsattas säkerhet alltid går först.",
        [
            (
                "Erbjuda behandling till personer som utövar våld i nära relationer inom fyra "
                "veckor från första kontakt",
                "Socialförvaltningen",
                "Kriminalvården, frivården Halmstad",
                "2024–2027",
                "Väntetid till första behandlingssamtal",
            ),
            (
                "Sprida information om stödlinjen Välj att sluta i kommunens kanaler",
                "Kommunledningskontoret",
                "–",
                "2024",
                "Informationen publicerad på webb och i sociala medier",
            ),
        ],
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(
        20 * mm,
        11 * mm,
        "Halmstads kommun · Handlingsplan mot mäns våld mot kvinnor "
        "och våld i nära relationer 2024–2027",
    )
    c.drawRightString(A4[0] - 20 * mm, 11 * mm, f"Sida {doc.page}")
    c.restoreState()


def card(title, ansvar, samverkan, tid, indikator):
    rows = [[Paragraph(title, CARD_T)]]
    for label, value in (
        ("Ansvar", ansvar),
        ("Samverkanspart", samverkan),
        ("Tidsram", tid),
        ("Indikator", indikator),
    ):
        rows.append([Paragraph(f"<b>{label}:</b> {value}", CARD_L)])
    t = Table(rows, colWidths=[165 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), CARD_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return KeepTogether([t, Spacer(1, 4 * mm)])


def story():
    s = [
        Spacer(1, 60 * mm),
        Paragraph(
            "Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2027", COVER
        ),
        Spacer(1, 8 * mm),
        Paragraph("Halmstads kommun", H2),
        Paragraph("Antagen av kommunfullmäktige den 25 april 2024", BODY),
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Halmstads kommun har ett ansvar för att förebygga våld och för att ge stöd till "
            "den som utsätts. Handlingsplanen konkretiserar kommunens program för jämställdhet "
            "och trygghet och gäller för samtliga nämnder och bolag. Den har tagits fram av en "
            "förvaltningsövergripande arbetsgrupp i dialog med Region Halland, Polisen och "
            "kvinno- och tjejjourerna i Halmstad.",
            BODY,
        ),
        Paragraph(
            "Under 2023 tog socialtjänsten emot 1 214 orosanmälningar där våld i hemmet "
            "nämndes. Kvinnojouren Halmstad hade 3 900 stödsamtal och 61 kvinnor och 74 barn "
            "bodde i jourens skyddade boende under året.",
            BODY,
        ),
        Paragraph("Så läser du planen", H2),
        Paragraph(
            "Planen har fyra insatsområden. Varje insats redovisas i en ruta där det framgår "
            "vilken förvaltning som ansvarar, vilka som samverkar, när insatsen ska vara "
            "genomförd och hur den följs upp. Förvaltningarna planerar insatserna i sina "
            "verksamhetsplaner.",
            BODY,
        ),
        Paragraph("Uppföljning", H2),
        Paragraph(
            "Socialförvaltningen samordnar uppföljningen och rapporterar årligen till "
            "kommunstyrelsen. Planen utvärderas i sin helhet under 2027.",
            BODY,
        ),
        PageBreak(),
    ]
    for n, (title, intro, cards) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Insatsområde {n}: {title}", H1))
        s.append(Paragraph(intro, BODY))
        for c in cards:
            s.append(card(*c))
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2027",
        author="Halmstads kommun",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
