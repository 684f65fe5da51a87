"""Generate borlange_handlingsplan_vald_2025-2026.pdf (Borlänge kommun), reportlab.

Invented but realistic content. Layout: the plan is one long ruled table Nr | Insats |
Ansvarig | Samverkan | Klart; each goal is a shaded row spanning all five columns ("Mål 1 –
..."), followed by its insatser. The table runs over a page break with its header row repeated.
Cover, introduction, footer with page number.

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
OUT = HERE / "borlange_handlingsplan_vald_2025-2026.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("LS", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))

ORANGE = colors.HexColor("#FBE5D6")
BODY = ParagraphStyle("body", fontName="LS", fontSize=10.5, leading=15, spaceAfter=7)
H1 = ParagraphStyle("h1", fontName="LS-Bold", fontSize=16, leading=20, spaceAfter=8)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5)
HEAD = ParagraphStyle("head", fontName="LS-Bold", fontSize=9, leading=11.5)
GOALROW = ParagraphStyle("goalrow", fontName="LS-Bold", fontSize=10, leading=13)
COVER = ParagraphStyle("cov", fontName="LS-Bold", fontSize=24, leading=30)

# (goal, [(insats, ansvarig, samverkan, klart)])
PLAN = [
    (
        "Fler barn och unga lever i relationer fria från våld",
        [
            (
                "Genomföra programmet Mentorer i våldsprevention på alla högstadieskolor",
                "Bildningsförvaltningen",
                "Länsstyrelsen Dalarna",
                "2025",
            ),
            (
                "Utbilda fritidsledare i att samtala med unga om kontroll och svartsjuka",
                "Bildningsförvaltningen",
                "",
                "2025",
            ),
            (
                "Ta fram en handledning för förskolan om barn som upplever våld i hemmet",
                "Bildningsförvaltningen",
                "Socialförvaltningen",
                "2026",
            ),
            (
                "Erbjuda samtalsgrupper för tjejer och killar i ungdomsmottagningens regi",
                "Region Dalarna",
                "Bildningsförvaltningen",
                "2026",
            ),
        ],
    ),
    (
        "Våldsutsatta får snabbt och samordnat stöd",
        [
            (
                "Inrätta en samlad mottagning för våld i nära relationer i Borlänge",
                "Socialförvaltningen",
                "",
                "2025",
            ),
            (
                "Erbjuda våldsutsatta ett första stödsamtal inom fem arbetsdagar",
                "Socialförvaltningen",
                "Borlänge kvinnojour",
                "2025",
            ),
            (
                "Införa en gemensam rutin med vårdcentralerna för hänvisning vid våld",
                "Socialförvaltningen",
                "Region Dalarna",
                "2026",
            ),
            (
                "Utreda behovet av fler lägenheter för skyddat boende med medföljande barn",
                "Samhällsbyggnadsförvaltningen",
                "Tunabyggen AB",
                "2025",
            ),
            (
                "Utbilda tolkar som anlitas av kommunen i bemötande vid våld",
                "Socialförvaltningen",
                "",
                "2026",
            ),
        ],
    ),
    (
        "Våldet upphör och återfallen minskar",
        [
            (
                "Erbjuda behandlingsprogram för våldsutövare på kvällstid",
                "Socialförvaltningen",
                "Kriminalvården",
                "2025",
            ),
            (
                "Kontakta alla som polisanmälts för våld i nära relation och erbjuda stöd att "
                "sluta",
                "Socialförvaltningen",
                "Polismyndigheten",
                "2025",
            ),
            (
                "Genomföra en kampanj riktad till män om var de kan få hjälp att sluta använda "
                "våld",
                "Kommunstyrelsens förvaltning",
                "Polismyndigheten, Region Dalarna",
                "2026",
            ),
        ],
    ),
]


def footer(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("LS", 8)
    c.drawCentredString(A4[0] / 2, 11 * mm, f"– {doc.page} –")
    c.restoreState()


def plan_table() -> Table:
    data = [[Paragraph(h, HEAD) for h in ("Nr", "Insats", "Ansvarig", "Samverkan", "Klart")]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for i, (goal, rows) in enumerate(PLAN, start=1):
        r = len(data)
        data.append([Paragraph(f"Mål {i} – {goal}", GOALROW), "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ORANGE)]
        for j, (insats, ansvarig, samverkan, klart) in enumerate(rows, start=1):
            data.append(
                [
                    Paragraph(f"{i}.{j}", CELL),
                    Paragraph(insats, CELL),
                    Paragraph(ansvarig, CELL),
                    Paragraph(samverkan, CELL),
                    Paragraph(klart, CELL),
                ]
            )
    t = Table(data, colWidths=[12 * mm, 62 * mm, 44 * mm, 40 * mm, 12 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def story():
    return [
        Spacer(1, 60 * mm),
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2026", COVER),
        Spacer(1, 8 * mm),
        Paragraph("Borlänge kommun", H1),
        Paragraph("Antagen av kommunstyrelsen 2025-01-28", BODY),
        PageBreak(),
        Paragraph("Inledning", H1),
        Paragraph(
            "Borlänge kommuns handlingsplan mot våld i nära relationer omfattar två år och tre "
            "mål. Alla insatser samlas i tabellen nedan, ordnade under det mål de ska bidra "
            "till. Socialförvaltningen samordnar arbetet och redovisar det årligen.",
            BODY,
        ),
        Paragraph(
            "Under 2024 fick socialtjänsten 412 ärenden om våld i nära relation, och "
            "kvinnojouren hade 980 stödkontakter.",
            BODY,
        ),
        Paragraph("Bakgrund", H1),
        Paragraph(
            "Våld i nära relationer är ett folkhälsoproblem och ett allvarligt brott. Det "
            "drabbar främst kvinnor och barn, men också män och personer i samkönade "
            "relationer. Barn som lever med våld i familjen är brottsoffer och har rätt till "
            "eget stöd. Våldet får stora följder för hälsa, skolgång och ekonomi, och det "
            "kostar samhället stora summor varje år.",
            BODY,
        ),
        Paragraph(
            "Kommunen har enligt socialtjänstlagen ett särskilt ansvar för att våldsutsatta och "
            "barn som bevittnat våld får det stöd och den hjälp de behöver. Hälso- och "
            "sjukvården har ett ansvar att upptäcka våld, och polisen och åklagaren att utreda "
            "brott. Ett gott resultat förutsätter att alla dessa aktörer samverkar.",
            BODY,
        ),
        Paragraph(
            "Den förra handlingsplanen (2021–2024) utvärderades under hösten 2024. "
            "Utvärderingen visade att rutinerna för att fråga om våld hade införts i "
            "socialtjänsten men inte i skolan, och att stödet till barn behövde stärkas.",
            BODY,
        ),
        Paragraph("Handlingsplanens mål och insatser", H1),
        plan_table(),
    ]


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Handlingsplan mot våld i nära relationer 2025–2026",
        author="Borlänge kommun",
    )
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()
