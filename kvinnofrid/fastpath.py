"""`kvinnofrid run` with nothing to do: decide that with the standard library and a read-only
look at the database, before any heavy import (sqlite-utils, spaCy, matplotlib), so that a
re-run on unchanged input takes well under a second.

Nothing to do means: every corpus file is stored with the same sha256 and pipeline version;
no document waits for classification and the classifier is the same; the corrections file was
applied as it is now; the analysis and the report were made from the database as it is now and
their files exist."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kvinnofrid.files import collect_files, database_paths, file_sha256
from kvinnofrid.version import pipeline_version


def corrections_key(stage: str, path: Path) -> str:
    return f"corrections:{stage}:{path.resolve()}"


def analysis_key(framework: str, out_dir: Path) -> str:
    return f"analysed:{framework}:{out_dir.resolve()}"


def report_key(framework: str, out_dir: Path) -> str:
    return f"reported:{framework}:{out_dir.resolve()}"


def _read_only(db_path: Path) -> sqlite3.Connection | None:
    if not db_path.is_file():
        return None
    try:
        return sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _stored_unchanged(
    conn: sqlite3.Connection, db_path: Path, paths: list[Path]
) -> list[tuple[str, int]] | None:
    """(path, document id) of every file the paths name when each one is stored, ok, with the
    same sha256 and pipeline version; else None."""
    version = pipeline_version()
    own = database_paths(db_path)
    found: list[tuple[str, int]] = []
    for f in collect_files(paths):
        key = str(f.resolve())
        if f.resolve() in own:
            continue
        row = conn.execute(
            "SELECT d.id, d.sha256, d.pipeline_version, d.status, k.status FROM documents d"
            " LEFT JOIN documents k ON k.id = d.duplicate_of WHERE d.path = ?",
            (key,),
        ).fetchone()
        if row is None or row[2] != version or row[1] != file_sha256(f):
            return None
        if not (row[3] == "ok" or (row[3] == "duplicate" and row[4] == "ok")):
            return None
        found.append((key, row[0]))
    taken = {key for key, _ in found}
    folders = [str(p.resolve()) + os.sep for p in paths if p.is_dir()]
    for (stored,) in conn.execute("SELECT path FROM documents"):
        if stored not in taken and stored.startswith(tuple(folders)):
            return None  # a file left the folder: the database must follow
    return found


def _corrections_applied(
    conn: sqlite3.Connection, corrections: Path | None, stages: tuple[str, ...]
) -> bool:
    if corrections is None:
        return True
    digest = file_sha256(corrections)
    return all(_meta(conn, corrections_key(stage, corrections)) == digest for stage in stages)


def unchanged_files(
    db_path: Path, paths: list[Path], corrections: Path | None
) -> list[tuple[str, int, int]] | None:
    """For `kvinnofrid ingest`: (path, goals, actions) of every file when all of them are stored
    unchanged (and the corrections file was applied as it is), else None."""
    conn = _read_only(db_path)
    if conn is None:
        return None
    try:
        stored = _stored_unchanged(conn, db_path, paths)
        if stored is None or not _corrections_applied(conn, corrections, ("extraction",)):
            return None
        count = "SELECT count(*) FROM {} WHERE document_id = ?"
        return [
            (
                path,
                conn.execute(count.format("goals"), (doc_id,)).fetchone()[0],
                conn.execute(count.format("actions"), (doc_id,)).fetchone()[0],
            )
            for path, doc_id in stored
        ]
    except (sqlite3.Error, OSError):
        return None
    finally:
        conn.close()


def nothing_to_do(
    db_path: Path,
    corpus: Path,
    out_dir: Path,
    framework: str,
    corrections: Path | None,
    graph: tuple[str, ...] = (),
) -> int | None:
    """The number of unchanged files when a run would change nothing (and OUT holds exactly
    the graph files of the formats `graph`), else None."""
    from kvinnofrid.graph_files import graph_files_match

    if not (out_dir / "report" / "index.html").is_file():
        return None
    if not graph_files_match(out_dir, graph):
        return None
    conn = _read_only(db_path)
    if conn is None:
        return None
    try:
        return _unchanged(conn, db_path, corpus, out_dir, framework, corrections)
    except (sqlite3.Error, OSError):
        return None
    finally:
        conn.close()


def _unchanged(
    conn: sqlite3.Connection,
    db_path: Path,
    corpus: Path,
    out_dir: Path,
    framework: str,
    corrections: Path | None,
) -> int | None:
    from kvinnofrid.comparison import _documents_to_classify, classifier_version, database_state
    from models.frameworks import load_frameworks

    stored = _stored_unchanged(conn, db_path, [corpus])
    if stored is None:
        return None
    frameworks = load_frameworks()
    if framework not in frameworks:
        return None
    if _meta(conn, f"classifier:{framework}") != classifier_version(frameworks[framework]):
        return None
    if _documents_to_classify(conn, framework, False):  # type: ignore[arg-type]
        return None
    if not _corrections_applied(conn, corrections, ("extraction", "comparison")):
        return None
    if _meta(conn, analysis_key(framework, out_dir)) != database_state(conn, framework):  # type: ignore[arg-type]
        return None
    if _meta(conn, report_key(framework, out_dir)) != database_state(conn, framework, "report"):  # type: ignore[arg-type]
        return None
    return len(stored)
