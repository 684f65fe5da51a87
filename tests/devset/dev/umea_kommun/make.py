"""Generate umea_handlingsplan_vald_nara_relationer_2024-2026.pdf (Umeå kommun).

Layout exercised: a municipal plan. Each goal is a "Fokusområde N: ..." heading with a short
introduction, followed by a ruled (grid) table "Insats | Ansvarig förvaltning | Samverkan |
Klart". The responsible bodies are the municipality's own committees and services
(canonically "Kommunerna"); partners include Region Västerbotten, Polisen, Umeå universitet
and Kvinnojouren i Umeå. A document information box on the cover, inledning and bakgrund
before the plan and a section on genomförande och uppföljning after it contain no actions.

Run with the project venv:  .venv/bin/python tests/devset/dev/umea_kommun/make.py
The PDF is written next to this script.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "umea_handlingsplan_vald_nara_relationer_2024-2026.pdf"

ORG = "Umeå kommun"
TITLE = "Handlingsplan mot våld i nära relationer 2024–2026"
RED = colors.HexColor("#a3133a")
GREY = colors.HexColor("#f1f1f1")
W, H = A4
LM = RM = 2.2 * cm

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14.2, spaceAfter=7)
h1 = ParagraphStyle(
    "h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=9, textColor=RED
)
h2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4
)
focus = ParagraphStyle(
    "focus",
    fontName="Helvetica-Bold",
    fontSize=13,
    leading=16.5,
    spaceBefore=12,
    spaceAfter=5,
    textColor=RED,
)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
cell_h = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)


def P(t, s=body):
    return Paragraph(t, s)


def cover(canv, doc):
    canv.saveState()
    canv.setFillColor(RED)
    canv.rect(0, H - 2.2 * cm, W, 2.2 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 14)
    canv.drawString(LM, H - 1.35 * cm, ORG)
    canv.restoreState()


def later(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(LM, H - 1.4 * cm, f"{ORG} – {TITLE}")
    canv.drawRightString(W - RM, 1.2 * cm, f"Sida {doc.page}")
    canv.restoreState()


FOCUS = [
    (
        "Fokusområde 1: Förebyggande arbete bland barn och unga",
        "Förskola, skola och fritidsverksamhet möter i stort sett varje barn i kommunen. Där "
        "finns de bästa möjligheterna att påverka attityder till jämställdhet, gränser och våld "
        "innan mönstren har satt sig.",
        [
            (
                "Erbjuda ett våldsförebyggande skolprogram i samtliga kommunala grundskolor med "
                "årskurs 7–9",
                "För- och grundskolenämnden",
                "Fritid Umeå, Region Västerbotten (ungdomsmottagningen)",
                "HT 2025",
            ),
            (
                "Genomföra återkommande temakvällar om relationer, samtycke och nätkränkningar på "
                "kommunens fritidsgårdar",
                "Fritid Umeå",
                "Kvinnojouren i Umeå",
                "Löpande",
            ),
            (
                "Erbjuda föräldraskapsstöd med inslag om konflikthantering och våldsfri uppfostran "
                "via familjecentralerna",
                "Individ- och familjeomsorgen",
                "Region Västerbotten",
                "2025",
            ),
        ],
    ),
    (
        "Fokusområde 2: Tidig upptäckt och stöd till våldsutsatta vuxna",
        "Den som utsätts för våld har ofta kontakt med kommunen av helt andra skäl. Frågor om "
        "våld behöver därför ställas i fler verksamheter, och stödet ska vara lätt att hitta och "
        "hänga ihop.",
        [
            (
                "Ta fram information om våld i nära relationer på lättläst svenska och på de "
                "vanligaste språken i kommunen",
                "Kommunledningskontoret, kommunikationsenheten",
                "Individ- och familjeomsorgen",
                "2024",
            ),
            (
                "Ställa rutinfrågor om våld inom ekonomiskt bistånd, missbruks- och beroendevården och "
                "äldreomsorgens biståndshandläggning",
                "Socialtjänsten",
                "–",
                "2024–2025",
            ),
            (
                "Samla stödsamtal, rådgivning och biståndshandläggning för våldsutsatta vuxna i en "
                "gemensam mottagning",
                "Individ- och familjeomsorgen",
                "Kvinnojouren i Umeå, Region Västerbotten",
                "2025",
            ),
            (
                "Genomföra gemensamma riskbedömningar i ärenden där det finns hög risk för upprepat "
                "våld",
                "Socialtjänsten",
                "Polisen",
                "Löpande från 2024",
            ),
            (
                "Säkerställa att äldre våldsutsatta kvinnor kan erbjudas ett skyddat boende som är "
                "anpassat efter deras omvårdnadsbehov",
                "Äldreomsorgen",
                "Kvinnojouren i Umeå",
                "2026",
            ),
        ],
    ),
    (
        "Fokusområde 3: Barn som upplever våld",
        "Ett barn som ser eller hör våld mot en förälder är självt brottsoffer enligt lag. Barnen "
        "behöver bli sedda i förskolan och skolan, få eget stöd och kunna behålla sin vardag "
        "när familjen flyttar till skyddat boende.",
        [
            (
                "Erbjuda stödsamtal, enskilt eller i grupp, till alla barn som har levt med våld i "
                "familjen",
                "Individ- och familjeomsorgen",
                "Region Västerbotten (barn- och ungdomspsykiatrin)",
                "2024",
            ),
            (
                "Ta fram en gemensam rutin för hur förskola och skola ska agera när personalen "
                "misstänker att ett barn lever med våld i hemmet",
                "För- och grundskolenämnden",
                "Socialtjänsten",
                "2024-12-31",
            ),
            (
                "Ge barn som bor i skyddat boende möjlighet att gå kvar i sin skola eller snabbt få en "
                "ny skolplacering",
                "För- och grundskolenämnden",
                "Individ- och familjeomsorgen, Kvinnojouren i Umeå",
                "2025",
            ),
            (
                "Delta i ett forskningsprojekt om barns delaktighet i socialtjänstens utredningar om "
                "våld",
                "Socialtjänsten",
                "Umeå universitet",
                "2025–2026",
            ),
        ],
    ),
    (
        "Fokusområde 4: Kompetens och arbetsgivaransvar",
        "Kommunen är en av länets största arbetsgivare. Medarbetare behöver kunskap för att upptäcka "
        "våld hos dem de möter i arbetet, och den som själv är utsatt ska kunna få stöd via sin "
        "arbetsplats.",
        [
            (
                "Inkludera våld i nära relationer i kommunens rutin för arbetsanpassning och "
                "rehabilitering, så att utsatta medarbetare kan få stöd via chef och företagshälsovård",
                "Umeå kommuns HR-avdelning",
                "–",
                "2024",
            ),
            (
                "Erbjuda alla medarbetare inom socialtjänst, skola och omsorg utbildning i att upptäcka"
                " och agera vid våld",
                "Umeå kommuns HR-avdelning",
                "Länsstyrelsen Västerbotten",
                "2024–2026",
            ),
            (
                "Följa upp handlingsplanens genomförande och resultat med stöd av en extern utvärderare",
                "Individ- och familjeomsorgen",
                "Umeå universitet",
                "2026",
            ),
        ],
    ),
]


def action_table(rows):
    data = [
        [
            P("Insats", cell_h),
            P("Ansvarig förvaltning", cell_h),
            P("Samverkan", cell_h),
            P("Klart", cell_h),
        ]
    ]
    for r in rows:
        data.append([P(c, cell) for c in r])
    t = Table(data, colWidths=[5.8 * cm, 4.3 * cm, 4.0 * cm, 2.5 * cm], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a7a7a")),
        ("BACKGROUND", (0, 0), (-1, 0), RED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for i in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), GREY))
    t.setStyle(TableStyle(style))
    return t


def story():
    s = []
    # ------------------------------------------------------------ page 1: cover
    s.append(Spacer(1, 3.5 * cm))
    s.append(
        P(
            TITLE,
            ParagraphStyle(
                "t",
                fontName="Helvetica-Bold",
                fontSize=25,
                leading=30,
                textColor=RED,
                spaceAfter=14,
            ),
        )
    )
    s.append(
        P(
            "Umeå kommuns arbete mot våld i nära relationer, hedersrelaterat våld och "
            "förtryck samt sexuell exploatering",
            ParagraphStyle("st", fontName="Helvetica", fontSize=13, leading=17, spaceAfter=120),
        )
    )
    info = [
        ["Dokumenttyp", "Handlingsplan"],
        ["Beslutad av", "Kommunstyrelsen 2023-12-12, § 287"],
        ["Diarienummer", "KS-2023/00874"],
        ["Giltighetstid", "2024-01-01 – 2026-12-31"],
        ["Dokumentansvarig", "Direktör, individ- och familjeomsorgen"],
        ["Gäller för", "Samtliga nämnder och förvaltningar"],
    ]
    t = Table(
        [[P(a, cell_h.clone("ih", textColor=colors.black)), P(b, cell)] for a, b in info],
        colWidths=[4 * cm, 9 * cm],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    s.append(t)
    s.append(PageBreak())

    # ------------------------------------------------------------ page 2: inledning
    s.append(P("Inledning", h1))
    s.append(
        P(
            "Att leva med våld från en närstående får allvarliga följder för hälsan och är ett hinder "
            "för jämställdheten. Det drabbar främst kvinnor och barn, men också män och personer i "
            "samkönade relationer. Det kan handla om slag och hot, men också om sexuella övergrepp, "
            "ekonomisk kontroll, förstörda tillhörigheter och systematisk isolering, och det pågår "
            "ofta under lång tid. I Umeå kommun ska ingen behöva leva med "
            "våld, och den som utsätts ska snabbt få det stöd och skydd som behövs."
        )
    )
    s.append(
        P(
            "Socialtjänstlagen lägger ett särskilt ansvar på socialnämnden att se till att kvinnor som "
            "utsätts för våld, och barn som har bevittnat det, får stöd och hjälp. Ansvaret är dock "
            "inte begränsat till "
            "socialtjänsten. Förskola, skola, fritidsverksamhet, äldreomsorg och kommunen som "
            "arbetsgivare har alla en roll i att förebygga och upptäcka våld."
        )
    )
    s.append(P("Syfte", h2))
    s.append(
        P(
            "Handlingsplanen ska göra kommunens arbete mer samordnat och tydliggöra vilken "
            "förvaltning som ansvarar för vad. Planen gäller alla former av våld i nära relationer, "
            "inklusive hedersrelaterat våld och förtryck och våld i samband med prostitution "
            "och sexuell exploatering."
        )
    )
    s.append(P("Koppling till andra styrdokument", h2))
    for line in [
        "Umeå kommuns jämställdhetspolicy och program för social hållbarhet",
        "Länsstrategin för arbetet mot mäns våld mot kvinnor i Västerbottens län",
        "Den nationella strategin för att förebygga och bekämpa mäns våld mot kvinnor",
        "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer",
    ]:
        s.append(Paragraph(line, bullet, bulletText="–"))
    s.append(Spacer(1, 6))
    s.append(
        P(
            "Handlingsplanen har tagits fram av en arbetsgrupp med representanter för "
            "individ- och familjeomsorgen, för- och grundskoleförvaltningen, Fritid Umeå, "
            "äldreomsorgen och HR-avdelningen. Kvinnojouren i Umeå, Region Västerbotten och "
            "Polisen har lämnat synpunkter under arbetets gång."
        )
    )
    s.append(PageBreak())

    # ------------------------------------------------------------ page 3: bakgrund
    s.append(P("Bakgrund och nuläge", h1))
    s.append(
        P(
            "Umeå har drygt 131 000 invånare och växer med omkring 1 500 personer per år. Under "
            "2022 anmäldes 428 misshandelsbrott mot kvinnor i kommunen, och i knappt två tredjedelar "
            "av fallen var gärningspersonen en närstående. Samma år anmäldes 23 fall av grov "
            "kvinnofridskränkning och 96 fall av olaga förföljelse."
        )
    )
    s.append(
        P(
            "Individ- och familjeomsorgens enhet för våld i nära relationer tog under 2022 emot 612 "
            "aktualiseringar som rörde vuxna. I 274 av dessa fanns det barn i familjen. Kvinnojouren "
            "i Umeå hade samma år drygt 1 400 stödsamtal, och 38 kvinnor och 41 barn bodde i "
            "jourens skyddade boende. Enheten har sett en tydlig ökning av ärenden där våldet även "
            "sker digitalt, till exempel genom övervakning av mobiltelefonen eller spridning av bilder."
        )
    )
    s.append(
        P(
            "Den senaste elevhälsoenkäten visade att var sjunde flicka och var sextonde pojke i "
            "årskurs 9 någon gång hade blivit kontrollerade eller hotade av en partner. "
            "Bland elever som uppgav att de inte själva fick välja vem de skulle gifta sig med var "
            "andelen som mådde dåligt betydligt högre än bland övriga elever."
        )
    )
    s.append(P("Vad som behöver utvecklas", h2))
    s.append(
        P(
            "En genomgång som individ- och familjeomsorgen gjorde våren 2023 pekade på tre "
            "utvecklingsområden. Frågor om våld ställs ännu inte rutinmässigt utanför "
            "socialtjänstens mottagning. Barn som upplever våld får inte alltid eget stöd, och "
            "kunskapen om våld varierar stort mellan kommunens verksamheter. Handlingsplanens "
            "fokusområden har valts utifrån dessa slutsatser."
        )
    )
    s.append(PageBreak())

    # ------------------------------------------------------------ plan
    s.append(P("Fokusområden och insatser", h1))
    s.append(
        P(
            "Insatserna är ordnade under fyra fokusområden. För varje insats framgår vilken "
            "förvaltning som leder arbetet, vem som deltar och när insatsen ska vara genomförd. "
            "Ansvarig "
            "förvaltning samordnar arbetet och rapporterar till individ- och familjenämnden."
        )
    )
    for title, intro, rows in FOCUS:
        s.append(CondPageBreak(6 * cm))
        s.append(P(title, focus))
        s.append(P(intro))
        s.append(action_table(rows))
        s.append(Spacer(1, 6))

    # ------------------------------------------------------------ uppföljning
    s.append(PageBreak())
    s.append(P("Genomförande och uppföljning", h1))
    s.append(
        P(
            "Varje ansvarig förvaltning tar in insatserna i sin verksamhetsplan. Individ- och "
            "familjenämnden har det samordnande ansvaret och får en redovisning av hur arbetet "
            "fortskrider i samband med delårsbokslutet varje år."
        )
    )
    s.append(
        P(
            "Uppföljningen omfattar både genomförda insatser och ett antal nyckeltal, bland annat "
            "andelen verksamheter som ställer rutinfrågor om våld, antalet barn som fått stödsamtal "
            "och antalet medarbetare som har genomgått grundutbildningen. Resultaten redovisas "
            "uppdelade på kön där det är möjligt."
        )
    )
    s.append(P("Handlingsplanen revideras under hösten 2026 inför nästa planperiod."))
    return s


def main():
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=LM,
        rightMargin=RM,
        topMargin=2.3 * cm,
        bottomMargin=2.0 * cm,
        title=TITLE,
        author=ORG,
        invariant=1,
    )
    doc.build(story(), onFirstPage=cover, onLaterPages=later)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
