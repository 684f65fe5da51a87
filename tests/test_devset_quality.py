"""Extraction quality on the development set (tests/devset/): plans of other counties,
municipalities and the national level, in many layouts, with hand-made expectations written
before the extractor was run on them. Prints precision and recall per document and for the
in-sample (dev/) and set-aside (holdout/) documents apart; asserts the targets of the
extraction issue on each set as a whole and that a document without a plan yields nothing."""

from __future__ import annotations

import shutil

import pytest

from ingest.pipeline import ingest_file
from tests.devset_scoring import Figures, documents, score, totals

HAS_TESSERACT = shutil.which("tesseract") is not None


@pytest.fixture(scope="module")
def figures() -> list[Figures]:
    rows = []
    for set_name, path, exp in documents():
        if path.suffix == ".pdf" and "scan" in path.parent.name and not HAS_TESSERACT:
            continue
        rows.append(score(set_name, ingest_file(path), exp, path.parent.name))
    print()
    for row in rows:
        print(row.row())
    for total in totals(rows).values():
        print(total.row())
    return rows


def test_every_development_document_is_scored(figures: list[Figures]) -> None:
    assert len({f.name for f in figures if f.set == "dev"}) >= 9
    assert len({f.name for f in figures if f.set == "holdout"}) >= 4


@pytest.mark.parametrize("set_name", ["dev", "holdout"])
def test_set_meets_the_extraction_targets(figures: list[Figures], set_name: str) -> None:
    total = totals(figures)[set_name]
    floors = TARGETS[set_name]
    assert total.action_recall >= floors["action_recall"], total.row()
    assert total.action_precision >= floors["action_precision"], total.row()
    assert total.goal_recall >= floors["goal_recall"], total.row()
    assert total.goal_precision >= floors["goal_precision"], total.row()
    assert total.agency_f1 >= floors["agency_f1"], total.row()


def test_a_document_without_a_plan_yields_nothing(figures: list[Figures]) -> None:
    for _set_name, path, exp in documents():
        if exp["document"].get("has_plan", True):
            continue
        row = next(f for f in figures if f.name == path.parent.name)
        assert row.goals_found == 0 and row.actions_found == 0, row.row()


# The targets on the in-sample documents; on the set-aside documents the floors are the
# figures first measured on them (never tuned against), so that a change that makes unseen
# documents worse fails here.
TARGETS = {
    "dev": {
        "action_recall": 0.90,
        "action_precision": 0.90,
        "goal_recall": 0.90,
        "goal_precision": 0.85,
        "agency_f1": 0.90,
    },
    # first measured on the 8 set-aside documents: goals P 0.89 R 0.89, actions P 0.94 R 0.83,
    # agencies F1 0.74. blekinge_prose was then looked at and moved to dev/; on the 7 left, at
    # the end of that session: goals P 0.89 R 0.98, actions P 0.94 R 0.94, agencies F1 0.84.
    # Five more set-aside documents in unseen layouts were added in the next session (written
    # by a helper who did not see the extractor; figures on the 12: goals P 0.87 R 0.73,
    # actions P 0.90 R 0.87, agencies F1 0.84). sundsvall_lagesbild, a report without a plan
    # that yielded actions, was then looked at and moved to dev/. On the 11 left, after that
    # session's general changes (made on dev/ documents only): goals P 0.87 R 0.73, actions
    # P 0.92 R 0.88, agencies F1 0.91. Three more set-aside documents came with the second
    # round (figures on the 14 when added: goals P 0.82 R 0.71, actions P 0.89 R 0.89, agencies
    # F1 0.91; after that session's changes, made on dev/ documents only: goals P 0.81 R 0.71,
    # actions P 0.88 R 0.90, agencies F1 0.92). Three more came with the third round (on the 17
    # when added: goals P 0.84 R 0.68, actions P 0.89 R 0.89, agencies F1 0.91; after that
    # session's changes, made on dev/ documents only: goals P 0.87 R 0.80, actions P 0.91
    # R 0.89, agencies F1 0.91). Three more came with the fourth round (on the 20 when added:
    # goals P 0.88 R 0.80, actions P 0.91 R 0.87, agencies F1 0.91; the three new ones alone:
    # goals P 1.00 R 1.00, actions P 1.00 R 0.68, agencies F1 0.94; after that session's changes,
    # made on dev/ documents only: goals P 0.88 R 0.80, actions P 0.91 R 0.87, agencies F1 0.92).
    # The floors sit just under those figures.
    "holdout": {
        "action_recall": 0.87,
        "action_precision": 0.89,
        "goal_recall": 0.78,
        "goal_precision": 0.86,
        "agency_f1": 0.90,
    },
}


def test_county_level_and_municipality_are_right_in_sample(figures: list[Figures]) -> None:
    wrong = [
        f"{f.name}: {e}"
        for f in figures
        if f.set == "dev"
        for e in f.meta_errors
        if e.startswith(("county", "level", "municipality"))
    ]
    assert not wrong, wrong
