"""Bad input through the real CLI: every case of issue 5 in one batch beside a good plan. Each
bad file gets one clear line naming it and its problem, the batch goes on, failed files leave
no goals or actions, the database passes its integrity and foreign-key checks, and a re-run
changes nothing. Also the limits on their own (time, memory, a crashing reader)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from kvinnofrid.limits import Breach, Limits, run_each
from tests.badinput import HTML, SCRIPT, SQL, BadCase, build_bad_batch
from tests.conftest import CORPUS, run_cli

GOOD = "stockholm_handlingsplan_2020-2022.txt"
# The bomb inflates to 400 MB; 1 GB of address space is not enough for a reader to parse it.
LIMITS_ENV = {"KVINNOFRID_MEMORY_LIMIT": "1024", "KVINNOFRID_TIME_LIMIT": "60"}


def _q(db: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[BadCase], object]:
    root = tmp_path_factory.mktemp("bad")
    batch = root / "batch"
    cases = build_bad_batch(batch)
    shutil.copy(CORPUS / GOOD, batch / GOOD)
    db = root / "out" / "k.db"
    result = run_cli("ingest", batch, "--db", db, "--workers", "2", env=LIMITS_ENV)
    return batch, db, cases, result


def _line_for(stdout: str, name: str) -> str:
    lines = [ln for ln in stdout.splitlines() if name in ln]
    assert len(lines) == 1, f"expected one line for {name}, got {lines}\n{stdout}"
    return lines[0]


def test_every_bad_file_gets_one_clear_line_and_the_batch_goes_on(bad_run) -> None:
    batch, db, cases, result = bad_run
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "Traceback" not in out + result.stderr
    for case in cases:
        line = _line_for(out, case.name)
        assert case.problem in line.lower(), line
        assert line.startswith("✓" if case.stored_ok else "✗"), line
    assert _line_for(out, GOOD).startswith("✓")
    failed = sum(1 for c in cases if not c.stored_ok)
    assert (
        f"{len(cases) + 1} files: {len(cases) + 1 - failed} stored, 0 unchanged, {failed} failed"
        in out
    )


def test_the_bomb_is_stopped_by_a_limit_with_a_plain_message(bad_run) -> None:
    _, db, _, result = bad_run
    line = _line_for(result.stdout, "bomb.pdf")
    # the memory limit, or on a busy machine the time limit (which grows with a PDF's pages)
    assert "needed more than 1 GB of memory" in line or re.search(r"took longer than \d+ s", line)
    ((status, error),) = _q(db, "SELECT status, error FROM documents WHERE file_name = 'bomb.pdf'")
    assert status == "failed" and error in line


def test_database_is_consistent_and_failed_files_left_nothing(bad_run) -> None:
    _, db, cases, _ = bad_run
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]
    assert _q(db, "PRAGMA foreign_key_check") == []
    rows = {r[0]: r[1:] for r in _q(db, "SELECT file_name, status, error, id FROM documents")}
    assert set(rows) == {c.name for c in cases} | {GOOD}
    for case in cases:
        status, error, doc_id = rows[case.name]
        goals = _q(db, "SELECT count(*) FROM goals WHERE document_id = ?", doc_id)[0][0]
        actions = _q(db, "SELECT count(*) FROM actions WHERE document_id = ?", doc_id)[0][0]
        if case.stored_ok:
            assert status == "ok" and error is None, case
        else:
            assert status in {"failed", "needs_ocr"} and error, case
            assert (goals, actions) == (0, 0), case
    # the good plan beside them is complete; the non-plan got no invented goals
    _, _, good_id = rows[GOOD]
    assert _q(db, "SELECT count(*) FROM actions WHERE document_id = ?", good_id)[0][0] == 41
    _, _, recipe_id = rows["recept.txt"]
    assert _q(db, "SELECT count(*) FROM goals WHERE document_id = ?", recipe_id)[0][0] == 0


def test_files_are_read_by_content_not_by_name(bad_run) -> None:
    _, db, _, _ = bad_run
    got = dict(_q(db, "SELECT file_name, text_source FROM documents WHERE status = 'ok'"))
    assert got["egentligen_text.pdf"].startswith("text")
    assert got["egentligen_pdf.txt"].startswith("pdf")
    actions = _q(db, "SELECT a.text FROM actions a JOIN documents d ON d.id = a.document_id "
                     "WHERE d.file_name = 'egentligen_pdf.txt' ORDER BY a.number")  # fmt: skip
    assert [a for (a,) in actions] == [
        "Utbilda socialtjänsten om våld i nära relationer",
        "Stärka kvinnojourernas arbete",
    ]


def test_markup_and_sql_are_stored_verbatim_and_inert(bad_run) -> None:
    _, db, _, _ = bad_run
    (title,), = _q(db, "SELECT g.title FROM goals g JOIN documents d ON d.id = g.document_id "
                       "WHERE d.file_name = 'markup.txt'")  # fmt: skip
    assert title.endswith(f"{SCRIPT} {SQL}")
    texts = [t for (t,) in _q(db, "SELECT a.text FROM actions a JOIN documents d "
                                  "ON d.id = a.document_id WHERE d.file_name = 'markup.txt'")]  # fmt: skip
    assert any(t.endswith(f"{HTML} {SQL}") for t in texts), texts
    # the tables the SQL names are all still there, with their rows
    assert _q(db, "SELECT count(*) FROM goals")[0][0] > 8


def test_rerun_changes_nothing(bad_run) -> None:
    batch, db, cases, first = bad_run
    before = _dump(db)
    version = _q(db, "SELECT DISTINCT pipeline_version FROM documents")
    again = run_cli("ingest", batch, "--db", db, "--workers", "2", env=LIMITS_ENV)
    assert again.returncode == 1
    assert "Traceback" not in again.stdout + again.stderr
    if _q(db, "SELECT DISTINCT pipeline_version FROM documents") != version:
        pytest.skip(
            "models/data changed while the test ran (new pipeline version): re-ingest is right"
        )
    assert _dump(db) == before
    for case in cases:
        line = _line_for(again.stdout, case.name)
        if case.stored_ok:
            assert "unchanged, skipped" in line, line
        else:
            assert "unchanged since last run" in line, line
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]


def test_missing_tesseract_is_recorded_as_needing_ocr(tmp_path: Path) -> None:
    from tests.pdfgen import build_scanned_pdf, build_text_pdf

    text_pdf = build_text_pdf(tmp_path / "plan.pdf", [["Handlingsplan mot våld i nära relationer"]])
    folder = tmp_path / "in"
    folder.mkdir()
    build_scanned_pdf(text_pdf, folder / "skannad.pdf", dpi=50)
    db = tmp_path / "k.db"
    env = {**LIMITS_ENV, "KVINNOFRID_TESSERACT": str(tmp_path / "no-such-tesseract")}
    result = run_cli("ingest", folder, "--db", db, env=env)
    assert result.returncode == 1
    line = _line_for(result.stdout, "skannad.pdf")
    assert "needs OCR" in line and "apt-get install tesseract-ocr tesseract-ocr-swe" in line, line
    assert _q(db, "SELECT status FROM documents") == [("needs_ocr",)]
    assert _q(db, "SELECT count(*) FROM goals") == [(0,)]
    before = _dump(db)
    again = run_cli("ingest", folder, "--db", db, env=env)
    assert again.returncode == 1 and _dump(db) == before


# --------------------------------------------------------------------------- the limits alone


def _sleep_forever(_: str) -> str:
    time.sleep(600)
    return "woke up"


def _allocate(_: str) -> bytes:
    return bytes(3 * 1024**3)


def _die(_: str) -> str:
    os.kill(os.getpid(), 9)
    return "unreachable"


def _echo(item: str) -> str:
    return item.upper()


def test_limits_turn_time_memory_and_crashes_into_messages() -> None:
    limits = Limits(seconds=2, memory_mb=512)
    results = dict(run_each(_echo, ["a", "b", "c"], workers=2, limits=limits))
    assert results == {"a": "A", "b": "B", "c": "C"}
    ((_, slow),) = run_each(_sleep_forever, ["x"], workers=1, limits=limits)
    assert isinstance(slow, Breach) and slow.kind == "time"
    assert slow.message.startswith("took longer than 2 s to read")
    ((_, big),) = run_each(_allocate, ["x"], workers=1, limits=limits)
    assert isinstance(big, Breach) and big.kind == "memory"
    assert big.message.startswith("needed more than 512 MB of memory")
    ((_, dead),) = run_each(_die, ["x"], workers=1, limits=limits)
    assert isinstance(dead, Breach) and "SIGKILL" in dead.message


def test_limits_from_environment() -> None:
    assert Limits.from_env({}) == Limits(120.0, 2048)
    assert Limits.from_env(
        {"KVINNOFRID_TIME_LIMIT": "5", "KVINNOFRID_MEMORY_LIMIT": "300"}
    ) == Limits(5.0, 300)
    assert "2 GB" in Limits().memory_message()
    with pytest.raises(ValueError, match="KVINNOFRID_TIME_LIMIT"):
        Limits.from_env({"KVINNOFRID_TIME_LIMIT": "-1"})


def test_an_allocation_that_failed_without_an_exception_counts_as_memory() -> None:
    from ingest.source import IngestError
    from kvinnofrid.parsing import _caused_by_memory

    def wrapped(cause: BaseException) -> IngestError:
        try:
            raise IngestError("PDF is damaged or truncated") from cause
        except IngestError as exc:
            return exc

    failed = SystemError("<function Page.objects> returned NULL without setting an exception")
    assert _caused_by_memory(wrapped(failed))
    assert _caused_by_memory(wrapped(MemoryError()))
    assert not _caused_by_memory(wrapped(SystemError("unknown opcode")))
    assert not _caused_by_memory(wrapped(ValueError("bad xref")))
