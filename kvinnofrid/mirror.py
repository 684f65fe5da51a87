"""The database follows the corpus folder: what a batch does besides reading files.

- a file that is gone from an ingested folder is removed with its rows (one transaction);
  staff corrections stay in corpus/corrections.toml and apply again when it returns;
- a new file with the content (sha256) of a stored document whose file is gone is that
  document renamed: its row is re-pointed, nothing is read again;
- two stored documents that are the same plan (identical bytes, or another format or copy of
  it: same county, kind and period and nearly the same wording of goals and actions) are kept
  once: the one with the most actions (then goals, then path) stays, the other is stored with
  status `duplicate`, `duplicate_of` naming the one kept, and without goals or actions.

Each change is a FileOutcome (kvinnofrid/runner.py) the CLI prints as one line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kvinnofrid.faults import plural
from kvinnofrid.files import file_sha256
from kvinnofrid.store import transaction
from models.folding import fold

if TYPE_CHECKING:
    import sqlite_utils

SHINGLE_WORDS = 3  # word n-grams compared: order-aware, yet robust to a line broken differently
SAME_PLAN = 0.6  # share of shared word 3-grams (Jaccard) above which two plans are one

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Change:
    """One thing the batch did to follow the folder: status removed | renamed | duplicate."""

    path: str
    status: str
    message: str
    goals: int = 0
    actions: int = 0


def _within(path: str, folders: Iterable[Path]) -> bool:
    return any(path.startswith(str(folder) + os.sep) for folder in folders)


def _counts(db: sqlite_utils.Database, doc_id: int) -> tuple[int, int]:
    goals = db.execute("SELECT count(*) FROM goals WHERE document_id = ?", [doc_id]).fetchone()
    actions = db.execute("SELECT count(*) FROM actions WHERE document_id = ?", [doc_id])
    return int(goals[0]), int(actions.fetchone()[0])


def _gone(db: sqlite_utils.Database, files: list[Path], folders: list[Path]) -> list[dict]:
    """Stored documents under the ingested folders whose file is no longer taken."""
    present = {str(f.resolve()) for f in files}
    rows = db.query("SELECT id, path, file_name, sha256 FROM documents ORDER BY path")
    return [r for r in rows if _within(r["path"], folders) and r["path"] not in present]


def follow_renames(
    db: sqlite_utils.Database, files: list[Path], folders: list[Path]
) -> list[Change]:
    """Re-point the stored documents whose file is gone to the new file with the same bytes."""
    gone = {}
    for row in _gone(db, files, folders):
        gone.setdefault(row["sha256"], row)
    if not gone:
        return []
    changes: list[Change] = []
    for f in files:
        key = str(f.resolve())
        if db.execute("SELECT 1 FROM documents WHERE path = ?", [key]).fetchone():
            continue
        try:
            sha = file_sha256(f)
        except OSError:
            continue  # the batch reports an unreadable file
        old = gone.pop(sha, None)
        if old is None:
            continue
        with transaction(db) as conn:
            conn.execute(
                "UPDATE documents SET path = ?, file_name = ? WHERE id = ?",
                (key, Path(key).name, old["id"]),
            )
        goals, actions = _counts(db, old["id"])
        changes.append(
            Change(key, "renamed", f"renamed from {old['file_name']} (same content): re-pointed,"
                   " not read again", goals, actions)
        )  # fmt: skip
    return changes


def remove_gone(db: sqlite_utils.Database, files: list[Path], folders: list[Path]) -> list[Change]:
    """Remove the stored documents whose file left the ingested folders, each with its goals,
    actions and labels in one transaction."""
    changes: list[Change] = []
    for row in _gone(db, files, folders):
        goals, actions = _counts(db, row["id"])
        with transaction(db) as conn:
            conn.execute("DELETE FROM documents WHERE id = ?", (row["id"],))
        changes.append(
            Change(row["path"], "removed", "no longer in the folder: removed from the database"
                   f" with its {plural(goals, 'goal', 'goals')} and"
                   f" {plural(actions, 'action', 'actions')}", goals, actions)
        )  # fmt: skip
    return changes


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


def keep_once(db: sqlite_utils.Database, named: frozenset[str] = frozenset()) -> list[Change]:
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
    changes: list[Change] = []
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
        changes.append(Change(dup["path"], "duplicate", message, dup["goals"], dup["actions"]))
    return changes
