"""Layouts the structure stage and extractor read in general (found on development documents
in new layouts): Word's own multi-level numbering, measures printed as cards with labelled
lines, several labels on one line, a responsible in a trailing parenthesis, and a situation
report that holds no plan. Real files through the real pipeline; expectations from the text."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.pipeline import ingest_file

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = "".join(
    f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
    f'<w:lvlText w:val="{text}"/></w:lvl>'
    for i, (fmt, text) in enumerate(
        [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")]
    )
)


def _numbered_docx(path: Path, items: list[tuple[int, str]]) -> None:
    doc = Document()
    doc.add_paragraph("Handlingsplan mot våld i nära relationer 2025–2027", style="Title")
    doc.add_paragraph("Västerviks kommun")
    doc.add_paragraph("Mål och insatser", style="Heading 1")
    numbering = doc.part.numbering_part.element
    numbering.append(
        parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">{_LEVELS}</w:abstractNum>')
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    )
    for level, text in items:
        paragraph = doc.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="91"/></w:numPr>'
            )
        )
    doc.save(str(path))


def test_word_multilevel_numbering_makes_goals_subgoals_and_measures(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _numbered_docx(
        path,
        [
            (0, "Våld förebyggs"),
            (1, "Unga har kunskap om jämställda relationer"),
            (2, "Erbjuda samtalsgrupper om relationer på högstadiet (Barn- och utbildningsförvaltningen)"),
            (2, "Utbilda fritidsledare i att se kontroll (Kultur- och fritidsförvaltningen i samverkan med Polisen)"),
            (0, "Våldsutsatta får stöd"),
            (1, "Stödet är samordnat"),
            (2, "Inrätta ett våldsteam inom socialtjänsten (Socialförvaltningen)"),
        ],
    )  # fmt: skip
    doc = ingest_file(path)
    goals = {g.number: g for g in doc.goals}
    assert set(goals) == {"1", "1.1", "2", "2.1"}
    assert goals["1.1"].parent_key == goals["1"].key
    assert goals["2.1"].parent_key == goals["2"].key
    by_text = {a.text: a for a in doc.actions}
    assert set(by_text) == {
        "Erbjuda samtalsgrupper om relationer på högstadiet",
        "Utbilda fritidsledare i att se kontroll",
        "Inrätta ett våldsteam inom socialtjänsten",
    }
    assert by_text["Inrätta ett våldsteam inom socialtjänsten"].goal_key == goals["2.1"].key
    fritid = by_text["Utbilda fritidsledare i att se kontroll"]
    assert {(m.name, m.role) for m in fritid.agencies} == {
        ("Kommunerna", "lead"),
        ("Polismyndigheten", "partner"),
    }


CARDS = """# Handlingsplan mot våld 2025–2027

Länsstyrelsen Hallands län

## Insatsområde 1: Tidig upptäckt

Upptäckten av våld ska öka i alla verksamheter som möter våldsutsatta.

### Införa frågor om våld i mödrahälsovården

Ansvar: Region Halland
Samverkanspart: Kommunerna
Tidsram: 2025
Indikator: Andel besök där frågan ställts

### Kartläggning av skyddat boende i länet

Ansvar: Länsstyrelsen Samverkanspart: Kvinnojourerna, Polisen Tidsram: 2026

### Arbeta med våld i ungas relationer

Ansvarig: Kommunerna. Samverkan: –. Klart: 2027.
"""


def test_measures_printed_as_cards_with_their_labelled_lines(tmp_path: Path) -> None:
    path = tmp_path / "halland.md"
    path.write_text(CARDS, encoding="utf-8")
    doc = ingest_file(path)
    assert [g.title for g in doc.goals] == ["Tidig upptäckt"]
    actions = {a.text: a for a in doc.actions}
    assert set(actions) == {
        "Införa frågor om våld i mödrahälsovården",
        "Kartläggning av skyddat boende i länet",
        "Arbeta med våld i ungas relationer",
    }
    first = actions["Införa frågor om våld i mödrahälsovården"]
    assert first.timeframe == "2025" and first.indicators == "Andel besök där frågan ställts"
    assert {(m.name, m.role) for m in first.agencies} == {
        ("Region", "lead"),
        ("Kommunerna", "partner"),
    }
    # several labels on one line are one field each
    second = actions["Kartläggning av skyddat boende i länet"]
    assert second.timeframe == "2026"
    assert {(m.name, m.role) for m in second.agencies} == {
        ("Länsstyrelsen", "lead"), ("Civilsamhället", "partner"), ("Polismyndigheten", "partner")}  # fmt: skip
    third = actions["Arbeta med våld i ungas relationer"]
    assert third.timeframe == "2027"
    assert [(m.name, m.role) for m in third.agencies] == [("Kommunerna", "lead")]  # "–": none


REPORT = """Lägesbild 2024: Våld i nära relationer i Ånge kommun

1. Sammanfattning

Antalet anmälda misshandelsbrott ökade under året.

2. Insatser

Insats
Stödsamtal för våldsutsatta
Behandling för våldsutövare

3. Förslag

Socialnämnden bör inrätta en stödmottagning.
"""


def test_a_situation_report_holds_no_plan(tmp_path: Path) -> None:
    path = tmp_path / "lagesbild.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = ingest_file(path)
    assert doc.kind == "lagesbild"
    assert doc.goals == [] and doc.actions == []
    assert any("lägesbild" in w for w in doc.warnings)


NESTED = """# Regional handlingsplan mot våld i nära relationer 2024–2027

Region Västmanland

## Mål, delmål och åtgärder

| Mål | Delmål | Åtgärd | Ansvarig | Samverkan |
|---|---|---|---|---|
| Mål 1 Våld upptäcks tidigt | 1.1 Frågor om våld ställs rutinmässigt | Införa frågor om våld i mödrahälsovården | Hälso- och sjukvårdsförvaltningen | Länets kommuner |
| Mål 1 Våld upptäcks tidigt | 1.1 Frågor om våld ställs rutinmässigt | Utbilda vuxenpsykiatrins personal i att fråga om våld | Psykiatrin | – |
| Mål 1 Våld upptäcks tidigt | 1.2 Barn som upplever våld uppmärksammas | Ta fram en rutin för orosanmälan | Regionhälsan | Socialtjänsten |
| Mål 2 Våldsutsatta får stöd | 2.1 Vården är samordnad | Upprätta en överenskommelse om samordnad plan | Hälso- och sjukvårdsförvaltningen | Länets kommuner |
"""


def test_area_columns_give_nested_goals_and_the_section_title_is_no_goal(tmp_path: Path) -> None:
    path = tmp_path / "region.md"
    path.write_text(NESTED, encoding="utf-8")
    doc = ingest_file(path)
    goals = {g.title: g for g in doc.goals}
    assert set(goals) == {
        "Våld upptäcks tidigt", "Frågor om våld ställs rutinmässigt",
        "Barn som upplever våld uppmärksammas", "Våldsutsatta får stöd", "Vården är samordnad",
    }  # fmt: skip
    assert (
        goals["Frågor om våld ställs rutinmässigt"].parent_key == goals["Våld upptäcks tidigt"].key
    )
    assert goals["Vården är samordnad"].parent_key == goals["Våldsutsatta får stöd"].key
    by_text = {a.text: a for a in doc.actions}
    assert by_text["Ta fram en rutin för orosanmälan"].goal_key == goals[
        "Barn som upplever våld uppmärksammas"].key  # fmt: skip
    # the region's health care bodies are the region; the municipalities are partners
    first = by_text["Införa frågor om våld i mödrahälsovården"]
    assert {(m.name, m.role) for m in first.agencies} == {
        ("Region", "lead"),
        ("Kommunerna", "partner"),
    }


CHECKLIST = """# Handlingsplan mot våld i nära relationer 2025–2026

Skövde kommun

## Stöd till våldsutsatta

- [ ] Erbjuda stödsamtal för våldsutsatta en kväll i veckan (ansvar: Socialförvaltningen, samverkan: Kvinnojouren i Skövde, klart 2026)
- [ ] Ta fram en rutin för skyddat boende för kvinnor med missbruk (ansvar: Socialförvaltningen, klart 2025)

## Förebyggande arbete

4.2.1 Kommunen ska erbjuda föräldrastöd om hedersnormer på flera språk. Ansvar: Socialnämnden. Samverkan: Polisen.
"""


def test_labelled_parts_inside_a_parenthesis_and_at_a_sentence_end(tmp_path: Path) -> None:
    path = tmp_path / "skovde.md"
    path.write_text(CHECKLIST, encoding="utf-8")
    doc = ingest_file(path)
    by_text = {a.text: a for a in doc.actions}
    assert set(by_text) == {
        "Erbjuda stödsamtal för våldsutsatta en kväll i veckan",
        "Ta fram en rutin för skyddat boende för kvinnor med missbruk",
        "Kommunen ska erbjuda föräldrastöd om hedersnormer på flera språk.",
    }
    roles = {t: {(m.name, m.role) for m in a.agencies} for t, a in by_text.items()}
    assert roles["Erbjuda stödsamtal för våldsutsatta en kväll i veckan"] == {
        ("Kommunerna", "lead"), ("Civilsamhället", "partner")}  # fmt: skip
    assert roles["Kommunen ska erbjuda föräldrastöd om hedersnormer på flera språk."] == {
        ("Kommunerna", "lead"), ("Polismyndigheten", "partner")}  # fmt: skip
