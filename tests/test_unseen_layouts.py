"""Layouts found on the third round of development documents, read in general: a web page's
definition lists as labelled lines, measures under their own label and number ("Insats 1.1
..."), a goal list under "Mål för ...", an appendix that holds the plan's measures with goals
named by number, goal rows spanning a table, labelled notes printed beside their measures, and a
one-column page of short lines that is no two-column page. Real files (HTML, Markdown, PDFs
built with reportlab) through the real pipeline; expectations from the text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ingest.pipeline import ingest_file


def _roles(action) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(m.name, m.role) for m in action.agencies}


WEB_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Handlingsplan mot våld 2025–2027 - Hedemora kommun</title></head><body>
<nav><a href="/">Start</a></nav>
<main><h1>Handlingsplan mot våld i nära relationer 2025–2027</h1>
<p>Hedemora kommuns plan mot våld i nära relationer.</p>
<h2>Stöd</h2>
<p><strong>Mål:</strong> Våldsutsatta får stöd i rätt tid</p>
<h3>Erbjuda stödsamtal inom en vecka</h3>
<dl><dt>Ansvarig</dt><dd>Socialförvaltningen</dd>
<dt>Samverkan</dt><dd>Polismyndigheten</dd><dd>Hedemora kvinnojour</dd>
<dt>Tidsplan</dt><dd>2025</dd></dl>
<p>Samtalen ges på mottagningen eller i hemmet.</p>
<h2>Kontakt</h2>
<dl><dt>Telefon</dt><dd>0225-340 00</dd><dt>E-post</dt><dd>kommun@hedemora.se</dd></dl>
</main></body></html>
"""


def test_a_web_page_definition_list_gives_the_measure_its_labelled_lines(tmp_path: Path) -> None:
    path = tmp_path / "hedemora.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    doc = ingest_file(path)
    assert [g.title for g in doc.goals] == ["Våldsutsatta får stöd i rätt tid"]
    assert [a.text for a in doc.actions] == ["Erbjuda stödsamtal inom en vecka"]
    action = doc.actions[0]
    assert action.timeframe == "2025"
    # every description of a term carries the term: both partners
    assert _roles(action) == {
        ("Kommunerna", "lead"), ("Polismyndigheten", "partner"), ("Civilsamhället", "partner")
    }  # fmt: skip


LABELLED = """# Plan mot våld i nära relationer 2025–2027

Sala kommun

## Målsättning 1 – Våld upptäcks tidigt

### Nuläge

Kvinnojouren erbjuder redan stödsamtal för unga.

Insats 1.1 Utbilda förskolans personal i att upptäcka våld

Ansvarig: Utbildningsförvaltningen | Samverkan: Polismyndigheten | Klart: 2026

Insats 1.2 Ta fram en rutin för orosanmälan vid våld

Ansvarig: Socialförvaltningen | Klart: 2025
"""


def test_measures_under_their_own_label_and_number_end_a_subsection(tmp_path: Path) -> None:
    path = tmp_path / "sala.md"
    path.write_text(LABELLED, encoding="utf-8")
    doc = ingest_file(path)
    assert [g.title for g in doc.goals] == ["Våld upptäcks tidigt"]
    by_text = {a.text: a for a in doc.actions}
    # the "Nuläge" sentence is what exists, not a measure
    assert set(by_text) == {
        "Utbilda förskolans personal i att upptäcka våld",
        "Ta fram en rutin för orosanmälan vid våld",
    }
    first = by_text["Utbilda förskolans personal i att upptäcka våld"]
    assert first.timeframe == "2026"
    assert _roles(first) == {("Kommunerna", "lead"), ("Polismyndigheten", "partner")}


APPENDIX = """# Program mot våld i nära relationer 2025–2028

Ljusnarsbergs kommun

## Bakgrund

Våldet drabbar främst kvinnor och barn.

## Mål för arbetet

Kommunfullmäktige har beslutat om två mål:

1. Ingen ska behöva leva med våld
2. Våldsutsatta får det stöd de behöver

## Uppföljning

Aktivitetsplanen följs upp varje år.

## Bilaga 1 Aktivitetsplan 2025–2026

| Mål | Aktivitet | Ansvarig | Tidsplan |
|---|---|---|---|
| 1 | Genomföra utbildning om våld för alla chefer | Kommunledningsförvaltningen | 2025 |
| 2 | Inrätta en mottagning för våldsutsatta | Socialförvaltningen | 2026 |

## Bilaga 2 Kontaktvägar

| Verksamhet | Telefon |
|---|---|
| Socialjouren | 0580-805 00 |
"""


def test_an_appendix_action_plan_whose_cells_name_goals_by_number(tmp_path: Path) -> None:
    path = tmp_path / "ljusnarsberg.md"
    path.write_text(APPENDIX, encoding="utf-8")
    doc = ingest_file(path)
    goals = {g.key: g.title for g in doc.goals}
    assert sorted(goals.values()) == [
        "Ingen ska behöva leva med våld",
        "Våldsutsatta får det stöd de behöver",
    ]
    linked = {a.text: goals.get(a.goal_key or "") for a in doc.actions}
    assert linked == {
        "Genomföra utbildning om våld för alla chefer": "Ingen ska behöva leva med våld",
        "Inrätta en mottagning för våldsutsatta": "Våldsutsatta får det stöd de behöver",
    }


GOAL_ROWS = """# Handlingsplan mot våld 2025–2026

Avesta kommun

## Mål och insatser

| Nr | Insats | Ansvarig | Klart |
|---|---|---|---|
| Mål 1 – Barn lever utan våld | | | |
| 1.1 | Genomföra programmet Mentorer i våldsprevention | Bildningsförvaltningen | 2025 |
| Mål 2 – Våldsutsatta får stöd | | | |
| 2.1 | Erbjuda stödsamtal inom fem dagar | Socialförvaltningen | 2025 |
"""


def test_a_table_row_that_names_a_goal_is_the_goal_of_the_rows_below(tmp_path: Path) -> None:
    path = tmp_path / "avesta.md"
    path.write_text(GOAL_ROWS, encoding="utf-8")
    doc = ingest_file(path)
    goals = {g.key: g.title for g in doc.goals}
    assert sorted(goals.values()) == ["Barn lever utan våld", "Våldsutsatta får stöd"]
    assert {a.text: goals[a.goal_key] for a in doc.actions if a.goal_key} == {
        "Genomföra programmet Mentorer i våldsprevention": "Barn lever utan våld",
        "Erbjuda stödsamtal inom fem dagar": "Våldsutsatta får stöd",
    }


_BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
_HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=6)
_NOTE = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=7.8, leading=10)


def _side_notes_pdf(path: Path) -> None:
    measures = [
        ("Utbilda all personal i hemtjänsten i att upptäcka våld mot äldre", "Omsorgsförvaltningen", "Region Västmanland"),
        ("Införa frågor om våld i försörjningsstödets nybesök", "Arbetslivsförvaltningen", ""),
        ("Erbjuda skyddat boende med plats för medföljande barn inom en vecka", "Socialförvaltningen", "Kvinnojouren i Köping"),
        ("Ta fram en rutin för orosanmälan vid misstanke om att barn upplever våld", "Socialförvaltningen", "Polismyndigheten"),
        ("Genomföra föräldraträffar om barns rättigheter i alla kommundelar", "Socialförvaltningen", ""),
        ("Sprida kunskap om våld i nära relationer på träffpunkter för äldre", "Omsorgsförvaltningen", ""),
    ]  # fmt: skip
    rows = []
    for text, lead, partner in measures:
        note = f"Ansvar: {lead}" + (f"<br/>Samverkan: {partner}" if partner else "")
        rows.append([Paragraph(text, _BODY), Paragraph(note, _NOTE)])
    table = Table(rows, colWidths=[118 * mm, 52 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))  # fmt: skip
    story = [
        Paragraph("Handlingsplan mot våld i nära relationer 2025–2028", _HEAD),
        Paragraph("Köpings kommun", _BODY),
        Paragraph("Mål 1: Våld upptäcks tidigt och våldsutsatta får stöd", _HEAD),
        Paragraph(
            "Många som utsätts för våld har kontakt med kommunen i andra ärenden, och medarbetarna "
            "ska ha kunskap och mod att fråga och veta hur de går vidare när någon berättar.",
            _BODY,
        ),
        Spacer(1, 3 * mm),
        table,
    ]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm).build(story)


def test_labelled_notes_beside_the_measures_go_with_the_measure_they_stand_by(
    tmp_path: Path,
) -> None:
    path = tmp_path / "koping.pdf"
    _side_notes_pdf(path)
    doc = ingest_file(path)
    by_text = {a.text: a for a in doc.actions}
    assert len(by_text) == 6
    hemtjanst = by_text["Utbilda all personal i hemtjänsten i att upptäcka våld mot äldre"]
    assert _roles(hemtjanst) == {("Kommunerna", "lead"), ("Region", "partner")}
    rutin = by_text["Ta fram en rutin för orosanmälan vid misstanke om att barn upplever våld"]
    assert _roles(rutin) == {("Kommunerna", "lead"), ("Polismyndigheten", "partner")}
    # the goal's prose, whose word space happens to fall where the notes column starts, is
    # read as one paragraph, not split into a left and a right column
    assert not any("medarbetarna" in a.text for a in doc.actions)


def _short_lines_pdf(path: Path) -> None:
    story = [
        Paragraph("Överenskommelse om samverkan mot våld i Gävleborgs län 2025–2028", _HEAD),
        Paragraph("§ 4 Gemensamma åtaganden", _HEAD),
        Paragraph("Gemensamt mål 1: Våldsutsatta upptäcks tidigt", _HEAD),
    ]
    commitments = [
        "Parterna inför gemensamma rutiner för att fråga om våld i mödrahälsovård och socialtjänst.",
        "Parterna genomför en länsgemensam utbildning i bemötande av våldsutsatta för personal.",
        "Parterna erbjuder våldsutsatta med missbruk samordnad individuell plan inom fyra veckor.",
        "Parterna inrättar ett regionalt råd mot mäns våld som sammanträder fyra gånger per år.",
    ]
    for k, text in enumerate(commitments, start=1):
        story += [
            Paragraph(f"Åtagande 1.{k}", _HEAD),
            Paragraph(text, _BODY),
            Paragraph("Huvudman: Region Gävleborg", _NOTE),
            Paragraph("Parter: Kommunerna, Länsstyrelsen", _NOTE),
        ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def test_a_page_of_short_lines_is_read_as_one_column(tmp_path: Path) -> None:
    path = tmp_path / "gavleborg.pdf"
    _short_lines_pdf(path)
    doc = ingest_file(path)
    assert [g.title for g in doc.goals] == ["Våldsutsatta upptäcks tidigt"]
    texts = [a.text for a in doc.actions]
    assert len(texts) == 4
    assert any(t.endswith("samordnad individuell plan inom fyra veckor.") for t in texts)
    for action in doc.actions:
        assert _roles(action) == {
            ("Region", "lead"), ("Kommunerna", "partner"), ("Länsstyrelsen", "partner")
        }  # fmt: skip
