"""The objectives-list layout on the Operation Kvinnofrid presentation and the
avsiktsförklaring, measured against hand-read expectations
(tests/expected/objectives_lists.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.layouts import LayoutResult, objectives_list
from ingest.source import Line
from tests.layout_goals_support import (
    MATCH,
    corpus_lines,
    expected,
    scored_match,
    similarity,
)

ALL_DOCS = [
    "kronoberg_handlingsplan_2018-2026.txt",
    "stockholm_avsiktsforklaring_2019.txt",
    "stockholm_handlingsplan_2020-2022.txt",
    "stockholm_operation-kvinnofrid_presentation_en.txt",
    "vastmanland_strategi_2017-2020.txt",
]


@pytest.fixture(scope="module")
def exp() -> dict:
    return expected("objectives_lists.toml")


@pytest.fixture(scope="module")
def presentation(exp: dict) -> LayoutResult:
    return objectives_list.extract(corpus_lines(exp["presentation"]["file"]))


@pytest.fixture(scope="module")
def avsikt(exp: dict) -> LayoutResult:
    return objectives_list.extract(corpus_lines(exp["avsiktsforklaring"]["file"]))


def test_goal_precision_and_recall(
    exp: dict, presentation: LayoutResult, avsikt: LayoutResult
) -> None:
    want = [
        exp["presentation"]["long_term"],
        *exp["presentation"]["sub_objectives"],
        exp["avsiktsforklaring"]["vision"],
    ]
    got = [g.title for g in presentation.goals] + [g.title for g in avsikt.goals]
    precision, recall = scored_match("objectives-list goals", want, got)
    assert precision >= 0.95
    assert recall >= 0.95


def test_long_term_objective_and_sub_objectives(exp: dict, presentation: LayoutResult) -> None:
    want = exp["presentation"]
    top, *subs = presentation.goals
    assert top.key == "LT" and top.level == 1 and top.parent_key is None
    assert similarity(top.title, want["long_term"]) >= MATCH
    assert [g.number for g in subs] == ["1", "2", "3", "4", "5", "6"]
    assert all(g.level == 2 and g.parent_key == "LT" for g in subs)
    for goal, text in zip(subs, want["sub_objectives"], strict=True):
        assert similarity(goal.title, text) >= MATCH
        assert "**" not in goal.title and not goal.title[0].isdigit()
    assert all(g.page and g.snippet for g in presentation.goals)


def test_vision_is_the_one_goal_of_the_declaration(exp: dict, avsikt: LayoutResult) -> None:
    assert [g.key for g in avsikt.goals] == ["V"]
    vision = avsikt.goals[0]
    assert vision.level == 1
    assert similarity(vision.title, exp["avsiktsforklaring"]["vision"]) >= MATCH
    assert "Syftet" not in vision.title  # the next heading is not part of the vision


@pytest.mark.parametrize("name", ALL_DOCS)
def test_never_any_actions(name: str) -> None:
    assert objectives_list.extract(corpus_lines(name)).actions == []


@pytest.mark.parametrize("doc", ["presentation", "avsiktsforklaring"])
def test_participant_passages(
    exp: dict, doc: str, presentation: LayoutResult, avsikt: LayoutResult
) -> None:
    result = presentation if doc == "presentation" else avsikt
    want = exp[doc]["participants"]
    got = [text for _page, text in result.participants]
    precision, recall = scored_match(f"{doc} participants {got}", want, got)
    assert recall == 1.0
    assert precision == 1.0
    assert all(isinstance(page, int) and page >= 1 for page, _ in result.participants)


def test_detect_is_moderate(exp: dict) -> None:
    for doc in ("presentation", "avsiktsforklaring"):
        assert objectives_list.detect(corpus_lines(exp[doc]["file"])) == pytest.approx(0.5)
    kronoberg = corpus_lines("kronoberg_handlingsplan_2018-2026.txt")
    assert objectives_list.detect(kronoberg) <= 0.2
    for name in ("stockholm_handlingsplan_2020-2022.txt", "vastmanland_strategi_2017-2020.txt"):
        assert objectives_list.detect(corpus_lines(name)) <= 0.2, name


def test_wrapped_sentence_tail_is_not_a_heading() -> None:
    """ "deltagande parter." ending a wrapped sentence must not start a participants passage."""
    lines = [
        Line(1, "Dokumenten innehaller tydliga regionala mal och ansvarsomraden for"),
        Line(1, "deltagande parter."),
        Line(1, ""),
        Line(1, "Strategin ar vagledande for lanets myndigheter, kommuner och naringsliv."),
    ]
    assert objectives_list.extract(lines).participants == []


def test_delmal_list_heading_gives_numbered_goals_without_parent() -> None:
    lines = [
        Line(1, "Delmål:"),
        Line(1, ""),
        Line(1, "1. Fler våldsutsatta får stöd"),
        Line(1, "i rätt tid."),
        Line(1, "2. Färre återfall i våld"),
        Line(1, ""),
        Line(1, "Bakgrund"),
    ]
    goals = objectives_list.extract(lines).goals
    assert [(g.key, g.number, g.level, g.parent_key) for g in goals] == [
        ("D1", "1", 1, None),
        ("D2", "2", 1, None),
    ]
    assert goals[0].title == "Fler våldsutsatta får stöd i rätt tid."


def test_no_file_or_county_names_in_the_reader() -> None:
    source = Path(objectives_list.__file__).read_text(encoding="utf-8").lower()
    for word in ("kronoberg", "stockholm", "västmanland", "vastmanland", ".txt", "origo"):
        assert word not in source
