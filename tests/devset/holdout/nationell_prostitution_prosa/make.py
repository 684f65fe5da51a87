"""Generate nationell_handlingsplan_prostitution_manniskohandel_2025-2028.pdf
(Jämställdhetsmyndigheten), reportlab.

Invented but realistic content for a national plan. Layout: cover, förord and a numbered
introduction ('1 Inledning', '1.1 Uppdraget', '1.2 Läsanvisning'), then 'Mål N.' headings with
'Delmål N.M' headings under them; under each delmål an italic 'Insatser' label and prose
paragraphs where each measure is a sentence naming its actor as subject ('Polismyndigheten
ska ...'), mixed with context sentences (statistics, existing work). Running footer.

Run from this folder with the project venv: python make.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE / "nationell_handlingsplan_prostitution_manniskohandel_2025-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Ser", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Ser-It", str(FONT_DIR / "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("San-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("San", str(FONT_DIR / "LiberationSans-Regular.ttf")))

BODY = ParagraphStyle("body", fontName="Ser", fontSize=11, leading=15.5, spaceAfter=8)
LABEL = ParagraphStyle("label", fontName="Ser-It", fontSize=11, leading=15, spaceAfter=3)
H1 = ParagraphStyle(
    "h1", fontName="San-Bold", fontSize=17, leading=21, spaceBefore=6, spaceAfter=10
)
H2 = ParagraphStyle(
    "h2", fontName="San-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6
)
H3 = ParagraphStyle(
    "h3", fontName="San-Bold", fontSize=11, leading=14.5, spaceBefore=6, spaceAfter=4
)
COVER = ParagraphStyle(
    "cov", fontName="San-Bold", fontSize=24, leading=30, textColor=colors.HexColor("#5A1A4A")
)

# (mål, intro, [(delmål, [paragraph, ...])])
PLAN = [
    (
        "Efterfrågan på sexuella tjänster minskar",
        "Efterfrågan är den främsta drivkraften bakom prostitution och människohandel för "
        "sexuella ändamål. Att minska efterfrågan är därför centralt i det svenska arbetet.",
        [
            (
                "Fler känner till att köp av sexuella tjänster är ett brott och vilka skador det "
                "orsakar",
                [
                    "Enligt en befolkningsundersökning 2023 uppger var tionde man att han någon "
                    "gång har köpt sex, och en växande andel av köpen förmedlas via internet. "
                    "Jämställdhetsmyndigheten ska genomföra en nationell informationskampanj om "
                    "sexköpsbrottet riktad till män. Kampanjen utvärderas under 2027. "
                    "Länsstyrelserna ska i samverkan med kommunerna sprida kampanjen regionalt.",
                    "Skolverket ska, med stöd av forskare vid Malmö universitet, ta fram "
                    "stödmaterial om prostitution och sexuell exploatering för undervisningen i "
                    "gymnasieskolan.",
                ],
            ),
            (
                "Fler sexköpare lagförs",
                [
                    "Under 2023 lagfördes omkring 450 personer för köp av sexuell tjänst, de flesta "
                    "genom strafföreläggande. Polismyndigheten ska utöka den nationella "
                    "samordningen av spaningsinsatser mot sexköp på internet. "
                    "Åklagarmyndigheten ska ta fram en uppdaterad rättslig vägledning om köp av "
                    "sexuell tjänst och om utnyttjande av barn genom köp av sexuell handling.",
                ],
            ),
        ],
    ),
    (
        "Personer som utnyttjas i prostitution och människohandel får skydd och stöd",
        "Den som utnyttjas ska få skydd, stöd och möjlighet att lämna prostitutionen, oavsett "
        "medborgarskap och var i landet personen befinner sig.",
        [
            (
                "Fler som utnyttjas upptäcks",
                [
                    "Personer som utnyttjas söker sällan hjälp själva, och många har ingen kontakt "
                    "med svenska myndigheter. Migrationsverket ska införa en rutin för att "
                    "identifiera tecken på människohandel i asylprövningen och utbilda sina "
                    "handläggare i den. Arbetsmiljöverket ska i samverkan med Polismyndigheten "
                    "genomföra gemensamma kontroller i branscher där arbetskraftsexploatering "
                    "förekommer.",
                ],
            ),
            (
                "Stödet är likvärdigt i hela landet",
                [
                    "Tillgången till specialiserat stöd skiljer sig i dag mycket åt mellan "
                    "regionerna. Socialstyrelsen ska ta fram ett kunskapsstöd för socialtjänstens "
                    "arbete med personer som har erfarenhet av prostitution.",
                    "Länsstyrelsen i Stockholms län, som har det nationella metodstödsuppdraget mot "
                    "prostitution och människohandel, ska utveckla det nationella stödprogrammet "
                    "för återvändande. Jämställdhetsmyndigheten ska utreda hur stödboenden för "
                    "personer utsatta för människohandel kan få en långsiktig finansiering.",
                ],
            ),
        ],
    ),
    (
        "Samverkan och kunskap mot prostitution och människohandel stärks",
        "Arbetet kräver att myndigheterna delar kunskap och agerar samordnat, och att "
        "kunskapsläget om brottens omfattning och former förbättras.",
        [
            (
                "Myndigheternas samverkan är strukturerad och uppföljd",
                [
                    "Jämställdhetsmyndigheten ska samordna ett nationellt myndighetsnätverk mot "
                    "prostitution och människohandel med Polismyndigheten, Åklagarmyndigheten, "
                    "Migrationsverket, Socialstyrelsen och Arbetsmiljöverket. Nätverket har funnits "
                    "sedan 2018 men saknar i dag en gemensam uppföljning. Kriminalvården ska "
                    "utveckla ett påverkansprogram för klienter som är dömda för köp av sexuell "
                    "tjänst eller koppleri.",
                ],
            ),
            (
                "Kunskapsläget förbättras",
                [
                    "Brottsförebyggande rådet ska genomföra en studie av hur sexköp går till på "
                    "internet och i vilken utsträckning barn utnyttjas. Jämställdhetsmyndigheten ska "
                    "tillsammans med länsstyrelserna ta fram en nationell lägesbild av prostitution "
                    "och människohandel vartannat år.",
                ],
            ),
        ],
    ),
]


def deco(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("San", 8)
    c.drawString(24 * mm, 11 * mm, "Jämställdhetsmyndigheten · Rapport 2025:4")
    c.drawRightString(A4[0] - 24 * mm, 11 * mm, str(doc.page))
    c.restoreState()


def story():
    s = [
        Spacer(1, 60 * mm),
        Paragraph("Nationell handlingsplan mot prostitution och människohandel 2025–2028", COVER),
        Spacer(1, 10 * mm),
        Paragraph("Jämställdhetsmyndigheten", H2),
        Paragraph("Rapport 2025:4", BODY),
        PageBreak(),
        Paragraph("Förord", H1),
        Paragraph(
            "Prostitution och människohandel är allvarliga uttryck för mäns våld mot kvinnor "
            "och för den ojämställdhet som finns i samhället. Denna handlingsplan samlar de "
            "insatser som statliga myndigheter ska genomföra under 2025–2028. Planen har tagits "
            "fram i samråd med Polismyndigheten, Åklagarmyndigheten, Migrationsverket, "
            "Socialstyrelsen, länsstyrelserna och civilsamhällets organisationer.",
            BODY,
        ),
        Paragraph("Göteborg i mars 2025<br/>Generaldirektör", BODY),
        Paragraph("1 Inledning", H1),
        Paragraph("1.1 Uppdraget", H2),
        Paragraph(
            "Regeringen gav i december 2024 Jämställdhetsmyndigheten i uppdrag att ta fram en "
            "nationell handlingsplan mot prostitution och människohandel för alla ändamål. "
            "Uppdraget ska redovisas årligen till Regeringskansliet. Den förra handlingsplanen "
            "från 2018 utvärderades av Statskontoret 2023, som konstaterade att flera insatser "
            "saknade tydlig ansvarsfördelning.",
            BODY,
        ),
        Paragraph("1.2 Läsanvisning", H2),
        Paragraph(
            "Planen har tre mål med två delmål vardera. Under varje delmål beskrivs de "
            "insatser som ska genomföras och vilken myndighet som ansvarar. Där en insats ska "
            "genomföras i samverkan anges det i texten.",
            BODY,
        ),
        PageBreak(),
        Paragraph("2 Mål, delmål och insatser", H1),
    ]
    for n, (goal, intro, delmal) in enumerate(PLAN, start=1):
        s.append(Paragraph(f"Mål {n}. {goal}", H2))
        s.append(Paragraph(intro, BODY))
        for d, (sub, paras) in enumerate(delmal, start=1):
            s.append(Paragraph(f"Delmål {n}.{d} {sub}", H3))
            s.append(Paragraph("Insatser", LABEL))
            s += [Paragraph(p, BODY) for p in paras]
    s.append(Paragraph("3 Uppföljning", H1))
    s.append(
        Paragraph(
            "Jämställdhetsmyndigheten följer upp planen årligen i samråd med de ansvariga "
            "myndigheterna. En slutlig utvärdering genomförs under 2028.",
            BODY,
        )
    )
    return s


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=24 * mm,
        rightMargin=24 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Nationell handlingsplan mot prostitution och människohandel 2025–2028",
        author="Jämställdhetsmyndigheten",
    )
    doc.build(story(), onFirstPage=deco, onLaterPages=deco)
    print(OUT)


if __name__ == "__main__":
    main()
