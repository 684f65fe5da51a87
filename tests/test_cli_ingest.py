"""End to end: the real CLI in a subprocess on a real SQLite file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.conftest import CORPUS, run_cli


def _q(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [line for line in conn.iterdump() if "ingested_at" not in line]


def _counts(db: Path) -> dict[str, tuple]:
    rows = _q(
        db,
        """
        SELECT d.file_name, d.county_code, d.kind, d.period_start, d.period_end,
               (SELECT count(*) FROM goals g WHERE g.document_id = d.id AND g.level = 1),
               (SELECT count(*) FROM goals g WHERE g.document_id = d.id),
               (SELECT count(*) FROM actions a WHERE a.document_id = d.id)
        FROM documents d""",
    )
    return {r[0]: r[1:] for r in rows}


def test_corpus_is_ingested_with_expected_counts(ingested_db: Path) -> None:
    counts = _counts(ingested_db)
    assert counts["stockholm_handlingsplan_2020-2022.txt"] == (
        "AB",
        "handlingsplan",
        2020,
        2022,
        8,
        8,
        41,
    )
    c = counts["vastmanland_strategi_2017-2020.txt"]
    assert c[:5] == ("U", "strategi", 2017, 2020, 9) and 33 <= c[6] <= 38
    c = counts["kronoberg_handlingsplan_2018-2026.txt"]
    assert c[:4] == ("G", "handlingsplan", 2018, 2026)
    assert (
        _q(
            ingested_db,
            "SELECT count(*) FROM goals g JOIN documents d ON d.id = g.document_id "
            "WHERE d.county_code = 'G' AND g.title NOT LIKE 'Hur vi%' AND g.level = 2",
        )[0][0]
        == 16
    )
    assert counts["stockholm_operation-kvinnofrid_presentation_en.txt"][1:] == (
        "presentation",
        None,
        None,
        1,
        7,
        0,
    )
    assert counts["stockholm_avsiktsforklaring_2019.txt"][1] == "avsiktsforklaring"
    assert counts["stockholm_avsiktsforklaring_2019.txt"][-1] == 0
    assert _q(ingested_db, "PRAGMA integrity_check") == [("ok",)]
    assert _q(ingested_db, "PRAGMA foreign_key_check") == []


def test_stockholm_action_4_1_agencies(ingested_db: Path) -> None:
    rows = _q(
        ingested_db,
        """
        SELECT ag.name, aa.role, aa.mention FROM actions a
        JOIN documents d ON d.id = a.document_id
        JOIN action_agencies aa ON aa.action_id = a.id JOIN agencies ag ON ag.id = aa.agency_id
        WHERE d.county_code = 'AB' AND a.number = '4.1' ORDER BY aa.role, ag.name""",
    )
    assert {(n, r) for n, r, _ in rows} == {
        ("Länsstyrelsen", "lead"),
        ("Region", "lead"),
        ("Kommunerna", "partner"),
        ("Regionkoordinatorerna mot prostitution och människohandel", "partner"),
    }
    assert ("Region", "lead", "Region Stockholm") in rows  # the raw mention is kept


def test_every_goal_and_action_has_provenance(ingested_db: Path) -> None:
    """A snippet always; a page exactly when the source has pages (the corpus' text dumps
    mark none: their pages are unknown, never 1)."""
    for table in ("actions", "goals"):
        assert _q(
            ingested_db,
            f"SELECT count(*) FROM {table} t JOIN documents d ON d.id = t.document_id"
            " WHERE t.snippet IS NULL OR t.snippet = ''"
            " OR (t.page IS NULL) != (d.pages IS NULL)",
        ) == [(0,)]


def test_rerun_unchanged_changes_nothing(ingested_db: Path, corpus_copy: Path) -> None:
    before = _dump(ingested_db)
    result = run_cli("ingest", corpus_copy, "--db", ingested_db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("unchanged") >= 5
    assert _dump(ingested_db) == before


def test_changed_file_replaces_its_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    plan = corpus / "plan.txt"
    shutil.copy(CORPUS / "stockholm_handlingsplan_2020-2022.txt", plan)
    db = tmp_path / "k.db"
    assert run_cli("ingest", corpus, "--db", db).returncode == 0
    old_numbers = {r[0] for r in _q(db, "SELECT number FROM actions")}
    old_sha = _q(db, "SELECT sha256 FROM documents")
    text = plan.read_text(encoding="utf-8")
    row_85 = next(line for line in text.splitlines() if line.startswith("<b>8.5 "))
    plan.write_text(text.replace(row_85 + "\n", ""), encoding="utf-8")
    result = run_cli("ingest", corpus, "--db", db)
    assert result.returncode == 0 and "40 actions" in result.stdout
    assert _q(db, "SELECT count(*) FROM documents") == [(1,)]
    assert _q(db, "SELECT count(*) FROM actions") == [(40,)]
    # the rows are the changed file's: its new digest, and every measure but 8.5 still there
    assert _q(db, "SELECT sha256 FROM documents") != old_sha
    assert {r[0] for r in _q(db, "SELECT number FROM actions")} == old_numbers - {"8.5"}
    assert _q(
        db, "SELECT count(*) FROM action_agencies WHERE action_id NOT IN (SELECT id FROM actions)"
    ) == [(0,)]
    assert _q(db, "PRAGMA foreign_key_check") == []


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run_cli("ingest", tmp_path / "missing.pdf", "--db", tmp_path / "k.db")
    assert result.returncode == 2
    assert "missing.pdf" in result.stdout + result.stderr
    assert run_cli("no-such-command").returncode == 2
