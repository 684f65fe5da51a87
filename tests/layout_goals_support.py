"""Helpers for the delmål and objectives-list layout tests: load a corpus text as Lines and
match extracted titles against hand-read expectations."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from ingest.source import Line
from models.folding import fold

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXPECTED = Path(__file__).resolve().parent / "expected"
MATCH = 85.0


def text_lines(text: str) -> list[Line]:
    """One Line per text line; page 1, +1 at each line starting with exactly one space (how
    these dumps mark page starts)."""
    page = 1
    lines: list[Line] = []
    for i, raw in enumerate(text.split("\n")):
        if i > 0 and raw.startswith(" ") and not raw.startswith("  "):
            page += 1
        lines.append(Line(page, raw.strip()))
    return lines


def corpus_lines(name: str) -> list[Line]:
    return text_lines((CORPUS / name).read_text(encoding="utf-8"))


def expected(name: str) -> dict:
    return tomllib.loads((EXPECTED / name).read_text(encoding="utf-8"))


def similarity(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return fuzz.ratio(fold(a), fold(b))


def match(expected_texts: Sequence[str], found_texts: Sequence[str]) -> dict[int, int]:
    """One-to-one greedy matching, best pairs first: expected index -> found index."""
    pairs = sorted(
        (
            (similarity(e, f), ei, fi)
            for ei, e in enumerate(expected_texts)
            for fi, f in enumerate(found_texts)
        ),
        reverse=True,
    )
    used_e: set[int] = set()
    used_f: set[int] = set()
    out: dict[int, int] = {}
    for score, ei, fi in pairs:
        if score < MATCH:
            break
        if ei in used_e or fi in used_f:
            continue
        used_e.add(ei)
        used_f.add(fi)
        out[ei] = fi
    return out


def precision_recall(n_expected: int, n_found: int, n_matched: int) -> tuple[float, float]:
    precision = n_matched / n_found if n_found else 0.0
    recall = n_matched / n_expected if n_expected else 0.0
    return precision, recall


def scored_match(label: str, want: Sequence[str], got: Sequence[str]) -> tuple[float, float]:
    """Match found texts against expected ones one to one, print the counts under `label` (shown
    with pytest -s) and return (precision, recall)."""
    matched = match(want, got)
    precision, recall = precision_recall(len(want), len(got), len(matched))
    print(
        f"{label}: expected {len(want)}, found {len(got)}, matched {len(matched)}, "
        f"precision {precision:.3f}, recall {recall:.3f}"
    )
    return precision, recall
