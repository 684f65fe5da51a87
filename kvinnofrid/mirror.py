"""The database follows the corpus folder: what a batch does besides reading files, as the
batch's plan decided it (kvinnofrid/inputs.py).

- a file that is gone from an ingested folder is removed with its rows (one transaction);
  staff corrections stay in corpus/corrections.toml and apply again when it returns;
- a new file with the content (sha256) of a stored document whose file is gone is that
  document renamed: its row is re-pointed, nothing is read again;
- two stored documents that are the same plan (identical bytes, or another format or copy of
  it: same county, kind and period and nearly the same wording of goals and actions) are kept
  once: the one with the most actions (then goals, then path) stays, the other is stored with
  status `duplicate`, `duplicate_of` naming the one kept, and without goals or actions.

Each change is a FileOutcome the CLI prints as one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kvinnofrid.faults import plural
from kvinnofrid.inputs import FileOutcome, Gone, Planned
from kvinnofrid.store import transaction
from models.folding import fold

if TYPE_CHECKING:
    import sqlite_utils

SHINGLE_WORDS = 3  # word n-grams compared: order-aware, yet robust to a line broken differently
SAME_PLAN = 0.6  # share of shared word 3-grams (Jaccard) above which two plans are one

_WORD = re.compile(r"\w+")


def repoint(db: sqlite_utils.Database, renamed: Iterable[Planned]) -> list[FileOutcome]:
    """Re-point each stored document whose file was renamed to its new file."""
    outcomes: list[FileOutcome] = []
    for planned in renamed:
        key = planned.file.path
        with transaction(db) as conn:
            conn.execute(
                "UPDATE documents SET path = ?, file_name = ? WHERE id = ?",
                (key, Path(key).name, planned.document_id),
            )
        if planned.outcome is not None:
            outcomes.append(planned.outcome)
    return outcomes


def remove(db: sqlite_utils.Database, gone: Iterable[Gone]) -> list[FileOutcome]:
    """Remove the stored documents whose file left the ingested folders, each with its goals,
    actions and labels in one transaction."""
    outcomes: list[FileOutcome] = []
    for doc in gone:
        with transaction(db) as conn:
            conn.execute("DELETE FROM documents WHERE id = ?", (doc.document_id,))
        outcomes.append(
            FileOutcome(doc.path, "removed", "no longer in the folder: removed from the database"
                        f" with its {plural(doc.goals, 'goal', 'goals')} and"
                        f" {plural(doc.actions, 'action', 'actions')}", doc.goals, doc.actions)
        )  # fmt: skip
    return outcomes


# ------------------------------------------------------------------ the same plan twice


def shingles(texts: Iterable[str]) -> frozenset[str]:
    """The word 3-grams of the texts, folded (case, å/ä/ö, punctuation ignored)."""
    words = _WORD.findall(fold(" ".join(texts)))
    n = SHINGLE_WORDS
    if len(words) < n:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def likeness(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _plan_key(row: dict) -> tuple:
    return (row["county_code"], row["level"], row["municipality"], row["kind"],
            row["period_start"], row["period_end"])  # fmt: skip


def _keep_order(row: dict, named: frozenset[str]) -> tuple:
    """Which of the same plan's documents is kept: the one the staff corrections name, then
    the one with most actions, then goals, then the first path."""
    return (row["file_name"] not in named, -row["actions"], -row["goals"], row["path"])


def find_duplicates(
    rows: list[dict], named: frozenset[str] = frozenset()
) -> list[tuple[dict, dict, float]]:
    """(duplicate, kept, likeness) among stored documents: identical bytes, or the same
    county, level, kind and period with goals and actions worded alike (≥ SAME_PLAN).
    Pure: rows carry id, path, sha256, the plan key fields, goals, actions and `texts`."""
    by_sha: dict[str, dict] = {}
    by_plan: dict[tuple, list[tuple[dict, frozenset[str]]]] = {}
    found: list[tuple[dict, dict, float]] = []
    for row in sorted(rows, key=lambda row: _keep_order(row, named)):
        if row["sha256"] in by_sha:
            found.append((row, by_sha[row["sha256"]], 1.0))
            continue
        own = shingles(row["texts"])
        same_plan = by_plan.setdefault(_plan_key(row), [])
        best = max(((likeness(own, s), other) for other, s in same_plan),
                   key=lambda pair: pair[0], default=(0.0, None))  # fmt: skip
        if best[1] is not None and best[0] >= SAME_PLAN:
            found.append((row, best[1], best[0]))
            continue
        by_sha[row["sha256"]] = row
        same_plan.append((row, own))
    return found


def keep_once(db: sqlite_utils.Database, named: frozenset[str] = frozenset()) -> list[FileOutcome]:
    """Mark every stored document that repeats another as a duplicate (its goals and actions
    removed, in one transaction each). `named`: file names the corrections file names, kept
    in preference so that the staff's corrections keep applying."""
    rows = [
        dict(r)
        for r in db.query(
            "SELECT id, path, file_name, sha256, county_code, level, municipality, kind,"
            " period_start, period_end FROM documents WHERE status = 'ok' ORDER BY id"
        )
    ]
    for row in rows:
        goals = [
            r[0]
            for r in db.execute(
                "SELECT title FROM goals WHERE document_id = ? ORDER BY id", [row["id"]]
            )
        ]
        actions = [r[0] for r in db.execute(
            "SELECT text FROM actions WHERE document_id = ? ORDER BY id", [row["id"]])]  # fmt: skip
        row.update(goals=len(goals), actions=len(actions), texts=goals + actions)
    changes: list[FileOutcome] = []
    for dup, kept, alike in find_duplicates(rows, named):
        if dup["sha256"] == kept["sha256"]:
            why = f"an identical copy of {kept['file_name']}"
        else:
            why = f"the same plan as {kept['file_name']} ({alike:.0%} of its wording alike)"
        message = f"{why}: counted once, there"
        with transaction(db) as conn:
            conn.execute("DELETE FROM actions WHERE document_id = ?", (dup["id"],))
            conn.execute("DELETE FROM goals WHERE document_id = ?", (dup["id"],))
            conn.execute("DELETE FROM document_agencies WHERE document_id = ?", (dup["id"],))
            conn.execute(
                "UPDATE documents SET status = 'duplicate', error = ?, duplicate_of = ?"
                " WHERE id = ?",
                (message, kept["id"], dup["id"]),
            )
        changes.append(FileOutcome(dup["path"], "duplicate", message))
    return changes
