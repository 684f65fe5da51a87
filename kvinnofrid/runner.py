"""Ingest a batch: find files, skip unchanged ones by sha256 before any parsing, parse the rest
(in worker processes when asked), store each in its own transaction, report per file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from ingest.source import IngestError, NeedsOCR
from kvinnofrid import store
from kvinnofrid.version import pipeline_version
from models.records import ExtractedDocument

IGNORED_NAMES = ("readme", "corrections", "license")


@dataclass
class ParseOutcome:
    path: str
    sha256: str
    size: int
    document: ExtractedDocument | None = None
    status: str = "ok"  # ok | failed | needs_ocr
    error: str | None = None


@dataclass
class FileOutcome:
    path: str
    status: str  # stored | unchanged | failed | needs_ocr | kept
    message: str
    goals: int = 0
    actions: int = 0

    @property
    def failed(self) -> bool:
        return self.status in {"failed", "needs_ocr", "kept"}


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly are always taken; folders are walked for every regular file except
    hidden ones and the corpus' own README/corrections files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel_parts = child.relative_to(path).parts
                if not child.is_file() or any(p.startswith(".") for p in rel_parts):
                    continue
                if child.stem.lower().startswith(IGNORED_NAMES):
                    continue
                found.append(child)
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for f in found:
        unique.setdefault(f.resolve(), f)
    return list(unique.values())


def parse_one(path_str: str) -> ParseOutcome:
    """Runs in a worker: read and extract one file, never raises."""
    from ingest.pipeline import file_sha256, ingest_file

    path = Path(path_str)
    try:
        size = path.stat().st_size
        sha = file_sha256(path)
    except OSError as exc:
        return ParseOutcome(path_str, "", 0, status="failed", error=f"cannot read file: {exc.strerror or exc}")
    try:
        return ParseOutcome(path_str, sha, size, document=ingest_file(path))
    except NeedsOCR as exc:
        return ParseOutcome(path_str, sha, size, status="needs_ocr", error=str(exc))
    except IngestError as exc:
        return ParseOutcome(path_str, sha, size, status="failed", error=str(exc))
    except MemoryError:
        return ParseOutcome(path_str, sha, size, status="failed", error="ran out of memory while reading the file")
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch or show a traceback
        return ParseOutcome(path_str, sha, size, status="failed", error=f"internal error while reading ({type(exc).__name__}: {exc})")


def summary(doc: ExtractedDocument, county_names: dict[str, str]) -> str:
    county = county_names.get(doc.county_code or "", "county unknown")
    period = ""
    if doc.period_start:
        period = f" {doc.period_start}" + (f"–{doc.period_end}" if doc.period_end else "")
    return (
        f"{county} ({doc.county_code or '?'}), {doc.kind}{period}: "
        f"{len(doc.goals)} goals, {len(doc.actions)} actions"
    )


def plan(db: sqlite_utils.Database, files: list[Path]) -> tuple[list[str], list[FileOutcome]]:
    """Split files into those to parse and those unchanged since they were last stored."""
    from ingest.pipeline import file_sha256

    version = pipeline_version()
    todo: list[str] = []
    done: list[FileOutcome] = []
    for f in files:
        key = str(f.resolve())
        row = store.document_row(db, key)
        try:
            sha = file_sha256(f)
        except OSError as exc:
            done.append(FileOutcome(key, "failed", f"cannot read file: {exc.strerror or exc}"))
            continue
        if row and row["sha256"] == sha and row["pipeline_version"] == version:
            if row["status"] == "ok":
                goals = db.execute("SELECT count(*) FROM goals WHERE document_id = ?", [row["id"]]).fetchone()[0]
                actions = db.execute("SELECT count(*) FROM actions WHERE document_id = ?", [row["id"]]).fetchone()[0]
                done.append(FileOutcome(key, "unchanged", "unchanged, skipped", goals, actions))
                continue
            if row["status"] == "failed":
                done.append(FileOutcome(key, "failed", f"{row['error']} (unchanged since last run)"))
                continue
        todo.append(key)
    return todo, done


def store_outcome(db: sqlite_utils.Database, outcome: ParseOutcome, county_names: dict[str, str]) -> FileOutcome:
    version = pipeline_version()
    if outcome.document is not None:
        store.store_document(db, outcome.document, size=outcome.size, version=version)
        doc = outcome.document
        return FileOutcome(outcome.path, "stored", summary(doc, county_names), len(doc.goals), len(doc.actions))
    error = outcome.error or "unknown error"
    written = store.store_failure(
        db, path=outcome.path, sha256=outcome.sha256, size=outcome.size,
        status=outcome.status, error=error, version=version,
    )  # fmt: skip
    if not written:
        return FileOutcome(outcome.path, "kept", f"{error}; the previously stored version is kept")
    return FileOutcome(outcome.path, outcome.status, error)


def parse_all(paths: list[str], workers: int) -> Iterator[ParseOutcome]:
    """Parse in this process (workers=1) or in a process pool; yields as each finishes."""
    if workers <= 1 or len(paths) <= 1:
        for p in paths:
            yield parse_one(p)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futures = {pool.submit(parse_one, p): p for p in paths}
        for fut in as_completed(futures):
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001 - a crashed worker fails only its file
                yield ParseOutcome(futures[fut], "", 0, status="failed", error=f"worker crashed while reading ({type(exc).__name__})")


def ingest_paths(
    db: sqlite_utils.Database,
    paths: list[Path],
    *,
    workers: int = 1,
    on_result: Callable[[FileOutcome], None] | None = None,
    parser: Callable[[list[str], int], Iterable[ParseOutcome]] = parse_all,
) -> list[FileOutcome]:
    files = collect_files(paths)
    county_names = {r["code"]: r["name"] for r in db.query("SELECT code, name FROM counties")}
    todo, outcomes = plan(db, files)
    for outcome in outcomes:
        if on_result:
            on_result(outcome)
    for parsed in parser(todo, workers):
        result = store_outcome(db, parsed, county_names)
        outcomes.append(result)
        if on_result:
            on_result(result)
    return outcomes
