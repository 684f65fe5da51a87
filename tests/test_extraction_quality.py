"""Extraction quality of the whole ingest pipeline against hand-checked expectations for every
corpus document (tests/expected/*.toml, written by reading the documents). Prints precision and
recall per document for goals, actions and agencies; asserts ≥ 0.95 on each."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from ingest.pipeline import ingest_file
from models.folding import fold
from models.records import ExtractedDocument
from tests.devset_scoring import one_to_one

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
EXPECTED = HERE / "expected"
TARGET = 0.95
FIGURES: dict[str, dict[str, tuple[float, float]]] = {}


def _load(name: str) -> dict:
    return tomllib.loads((EXPECTED / name).read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


def match(expected: Sequence[str], found: Sequence[str], *, cutoff: float = 85) -> dict[int, int]:
    """Greedy one-to-one matching of expected to found whole texts on folded text."""
    scored = [
        (fuzz.token_sort_ratio(_norm(e), _norm(f)), i, j)
        for i, e in enumerate(expected)
        for j, f in enumerate(found)
    ]
    return one_to_one(scored, cutoff)


def _meta(doc: ExtractedDocument) -> tuple[str | None, str | None, int | None, int | None]:
    return doc.county_code, doc.kind, doc.period_start, doc.period_end


def pr(matched: int, n_expected: int, n_found: int) -> tuple[float, float]:
    precision = matched / n_found if n_found else (1.0 if not n_expected else 0.0)
    recall = matched / n_expected if n_expected else 1.0
    return round(precision, 3), round(recall, 3)


def _triples(
    doc: ExtractedDocument,
    action_index: dict[int, int],
    expected_agencies: list[tuple[int, str, str]],
) -> tuple[float, float]:
    """Agency precision/recall over (action, agency, role) for the actions that have expectations."""
    expected = set(expected_agencies)
    checked_actions = {a for a, _, _ in expected_agencies}
    found = set()
    for e_index, a_index in action_index.items():
        if e_index not in checked_actions:
            continue
        for mention in doc.actions[a_index].agencies:
            found.add((e_index, mention.name, mention.role))
    return pr(len(expected & found), len(expected), len(found))


@pytest.fixture(scope="module")
def documents() -> dict[str, ExtractedDocument]:
    return {p.name: ingest_file(p) for p in sorted(CORPUS.glob("*.txt"))}


def _record(name: str, kind: str, figures: tuple[float, float]) -> None:
    FIGURES.setdefault(name, {})[kind] = figures
    print(f"{name:55s} {kind:9s} precision {figures[0]:.3f} recall {figures[1]:.3f}")


def test_stockholm_handlingsplan(documents: dict[str, ExtractedDocument]) -> None:
    doc = documents["stockholm_handlingsplan_2020-2022.txt"]
    exp = _load("stockholm_handlingsplan.toml")
    assert _meta(doc) == ("AB", "handlingsplan", 2020, 2022)
    goals = match([g["title"] for g in exp["goal"]], [g.title for g in doc.goals])
    _record("stockholm_handlingsplan", "goals", pr(len(goals), len(exp["goal"]), len(doc.goals)))
    actions = match([a["text"] for a in exp["action"]], [a.text for a in doc.actions], cutoff=90)
    _record(
        "stockholm_handlingsplan", "actions", pr(len(actions), len(exp["action"]), len(doc.actions))
    )
    for i, j in actions.items():
        assert doc.actions[j].number == exp["action"][i]["number"]
        assert doc.actions[j].frequency == exp["action"][i]["frequency"]
        assert doc.actions[j].indicators
        assert doc.actions[j].page and doc.actions[j].snippet
    agencies = [
        (i, name, role)
        for i, a in enumerate(exp["action"])
        for role in ("lead", "partner")
        for name in a[role]
    ]
    _record("stockholm_handlingsplan", "agencies", _triples(doc, actions, agencies))
    _assert_targets("stockholm_handlingsplan")


def test_vastmanland_strategi(documents: dict[str, ExtractedDocument]) -> None:
    doc = documents["vastmanland_strategi_2017-2020.txt"]
    exp = _load("insatsomraden_vastmanland.toml")
    assert _meta(doc) == ("U", "strategi", 2017, 2020)
    top = [g for g in doc.goals if g.level == 1]
    goals = match([g["title"] for g in exp["goal"]], [g.title for g in top])
    _record("vastmanland_strategi", "goals", pr(len(goals), len(exp["goal"]), len(top)))
    measures = exp["measure"]
    actions = match([m["text"] for m in measures], [a.text for a in doc.actions])
    _record("vastmanland_strategi", "actions", pr(len(actions), len(measures), len(doc.actions)))
    for a in doc.actions:
        assert a.page and a.snippet
    ag = _load("agencies_vastmanland.toml")["measure"]
    measure_index = {m["text"]: i for i, m in enumerate(measures)}
    assert {m["measure"] for m in ag} <= set(measure_index), "agencies of known measures only"
    agencies = [
        (measure_index[m["measure"]], name, role)
        for m in ag
        for role in ("lead", "partner")
        for name in m.get(role, [])
    ]
    _record("vastmanland_strategi", "agencies", _triples(doc, actions, agencies))
    _assert_targets("vastmanland_strategi")


def test_kronoberg_handlingsplan(documents: dict[str, ExtractedDocument]) -> None:
    doc = documents["kronoberg_handlingsplan_2018-2026.txt"]
    exp = _load("delmal_kronoberg.toml")
    assert _meta(doc) == ("G", "handlingsplan", 2018, 2026)
    expected_delmal = [d for o in exp["objectives"] for d in o["delmal"]]
    level2 = [g for g in doc.goals if g.level == 2]
    delmal = match([d["title"] for d in expected_delmal], [g.title for g in level2])
    _record("kronoberg_handlingsplan", "goals", pr(len(delmal), len(expected_delmal), len(level2)))
    commitments = exp["commitments"]
    expected_actions = [d["activities"] for d in expected_delmal] + list(commitments["actions"])
    actions = match(expected_actions, [a.text for a in doc.actions])
    _record(
        "kronoberg_handlingsplan",
        "actions",
        pr(len(actions), len(expected_actions), len(doc.actions)),
    )
    lead = [
        (len(expected_delmal) + k, "Länsstyrelsen", "lead")
        for k in range(len(commitments["actions"]))
    ]
    _record("kronoberg_handlingsplan", "agencies", _triples(doc, actions, lead))
    _assert_targets("kronoberg_handlingsplan")


def test_objective_list_documents(documents: dict[str, ExtractedDocument]) -> None:
    exp = _load("objectives_lists.toml")
    pres = documents[exp["presentation"]["file"]]
    expected = [exp["presentation"]["long_term"], *exp["presentation"]["sub_objectives"]]
    goals = match(expected, [g.title for g in pres.goals])
    _record("presentation_en", "goals", pr(len(goals), len(expected), len(pres.goals)))
    assert pres.actions == [], "no invented actions"
    decl = documents[exp["avsiktsforklaring"]["file"]]
    goals = match([exp["avsiktsforklaring"]["vision"]], [g.title for g in decl.goals])
    _record("avsiktsforklaring", "goals", pr(len(goals), 1, len(decl.goals)))
    assert decl.actions == [], "no invented actions"
    participants = {m.name for m in decl.participants}
    expected_parties = {
        "Länsstyrelsen",
        "Kriminalvården",
        "Polismyndigheten",
        "Region",
        "Stockholms stad",
        "Storsthlm",
    }
    found = expected_parties & participants
    _record(
        "avsiktsforklaring",
        "agencies",
        pr(
            len(found),
            len(expected_parties),
            len(expected_parties | participants - {"Kommunerna", "Åklagarmyndigheten"}),
        ),
    )
    _assert_targets("presentation_en")
    _assert_targets("avsiktsforklaring")


def _assert_targets(name: str) -> None:
    for kind, (precision, recall) in FIGURES[name].items():
        assert precision >= TARGET and recall >= TARGET, f"{name} {kind}: P={precision} R={recall}"
