"""Executors (kvinnofrid/executor.py): the local process pool with two workers, and a real
dask.distributed LocalCluster on loopback (two single-threaded worker processes) driven through
the real CLI, which must store exactly what a local run stores."""

from __future__ import annotations

import shutil
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kvinnofrid.executor import (
    DaskExecutor,
    ExecutorError,
    LocalExecutor,
    SerialExecutor,
    _file_failure,
    make_executor,
)
from kvinnofrid.inputs import look_at
from tests.conftest import corpus_documents, run_cli

# Every stored row of a document, with ids replaced by natural keys (document path, goal and
# action keys, agency names), so that two databases filled in a different order compare equal.
CONTENT_QUERIES = {
    "documents": """
        SELECT sha256, path, file_name, title, county_code, kind, period_start, period_end,
               language, pages, size_bytes, text_source, layout, status, error, warnings
        FROM documents""",
    "goals": """
        SELECT d.path, g.key, p.key, g.number, g.title, g.level, g.page, g.snippet,
               g.confidence, g.raw_title
        FROM goals g JOIN documents d ON d.id = g.document_id
        LEFT JOIN goals p ON p.id = g.parent_id""",
    "actions": """
        SELECT d.path, a.key, g.key, a.number, a.text, a.responsible, a.insats, a.indicators,
               a.frequency, a.page, a.snippet, a.confidence, a.raw_text
        FROM actions a JOIN documents d ON d.id = a.document_id
        LEFT JOIN goals g ON g.id = a.goal_id""",
    "action_agencies": """
        SELECT d.path, a.key, ag.name, ag.kind, aa.role, aa.mention, aa.score
        FROM action_agencies aa JOIN actions a ON a.id = aa.action_id
        JOIN documents d ON d.id = a.document_id JOIN agencies ag ON ag.id = aa.agency_id""",
    "document_agencies": """
        SELECT d.path, ag.name, da.role, da.mention
        FROM document_agencies da JOIN documents d ON d.id = da.document_id
        JOIN agencies ag ON ag.id = da.agency_id""",
}


def database_contents(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {
            table: sorted(conn.execute(sql).fetchall(), key=repr)
            for table, sql in CONTENT_QUERIES.items()
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    """A LocalCluster on 127.0.0.1: two worker processes with one thread each, free ports."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        host="127.0.0.1", n_workers=2, threads_per_worker=1, processes=True,
        scheduler_port=0, dashboard_address=":0", silence_logs=40,
    )  # fmt: skip
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_ingest_stores_the_same_as_a_local_run(dask_scheduler: str, tmp_path: Path) -> None:
    # the corpus but its largest document (to keep the test short); the local run right before
    # the Dask one, so that both run the same code
    folder = tmp_path / "corpus"
    folder.mkdir()
    for document in sorted(corpus_documents(), key=lambda p: p.stat().st_size)[:-1]:
        shutil.copy(document, folder / document.name)
    local_db, db = tmp_path / "local.db", tmp_path / "dask.db"
    result = run_cli("ingest", folder, "--db", local_db, "--workers", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    dask_args = ("--executor", "dask", "--scheduler", dask_scheduler)
    result = run_cli("ingest", folder, "--db", db, *dask_args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 files: 4 stored, 0 unchanged, 0 failed" in result.stdout

    local, dask = database_contents(local_db), database_contents(db)
    assert len(dask["documents"]) == 4
    assert len(dask["actions"]) >= 50 and len(dask["action_agencies"]) >= 50
    for table in CONTENT_QUERIES:
        only_local = sorted(set(local[table]) - set(dask[table]), key=repr)[:3]
        only_dask = sorted(set(dask[table]) - set(local[table]), key=repr)[:3]
        assert dask[table] == local[table], f"{table}: local {only_local} dask {only_dask}"

    again = run_cli("ingest", folder, "--db", db, *dask_args)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "4 files: 0 stored, 4 unchanged, 0 failed" in again.stdout
    assert database_contents(db) == dask


def test_local_executor_with_two_workers(corpus_copy: Path, ingested_db: Path,
                                         tmp_path: Path) -> None:  # fmt: skip
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(bytes(range(256)) * 40)
    paths = [
        str((corpus_copy / "kronoberg_handlingsplan_2018-2026.txt").resolve()),
        str((corpus_copy / "stockholm_avsiktsforklaring_2019.txt").resolve()),
        str(junk),
    ]
    outcomes = {
        o.path: o for o in LocalExecutor(workers=2).parse([look_at(Path(p)) for p in paths])
    }
    assert sorted(outcomes) == sorted(paths)

    assert outcomes[str(junk)].status == "failed"
    assert "not a PDF, Word, HTML or text file" in (outcomes[str(junk)].error or "")
    conn = sqlite3.connect(ingested_db)
    for path in paths[:2]:
        outcome = outcomes[path]
        assert outcome.status == "ok" and outcome.document is not None, outcome.error
        goals, actions = conn.execute(
            "SELECT (SELECT count(*) FROM goals WHERE document_id = d.id),"
            " (SELECT count(*) FROM actions WHERE document_id = d.id)"
            " FROM documents d WHERE d.path = ?", [path],
        ).fetchone()  # fmt: skip
        assert (len(outcome.document.goals), len(outcome.document.actions)) == (goals, actions)
        assert (
            outcome.sha256
            == conn.execute("SELECT sha256 FROM documents WHERE path = ?", [path]).fetchone()[0]
        )
    conn.close()


def test_serial_executor_reports_a_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    [outcome] = list(SerialExecutor().parse([look_at(Path(missing))]))
    assert outcome.path == missing and outcome.status == "failed"
    assert (outcome.error or "").startswith("cannot read file")


def test_make_executor_checks_the_choice() -> None:
    assert isinstance(make_executor("local", workers=3), LocalExecutor)
    assert make_executor("local", workers=3).workers == 3  # type: ignore[attr-defined]
    dask = make_executor("dask", scheduler="127.0.0.1:8786")
    assert isinstance(dask, DaskExecutor) and dask.address == "tcp://127.0.0.1:8786"
    with pytest.raises(ExecutorError, match="needs --scheduler"):
        make_executor("dask")
    with pytest.raises(ExecutorError, match="is for --executor dask"):
        make_executor("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ExecutorError, match="unknown executor 'spark'"):
        make_executor("spark")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_dask_executor_without_work_never_connects() -> None:
    executor = DaskExecutor(f"tcp://127.0.0.1:{_closed_port()}", connect_timeout=0.5)
    assert list(executor.parse([])) == []


def test_dask_executor_unreachable_scheduler_is_a_plain_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    executor = DaskExecutor(f"tcp://127.0.0.1:{_closed_port()}", connect_timeout=1)
    with pytest.raises(ExecutorError, match="cannot reach the Dask scheduler"):
        list(executor.parse([look_at(tmp_path / "a.txt")]))


def test_task_failures_split_into_file_and_cluster_problems() -> None:
    class KilledWorker(Exception):
        pass

    assert "worker reading this file died" in _file_failure(KilledWorker("x"), "tcp://h:1")
    assert "more memory" in _file_failure(MemoryError(), "tcp://h:1")
    with pytest.raises(ExecutorError, match="could not parse the documents"):
        _file_failure(RuntimeError("Error during deserialization\nof the task graph"), "tcp://h:1")


def test_cli_rejects_dask_without_scheduler(corpus_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    result = run_cli("ingest", corpus_copy, "--db", db, "--executor", "dask")
    assert result.returncode == 2
    assert "--executor dask needs --scheduler" in result.stderr
    assert (
        not db.exists()
        or not sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
    )
