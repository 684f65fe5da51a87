"""Faults of the machine, not of a document, through the real CLI on a real database: a
database the user cannot write is read read-only; a full disk, a path that cannot be written and
a wrong export target each give one plain line and exit 1 (2 for a usage mistake), never a
traceback; the report is written aside and moved into place, so a failure leaves the previous
report whole."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CORPUS, copy_database, run_cli

IS_ROOT = os.geteuid() == 0


def clean_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The one error line of a command that failed as it should."""
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1, result.stderr
    return errors[0]


def _mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@pytest.fixture
def read_only_db(tmp_path: Path, research_db: Path) -> Iterator[Path]:
    """A copy of the research database (WAL mode, no -wal/-shm beside it) that this user cannot
    write: on a read-only file system when we are root (root ignores file modes), else in a
    folder without write permission."""
    folder = tmp_path / "ro"
    if IS_ROOT:
        if not _mount(folder, "size=16m"):
            pytest.skip("cannot mount a tmpfs to make a read-only file system")
        copy_database(research_db, folder / "kvinnofrid.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        try:
            yield folder / "kvinnofrid.db"
        finally:
            _umount(folder)
        return
    copy_database(research_db, folder / "kvinnofrid.db")
    (folder / "kvinnofrid.db").chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder / "kvinnofrid.db"
    finally:
        folder.chmod(0o755)


def test_read_only_database_can_be_searched_reviewed_and_exported(
    read_only_db: Path, tmp_path: Path
) -> None:
    found = run_cli("search", "våld*", "--db", read_only_db)
    assert found.returncode == 0 and "matches" in found.stderr, found.stderr
    assert "Traceback" not in found.stderr
    reviewed = run_cli("review", "-n", "3", "--db", read_only_db)
    assert reviewed.returncode == 0 and reviewed.stdout.strip(), reviewed.stderr
    exported = run_cli("export", "-f", "csv", "-o", tmp_path / "csv", "--db", read_only_db)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "csv" / "actions.csv").stat().st_size > 100
    assert not list(read_only_db.parent.glob("*-wal"))


def test_read_only_database_refuses_writing_commands_in_one_line(read_only_db: Path) -> None:
    line = clean_failure(run_cli("compare", "--db", read_only_db))
    assert "cannot write the database" in line and str(read_only_db) in line


def test_unwritable_output_path_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "stockholm_avsiktsforklaring_2019.txt", corpus)
    line = clean_failure(run_cli("run", "--corpus", corpus, "--out", blocker / "out"))
    assert "a-file" in line


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("-f", "csv", "-o", "{tmp}/y.xlsx"), 2, "csv export writes a folder"),
        (("-f", "xlsx", "-o", "{tmp}"), 2, "is a folder"),
        (("-f", "xlsx", "-o", "{tmp}/a-file/x.xlsx"), 2, "is a file, not a folder"),
        (("-f", "xlsx", "-o", "/proc/kvinnofrid/x.xlsx"), 1, "cannot export to"),
        (("-f", "csv", "-o", "{tmp}/a-file"), 2, "is a file"),
    ],
)
def test_export_to_a_wrong_target_is_one_line(
    research_db: Path, tmp_path: Path, args: tuple[str, ...], code: int, words: str
) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result = run_cli("export", *(a.format(tmp=tmp_path) for a in args), "--db", research_db)
    assert words in clean_failure(result, code)
    assert not (tmp_path / "y.xlsx").exists()


def test_export_xlsx_writes_the_workbook(research_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "k.xlsx"
    result = run_cli("export", "-f", "xlsx", "-o", target, "--db", research_db)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:2] == b"PK" and not list(target.parent.glob(".*partial"))


# ---------------------------------------------------------------- a full disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not IS_ROOT:
        pytest.skip("needs root to mount a small tmpfs (see the in-process test below)")
    disk = tmp_path / "disk"
    if not _mount(disk, "size=16m"):  # room for a copy of the report; _fill leaves the rest
        pytest.skip("cannot mount a tmpfs")
    try:
        yield disk
    finally:
        _umount(disk)


def _fill(disk: Path, leave: int) -> None:
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with (disk / "filler").open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def test_full_disk_during_report_leaves_the_previous_report_whole(
    small_disk: Path, run_out: Path, tmp_path: Path
) -> None:
    db = copy_database(run_out / "kvinnofrid.db", tmp_path / "k.db")
    out = small_disk / "out"
    report = out / "report"
    shutil.copytree(run_out / "report", report)
    before = {p.name: p.read_bytes() for p in report.iterdir()}
    _fill(small_disk, 64 * 1024)
    line = clean_failure(run_cli("report", "--db", db, "--out", out))
    assert "no space left" in line
    assert {p.name: p.read_bytes() for p in report.iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == ["report"]  # nothing half-written beside it


def test_full_disk_during_ingest_is_one_line(small_disk: Path, corpus_copy: Path) -> None:
    _fill(small_disk, 96 * 1024)
    result = run_cli("ingest", corpus_copy, "--db", small_disk / "k.db")
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "disk is full" in result.stderr or "no space left" in result.stderr, result.stderr


def test_report_failure_in_process_keeps_the_old_report(
    run_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvinnofrid.report import write_report
    from kvinnofrid.store import connect

    out = tmp_path / "out"
    shutil.copytree(run_out / "report", out / "report")
    before = {p.name: p.read_bytes() for p in (out / "report").iterdir()}
    db = connect(copy_database(run_out / "kvinnofrid.db", tmp_path / "k.db"))
    real = Path.write_text

    def full_disk(self: Path, *args: object, **kwargs: object) -> int:
        if self.name == "overlaps.csv":
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(OSError):
        write_report(db, out)
    assert {p.name: p.read_bytes() for p in (out / "report").iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == ["report"]
    from kvinnofrid.faults import describe

    assert (
        describe(OSError(errno.ENOSPC, "x", "/o/r.csv")) == "/o/r.csv: no space left on the device"
    )


# ---------------------------------------------------------------- text in UTF-16 and UTF-32


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    name = "kronoberg_handlingsplan_2018-2026.txt"
    text = (CORPUS / name).read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "plan.txt").write_bytes(data)
    ours = run_cli("ingest", tmp_path / "plan.txt", "--db", tmp_path / "k.db")
    theirs = run_cli("ingest", CORPUS / name, "--db", tmp_path / "ref.db")
    assert ours.returncode == 0, ours.stdout
    summary = ours.stdout.split(": ", 1)[1].splitlines()[0]
    assert summary == theirs.stdout.split(": ", 1)[1].splitlines()[0]
    assert "20 goals, 20 actions" in summary


# ---------------------------------------------------------------- polish


def test_version_and_help_without_type_placeholders() -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("kvinnofrid ")
    for command in ("search", "serve", "run", "ingest"):
        shown = run_cli(command, "--help")
        assert shown.returncode == 0 and "<bool>" not in shown.stdout, shown.stdout


def test_cli_counts_use_singular_and_plural(tmp_path: Path) -> None:
    result = run_cli(
        "ingest", CORPUS / "stockholm_avsiktsforklaring_2019.txt", "--db", tmp_path / "k.db"
    )
    assert result.returncode == 0
    assert "1 goal, 0 actions" in result.stdout and "1 goals" not in result.stdout
    assert "1 file: 1 stored" in result.stdout
    unknown = tmp_path / "anteckning.txt"
    unknown.write_text("Anteckningar från ett möte.\nInget om något län.\n", encoding="utf-8")
    result = run_cli("ingest", unknown, "--db", tmp_path / "k.db")
    assert "(?)" not in result.stdout and "okand" not in result.stdout, result.stdout
    assert "no county recognised" in result.stdout


@pytest.mark.parametrize(
    "command", [("search", "våld"), ("review",), ("export", "-o", "{tmp}/x.xlsx")]
)
def test_a_file_that_is_no_database_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    notes = tmp_path / "anteckningar.db"
    notes.write_text("Det här är ingen databas.\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    args = [a.format(tmp=tmp_path) for a in command]
    line = clean_failure(run_cli(*args, "--db", notes))
    assert "not a kvinnofrid (SQLite) database" in line and "anteckningar.db" in line
    assert notes.read_bytes() == before
