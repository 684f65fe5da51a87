"""The inputs of a batch, looked at once: the files it takes (listed once), each file's size,
mtime and sha256 (read and hashed once), and what the batch does with each, decided once
against the database:

- read:   new, changed (other sha256 or pipeline version), or worth reading again (a failure on
          other limits than today's, a scan that needed OCR now that Tesseract is here, a
          duplicate whose kept plan is gone or read again);
- skip:   its stored outcome still holds (unchanged; failed or needing OCR, unchanged; a
          duplicate of a plan that stays), or the file cannot be read;
- rename: the file is a stored document whose file is gone from the folder (same sha256):
          re-point the document, read nothing;
and, for the folders followed, the stored documents whose file left them: remove (`gone`).

The plan (InputPlan) is carried out by kvinnofrid/runner.py (re-point, remove, hand the files
to read to an executor, store) and read by the fast path (kvinnofrid/fastpath.py: a run with
nothing to write). Standard library only, and the database is read through a plain sqlite3
connection, so a run with nothing to do decides that before any heavy import."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kvinnofrid.limits import Limits

IGNORED_NAMES = ("readme", "corrections", "license")
DATABASE_SUFFIXES = ("-wal", "-shm", "-journal")

Decision = Literal["read", "skip", "rename"]


# ------------------------------------------------------------------------------- files


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


def database_paths(main: Path) -> set[Path]:
    """A SQLite database's own files: main, -wal, -shm, -journal."""
    main = main.resolve()
    return {main, *(main.with_name(main.name + s) for s in DATABASE_SUFFIXES)}


def attached_database_paths(conn: sqlite3.Connection) -> set[Path]:
    """The own files of every database the connection has open: never ingested, even when the
    database lives inside the folder being ingested."""
    found: set[Path] = set()
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[2]:
            found |= database_paths(Path(row[2]))
    return found


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class InputFile:
    """One file of a batch as it was when the batch looked at it. `path` is absolute and
    resolved: the key the database stores. `error` says why it could not be read (then
    sha256 is "")."""

    path: str
    size: int
    mtime: float
    sha256: str
    error: str | None = None


def look_at(path: Path) -> InputFile:
    """Stat and hash one file (the only place a batch reads a file's bytes before parsing)."""
    key = str(path.resolve())
    try:
        stat = path.stat()
        return InputFile(key, stat.st_size, stat.st_mtime, file_sha256(path))
    except OSError as exc:
        return InputFile(key, 0, 0.0, "", f"cannot read file: {exc.strerror or exc}")


@dataclass(frozen=True)
class Batch:
    """What a batch was given: its files, each looked at once, and the folders it follows."""

    files: list[InputFile]
    folders: list[Path]


def scan(paths: Sequence[Path], exclude: Iterable[Path] = ()) -> Batch:
    """List the files under `paths` once (without the database's own files, `exclude`) and
    look at each once."""
    skip = set(exclude)
    files = [look_at(f) for f in collect_files(paths) if f.resolve() not in skip]
    return Batch(files, [p.resolve() for p in paths if p.is_dir()])


# ------------------------------------------------------------------------------- outcomes


@dataclass
class FileOutcome:
    """What became of one file (or one stored document the batch removed), as one line."""

    path: str
    status: str  # stored | unchanged | failed | needs_ocr | kept | renamed | removed | duplicate
    message: str
    goals: int = 0
    actions: int = 0

    @property
    def failed(self) -> bool:
        return self.status in {"failed", "needs_ocr", "kept"}


# ------------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class Planned:
    """One file and what to do with it. For `skip` and `rename`, `outcome` is the line to
    report; for `rename`, `document_id` is the stored document to re-point to the file."""

    file: InputFile
    decision: Decision
    outcome: FileOutcome | None = None
    document_id: int | None = None


@dataclass(frozen=True)
class Gone:
    """A stored document under a followed folder whose file is no longer there."""

    document_id: int
    path: str
    goals: int
    actions: int


@dataclass
class InputPlan:
    """The batch's work, decided once: per file (in the order they are reported and read) and
    the documents to remove."""

    files: list[Planned] = field(default_factory=list)
    gone: list[Gone] = field(default_factory=list)

    def decided(self, decision: Decision) -> list[Planned]:
        return [p for p in self.files if p.decision == decision]

    @property
    def to_read(self) -> list[InputFile]:
        return [p.file for p in self.decided("read")]

    @property
    def held(self) -> list[FileOutcome]:
        """The outcomes of the files skipped (their stored outcome holds, or unreadable)."""
        return [p.outcome for p in self.decided("skip") if p.outcome is not None]

    @property
    def writes_nothing(self) -> bool:
        """Nothing to read, re-point or remove: the plan's outcomes are the batch's."""
        return not self.gone and all(p.decision == "skip" for p in self.files)


_DOCUMENTS = (
    "SELECT id, path, file_name, sha256, pipeline_version, status, error, duplicate_of"
    " FROM documents ORDER BY path"
)


def _within(path: str, folders: Iterable[Path]) -> bool:
    return any(path.startswith(str(folder) + os.sep) for folder in folders)


def _counts(conn: sqlite3.Connection, table: str) -> dict[int, int]:
    return dict(conn.execute(f"SELECT document_id, count(*) FROM {table} GROUP BY document_id"))


def plan_batch(
    conn: sqlite3.Connection | None, batch: Batch, limits: Limits, version: str
) -> InputPlan:
    """Decide, once, what the batch does with each file and which stored documents it removes,
    from the database as `conn` shows it (None: no database yet, every readable file is read).
    Reads the database only; raises sqlite3.Error when it cannot (the caller decides again
    on the database opened for writing, its schema brought up to date)."""
    if conn is None:
        rows: list[sqlite3.Row] = []
        goals: dict[int, int] = {}
        actions: dict[int, int] = {}
    else:
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        rows = cursor.execute(_DOCUMENTS).fetchall()
        goals, actions = _counts(conn, "goals"), _counts(conn, "actions")
    by_path = {row["path"]: row for row in rows}
    by_id = {row["id"]: row for row in rows}
    present = {f.path for f in batch.files}
    gone_rows = [r for r in rows if _within(r["path"], batch.folders) and r["path"] not in present]
    renamable: dict[str, sqlite3.Row] = {}
    for row in gone_rows:
        renamable.setdefault(row["sha256"], row)

    plan = InputPlan()
    duplicates: list[tuple[InputFile, sqlite3.Row]] = []
    for f in batch.files:
        row = by_path.get(f.path)
        if f.error is not None:
            plan.files.append(Planned(f, "skip", FileOutcome(f.path, "failed", f.error)))
        elif row is None:
            old = renamable.pop(f.sha256, None)
            if old is None:
                plan.files.append(Planned(f, "read"))
                continue
            outcome = FileOutcome(
                f.path, "renamed",
                f"renamed from {old['file_name']} (same content): re-pointed, not read again",
                goals.get(old["id"], 0), actions.get(old["id"], 0),
            )  # fmt: skip
            plan.files.append(Planned(f, "rename", outcome, old["id"]))
        elif row["sha256"] != f.sha256 or row["pipeline_version"] != version:
            plan.files.append(Planned(f, "read"))
        elif row["status"] == "duplicate":
            duplicates.append((f, row))
        else:
            held = _still_holds(row, limits, goals, actions)
            plan.files.append(Planned(f, "read") if held is None else Planned(f, "skip", held))
    renamed = {p.document_id for p in plan.decided("rename")}
    plan.gone = [
        Gone(r["id"], r["path"], goals.get(r["id"], 0), actions.get(r["id"], 0))
        for r in gone_rows
        if r["id"] not in renamed
    ]
    removed = {g.document_id for g in plan.gone}
    read_again = {f.path for f in plan.to_read}
    for f, row in duplicates:  # holds while the document it repeats stays as it is
        kept = by_id.get(row["duplicate_of"])
        if (
            kept is not None
            and kept["status"] == "ok"
            and kept["id"] not in removed
            and kept["path"] not in read_again
        ):
            outcome = FileOutcome(f.path, "duplicate", row["error"] or "duplicate")
            plan.files.append(Planned(f, "skip", outcome))
        else:
            plan.files.append(Planned(f, "read"))
    return plan


def _still_holds(
    row: sqlite3.Row, limits: Limits, goals: dict[int, int], actions: dict[int, int]
) -> FileOutcome | None:
    """The stored outcome of an unchanged file when reading it again would give the same;
    None when it is worth reading again."""
    if row["status"] == "ok":
        return FileOutcome(
            row["path"], "unchanged", "unchanged, skipped",
            goals.get(row["id"], 0), actions.get(row["id"], 0),
        )  # fmt: skip
    error = row["error"] or ""
    if row["status"] == "needs_ocr":
        from ingest.ocr import tesseract_problem

        if tesseract_problem() is None:
            return None  # Tesseract is here now
        return FileOutcome(row["path"], "needs_ocr", f"{error} (unchanged since last run)")
    from dataclasses import replace

    from kvinnofrid.limits import document_seconds, is_limit_error

    if is_limit_error(error):
        # the time a document may take grows with a PDF's pages: compare with its own limit
        own = replace(limits, seconds=document_seconds(limits, row["path"]))
        if error not in {own.time_message(), limits.memory_message()}:
            return None  # failed on other limits than today's
    return FileOutcome(row["path"], "failed", f"{error} (unchanged since last run)")
