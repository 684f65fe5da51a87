"""docs/schema.md documents every table, view and column of the database, and its example SQL
runs."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from kvinnofrid.serve import docs_tables
from tests.conftest import ROOT

DOCS = ROOT / "docs" / "schema.md"
FTS_SHADOW = re.compile(r"_fts_(data|idx|docsize|config|content)$")


def database_objects(db: Path) -> dict[str, list[str]]:
    """Every table and view (without SQLite's and FTS5's internal tables) → its columns."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
        return {
            n: [r[1] for r in conn.execute(f"PRAGMA table_info([{n}])")]
            for n in names if not FTS_SHADOW.search(n)
        }  # fmt: skip
    finally:
        conn.close()


def test_every_table_view_and_column_is_documented(research_db: Path) -> None:
    documented = docs_tables(DOCS.read_text(encoding="utf-8"))
    objects = database_objects(research_db)
    assert {"actions", "goals", "actions_fts", "goals_fts", "corrections"} <= set(objects)
    missing = [name for name in objects if name not in documented]
    missing += [f"{t}.{c}" for t, cols in objects.items() if t in documented for c in cols
                if not documented[t]["columns"].get(c)]  # fmt: skip
    assert missing == [], f"document these in docs/schema.md: {missing}"
    assert all(documented[t]["description"] for t in objects)


def test_documented_columns_exist(research_db: Path) -> None:
    """No stale documentation: what the docs describe is in the database."""
    objects = database_objects(research_db)
    for table, doc in docs_tables(DOCS.read_text(encoding="utf-8")).items():
        assert table in objects, table
        assert set(doc["columns"]) <= set(objects[table]), table


def sql_examples() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    return [s.strip() for block in blocks for s in block.split(";") if s.strip()]


def test_there_are_examples_for_the_common_questions() -> None:
    text = " ".join(sql_examples()).lower()
    for needle in (
        "action_objectives",
        "not exists",
        "action_agencies",
        "actions_fts match",
        "corrections",
    ):
        assert needle in text


@pytest.mark.parametrize("sql", sql_examples())
def test_example_sql_runs(research_db: Path, sql: str) -> None:
    conn = sqlite3.connect(f"{research_db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    assert isinstance(rows, list)
