"""Crash and concurrency safety through the real CLI: an ingest killed with SIGKILL in the middle
of a batch leaves a database that passes its checks and that a re-run completes; two ingests of
the same folder into the same database at once both succeed without duplicate documents."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, run_cli

SOURCES = ("stockholm_handlingsplan_2020-2022.txt", "kronoberg_handlingsplan_2018-2026.txt")


def _copies(folder: Path, per_source: int) -> list[Path]:
    """per_source copies of each source plan, each with a small edit (a different sha256)."""
    folder.mkdir(parents=True)
    made: list[Path] = []
    for source in SOURCES:
        text = (CORPUS / source).read_text(encoding="utf-8")
        stem = source.removesuffix(".txt")
        for i in range(per_source):
            path = folder / f"{stem}_kopia{i:02d}.txt"
            path.write_text(text + f"\n\nKopia {i} för test av avbrott.\n", encoding="utf-8")
            made.append(path)
    return made


def _q(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _stored(db: Path) -> int:
    """Documents stored whole: read (ok), or found to repeat another and kept once there
    (duplicate: the copies here are one plan with a small edit each)."""
    if not db.exists():
        return 0
    try:
        return _q(db, "SELECT count(*) FROM documents WHERE status IN ('ok', 'duplicate')")[0][0]
    except sqlite3.OperationalError:  # schema not created yet, or locked for a moment
        return 0


def _check_consistent(db: Path) -> None:
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]
    assert _q(db, "PRAGMA foreign_key_check") == []
    assert _q(db, "SELECT count(*) - count(DISTINCT path) FROM documents") == [(0,)]
    # every stored copy of a plan is whole: all copies of one source have the same counts
    rows = _q(db, """
        SELECT d.file_name,
               (SELECT count(*) FROM goals g WHERE g.document_id = d.id),
               (SELECT count(*) FROM actions a WHERE a.document_id = d.id),
               (SELECT count(*) FROM action_agencies x JOIN actions a ON a.id = x.action_id
                 WHERE a.document_id = d.id)
        FROM documents d WHERE d.status = 'ok'""")  # fmt: skip
    for source in SOURCES:
        counts = {r[1:] for r in rows if r[0].startswith(source.removesuffix(".txt"))}
        assert len(counts) <= 1, (source, counts)
        assert all(c[1] > 0 for c in counts), (source, counts)


def test_sigkill_mid_batch_leaves_a_sound_database_and_a_rerun_completes(tmp_path: Path) -> None:
    files = _copies(tmp_path / "batch", per_source=10)
    db = tmp_path / "out" / "k.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kvinnofrid", "ingest", str(tmp_path / "batch"), "--db", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while _stored(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    before = _stored(db)
    assert 3 <= before < len(files), before
    _check_consistent(db)

    rerun = run_cli("ingest", tmp_path / "batch", "--db", db)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{len(files)} files: " in rerun.stdout and " 0 failed" in rerun.stdout
    assert f"; {len(files) - len(SOURCES)} duplicates" in rerun.stdout  # kept once per plan
    assert _stored(db) == len(files)
    assert _q(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(len(SOURCES),)]
    _check_consistent(db)


@pytest.mark.slow
def test_two_ingests_at_once_both_succeed_without_duplicates(tmp_path: Path) -> None:
    files = _copies(tmp_path / "batch", per_source=2)
    db = tmp_path / "out" / "k.db"
    command = [
        sys.executable,
        "-m",
        "kvinnofrid",
        "ingest",
        str(tmp_path / "batch"),
        "--db",
        str(db),
        "-w",
        "1",
    ]
    env = {**os.environ, "COLUMNS": "200"}
    runs = [
        subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, out + err
        assert "Traceback" not in out + err
        assert f"{len(files)} files:" in out and "0 failed" in out
    assert _q(db, "SELECT count(*), count(DISTINCT path) FROM documents") == [
        (len(files), len(files))
    ]
    assert _stored(db) == len(files)
    assert _q(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(len(SOURCES),)]
    _check_consistent(db)
