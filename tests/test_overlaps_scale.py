"""Overlap finding on many actions: blocked candidates and a per-county cap keep the result
bounded when near-copies repeat across all 21 counties. No timing here (benchmarks measure
speed); these check the bounds and that the planted overlaps survive the blocking."""

from __future__ import annotations

import random
from collections import Counter

from compare.overlaps import METHOD_NAMED, SimpleAction, find_overlaps, load_overlap_settings
from tests.findings_fixtures import documents

COUNTIES = ["AB", "C", "D", "E", "F", "G", "H", "I", "K", "M", "N", "O", "S", "T", "U", "W",
            "X", "Y", "Z", "AC", "BD"]  # fmt: skip


def _synthetic(n: int, seed: int = 7) -> list[SimpleAction]:
    rng = random.Random(seed)
    templates = [(a.text, a.insats) for doc in documents() for a in doc.actions]
    actions = []
    for i in range(n):
        text, insats = rng.choice(templates)
        words = [w for w in text.split() if rng.random() > 0.1]
        words.append(f"ord{rng.randint(0, 10_000)}")
        actions.append(SimpleAction(i + 1, rng.choice(COUNTIES), " ".join(words), insats))
    return actions


def test_many_near_copies_stay_bounded_and_cross_county() -> None:
    actions = _synthetic(1500)
    county = {a.id: a.county_code for a in actions}
    pairs = find_overlaps(actions)
    k = load_overlap_settings().max_per_county
    assert pairs
    assert all(county[p.action_id_a] != county[p.action_id_b] for p in pairs)
    assert all(p.action_id_a < p.action_id_b for p in pairs)
    assert len({(p.action_id_a, p.action_id_b) for p in pairs}) == len(pairs)
    # every kept pair is among the k best of one of its actions in the other's county
    assert len(pairs) <= len(actions) * (len(COUNTIES) - 1) * k
    # (without the cap, 1500 near-copies of 9 templates make ~110,000 cross-county pairs)
    assert Counter(p.method for p in pairs).keys() <= {"wording", METHOD_NAMED}
    # the named initiatives of the templates are found by name across counties
    named = {p.group for p in pairs if p.method == METHOD_NAMED}
    assert "Du avgör!" in named and named & {"webbkursheder.se", "Webbkurs Heder"}


def test_planted_pair_is_found_among_unrelated_actions() -> None:
    filler = [
        SimpleAction(
            i, COUNTIES[i % 21], f"Utveckla rutin nummer {i} för dokumentation av ärende {i * 7}"
        )
        for i in range(1, 800)
    ]
    planted = [
        SimpleAction(
            10_001, "AB", "Genomföra riktade kampanjer för att påverka attityder kring sexköp"
        ),
        SimpleAction(10_002, "U", "Motverka attityder kring sexköp", 'Kampanjen "Du avgör!"'),
    ]
    pairs = find_overlaps(filler + planted)
    assert {(p.action_id_a, p.action_id_b) for p in pairs} == {(10_001, 10_002)}
