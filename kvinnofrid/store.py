"""The SQLite database (sqlite-utils): schema, one transaction per document, WAL and a busy
timeout so that concurrent runs and a killed run leave a consistent database."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from models.counties import load_counties
from models.records import ExtractedDocument
from models.schema import (
    ADDED_CHECK_VALUES,
    ADDED_COLUMNS,
    DOCUMENT_COLUMNS,
    SCHEMA_VERSION,
    TABLES,
    VIEWS,
)

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 120_000
# sqlite-utils imports these, when installed, only to map their number types to column types
# in its table-creating API (insert/create with alter); kvinnofrid's schema is SQL
# (models/schema.py) and it passes only Python values, so a process that has not loaded them
# yet imports sqlite-utils without them: numpy alone costs more than the rest of a small ingest.
UNUSED_BY_SQLITE_UTILS = ("numpy", "pandas")


def _sqlite_utils():  # type: ignore[no-untyped-def]
    """sqlite-utils, imported without numpy and pandas when they are not loaded yet (they stay
    importable for everyone else)."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    kept_out = [name for name in UNUSED_BY_SQLITE_UTILS if name not in sys.modules]
    for name in kept_out:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in kept_out:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


def connect(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database with foreign keys enforced, WAL and a busy
    timeout. Transactions are explicit (BEGIN IMMEDIATE ... COMMIT). For a database this user
    cannot write, use connect_read_only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _switch_to_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    db = _sqlite_utils().Database(conn)
    ensure_schema(db)
    return db


def writable(path: Path) -> bool:
    """Whether this user can write the database: the file (when it exists) and its folder
    (SQLite writes its -wal, -shm and -journal files next to it). A read-only file system
    answers no even for root."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a folder still to be made: the first one that exists decides
    return os.access(folder, os.W_OK | os.X_OK)


def connect_read_only(path: Path) -> sqlite_utils.Database:
    """Open an existing database for reading only: no WAL switch, no schema or index repair.
    A WAL database whose folder cannot take its -shm file is opened as immutable (nobody can
    write it then anyway)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return _sqlite_utils().Database(conn)


def _switch_to_wal(conn: sqlite3.Connection, attempts: int = 50) -> None:
    """Switch to WAL. While another process creates the same new database, SQLite can answer
    the switch with 'database is locked' at once, without waiting for the busy timeout, so a
    few short retries are needed."""
    import time

    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error (also on KeyboardInterrupt)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.conn = db.conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def ensure_schema(db: sqlite_utils.Database) -> None:
    from kvinnofrid.search import ensure_search

    with transaction(db) as conn:
        for statement in _statements(TABLES):
            conn.execute(statement)
        for table, column, kind in ADDED_COLUMNS:
            present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if column not in present:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        _allow_check_values(conn)
        if not conn.execute("SELECT 1 FROM counties LIMIT 1").fetchone():
            conn.executemany(
                "INSERT INTO counties (code, name, seat, region_name) VALUES (?, ?, ?, ?)",
                [(c.code, c.name, c.seat, c.region_name) for c in load_counties()],
            )
        for name, select in VIEWS:  # re-created only when the definition changed
            replace_if_changed(conn, "view", name, f"CREATE VIEW {name} AS {select}")
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key)"
            " DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value",
            (str(SCHEMA_VERSION),),
        )
        ensure_search(db)  # full-text index and its triggers (joins this transaction)


def replace_if_changed(conn: sqlite3.Connection, kind: str, name: str, sql: str) -> bool:
    """Create the view or trigger `name` by `sql`, dropping the stored one first when its
    definition differs; True when it was (re)created."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
    ).fetchone()
    if row is not None and row[0] == sql:
        return False
    conn.execute(f"DROP {kind.upper()} IF EXISTS [{name}]")
    conn.execute(sql)
    return True


def _allow_check_values(conn: sqlite3.Connection) -> None:
    """Let an older database's CHECK constraints accept the values added since (e.g. the
    document status 'duplicate'): the stored CREATE TABLE is rewritten in place, the way the
    SQLite documentation gives for changes that leave every stored row valid."""
    for table, _column, last, added in ADDED_CHECK_VALUES:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if row is None or all(value in row[0] for value in added):
            continue
        sql = row[0].replace(f"{last})", f"{last}, {', '.join(added)})", 1)
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table)
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_row(db: sqlite_utils.Database, path: str) -> dict | None:
    rows = list(db.query("SELECT * FROM documents WHERE path = ?", [path]))
    return rows[0] if rows else None


def _agency_id(conn: sqlite3.Connection, name: str, kind: str | None) -> int:
    row = conn.execute("SELECT id FROM agencies WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(
        conn.execute("INSERT INTO agencies (name, kind) VALUES (?, ?)", (name, kind)).lastrowid
    )


def store_document(
    db: sqlite_utils.Database, doc: ExtractedDocument, *, size: int, version: str
) -> int:
    """Replace whatever was stored for this path with this document, in one transaction."""
    with transaction(db) as conn:
        conn.execute("DELETE FROM documents WHERE path = ?", (doc.path,))
        values = {
            "sha256": doc.sha256,
            "path": doc.path,
            "file_name": Path(doc.path).name,
            "title": doc.title,
            "county_code": doc.county_code,
            "kind": doc.kind,
            "period_start": doc.period_start,
            "period_end": doc.period_end,
            "language": doc.language,
            "pages": doc.pages or None,  # 0: the source has no pages (a text dump, HTML)
            "size_bytes": size,
            "text_source": doc.text_source,
            "layout": doc.layout,
            "status": "ok",
            "error": None,
            "warnings": json.dumps(doc.warnings, ensure_ascii=False) if doc.warnings else None,
            "ingested_at": now(),
            "pipeline_version": version,
            "level": doc.level,
            "municipality": doc.municipality,
        }
        cols = ", ".join(DOCUMENT_COLUMNS)
        marks = ", ".join("?" for _ in DOCUMENT_COLUMNS)
        doc_id = int(
            conn.execute(
                f"INSERT INTO documents ({cols}) VALUES ({marks})",
                [values[c] for c in DOCUMENT_COLUMNS],
            ).lastrowid
        )
        goal_ids: dict[str, int] = {}

        def page(number: int | None) -> int | None:
            """A page number only when the source has pages; else unknown (NULL), never 1."""
            return number if doc.pages else None

        for goal in doc.goals:
            goal_ids[goal.key] = int(
                conn.execute(
                    "INSERT INTO goals (document_id, key, number, title, level, page, snippet,"
                    " confidence, raw_title, text_quality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, goal.key, goal.number, goal.title, goal.level, page(goal.page),
                     goal.snippet, goal.confidence, goal.raw_title, goal.text_quality),
                ).lastrowid
            )  # fmt: skip
        for goal in doc.goals:
            if goal.parent_key and goal.parent_key in goal_ids:
                conn.execute(
                    "UPDATE goals SET parent_id = ? WHERE id = ?",
                    (goal_ids[goal.parent_key], goal_ids[goal.key]),
                )
        for action in doc.actions:
            action_id = int(
                conn.execute(
                    "INSERT INTO actions (document_id, goal_id, key, number, text, responsible,"
                    " insats, indicators, frequency, timeframe, page, snippet, confidence,"
                    " raw_text, text_quality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, goal_ids.get(action.goal_key or ""), action.key, action.number,
                     action.text, action.responsible, action.insats, action.indicators,
                     action.frequency, action.timeframe, page(action.page), action.snippet,
                     action.confidence, action.raw_text, action.text_quality),
                ).lastrowid
            )  # fmt: skip
            for mention in action.agencies:
                agency_id = _agency_id(conn, mention.name, mention.kind)
                conn.execute(
                    "INSERT OR IGNORE INTO action_agencies (action_id, agency_id, role, mention,"
                    " score) VALUES (?, ?, ?, ?, ?)",
                    (action_id, agency_id, mention.role, mention.mention, mention.score),
                )
        for mention in doc.participants:
            agency_id = _agency_id(conn, mention.name, mention.kind)
            conn.execute(
                "INSERT OR IGNORE INTO document_agencies (document_id, agency_id, role, mention)"
                " VALUES (?, ?, ?, ?)",
                (doc_id, agency_id, mention.role, mention.mention),
            )
    return doc_id


def store_failure(
    db: sqlite_utils.Database,
    *,
    path: str,
    sha256: str,
    size: int,
    status: str,
    error: str,
    version: str,
) -> bool:
    """Record a file that could not be ingested. A previously stored good version of the same
    path is kept untouched (returns False then); otherwise a documents row with the status and
    error is written, with no goals or actions."""
    with transaction(db) as conn:
        row = conn.execute("SELECT status FROM documents WHERE path = ?", (path,)).fetchone()
        if row and row[0] == "ok":
            return False
        conn.execute("DELETE FROM documents WHERE path = ?", (path,))
        conn.execute(
            "INSERT INTO documents (sha256, path, file_name, size_bytes, status, error,"
            " ingested_at, pipeline_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (sha256, path, Path(path).name, size, status, error, now(), version),
        )
    return True
