"""Every report output is a function of the database contents alone (issue 14, item 2): the
same corpus ingested in two different orders (so the database hands out different ids) gives
byte-identical report files, and two reports from one database are identical too."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli

SET = Path(__file__).parent / "comparison_set"


def _action_ids(db: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(
            "SELECT d.file_name, coalesce(a.number, a.text), a.id FROM actions a"
            " JOIN documents d ON d.id = a.document_id"
        ).fetchall())  # fmt: skip


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.slow
def test_two_ingest_orders_give_byte_identical_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SET, corpus)
    first, second = tmp_path / "first", tmp_path / "second"
    result = run_cli("run", "--corpus", corpus, "--out", first, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    second.mkdir()
    for path in sorted(corpus.glob("*.md"), reverse=True):  # the other order: other ids
        result = run_cli("ingest", path, "--db", second / "kvinnofrid.db", "--workers", "1")
        assert result.returncode == 0, result.stdout + result.stderr
    result = run_cli("run", "--corpus", corpus, "--out", second, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    ids = {out: _action_ids(out / "kvinnofrid.db") for out in (first, second)}
    assert ids[first] != ids[second]  # the databases gave other ids; the reports must not differ
    one, two = _files(first / "report"), _files(second / "report")
    assert sorted(one) == sorted(two)
    differing = [name for name in one if one[name] != two[name]]
    assert differing == []
    again = tmp_path / "again"
    result = run_cli("report", "--db", second / "kvinnofrid.db", "--out", again)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _files(again / "report") == two
