"""`kvinnofrid run` with nothing to do: decide that with the standard library and a read-only
look at the database, before any heavy import (sqlite-utils, spaCy, matplotlib), so that a
re-run on unchanged input takes well under a second.

Nothing to do means: every corpus file is stored with the same sha256 and pipeline version;
no document waits for classification and the classifier is the same; the corrections file was
applied as it is now; the analysis and the report were made from the database as it is now and
their files exist."""

from __future__ import annotations

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


def nothing_to_do(
    db_path: Path, corpus: Path, out_dir: Path, framework: str, corrections: Path | None
) -> int | None:
    """The number of unchanged files when a run would change nothing, else None."""
    if not db_path.is_file() or not (out_dir / "report" / "index.html").is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        return _unchanged(conn, db_path, corpus, out_dir, framework, corrections)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def unchanged_files(
    db_path: Path, paths: list[Path], corrections: Path | None
) -> list[tuple[str, int, int]] | None:
    """For `kvinnofrid ingest`: (path, goals, actions) of every file when all of them are stored
    unchanged (and the corrections file was applied as it is), else None."""
    if not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        version = pipeline_version()
        own = database_paths(db_path)
        found: list[tuple[str, int, int]] = []
        for f in collect_files(paths):
            if f.resolve() in own:
                continue
            key = str(f.resolve())
            row = conn.execute(
                "SELECT id, sha256, pipeline_version, status FROM documents WHERE path = ?", (key,)
            ).fetchone()
            if row is None or row[2] != version or row[3] != "ok" or row[1] != file_sha256(f):
                return None
            goals = conn.execute(
                "SELECT count(*) FROM goals WHERE document_id = ?", (row[0],)
            ).fetchone()[0]
            actions = conn.execute(
                "SELECT count(*) FROM actions WHERE document_id = ?", (row[0],)
            ).fetchone()[0]
            found.append((key, goals, actions))
        if corrections is not None and _meta(
            conn, corrections_key("extraction", corrections)
        ) != file_sha256(corrections):
            return None
        return found
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

    version = pipeline_version()
    own = database_paths(db_path)
    files = [f for f in collect_files([corpus]) if f.resolve() not in own]
    for f in files:
        row = conn.execute(
            "SELECT sha256, pipeline_version, status FROM documents WHERE path = ?",
            (str(f.resolve()),),
        ).fetchone()
        if row is None or row[1] != version or row[2] != "ok" or row[0] != file_sha256(f):
            return None
    frameworks = load_frameworks()
    if framework not in frameworks:
        return None
    if _meta(conn, f"classifier:{framework}") != classifier_version(frameworks[framework]):
        return None
    if _documents_to_classify(conn, framework, False):  # type: ignore[arg-type]
        return None
    if corrections is not None:
        digest = file_sha256(corrections)
        for stage in ("extraction", "comparison"):
            if _meta(conn, corrections_key(stage, corrections)) != digest:
                return None
    graph = [out_dir / "graph.graphml", out_dir / "graph.gexf"]
    if not all(g.is_file() for g in graph):
        return None
    if _meta(conn, analysis_key(framework, out_dir)) != database_state(conn, framework):  # type: ignore[arg-type]
        return None
    if _meta(conn, report_key(framework, out_dir)) != database_state(conn, framework, "report"):  # type: ignore[arg-type]
        return None
    return len(files)
