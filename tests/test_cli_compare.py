"""End to end: `kvinnofrid compare` stores labels with evidence for every goal and action."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.conftest import run_cli


def _q(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def test_frameworks_are_listed() -> None:
    result = run_cli("frameworks")
    assert result.returncode == 0
    assert "nationell-strategi-2017 (default)" in result.stdout
    assert "atgardsprogram-2024" in result.stdout
    assert "Effektivare brottsbekämpning" in result.stdout


def test_compare_labels_every_item_with_evidence(ingested_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    shutil.copy(ingested_db, db)
    result = run_cli("compare", "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _q(
        db, "SELECT count(*) FROM objectives o WHERE o.framework_id = 'nationell-strategi-2017'"
    ) == [(5,)]
    # every action and every goal has exactly one primary label with non-empty evidence
    assert _q(
        db,
        """SELECT count(*) FROM actions a WHERE (SELECT count(*) FROM action_objectives ao
                     WHERE ao.action_id = a.id AND ao.is_primary = 1) != 1""",
    ) == [(0,)]
    assert _q(
        db,
        """SELECT count(*) FROM goals g WHERE (SELECT count(*) FROM goal_objectives go
                     WHERE go.goal_id = g.id AND go.is_primary = 1) != 1""",
    ) == [(0,)]
    assert _q(
        db, "SELECT count(*) FROM action_objectives WHERE trim(evidence) = '' OR method = ''"
    ) == [(0,)]
    assert _q(db, "SELECT count(*) FROM action_themes WHERE trim(evidence) = ''") == [(0,)]
    # Stockholm's 5.2 (police investigating trafficking) is crime fighting (objective 3)
    assert _q(
        db,
        """SELECT o.code FROM actions a JOIN documents d ON d.id = a.document_id
                     JOIN action_objectives ao ON ao.action_id = a.id AND ao.is_primary = 1
                     JOIN objectives o ON o.id = ao.objective_id
                     WHERE d.county_code = 'AB' AND a.number = '5.2'""",
    ) == [("3",)]
    # a second run has nothing to do
    again = run_cli("compare", "--db", db)
    assert "(5 documents unchanged)" in again.stdout
    # another framework is chosen with --framework and stored beside the default
    other = run_cli("compare", "--db", db, "--framework", "atgardsprogram-2024")
    assert other.returncode == 0
    assert _q(
        db,
        """SELECT count(DISTINCT ao.action_id) FROM action_objectives ao
                     JOIN objectives o ON o.id = ao.objective_id
                     WHERE o.framework_id = 'atgardsprogram-2024'""",
    ) == _q(db, "SELECT count(*) FROM actions")
    assert run_cli("compare", "--db", db, "--framework", "nope").returncode == 2
