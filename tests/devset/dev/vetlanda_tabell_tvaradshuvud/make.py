"""Generate vetlanda_handlingsplan_vald_2025-2027.pdf with reportlab.

Invented but realistic content. Layout: a municipal plan whose measures stand in one ruled
table per goal with a two-row header: 'Nr' | 'Åtgärd' | 'Ansvar' (spanning the two columns
'Huvudansvarig' | 'Medverkande' of the second header row) | 'Klart'. Goals are headings
'Mål 1 – ...'; the first page has a title, an introduction and a short list of what the plan
builds on (bullets that are not measures).

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "vetlanda_handlingsplan_vald_2025-2027.pdf"

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
BULLET = ParagraphStyle("bl", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=2)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("hc", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=12, spaceAfter=8
)

PLAN = [
    (
        "Fler våldsutsatta upptäcks tidigt",
        [
            (
                "Införa frågor om våld i alla utredningar inom äldreomsorgen och LSS",
                "Vård- och omsorgsförvaltningen",
                "Socialförvaltningen",
                "2025",
            ),
            (
                "Utbilda elevhälsans personal i att ställa frågor om våld och kontroll",
                "Barn- och utbildningsförvaltningen",
                "Socialförvaltningen",
                "2025–2026",
            ),
            (
                "Ta fram informationskort om stöd som delas ut på vårdcentralerna i kommunen",
                "Socialförvaltningen",
                "Region Jönköpings län",
                "2026",
            ),
        ],
    ),
    (
        "Våldsutsatta och deras barn får ett stöd som håller över tid",
        [
            (
                "Erbjuda stödsamtal till våldsutsatta inom två veckor från första kontakt",
                "Socialförvaltningen",
                "",
                "2025",
            ),
            (
                "Säkerställa förtur till bostad för den som lämnar ett skyddat boende",
                "Vetlandabostäder AB",
                "Socialförvaltningen",
                "2026",
            ),
            (
                "Starta en stödgrupp för barn som upplevt våld i samarbete med kyrkan",
                "Socialförvaltningen",
                "Svenska kyrkan i Vetlanda",
                "2025–2027",
            ),
        ],
    ),
    (
        "Personer som utövar våld får hjälp att sluta",
        [
            (
                "Erbjuda behandling för våldsutövare genom avtal med Jönköpings kommun",
                "Socialförvaltningen",
                "Jönköpings kommun",
                "2025",
            ),
            (
                "Informera om behandlingen vid varje anmälan om våld i nära relation",
                "Polismyndigheten",
                "Socialförvaltningen",
                "Löpande",
            ),
        ],
    ),
]


def table(rows: list[tuple[str, str, str, str]], goal_no: int) -> Table:
    data = [
        [
            Paragraph("Nr", HEAD),
            Paragraph("Åtgärd", HEAD),
            Paragraph("Ansvar", HEAD),
            "",
            Paragraph("Klart", HEAD),
        ],
        ["", "", Paragraph("Huvudansvarig", HEAD), Paragraph("Medverkande", HEAD), ""],
    ]
    for k, (text, lead, partner, when) in enumerate(rows, 1):
        data.append(
            [
                Paragraph(f"{goal_no}.{k}", CELL),
                Paragraph(text, CELL),
                Paragraph(lead, CELL),
                Paragraph(partner, CELL),
                Paragraph(when, CELL),
            ]
        )
    return Table(
        data,
        colWidths=(26, 170, 126, 116, 57),
        repeatRows=2,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "#555555"),
                ("BACKGROUND", (0, 0), (-1, 1), "#dde6f0"),
                ("SPAN", (2, 0), (3, 0)),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (4, 0), (4, 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )


def story() -> list:
    s = [
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2027", H1),
        Paragraph("Vetlanda kommun. Antagen av kommunfullmäktige 2024-12-12.", BODY),
        Paragraph("Bakgrund", H2),
        Paragraph(
            "Planen gäller alla kommunens verksamheter och de bolag kommunen äger. Den bygger på:",
            BODY,
        ),
    ]
    for b in (
        "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer",
        "den nationella strategin mot mäns våld mot kvinnor",
        "kommunens kartläggning av våldsutsatta i socialtjänsten 2023",
    ):
        s.append(Paragraph(b, BULLET, bulletText="•"))
    s.append(
        Paragraph(
            "Under varje mål står kommunens åtgärder. Den som är huvudansvarig "
            "leder arbetet och rapporterar till socialnämnden.",
            BODY,
        )
    )
    for i, (goal, rows) in enumerate(PLAN, 1):
        s.append(Paragraph(f"Mål {i} – {goal}", H2))
        s.append(table(rows, i))
    return s


def main() -> None:
    SimpleDocTemplate(str(OUT), pagesize=A4).build(story())
    print(OUT)


if __name__ == "__main__":
    main()
