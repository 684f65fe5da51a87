"""Ingest a batch: find files, skip unchanged ones by sha256 before any parsing, parse the rest
(each in its own child process with bounded time and memory, several at once when asked), store
each in its own transaction, report per file. Never raises for a bad file."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from ingest.source import IngestError, NeedsOCR
from kvinnofrid import store
from kvinnofrid.limits import Breach, Limits, run_each
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
    """Runs in a child: read and extract one file. Never raises, except MemoryError, which the
    limits turn into a message naming the memory limit."""
    from ingest.pipeline import file_sha256, ingest_file

    path = Path(path_str)
    try:
        size = path.stat().st_size
        sha = file_sha256(path)
    except OSError as exc:
        return ParseOutcome(
            path_str, "", 0, status="failed", error=f"cannot read file: {exc.strerror or exc}"
        )
    try:
        return ParseOutcome(path_str, sha, size, document=ingest_file(path))
    except NeedsOCR as exc:
        return ParseOutcome(path_str, sha, size, status="needs_ocr", error=str(exc))
    except IngestError as exc:
        return ParseOutcome(path_str, sha, size, status="failed", error=str(exc))
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch or show a traceback
        return ParseOutcome(
            path_str,
            sha,
            size,
            status="failed",
            error=f"internal error while reading ({type(exc).__name__}: {exc})",
        )


def summary(doc: ExtractedDocument, county_names: dict[str, str]) -> str:
    county = county_names.get(doc.county_code or "", "county unknown")
    period = ""
    if doc.period_start:
        period = f" {doc.period_start}" + (f"–{doc.period_end}" if doc.period_end else "")
    text = (
        f"{county} ({doc.county_code or '?'}), {doc.kind}{period}: "
        f"{len(doc.goals)} goals, {len(doc.actions)} actions"
    )
    if doc.text_source.startswith(("ocr", "pdf+ocr")):
        text += f" (read with OCR: {doc.text_source})"
    if not doc.goals and not doc.actions:
        text += "; no plan structure (goals/actions) recognised, stored without goals"
    return text


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
                goals = db.execute(
                    "SELECT count(*) FROM goals WHERE document_id = ?", [row["id"]]
                ).fetchone()[0]
                actions = db.execute(
                    "SELECT count(*) FROM actions WHERE document_id = ?", [row["id"]]
                ).fetchone()[0]
                done.append(FileOutcome(key, "unchanged", "unchanged, skipped", goals, actions))
                continue
            if row["status"] == "failed":
                done.append(
                    FileOutcome(key, "failed", f"{row['error']} (unchanged since last run)")
                )
                continue
        todo.append(key)
    return todo, done


def store_outcome(
    db: sqlite_utils.Database, outcome: ParseOutcome, county_names: dict[str, str]
) -> FileOutcome:
    version = pipeline_version()
    if outcome.document is not None:
        store.store_document(db, outcome.document, size=outcome.size, version=version)
        doc = outcome.document
        return FileOutcome(
            outcome.path, "stored", summary(doc, county_names), len(doc.goals), len(doc.actions)
        )
    error = outcome.error or "unknown error"
    written = store.store_failure(
        db, path=outcome.path, sha256=outcome.sha256, size=outcome.size,
        status=outcome.status, error=error, version=version,
    )  # fmt: skip
    if not written:
        return FileOutcome(outcome.path, "kept", f"{error}; the previously stored version is kept")
    return FileOutcome(outcome.path, outcome.status, error)


def warm_up() -> None:
    """Load what every parse needs (lexicons, the agency recogniser) once in this process, so
    that the child processes forked for each document start warm. Best effort: a failure here
    shows up again, per file, when the file is parsed."""
    from ingest.pipeline import extract
    from ingest.source import Line, SourceDocument

    sample = [
        Line(1, "Handlingsplan mot vald i nara relationer i lanet 2020-2022"),
        Line(1, "MAL 1: Vald ska forebyggas"),
        Line(1, "Atgard | Ansvarig", cells=("Atgard", "Ansvarig"), table=1),
        Line(1, "1.1 Utbilda | Lansstyrelsen i samverkan med lanets kommuner",
             cells=("1.1 Utbilda", "Lansstyrelsen i samverkan med lanets kommuner"), table=1),
    ]  # fmt: skip
    with contextlib.suppress(Exception):  # best effort
        extract(SourceDocument(path="warm-up", sha256="", media_type="text", pages=1, lines=sample))


def _breach_outcome(path_str: str, breach: Breach) -> ParseOutcome:
    from ingest.pipeline import file_sha256

    try:
        size, sha = Path(path_str).stat().st_size, file_sha256(Path(path_str))
    except OSError:
        size, sha = 0, ""
    return ParseOutcome(path_str, sha, size, status="failed", error=breach.message)


def parse_all(
    paths: list[str], workers: int, limits: Limits | None = None
) -> Iterator[ParseOutcome]:
    """Parse each file in its own child process under the limits (time, memory), at most
    `workers` at once; yields as each finishes. A blown limit or a crashed child fails only its
    file, with a plain message."""
    if not paths:
        return
    limits = limits or Limits.from_env()
    warm_up()
    for path_str, result in run_each(parse_one, paths, workers=workers, limits=limits):
        if isinstance(result, ParseOutcome):
            yield result
        elif isinstance(result, Breach):
            yield _breach_outcome(path_str, result)
        else:
            yield _breach_outcome(path_str, Breach("crash", "the reader returned nothing usable"))


def ingest_paths(
    db: sqlite_utils.Database,
    paths: list[Path],
    *,
    workers: int = 1,
    on_result: Callable[[FileOutcome], None] | None = None,
    parser: Callable[[list[str], int], Iterable[ParseOutcome]] | None = None,
    limits: Limits | None = None,
) -> list[FileOutcome]:
    """Ingest files and folders into db; on_result is called for each file as it is done.
    limits default to Limits.from_env() (120 s and 2 GB per document)."""
    if parser is None:

        def parser(todo: list[str], n: int) -> Iterable[ParseOutcome]:
            return parse_all(todo, n, limits)

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
