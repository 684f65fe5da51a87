"""The kvinnofrid pipeline as a library: ingest → compare → report, the way `kvinnofrid run`
does it, callable from a notebook or a batch job. The CLI (kvinnofrid/cli.py) only parses
options and prints what these functions return.

    import kvinnofrid

    ingested = kvinnofrid.ingest(["corpus"], "out/kvinnofrid.db")
    compared = kvinnofrid.compare("out/kvinnofrid.db", out="out")
    written = kvinnofrid.report("out/kvinnofrid.db", out="out")
    print(ingested.stored, compared.actions, written.folder / "index.html")

A problem the user can fix (a missing file, an unreadable corrections file, a read-only
database, an unknown framework) raises KvinnofridError with one plain line and the exit status
the CLI uses for it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from models.frameworks import DEFAULT_FRAMEWORK

if TYPE_CHECKING:
    import sqlite_utils

    from kvinnofrid.corrections import CorrectionResult
    from kvinnofrid.inputs import Batch, FileOutcome, InputPlan
    from kvinnofrid.limits import Limits
    from kvinnofrid.report import ReportFiles

PathLike = str | Path


class KvinnofridError(Exception):
    """A problem the user can fix, in one plain line; `status` is the CLI's exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


# ------------------------------------------------------------------------------- results


@dataclass
class AppliedCorrections:
    """The staff corrections applied at one stage."""

    stage: str
    file: Path
    results: list[CorrectionResult] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return sum(1 for r in self.results if r.status == "applied" and not r.pending)

    @property
    def not_applied(self) -> list[CorrectionResult]:
        return [r for r in self.results if r.status != "applied"]


@dataclass
class IngestResult:
    outcomes: list[FileOutcome] = field(default_factory=list)
    corrections: AppliedCorrections | None = None
    fast: bool = False  # the plan wrote nothing (every outcome held): nothing was read

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def stored(self) -> int:
        return self.count("stored")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if o.failed)


@dataclass
class CompareResult:
    framework: str
    goals: int  # classified in this call
    actions: int
    documents: int
    skipped: int  # documents whose labels were up to date
    analysis: str | None  # the analysis summary; None when it was up to date
    corrections: AppliedCorrections | None = None
    reused: int = 0  # goals and actions of those documents that took a stored classification


@dataclass
class RunResult:
    ingest: IngestResult | None
    compare: CompareResult | None
    report: ReportFiles | None  # None when the report was up to date
    unchanged_files: int | None = None  # set when nothing changed since the last run

    @property
    def failed(self) -> int:
        return self.ingest.failed if self.ingest else 0


# ------------------------------------------------------------------------------- databases

_OPEN: dict[Path, sqlite_utils.Database] = {}


def open_database(db: PathLike) -> sqlite_utils.Database:
    """The database at `db`, opened for writing (schema ensured) once per process."""
    from kvinnofrid.faults import describe
    from kvinnofrid.store import connect, writable

    path = Path(db)
    key = path.resolve()
    if key not in _OPEN:
        if not writable(path):
            raise KvinnofridError(
                f"cannot write the database {path}: the file or its folder is read-only"
                " (search, review, export and serve can still read it)"
            )
        try:
            _OPEN[key] = connect(path)
        except Exception as exc:  # noqa: BLE001 - any fault of the file is the user's line
            raise KvinnofridError(f"cannot open database {path}: {describe(exc)}") from None
    return _OPEN[key]


def close_databases() -> None:
    """Close the databases this process opened, so SQLite folds its write-ahead log in."""
    while _OPEN:
        _path, database = _OPEN.popitem()
        with contextlib.suppress(sqlite3.Error):
            database.conn.close()


# ------------------------------------------------------------------------------- options


def check_framework(framework: str) -> str:
    from models.frameworks import load_frameworks

    known = load_frameworks()
    if framework not in known:
        raise KvinnofridError(
            f"unknown framework {framework!r}; known: {', '.join(sorted(known))}", 2
        )
    return framework


def corrections_file(explicit: PathLike | None, folder: PathLike = "corpus") -> Path | None:
    """The staff corrections file to apply (the explicit one, else FOLDER/corrections.toml when
    it exists), checked before anything is done: one that cannot be read stops the work."""
    if explicit is not None:
        chosen: Path | None = Path(explicit)
        if not chosen.is_file():
            raise KvinnofridError(f"{chosen}: no such corrections file", 2)
    else:
        default = Path(folder) / "corrections.toml"
        chosen = default if default.exists() else None
    if chosen is not None:
        from kvinnofrid.corrections_file import check_file

        problem = check_file(chosen)
        if problem:
            raise KvinnofridError(f"{problem}; fix it and run again (nothing was changed)")
    return chosen


def apply_corrections(
    db: PathLike, corrections: Path | None, stage: str, changed: Sequence[str]
) -> AppliedCorrections | None:
    """Apply the staff corrections after extraction or after the comparison: to every document
    when the corrections file changed since it was last applied, else to the documents this
    run (re)wrote."""
    if corrections is None:
        return None
    from kvinnofrid.classification import meta_value, set_meta
    from kvinnofrid.corrections import apply_corrections as apply
    from kvinnofrid.fastpath import corrections_key
    from kvinnofrid.inputs import file_sha256

    database = open_database(db)
    digest = file_sha256(corrections)
    key = corrections_key(stage, corrections)
    documents: list[str] | None = None
    if meta_value(database, key) == digest:
        if not changed:
            return None
        documents = list(changed)
    results = apply(database, corrections, stage=stage, documents=documents)
    set_meta(database, key, digest)
    return AppliedCorrections(stage, corrections, list(results))


def _named_documents(corrections: Path | None) -> frozenset[str]:
    """The file names the corrections file names (checked readable before the batch)."""
    if corrections is None:
        return frozenset()
    from kvinnofrid.corrections_file import load_entries

    names = (e.get("document") for e in load_entries(corrections) if isinstance(e, dict))
    return frozenset(Path(str(n).strip().replace("\\", "/")).name for n in names if n)


# ------------------------------------------------------------------------------- stages


def _existing(paths: Sequence[PathLike]) -> list[Path]:
    chosen = [Path(p) for p in paths]
    missing = [p for p in chosen if not p.exists()]
    if missing:
        raise KvinnofridError("; ".join(f"{p}: no such file or folder" for p in missing), 2)
    return chosen


def _look(paths: list[Path], db: Path, limits: Limits) -> tuple[Batch, InputPlan | None]:
    """The batch's files, listed and hashed once, and its plan against the database as it is
    (None when that needs the database opened for writing)."""
    from kvinnofrid.fastpath import plan_read_only
    from kvinnofrid.inputs import database_paths, scan

    batch = scan(paths, exclude=database_paths(db))
    return batch, plan_read_only(db, batch, limits)


def ingest(
    paths: Sequence[PathLike],
    db: PathLike = "out/kvinnofrid.db",
    *,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    corrections: Path | None = None,
    limits: Limits | None = None,
    on_result: Callable[[FileOutcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestResult:
    """Read files and folders into the database: new and changed files are read (by local
    processes or a dask cluster), unchanged ones skipped, and a folder is followed (files gone
    removed, renamed ones re-pointed, the same plan twice kept once). `on_result` hears of each
    file as it is done; `on_start` gets the number of files."""
    from kvinnofrid.limits import Limits

    chosen = _existing(paths)
    limits = limits or Limits.from_env()
    batch, plan = _look(chosen, Path(db), limits)
    return _ingest(
        batch, plan, Path(db), workers=workers, executor=executor, scheduler=scheduler,
        corrections=corrections, limits=limits, on_result=on_result, on_start=on_start,
    )  # fmt: skip


def _ingest(
    batch: Batch,
    plan: InputPlan | None,
    db: Path,
    *,
    workers: int,
    executor: str,
    scheduler: str | None,
    corrections: Path | None,
    limits: Limits,
    on_result: Callable[[FileOutcome], None] | None,
    on_start: Callable[[int], None] | None,
) -> IngestResult:
    """Carry out the batch's plan (made on the database opened for writing when `plan` is
    None); nothing is opened for writing when the plan writes nothing."""
    from kvinnofrid.executor import ExecutorError, make_executor
    from kvinnofrid.fastpath import writes_nothing

    try:
        run_on = make_executor(executor, workers=workers, scheduler=scheduler, limits=limits)
    except ExecutorError as exc:
        raise KvinnofridError(str(exc), 2) from None
    if plan is not None and writes_nothing(db, plan, corrections):
        return IngestResult(plan.held, fast=True)
    from kvinnofrid.inputs import plan_batch
    from kvinnofrid.runner import carry_out
    from kvinnofrid.version import pipeline_version

    database = open_database(db)
    if plan is None:
        plan = plan_batch(database.conn, batch, limits, pipeline_version())
    if on_start is not None:
        on_start(len(batch.files))
    try:
        outcomes = carry_out(
            database, plan, run_on, on_result=on_result, named=_named_documents(corrections)
        )
    except ExecutorError as exc:
        raise KvinnofridError(str(exc), 2) from None
    stored = [o.path for o in outcomes if o.status == "stored"]
    return IngestResult(outcomes, apply_corrections(db, corrections, "extraction", stored))


def compare(
    db: PathLike = "out/kvinnofrid.db",
    framework: str = DEFAULT_FRAMEWORK,
    out: PathLike = "out",
    *,
    corrections: Path | None = None,
    graph: str | Sequence[str] = (),
) -> CompareResult:
    """Place every goal and action against the framework's objectives (items whose labels are
    up to date, or whose text and context were classified before, are skipped), then find gaps
    and overlaps (skipped when nothing they depend on changed); the graph files in `out` only
    in the formats asked for (`graph`: "graphml,gexf", ["gexf"]; none by default)."""
    from kvinnofrid.classification import classify_database, database_state, meta_value, set_meta
    from kvinnofrid.fastpath import analysis_key
    from kvinnofrid.findings import analyse_database
    from kvinnofrid.graph_files import graph_files_match

    framework = check_framework(framework)
    formats = _graph_formats(graph)
    stats = classify_database(open_database(db), framework)
    applied = apply_corrections(db, corrections, "comparison", stats.paths)
    database = open_database(db)
    out_dir = Path(out)
    key = analysis_key(framework, out_dir)
    state = database_state(database, framework)
    summary = None
    if meta_value(database, key) != state or not graph_files_match(out_dir, formats):
        summary = analyse_database(database, framework, out_dir, formats).summary()
        set_meta(database, key, state)
    return CompareResult(
        stats.framework, stats.goals, stats.actions, stats.documents, stats.skipped, summary,
        applied, stats.items_reused,
    )  # fmt: skip


def _graph_formats(graph: str | Sequence[str]) -> tuple[str, ...]:
    from kvinnofrid.graph_files import graph_formats

    try:
        return graph_formats(graph)
    except ValueError as exc:
        raise KvinnofridError(str(exc), 2) from None


def report(
    db: PathLike = "out/kvinnofrid.db",
    out: PathLike = "out",
    framework: str = DEFAULT_FRAMEWORK,
    *,
    force: bool = True,
) -> ReportFiles | None:
    """Write the comparison report to OUT/report/ (index.html, county pages, report.md,
    charts, CSV). Without `force`, None when the report is up to date with the database."""
    from kvinnofrid.classification import database_state, meta_value, set_meta
    from kvinnofrid.fastpath import report_key
    from kvinnofrid.report import write_report

    framework = check_framework(framework)
    database = open_database(db)
    out_dir = Path(out)
    key = report_key(framework, out_dir)
    state = database_state(database, framework, "report")
    index = out_dir / "report" / "index.html"
    if not force and meta_value(database, key) == state and index.is_file():
        return None
    written = write_report(database, out_dir, framework)
    set_meta(database, key, state)
    return written


def run(
    corpus: PathLike = "corpus",
    out: PathLike = "out",
    *,
    db: PathLike | None = None,
    framework: str = DEFAULT_FRAMEWORK,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    corrections: PathLike | None = None,
    limits: Limits | None = None,
    on_result: Callable[[FileOutcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    graph: str | Sequence[str] = (),
) -> RunResult:
    """Ingest everything new or changed in `corpus`, compare and report: `kvinnofrid run`
    (`graph`: the graph files to write, as in `compare`)."""
    from kvinnofrid.fastpath import nothing_to_do
    from kvinnofrid.limits import Limits

    framework = check_framework(framework)
    formats = _graph_formats(graph)
    out_dir = Path(out)
    db_path = Path(db) if db is not None else out_dir / "kvinnofrid.db"
    chosen = corrections_file(corrections, corpus)
    limits = limits or Limits.from_env()
    batch, plan = _look(_existing([corpus]), db_path, limits)
    if plan is not None:
        unchanged = nothing_to_do(db_path, plan, out_dir, framework, chosen, formats)
        if unchanged is not None:
            return RunResult(None, None, None, unchanged_files=unchanged)
    ingested = _ingest(
        batch, plan, db_path, workers=workers, executor=executor, scheduler=scheduler,
        corrections=chosen, limits=limits, on_result=on_result, on_start=on_start,
    )  # fmt: skip
    compared = compare(db_path, framework, out_dir, corrections=chosen, graph=formats)
    written = report(db_path, out_dir, framework, force=False)
    return RunResult(ingested, compared, written)
