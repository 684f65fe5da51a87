"""The delmål-table layout on the Kronoberg handlingsplan, measured against hand-read
expectations (tests/expected/delmal_kronoberg.toml)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.layouts import LayoutResult, delmal
from ingest.source import Line
from tests.layout_goals_support import (
    MATCH,
    corpus_lines,
    expected,
    scored_match,
    similarity,
)

DOC = "kronoberg_handlingsplan_2018-2026.txt"
OTHER_DOCS = [
    "stockholm_avsiktsforklaring_2019.txt",
    "stockholm_handlingsplan_2020-2022.txt",
    "stockholm_operation-kvinnofrid_presentation_en.txt",
    "vastmanland_strategi_2017-2020.txt",
]


@pytest.fixture(scope="module")
def exp() -> dict:
    return expected("delmal_kronoberg.toml")


@pytest.fixture(scope="module")
def result() -> LayoutResult:
    return delmal.extract(corpus_lines(DOC))


def _expected_goal_titles(exp: dict) -> list[str]:
    titles = []
    for objective in exp["objectives"]:
        titles.append(objective["title"])
        titles.extend(d["title"] for d in objective["delmal"])
    titles.append(exp["commitments"]["title"])
    return titles


def _expected_action_texts(exp: dict) -> list[str]:
    texts = [d["activities"] for o in exp["objectives"] for d in o["delmal"]]
    return texts + exp["commitments"]["actions"]


def test_goal_precision_and_recall(exp: dict, result: LayoutResult) -> None:
    want = _expected_goal_titles(exp)
    got = [g.title for g in result.goals]
    precision, recall = scored_match("delmal goals", want, got)
    assert precision >= 0.95
    assert recall >= 0.95


def test_action_precision_and_recall(exp: dict, result: LayoutResult) -> None:
    want = _expected_action_texts(exp)
    got = [a.text for a in result.actions]
    precision, recall = scored_match("delmal actions", want, got)
    assert precision >= 0.95
    assert recall >= 0.95


def test_objective_headings_are_level_one_goals_joined_and_dehyphenated(
    exp: dict, result: LayoutResult
) -> None:
    objectives = [g for g in result.goals if g.key.startswith("N")]
    assert [g.key for g in objectives] == ["N1", "N2", "N3", "N4"]
    assert all(g.level == 1 and g.parent_key is None for g in objectives)
    for goal, want in zip(objectives, exp["objectives"], strict=True):
        assert similarity(goal.title, want["title"]) >= MATCH, goal.title
        assert "\n" not in goal.title and "- " not in goal.title
    assert "upptdckt" in objectives[1].title  # "upp-" + "tdckt" joined
    assert "brottsbekdmpning" in objectives[2].title


def test_each_delmal_sits_under_its_objective(exp: dict, result: LayoutResult) -> None:
    by_key = {g.key: g for g in result.goals}
    delmal_goals = [g for g in result.goals if g.level == 2]
    assert [g.number for g in delmal_goals] == [str(n) for n in range(1, len(delmal_goals) + 1)]
    wrong = []
    for objective in exp["objectives"]:
        for want in objective["delmal"]:
            found = max(delmal_goals, key=lambda g, w=want: similarity(g.title, w["title"]))
            assert similarity(found.title, want["title"]) >= MATCH, want["title"]
            parent = by_key.get(found.parent_key or "")
            if parent is None or similarity(parent.title, objective["title"]) < MATCH:
                wrong.append((found.key, found.parent_key))
    print(f"delmål under the wrong objective: {len(wrong)} {wrong}")
    assert not wrong


def test_activities_and_indicators_sit_on_their_delmal(exp: dict, result: LayoutResult) -> None:
    by_goal = {a.goal_key: a for a in result.actions}
    delmal_goals = [g for g in result.goals if g.level == 2]
    wrong = []
    for want in (d for o in exp["objectives"] for d in o["delmal"]):
        goal = max(delmal_goals, key=lambda g, w=want: similarity(g.title, w["title"]))
        action = by_goal.get(goal.key)
        if (
            action is None
            or similarity(action.text, want["activities"]) < MATCH
            or similarity(action.indicators, want["indicators"]) < MATCH
        ):
            wrong.append(goal.key)
        else:
            assert action.key == f"{goal.key}.1"
    print(f"delmål with wrong activities/indicators: {wrong}")
    assert not wrong


def test_commitments_are_one_goal_with_one_action_per_bullet(
    exp: dict, result: LayoutResult
) -> None:
    want = exp["commitments"]
    goal = next(g for g in result.goals if g.key == "L")
    assert similarity(goal.title, want["title"]) >= MATCH
    actions = [a for a in result.actions if a.goal_key == "L"]
    assert [a.key for a in actions] == ["L.1", "L.2", "L.3", "L.4"]
    for action, text in zip(actions, want["actions"], strict=True):
        assert similarity(action.text, text) >= MATCH, action.text
        assert action.responsible == want["responsible"]
        assert not action.text.startswith(("*", "¢"))


def test_provenance(result: LayoutResult) -> None:
    for item in [*result.goals, *result.actions]:
        assert isinstance(item.page, int) and item.page >= 1
        assert 0 < len(item.snippet) <= 300


def test_detect_is_high_here_and_zero_elsewhere() -> None:
    assert delmal.detect(corpus_lines(DOC)) >= 0.8
    for name in OTHER_DOCS:
        assert delmal.detect(corpus_lines(name)) <= 0.05, name


_REPAIRS = [
    (r"\bDELMAL\b", "DELMÅL"),
    (r"EXEMPEL PA AKTIVITETER", "EXEMPEL PÅ AKTIVITETER"),
    (r"INDIKATORER/UPPFOLINING", "INDIKATORER/UPPFÖLJNING"),
    (r"(?<=\w)&(?=\w)", "ä"),
    (r"\bvald\b", "våld"),
    (r"\bLinsstyrelsen\b", "Länsstyrelsen"),
]


def _repair(line: Line) -> Line:
    text = line.text
    for pattern, repl in _REPAIRS:
        text = re.sub(pattern, repl, text)
    return replace(line, text=text, raw=line.text) if text != line.text else line


def test_same_structure_after_ocr_repair(result: LayoutResult) -> None:
    repaired = delmal.extract([_repair(ln) for ln in corpus_lines(DOC)])
    assert [(g.key, g.parent_key) for g in repaired.goals] == [
        (g.key, g.parent_key) for g in result.goals
    ]
    assert [(a.key, a.goal_key) for a in repaired.actions] == [
        (a.key, a.goal_key) for a in result.actions
    ]
    commitments = [a for a in repaired.actions if a.goal_key == "L"]
    assert commitments[0].responsible == "Länsstyrelsen i Kronobergs ldn"
    d4 = next(g for g in repaired.goals if g.key == "D4")
    assert "iänet" in d4.title.lower() and d4.raw_title and "I&net" in d4.raw_title


def test_objectives_come_from_structure_not_counts() -> None:
    """Drop one table row of the first block: the delmål after it keep their objectives."""
    lines = corpus_lines(DOC)
    texts = [ln.text for ln in lines]
    start = texts.index("Genusperspektiv, maskulinitets-")
    end = texts.index("Frdmja ett fungerande systema-")
    shortened = lines[:start] + lines[end:]
    result = delmal.extract(shortened)
    parents = [g.parent_key for g in result.goals if g.level == 2]
    assert parents == ["N1"] * 3 + ["N2"] * 6 + ["N3"] * 3 + ["N4"] * 3
    assert not result.warnings


def test_incomplete_row_is_reported_not_invented() -> None:
    lines = corpus_lines(DOC)
    texts = [ln.text for ln in lines]
    cut = texts.index("Implementering av Machofabri-")  # drop one activity cell
    shortened = lines[:cut] + lines[cut + 3 :]
    result = delmal.extract(shortened)
    assert result.warnings
    assert len([g for g in result.goals if g.level == 2]) < 16


def test_table_rows_from_a_pdf_reader(exp: dict) -> None:
    """The same table as a PDF reader gives it: rows with three cells, one row continued on
    the next page with an empty first cell."""
    objective = exp["objectives"][2]
    heading = ["Effektivare", "brotts-", "bekdmpning."]
    lines = [Line(1, t) for t in heading] + [Line(1, "")]
    header = ("DELMÅL", "EXEMPEL PÅ AKTIVITETER", "INDIKATORER/UPPFÖLJNING")
    lines.append(Line(1, " | ".join(header), header, table=1))
    for d in objective["delmal"]:
        cells = (d["title"], d["activities"], d["indicators"])
        lines.append(Line(1, " | ".join(cells), cells, table=1))
    lines.append(
        Line(
            2,
            " | extra activity | extra indicator",
            ("", "extra activity", "extra indicator"),
            table=1,
        )
    )
    assert delmal.detect(lines) >= 0.8
    result = delmal.extract(lines)
    assert [g.key for g in result.goals] == ["N1", "D1", "D2", "D3"]
    assert result.goals[0].title == "Effektivare brottsbekdmpning."
    assert all(g.parent_key == "N1" for g in result.goals[1:])
    assert result.actions[0].indicators == objective["delmal"][0]["indicators"]
    assert result.actions[-1].text.endswith("extra activity")


def test_no_file_or_county_names_in_the_reader() -> None:
    source = Path(delmal.__file__).read_text(encoding="utf-8").lower()
    for word in ("kronoberg", "stockholm", "västmanland", "vastmanland", ".txt"):
        assert word not in source
