"""Incremental runs: a re-run on unchanged input does nothing (and says so); a changed file, a
changed corrections file or a missing report brings back exactly the work needed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.conftest import CORPUS, run_cli


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def test_rerun_with_nothing_changed_and_then_with_changes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (
        "stockholm_handlingsplan_2020-2022.txt",
        "kronoberg_handlingsplan_2018-2026.txt",
        "corrections.toml",
    ):
        shutil.copy(CORPUS / name, corpus / name)
    out = tmp_path / "out"
    first = run_cli("run", "--corpus", corpus, "--out", out)
    assert first.returncode == 0, first.stdout + first.stderr
    assert (out / "report" / "index.html").is_file()
    # graph files only when asked for (--graph): the report draws its network without them
    assert not (out / "graph.graphml").exists() and not (out / "graph.gexf").exists()
    before = _dump(out / "kvinnofrid.db")

    again = run_cli("run", "--corpus", corpus, "--out", out)
    assert again.returncode == 0
    assert "nothing changed since the last run: 2 files unchanged" in again.stdout
    assert _dump(out / "kvinnofrid.db") == before

    # a changed corrections file is applied again (and the later stages run)
    corrections = corpus / "corrections.toml"
    corrections.write_text(
        corrections.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8"
    )
    third = run_cli("run", "--corpus", corpus, "--out", out)
    assert "nothing changed" not in third.stdout
    assert "2 unchanged" in third.stdout and "corrections (extraction)" in third.stdout

    # a changed plan is re-ingested alone; its labels are recomputed, the other's are kept
    plan = corpus / "stockholm_handlingsplan_2020-2022.txt"
    text = plan.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("<b>8.5 "))
    plan.write_text(text.replace(row + "\n", ""), encoding="utf-8")
    fourth = run_cli("run", "--corpus", corpus, "--out", out)
    assert fourth.returncode == 0, fourth.stdout + fourth.stderr
    assert "1 stored, 1 unchanged" in fourth.stdout
    assert "in 1 document " in fourth.stdout and "(1 document unchanged)" in fourth.stdout
    assert "40 actions" in fourth.stdout

    # a deleted report is written again even though the database did not change
    shutil.rmtree(out / "report")
    fifth = run_cli("run", "--corpus", corpus, "--out", out)
    assert "nothing changed" not in fifth.stdout
    assert (out / "report" / "index.html").is_file()
