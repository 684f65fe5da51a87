"""A batch with nothing to write, and `kvinnofrid run` with nothing to do: decided from the
batch's plan (kvinnofrid/inputs.py, made here on a read-only look at the database) with the
standard library, before any heavy import (sqlite-utils, spaCy, matplotlib), so that a re-run
on unchanged input takes well under a second.

Nothing to write (ingest): the plan reads, re-points and removes nothing, and the corrections
file was applied as it is now. Nothing to do (run), besides: every file is stored (not failed)
with the same sha256 and pipeline version; no document waits for classification and the
classifier is the same; the analysis and the report were made from the database as it is now
and their files exist."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from kvinnofrid.inputs import Batch, InputPlan, file_sha256, plan_batch
from kvinnofrid.version import pipeline_version

if TYPE_CHECKING:
    from kvinnofrid.limits import Limits


def corrections_key(stage: str, path: Path) -> str:
    return f"corrections:{stage}:{path.resolve()}"


def analysis_key(framework: str, out_dir: Path) -> str:
    return f"analysed:{framework}:{out_dir.resolve()}"


def report_key(framework: str, out_dir: Path) -> str:
    return f"reported:{framework}:{out_dir.resolve()}"


def _read_only(db_path: Path) -> sqlite3.Connection | None:
    try:
        return sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def plan_read_only(db_path: Path, batch: Batch, limits: Limits) -> InputPlan | None:
    """The batch's plan against the database as it is (every file read when there is none
    yet); None when the database cannot be read without opening it for writing (e.g. an
    older schema): then the batch plans on the database opened for writing."""
    if not db_path.is_file():
        return plan_batch(None, batch, limits, pipeline_version())
    conn = _read_only(db_path)
    if conn is None:
        return None
    try:
        return plan_batch(conn, batch, limits, pipeline_version())
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _corrections_applied(
    conn: sqlite3.Connection, corrections: Path | None, stages: tuple[str, ...]
) -> bool:
    if corrections is None:
        return True
    digest = file_sha256(corrections)
    return all(_meta(conn, corrections_key(stage, corrections)) == digest for stage in stages)


def writes_nothing(db_path: Path, plan: InputPlan, corrections: Path | None) -> bool:
    """For `kvinnofrid ingest`: the stored database already holds what the batch would give
    (the plan's outcomes are the batch's), the corrections file applied as it is."""
    if not plan.writes_nothing or not db_path.is_file():
        return False
    conn = _read_only(db_path)
    if conn is None:
        return False
    try:
        return _corrections_applied(conn, corrections, ("extraction",))
    except (sqlite3.Error, OSError):
        return False
    finally:
        conn.close()


def nothing_to_do(
    db_path: Path,
    plan: InputPlan,
    out_dir: Path,
    framework: str,
    corrections: Path | None,
    graph: tuple[str, ...] = (),
) -> int | None:
    """The number of unchanged files when a run would change nothing (and OUT holds exactly
    the graph files of the formats `graph`), else None."""
    from kvinnofrid.graph_files import graph_files_match

    if not plan.writes_nothing or any(o.failed for o in plan.held):
        return None
    if not (out_dir / "report" / "index.html").is_file():
        return None
    if not graph_files_match(out_dir, graph):
        return None
    if not db_path.is_file():
        return None
    conn = _read_only(db_path)
    if conn is None:
        return None
    try:
        if _up_to_date(conn, out_dir, framework, corrections):
            return len(plan.files)
        return None
    except (sqlite3.Error, OSError):
        return None
    finally:
        conn.close()


def _up_to_date(
    conn: sqlite3.Connection, out_dir: Path, framework: str, corrections: Path | None
) -> bool:
    from kvinnofrid.classification import _documents_to_classify, classifier_version, database_state
    from models.frameworks import load_frameworks

    frameworks = load_frameworks()
    if framework not in frameworks:
        return False
    if _meta(conn, f"classifier:{framework}") != classifier_version(frameworks[framework]):
        return False
    if _documents_to_classify(conn, framework, False):  # type: ignore[arg-type]
        return False
    if not _corrections_applied(conn, corrections, ("extraction", "comparison")):
        return False
    if _meta(conn, analysis_key(framework, out_dir)) != database_state(conn, framework):  # type: ignore[arg-type]
        return False
    return _meta(conn, report_key(framework, out_dir)) == database_state(conn, framework, "report")  # type: ignore[arg-type]
