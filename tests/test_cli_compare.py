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


def _graph_files(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("graph.*"))


def test_graph_files_only_when_asked_for(ingested_db: Path, tmp_path: Path) -> None:
    """The report draws its network from the model: compare writes GraphML/GEXF only with
    --graph, exactly the formats asked for, and removes a graph file not asked for again."""
    import networkx as nx

    db, out = shutil.copy(ingested_db, tmp_path / "k.db"), tmp_path / "out"
    plain = run_cli("compare", "--db", db, "--out", out)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert _graph_files(out) == [] and "graph files not asked for" in plain.stdout
    gexf = run_cli("compare", "--db", db, "--out", out, "--graph", "gexf")
    assert gexf.returncode == 0, gexf.stdout + gexf.stderr
    assert _graph_files(out) == ["graph.gexf"]
    actions = _q(db, "SELECT count(*) FROM actions a JOIN documents d ON d.id = a.document_id"
                     " WHERE d.status = 'ok' AND d.county_code IS NOT NULL")[0][0]  # fmt: skip
    graph = nx.read_gexf(out / "graph.gexf")
    assert sum(1 for _n, d in graph.nodes(data=True) if d.get("kind") == "action") == actions
    both = run_cli("compare", "--db", db, "--out", out, "--graph", "graphml,gexf")
    assert both.returncode == 0 and _graph_files(out) == ["graph.gexf", "graph.graphml"]
    again = run_cli("compare", "--db", db, "--out", out)
    assert again.returncode == 0 and _graph_files(out) == []  # stale files removed
    wrong = run_cli("compare", "--db", db, "--out", out, "--graph", "svg")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stdout + wrong.stderr
    assert "unknown graph format svg" in wrong.stdout + wrong.stderr


PLAN = "stockholm_handlingsplan_2020-2022.txt"
EDITED = ("Stödja implementering och spridning av föräldraskapsstödsprogram",
          "Stödja implementering och spridning av digitala föräldraskapsstödsprogram")  # fmt: skip
LABELS = """SELECT a.text, o.code, ao.score, ao.is_primary, ao.evidence, ao.method
    FROM action_objectives ao JOIN actions a ON a.id = ao.action_id
    JOIN objectives o ON o.id = ao.objective_id ORDER BY a.text, o.code"""
THEMES = """SELECT a.text, t.code, at.evidence FROM action_themes at
    JOIN actions a ON a.id = at.action_id JOIN themes t ON t.id = at.theme_id
    ORDER BY a.text, t.code"""


def test_unchanged_items_are_not_classified_again(tmp_path: Path) -> None:
    """A plan re-ingested with one action edited: only that action is classified (one new row
    in classified_items), the others take their stored results, and the labels are the same as
    a fresh database's."""
    from tests.conftest import CORPUS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    plan = corpus / PLAN
    shutil.copy(CORPUS / PLAN, plan)
    db = tmp_path / "k.db"
    for args in (("ingest", corpus, "--db", db), ("compare", "--db", db, "--out", tmp_path)):
        assert run_cli(*args).returncode == 0
    items = _q(db, "SELECT (SELECT count(*) FROM goals) + (SELECT count(*) FROM actions)")[0][0]
    stored = _q(db, "SELECT count(*) FROM classified_items")[0][0]
    assert 0 < stored <= items
    assert EDITED[0] in plan.read_text(encoding="utf-8")
    plan.write_text(plan.read_text(encoding="utf-8").replace(*EDITED), encoding="utf-8")
    assert run_cli("ingest", corpus, "--db", db).returncode == 0
    again = run_cli("compare", "--db", db, "--out", tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "in 1 document against" in again.stdout
    assert f"{items - 1} items as classified before" in again.stdout, again.stdout
    assert _q(db, "SELECT count(*) FROM classified_items")[0][0] == stored + 1
    fresh = tmp_path / "fresh.db"
    assert run_cli("ingest", corpus, "--db", fresh).returncode == 0
    first = run_cli("compare", "--db", fresh, "--out", tmp_path)
    assert first.returncode == 0 and "items as classified before" not in first.stdout
    assert _q(db, LABELS) == _q(fresh, LABELS) and _q(db, THEMES) == _q(fresh, THEMES)
    assert any(EDITED[1] in text for text, *_ in _q(db, LABELS))
