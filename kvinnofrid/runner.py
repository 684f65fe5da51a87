"""Ingest a batch: find files, skip unchanged ones by sha256 before any parsing, parse the rest
(each in its own child process with bounded time and memory, several at once when asked), store
each in its own transaction, report per file. Never raises for a bad file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kvinnofrid import mirror, store
from kvinnofrid.faults import plural
from kvinnofrid.files import (  # noqa: F401 (IGNORED_NAMES, collect_files re-exported)
    IGNORED_NAMES,
    collect_files,
    database_paths,
    file_sha256,
)
from kvinnofrid.limits import Limits, is_limit_error
from kvinnofrid.parsing import (  # noqa: F401 (re-exported: the batch's parse)
    ParseOutcome,
    parse_all,
    parse_one,
    warm_up,
)
from kvinnofrid.version import pipeline_version
from models.records import ExtractedDocument

if TYPE_CHECKING:
    import sqlite_utils

    from kvinnofrid.executor import Executor


@dataclass
class FileOutcome:
    path: str
    status: str  # stored | unchanged | failed | needs_ocr | kept | renamed | removed | duplicate
    message: str
    goals: int = 0
    actions: int = 0

    @property
    def failed(self) -> bool:
        return self.status in {"failed", "needs_ocr", "kept"}


def database_files(db: sqlite_utils.Database) -> set[Path]:
    """The database's own files (main, -wal, -shm, -journal): never ingested, even when the
    database lives inside the folder being ingested."""
    found: set[Path] = set()
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[2]:
            found |= database_paths(Path(row[2]))
    return found


def summary(doc: ExtractedDocument, county_names: dict[str, str]) -> str:
    if doc.county_code:
        county = f"{county_names.get(doc.county_code, doc.county_code)} ({doc.county_code})"
    else:
        county = "no county recognised"
    if doc.level == "nationell":
        county = "national level"
    elif doc.level == "kommun" and doc.municipality:
        county = f"{doc.municipality} municipality, {county}"
    period = ""
    if doc.period_start:
        period = f" {doc.period_start}" + (f"–{doc.period_end}" if doc.period_end else "")
    kind = "kind not recognised" if doc.kind in ("", "okand") else doc.kind
    text = (
        f"{county}, {kind}{period}: "
        f"{plural(len(doc.goals), 'goal', 'goals')}, {plural(len(doc.actions), 'action', 'actions')}"
    )
    if doc.text_source.startswith(("ocr", "pdf+ocr")):
        text += f" (read with OCR: {doc.text_source})"
    if not doc.goals and not doc.actions:
        text += "; no plan structure (goals/actions) recognised, stored without goals"
    return text


def plan(
    db: sqlite_utils.Database, files: list[Path], limits: Limits | None = None
) -> tuple[list[str], list[FileOutcome]]:
    """Split files into those to parse and those whose stored outcome still holds: unchanged
    (same sha256 and pipeline version) and stored, failed, or needing OCR while Tesseract is
    still missing. A file that failed on a time or memory limit is tried again when the limits
    have changed since."""
    limits = limits or Limits.from_env()
    version = pipeline_version()
    todo: list[str] = []
    done: list[FileOutcome] = []
    duplicates: list[dict] = []
    for f in files:
        key = str(f.resolve())
        row = store.document_row(db, key)
        try:
            sha = file_sha256(f)
        except OSError as exc:
            done.append(FileOutcome(key, "failed", f"cannot read file: {exc.strerror or exc}"))
            continue
        if row and row["sha256"] == sha and row["pipeline_version"] == version:
            if row["status"] == "duplicate":
                duplicates.append(row)
                continue
            kept = _still_holds(db, row, limits)
            if kept is not None:
                done.append(FileOutcome(key, *kept))
                continue
        todo.append(key)
    read_again = set(todo)
    for row in duplicates:  # holds while the document it repeats stays as it is
        kept_row = db.execute(
            "SELECT path, status FROM documents WHERE id = ?", [row["duplicate_of"]]
        ).fetchone()
        if kept_row and kept_row[1] == "ok" and kept_row[0] not in read_again:
            done.append(FileOutcome(row["path"], "duplicate", row["error"] or "duplicate"))
        else:
            todo.append(row["path"])
    return todo, done


def _still_holds(
    db: sqlite_utils.Database, row: dict, limits: Limits
) -> tuple[str, str, int, int] | None:
    """(status, message, goals, actions) of an unchanged file's stored outcome when parsing it
    again would give the same; None when it is worth parsing again."""
    if row["status"] == "ok":
        goals = db.execute("SELECT count(*) FROM goals WHERE document_id = ?", [row["id"]])
        actions = db.execute("SELECT count(*) FROM actions WHERE document_id = ?", [row["id"]])
        return "unchanged", "unchanged, skipped", goals.fetchone()[0], actions.fetchone()[0]
    error = row["error"] or ""
    if row["status"] == "needs_ocr":
        from ingest.ocr import tesseract_problem

        if tesseract_problem() is None:
            return None  # Tesseract is here now
        return "needs_ocr", f"{error} (unchanged since last run)", 0, 0
    if is_limit_error(error) and error not in {limits.time_message(), limits.memory_message()}:
        return None  # failed on other limits than today's
    return "failed", f"{error} (unchanged since last run)", 0, 0


def store_outcome(
    db: sqlite_utils.Database, outcome: ParseOutcome, county_names: dict[str, str]
) -> FileOutcome:
    """Store one parse outcome in its own transaction. Writes nothing when the database already
    holds exactly this outcome (e.g. stored meanwhile by another run on the same database)."""
    version = pipeline_version()
    row = store.document_row(db, outcome.path)
    same_file = bool(row and row["sha256"] == outcome.sha256 and row["pipeline_version"] == version)
    if outcome.document is not None:
        doc = outcome.document
        if not (same_file and row and row["status"] == "ok"):
            store.store_document(db, doc, size=outcome.size, version=version)
        return FileOutcome(
            outcome.path, "stored", summary(doc, county_names), len(doc.goals), len(doc.actions)
        )
    error = outcome.error or "unknown error"
    if same_file and row and row["status"] == outcome.status and row["error"] == error:
        return FileOutcome(outcome.path, outcome.status, error)
    written = store.store_failure(
        db, path=outcome.path, sha256=outcome.sha256, size=outcome.size,
        status=outcome.status, error=error, version=version,
    )  # fmt: skip
    if not written:
        return FileOutcome(outcome.path, "kept", f"{error}; the previously stored version is kept")
    return FileOutcome(outcome.path, outcome.status, error)


def ingest_paths(
    db: sqlite_utils.Database,
    paths: list[Path],
    *,
    workers: int = 1,
    on_result: Callable[[FileOutcome], None] | None = None,
    parser: Callable[[list[str], int], Iterable[ParseOutcome]] | None = None,
    limits: Limits | None = None,
    executor: Executor | None = None,
    named: frozenset[str] = frozenset(),
) -> list[FileOutcome]:
    """Ingest files and folders into db; on_result is called for each file as it is done.
    Files are parsed by `executor` (kvinnofrid/executor.py; default: local child processes,
    `workers` at once, under `limits`, which default to Limits.from_env(): 120 s and 2 GB per
    document) and stored here, one transaction per document. The database follows the
    folders (kvinnofrid/mirror.py): gone files removed, renamed ones re-pointed, the same plan
    twice kept once (preferring the file names in `named`, those the corrections name)."""
    if parser is None:
        from kvinnofrid.executor import LocalExecutor

        chosen = executor or LocalExecutor(workers, limits)

        def parser(todo: list[str], n: int) -> Iterable[ParseOutcome]:
            return chosen.parse(todo)

    files = [f for f in collect_files(paths) if f.resolve() not in database_files(db)]
    county_names = {r["code"]: r["name"] for r in db.query("SELECT code, name FROM counties")}
    limits = limits or Limits.from_env()
    folders = [p.resolve() for p in paths if p.is_dir()]
    changes = mirror.follow_renames(db, files, folders) + mirror.remove_gone(db, files, folders)
    followed = [FileOutcome(c.path, c.status, c.message, c.goals, c.actions) for c in changes]
    for outcome in followed:
        if on_result:
            on_result(outcome)
    todo, outcomes = plan(db, files, limits)
    renamed = {o.path for o in followed if o.status == "renamed"}
    outcomes = [o for o in outcomes if o.path not in renamed]  # said once, as renamed
    for outcome in outcomes:
        if on_result:
            on_result(outcome)
    for parsed in parser(todo, workers):
        result = store_outcome(db, parsed, county_names)
        outcomes.append(result)
        if on_result:
            on_result(result)
    if any(o.status == "stored" for o in outcomes):
        for change in mirror.keep_once(db, named):
            result = FileOutcome(change.path, change.status, change.message)
            outcomes = [o for o in outcomes if o.path != change.path] + [result]
            if on_result:
                on_result(result)
    return followed + outcomes
