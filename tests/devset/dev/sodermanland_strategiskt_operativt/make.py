"""Generate sodermanland_regional_plan_mvk_2025-2028.pdf with reportlab.

Invented but realistic content. Layout: a county plan in three levels: 'Strategiskt mål N'
headings, 'Operativt mål N.M' sub-headings under them, and under each operative goal its
activities as paragraphs 'Aktivitet AN.M.K: ...' (bold ID) followed by an italic line
'Ansvarig: X; medverkande: Y'. Cover page with logo text, a short introduction, a table of
indicators per strategic goal (not activities) and a follow-up section.

Run from this folder: python make.py
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "sodermanland_regional_plan_mvk_2025-2028.pdf"

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
NOTE = ParagraphStyle("n", parent=BODY, fontName="Helvetica-Oblique", fontSize=9, spaceAfter=9)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=14)
H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=8
)
H3 = ParagraphStyle(
    "h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=6
)

PLAN = [
    (
        "Våld förebyggs innan det uppstår",
        [
            (
                "Fler unga i länet har kunskap om jämställdhet och våld",
                [
                    (
                        "Erbjuda länets skolor stöd i att införa våldsförebyggande program i högstadiet",
                        "Länsstyrelsen Södermanland",
                        "kommunerna",
                    ),
                    (
                        "Genomföra en gemensam kampanj om sexuellt våld inför sommarens festivaler",
                        "Region Sörmland",
                        "Polismyndigheten, länets tjejjourer",
                    ),
                ],
            ),
            (
                "Arbetsplatser i länet uppmärksammar våld i nära relationer",
                [
                    (
                        "Ta fram ett stödmaterial för chefer om våldsutsatta medarbetare",
                        "Länsstyrelsen Södermanland",
                        "Region Sörmland, kommunerna",
                    ),
                ],
            ),
        ],
    ),
    (
        "Våldsutsatta och barn som upplevt våld får stöd och skydd",
        [
            (
                "Hälso- och sjukvården frågar rutinmässigt om våld",
                [
                    (
                        "Införa rutinmässiga frågor om våld i mödrahälsovården och på ungdomsmottagningarna",
                        "Region Sörmland",
                        "",
                    ),
                    (
                        "Utbilda personal på länets akutmottagningar i att dokumentera skador efter våld",
                        "Region Sörmland",
                        "Rättsmedicinalverket",
                    ),
                ],
            ),
            (
                "Barn som upplevt våld får eget stöd",
                [
                    (
                        "Bygga ut stödgrupper för barn som upplevt våld så att de finns i alla kommuner",
                        "Kommunerna",
                        "Länsstyrelsen Södermanland",
                    ),
                    (
                        "Samordna barnahusets verksamhet med socialtjänsten i de mindre kommunerna",
                        "Region Sörmland",
                        "Polismyndigheten, Åklagarmyndigheten, kommunerna",
                    ),
                ],
            ),
        ],
    ),
]


def story() -> list:
    s = [
        Paragraph("Länsstyrelsen Södermanland", H3),
        Spacer(1, 120),
        Paragraph("Regional handlingsplan mot mäns våld mot kvinnor 2025–2028", H1),
        Paragraph("Södermanlands län", BODY),
        Paragraph("Rapport 2025:7", BODY),
        PageBreak(),
        Paragraph("Inledning", H2),
        Paragraph(
            "Planen är länets gemensamma handlingsplan mot mäns våld mot kvinnor, våld i nära "
            "relationer och hedersrelaterat våld och förtryck. Den har två strategiska mål. "
            "Varje strategiskt mål bryts ned i operativa mål, och under varje operativt mål står "
            "de aktiviteter som parterna åtar sig att genomföra under perioden.",
            BODY,
        ),
        Paragraph("Indikatorer", H3),
        Table(
            [
                ["Strategiskt mål", "Indikator"],
                ["1", "Andel elever i åk 9 som fått undervisning om relationer och samtycke"],
                ["2", "Andel kvinnor som tillfrågats om våld vid besök i mödrahälsovården"],
            ],
            colWidths=(90, 360),
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                    ("GRID", (0, 0), (-1, -1), 0.5, "#777777"),
                ]
            ),
        ),
    ]
    for i, (goal, ops) in enumerate(PLAN, 1):
        if i == 2:
            s.append(PageBreak())
        s.append(Paragraph(f"Strategiskt mål {i}: {goal}", H2))
        for j, (op, acts) in enumerate(ops, 1):
            s.append(Paragraph(f"Operativt mål {i}.{j}: {op}", H3))
            for k, (text, ansvar, medv) in enumerate(acts, 1):
                s.append(Paragraph(f"<b>Aktivitet A{i}.{j}.{k}</b> {text}.", BODY))
                note = f"Ansvarig: {ansvar}" + (f"; medverkande: {medv}" if medv else "")
                s.append(Paragraph(note, NOTE))
    s += [
        Paragraph("Uppföljning", H2),
        Paragraph(
            "Länsstyrelsen sammanställer varje år en uppföljning av aktiviteterna och "
            "redovisar den i länets samverkansråd. Planen revideras 2027.",
            BODY,
        ),
    ]
    return s


def main() -> None:
    SimpleDocTemplate(
        str(OUT), pagesize=A4, title="Regional handlingsplan mot mäns våld mot kvinnor 2025–2028"
    ).build(story())
    print(OUT)


if __name__ == "__main__":
    main()
