"""Carry out a batch's plan (kvinnofrid/inputs.py): re-point renamed documents and remove
gone ones (kvinnofrid/mirror.py), report the files whose stored outcome holds, hand the files
to read to an executor (kvinnofrid/executor.py: each in its own child process with bounded
time and memory, or on a Dask cluster), store each outcome in its own transaction, keep the
same plan twice once. Never raises for a bad file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kvinnofrid import mirror, store
from kvinnofrid.faults import plural
from kvinnofrid.inputs import (
    FileOutcome,
    InputPlan,
    attached_database_paths,
    plan_batch,
    scan,
)
from kvinnofrid.limits import Limits
from kvinnofrid.parsing import ParseOutcome, warm_up  # noqa: F401 (warm_up re-exported)
from kvinnofrid.version import pipeline_version
from models.records import ExtractedDocument

if TYPE_CHECKING:
    import sqlite_utils

    from kvinnofrid.executor import Executor


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
    limits: Limits | None = None,
    executor: Executor | None = None,
    named: frozenset[str] = frozenset(),
) -> list[FileOutcome]:
    """Ingest files and folders into db: look at them and plan once (kvinnofrid/inputs.py),
    then carry the plan out. The files are parsed by `executor` (default: local child
    processes, `workers` at once, under `limits`, which default to Limits.from_env())."""
    from kvinnofrid.executor import LocalExecutor

    limits = limits or Limits.from_env()
    batch = scan(paths, exclude=attached_database_paths(db.conn))
    plan = plan_batch(db.conn, batch, limits, pipeline_version())
    chosen = executor or LocalExecutor(workers, limits)
    return carry_out(db, plan, chosen, on_result=on_result, named=named)


def carry_out(
    db: sqlite_utils.Database,
    plan: InputPlan,
    executor: Executor,
    *,
    on_result: Callable[[FileOutcome], None] | None = None,
    named: frozenset[str] = frozenset(),
) -> list[FileOutcome]:
    """Do what the plan decided; on_result is called for each file as it is done. The
    database follows the folders (kvinnofrid/mirror.py): gone files removed, renamed ones
    re-pointed, the same plan twice kept once (preferring the file names in `named`, those
    the corrections name). Stored one transaction per document."""

    def report(outcome: FileOutcome) -> FileOutcome:
        if on_result:
            on_result(outcome)
        return outcome

    followed = [report(o) for o in mirror.repoint(db, plan.decided("rename"))]
    followed += [report(o) for o in mirror.remove(db, plan.gone)]
    outcomes = [report(o) for o in plan.held]
    to_read = plan.to_read
    if to_read:
        county_names = {r["code"]: r["name"] for r in db.query("SELECT code, name FROM counties")}
        for parsed in executor.parse(to_read):
            outcomes.append(report(store_outcome(db, parsed, county_names)))
    if any(o.status == "stored" for o in outcomes):
        for change in mirror.keep_once(db, named):
            outcomes = [o for o in outcomes if o.path != change.path] + [report(change)]
    return followed + outcomes
