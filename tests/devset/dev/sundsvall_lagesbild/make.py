"""Generate sundsvall_lagesbild_vald_2024.pdf ('Lägesbild 2024: Våld i nära relationer i
Sundsvalls kommun'), reportlab.

Invented but realistic content. A situation report with no plan: numbered section headings,
statistics tables (anmälda brott per år, socialtjänstens ärenden, stödverksamheter, ung
enkät), results of interviews with verksamheter, and a closing section of observations and
development areas written as findings ('Det saknas ...', '... behöver stärkas'). Running
header and footer.

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
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "sundsvall_lagesbild_vald_2024.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))

BODY = ParagraphStyle("body", fontName="DVS", fontSize=9.8, leading=14, spaceAfter=7)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=11)
HEAD = ParagraphStyle("head", fontName="DV-Bold", fontSize=8.5, leading=11)
CAP = ParagraphStyle(
    "cap", fontName="DV-Bold", fontSize=8.8, leading=11, spaceBefore=4, spaceAfter=3
)
SRC = ParagraphStyle("src", fontName="DV", fontSize=7.5, leading=9.5, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="DV-Bold", fontSize=14, leading=18, spaceBefore=6, spaceAfter=8)
TITLE = ParagraphStyle("t", fontName="DV-Bold", fontSize=22, leading=28, spaceAfter=12)
W = A4[0] - 44 * mm


def grid(rows, widths):
    data = [[Paragraph(c, HEAD if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def bullets(items):
    return ListFlowable(
        [ListItem(Paragraph(t, BODY), leftIndent=12) for t in items],
        bulletType="bullet",
        start="•",
        leftIndent=12,
    )


def deco(c, doc):
    c.saveState()
    c.setFont("DV", 7.5)
    c.drawString(22 * mm, A4[1] - 13 * mm, "Sundsvalls kommun · Socialtjänsten")
    c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Lägesbild 2024")
    c.drawCentredString(A4[0] / 2, 11 * mm, f"{doc.page}")
    c.restoreState()


def story():
    s = [
        Paragraph("Lägesbild 2024: Våld i nära relationer i Sundsvalls kommun", TITLE),
        Paragraph(
            "Rapporten har tagits fram av Socialtjänstens utvecklingsenhet på uppdrag av "
            "socialnämnden. Den beskriver omfattningen av våld i nära relationer i kommunen "
            "under 2024, hur kommunens verksamheter möter våldsutsatta och vilka utmaningar "
            "som finns. Lägesbilden ska användas som underlag när nämnden under 2025 tar "
            "ställning till kommande prioriteringar.",
            BODY,
        ),
        Paragraph("1. Sammanfattning", H1),
        bullets(
            [
                "Antalet anmälda misshandelsbrott mot kvinnor i nära relation ökade med 9 procent "
                "mellan 2023 och 2024.",
                "Socialtjänsten gav stöd till 412 våldsutsatta vuxna och 268 barn under 2024.",
                "Var sjätte flicka i årskurs 9 uppger att en partner har kontrollerat henne.",
                "Våldsutsatta äldre och kvinnor med funktionsnedsättning upptäcks i liten "
                "utsträckning.",
            ]
        ),
        Paragraph("2. Metod och underlag", H1),
        Paragraph(
            "Lägesbilden bygger på Brottsförebyggande rådets statistik över anmälda brott, "
            "uppgifter ur socialtjänstens verksamhetssystem, kommunens ungdomsenkät 2024 samt "
            "intervjuer med tolv verksamheter inom kommunen, Region Västernorrland, Polisen "
            "och Kvinnojouren Sundsvall under september–oktober 2024.",
            BODY,
        ),
        Paragraph("3. Anmälda brott", H1),
        Paragraph(
            "Antalet anmälda brott i nära relationer har ökat under de senaste fem åren. "
            "Polisen bedömer att ökningen delvis beror på att fler vågar anmäla, men också på "
            "att det digitala våldet har ökat.",
            BODY,
        ),
        Paragraph("Tabell 1. Anmälda brott i nära relation i Sundsvalls kommun 2020–2024", CAP),
        grid(
            [
                ["Brott", "2020", "2021", "2022", "2023", "2024"],
                ["Misshandel mot kvinna", "402", "389", "421", "436", "475"],
                ["Grov kvinnofridskränkning", "44", "51", "48", "57", "63"],
                ["Olaga hot", "151", "166", "170", "182", "190"],
                ["Överträdelse av kontaktförbud", "88", "97", "115", "109", "131"],
            ],
            [W * 0.4] + [W * 0.12] * 5,
        ),
        Paragraph("Källa: Brå, anmälda brott, kommunnivå.", SRC),
        PageBreak(),
        Paragraph("4. Socialtjänstens arbete", H1),
        Paragraph(
            "Socialtjänsten har sedan 2021 en särskild enhet för våld i nära relationer. "
            "Enheten erbjuder stödsamtal, skyddat boende genom avtal med Kvinnojouren "
            "Sundsvall och behandling för våldsutövare. Under 2024 inrättades en "
            "barnsamordnartjänst.",
            BODY,
        ),
        Paragraph("Tabell 2. Personer som fått stöd av socialtjänsten", CAP),
        grid(
            [
                ["Insats", "2022", "2023", "2024"],
                ["Stödsamtal, vuxna våldsutsatta", "341", "377", "412"],
                ["Stöd till barn som upplevt våld", "198", "231", "268"],
                ["Placering i skyddat boende", "39", "46", "52"],
                ["Behandling för våldsutövare", "57", "61", "70"],
            ],
            [W * 0.52] + [W * 0.16] * 3,
        ),
        Paragraph("Källa: Socialtjänsten, verksamhetssystemet Lifecare.", SRC),
        Paragraph("Tabell 3. Stödverksamheter i kommunen och vem som driver dem", CAP),
        grid(
            [
                ["Verksamhet", "Ansvarig", "Öppettider"],
                ["Enheten för våld i nära relationer", "Socialtjänsten", "Vardagar 8–17"],
                ["Kvinnojouren Sundsvall", "Ideell förening", "Dygnet runt via telefon"],
                ["Tjejjouren Mitt", "Ideell förening", "Chatt tis och tors"],
                ["Barnahus Västernorrland", "Region Västernorrland och kommunerna", "Vardagar"],
            ],
            [W * 0.4, W * 0.35, W * 0.25],
        ),
        Paragraph("5. Ungas utsatthet", H1),
        Paragraph(
            "I kommunens ungdomsenkät 2024 besvarade 1 480 elever i årskurs 9 och gymnasiets "
            "år 2 frågor om våld och kontroll i relationer.",
            BODY,
        ),
        Paragraph("Tabell 4. Andel som uppger att en partner kontrollerat dem (procent)", CAP),
        grid(
            [
                ["Grupp", "Flickor", "Pojkar"],
                ["Årskurs 9", "17", "6"],
                ["Gymnasiet år 2", "21", "8"],
            ],
            [W * 0.5, W * 0.25, W * 0.25],
        ),
        Spacer(1, 4 * mm),
        Paragraph("6. Iakttagelser från intervjuerna", H1),
        Paragraph(
            "Intervjuerna visar att kunskapen om våld är god inom socialtjänstens "
            "vuxenverksamhet men ojämn i andra verksamheter. Flera chefer inom äldreomsorgen "
            "beskriver att personalen är osäker på hur de ska agera när de misstänker våld. "
            "Skolkuratorerna efterfrågar tydligare vägar in till socialtjänsten.",
            BODY,
        ),
        Paragraph("7. Utvecklingsområden", H1),
        Paragraph(
            "Utifrån statistiken och intervjuerna bedömer utvecklingsenheten att följande "
            "områden behöver uppmärksammas i det fortsatta arbetet:",
            BODY,
        ),
        bullets(
            [
                "Kunskapen om våld mot äldre och mot personer med funktionsnedsättning behöver "
                "stärkas inom vård- och omsorgsförvaltningen.",
                "Det saknas en gemensam rutin mellan skola och socialtjänst för elever som lever "
                "med kontroll i sina relationer.",
                "Det digitala våldet är lite känt och syns inte i verksamheternas dokumentation.",
                "Uppföljningen av stödet till barn som upplevt våld är begränsad.",
            ]
        ),
        Paragraph(
            "Socialnämnden har beslutat att en ny handlingsplan ska tas fram under 2025 med "
            "denna lägesbild som underlag.",
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
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Lägesbild 2024: Våld i nära relationer i Sundsvalls kommun",
        author="Sundsvalls kommun",
    )
    doc.build(story(), onFirstPage=deco, onLaterPages=deco)
    print(OUT)


if __name__ == "__main__":
    main()
