"""End to end through the real CLI: a Word file, a PDF with a borderless action table and a
two-column PDF (from the development set) are ingested into a real SQLite database with their
goals, actions, agencies and pages."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.conftest import run_cli
from tests.devset_scoring import DEVSET

FILES = {
    "uppsala_docx/uppsala_handlingsplan_2024-2027.docx": ("C", 4, 14),
    "halland_borderless/halland_handlingsplan_2023-2026.pdf": ("N", 4, 16),
    "ostergotland_twocolumn/ostergotland_lansstrategi_2022-2025.pdf": ("E", 5, 15),
}


def test_docx_borderless_and_two_column_plans_through_the_cli(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in FILES:
        shutil.copy(DEVSET / "dev" / name, batch / Path(name).name)
    db = tmp_path / "k.db"
    result = run_cli("ingest", batch, "--db", db, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    with sqlite3.connect(db) as conn:
        for name, (county, goals, actions) in FILES.items():
            file_name = Path(name).name
            doc_id, doc_county = conn.execute(
                "SELECT id, county_code FROM documents WHERE file_name = ?", (file_name,)
            ).fetchone()
            assert doc_county == county
            n_goals = conn.execute(
                "SELECT count(*) FROM goals WHERE document_id = ?", (doc_id,)
            ).fetchone()[0]
            n_actions, with_page, with_goal = conn.execute(
                "SELECT count(*), count(page), count(goal_id) FROM actions WHERE document_id = ?",
                (doc_id,),
            ).fetchone()
            assert n_goals >= goals, file_name
            assert actions <= n_actions <= actions + 3, file_name
            assert with_page == n_actions and with_goal == n_actions, file_name
            led = conn.execute(
                "SELECT count(DISTINCT aa.action_id) FROM action_agencies aa "
                "JOIN actions a ON a.id = aa.action_id WHERE a.document_id = ? "
                "AND aa.role = 'lead'",
                (doc_id,),
            ).fetchone()[0]
            assert led >= 0.9 * actions, file_name
        # the borderless table's partner column is stored as partners
        partners = conn.execute(
            "SELECT count(*) FROM action_agencies aa JOIN actions a ON a.id = aa.action_id "
            "JOIN documents d ON d.id = a.document_id WHERE d.county_code = 'N' "
            "AND aa.role = 'partner'"
        ).fetchone()[0]
        assert partners >= 12


def test_outline_command_shows_how_a_plan_is_read() -> None:
    plan = DEVSET / "dev" / "gavleborg_vadvemnar" / "gavleborg_regional_handlingsplan_2024-2027.pdf"
    result = run_cli("outline", plan)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[role] labelled field" in out
    assert "roles=['area', 'action', 'responsible', 'timeframe']" in out  # Fokusområde|Vad|Vem|När
    assert any(line.startswith("x ") and "Ansvarsfördelning" in line for line in out.splitlines())
    missing = run_cli("outline", DEVSET / "no_such_plan.pdf")
    assert missing.returncode == 1 and "no_such_plan.pdf" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_level_and_municipality_are_stored(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    national = DEVSET / "dev" / "regeringen_atgarder" / "regeringens_atgarder_mvk_2025.html"
    municipal = (
        DEVSET / "dev" / "umea_kommun" / "umea_handlingsplan_vald_nara_relationer_2024-2026.pdf"
    )
    for source in (national, municipal):
        shutil.copy(source, batch / source.name)
    db = tmp_path / "k.db"
    result = run_cli("ingest", batch, "--db", db, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "national level" in result.stdout and "Umeå municipality" in result.stdout
    with sqlite3.connect(db) as conn:
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT file_name, level, municipality, county_code, kind FROM documents"
            )
        }
    assert rows[national.name] == ("nationell", None, None, "uppdrag")
    assert rows[municipal.name][:3] == ("kommun", "Umeå", "AC")
