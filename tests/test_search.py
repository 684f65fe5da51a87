"""Full-text search: diacritics optional, prefixes inside compounds, index kept in sync by
triggers across a re-ingest, and the `kvinnofrid search` command."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest
import sqlite_utils

from kvinnofrid.search import fts_query, search
from tests.conftest import CORPUS, run_cli

PRESENTATION = "stockholm_operation-kvinnofrid_presentation_en.txt"


def cli_hits(db: Path, *query: str) -> list[dict]:
    """Matches as printed by `kvinnofrid search --json` (the real CLI)."""
    result = run_cli("search", *query, "--json", "--limit", "500", "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def hits(db: Path, query: str, *, prefix: bool = False) -> list[dict]:
    """The same through kvinnofrid.search.search, in this process (fast)."""
    database = sqlite_utils.Database(sqlite3.connect(db))
    try:
        return [asdict(h) for h in search(database, query, prefix=prefix, limit=500)]
    finally:
        database.conn.close()


def keys(found: list[dict]) -> set[tuple[str, str, str]]:
    """Each hit as (kind, file, its number, or its text where the document prints none)."""
    return {(h["kind"], h["file_name"], h["number"] or h["text"]) for h in found}


def test_same_matches_with_and_without_diacritics(research_db: Path) -> None:
    with_marks = cli_hits(research_db, "våldsutövande")
    without = cli_hits(research_db, "valdsutovande")
    upper = hits(research_db, "VÅLDSUTÖVANDE")
    assert with_marks, "våldsutövande occurs in the Västmanland plan"
    assert keys(with_marks) == keys(without) == keys(upper)
    assert any(
        h["file_name"] == "vastmanland_strategi_2017-2020.txt"
        and "våldsutövande föräldrar" in h["text"]
        for h in with_marks
    )


def test_query_without_diacritics_finds_repaired_ocr_text(research_db: Path) -> None:
    # the Kronoberg plan was OCR'd as "enkatundersokning"; the repair restored its ä/ö, and a
    # query typed without them still finds it
    found = hits(research_db, "enkatundersokning")
    assert any(
        h["file_name"].startswith("kronoberg") and "enkätundersökning" in h["text"].lower()
        for h in found
    )


def test_prefix_finds_compounds(research_db: Path) -> None:
    word = keys(hits(research_db, "våld"))
    prefix = hits(research_db, "våld*")
    assert word < keys(prefix), "a prefix finds everything the word finds, and more"
    compounds_only = [
        h for h in prefix if (h["kind"], h["file_name"], h["number"] or h["text"]) not in word
    ]
    assert any("våldsutsatta" in h["text"].lower() for h in compounds_only)
    assert keys(cli_hits(research_db, "vald", "--prefix")) == keys(prefix)


def test_output_names_county_document_and_page(research_db: Path) -> None:
    result = run_cli("search", "Kriminalvården", "--db", research_db)
    assert result.returncode == 0, result.stderr
    # a text dump without page marks: no page is claimed
    assert (
        "Stockholm (AB) · stockholm_handlingsplan_2020-2022.txt page unknown · action"
        in result.stdout
    )
    assert "Västmanland (U) · vastmanland_strategi_2017-2020.txt page unknown" in result.stdout


def test_punctuation_and_operators_never_break_the_query(research_db: Path) -> None:
    assert fts_query("hälso- och sjukvård") == '"hälso" "och" "sjukvård"'
    assert fts_query('heder* OR "mäns våld"') == '"heder"* OR "mäns våld"'
    assert fts_query("OR (") == ""
    assert hits(research_db, "hälso- och sjukvård")
    both = keys(hits(research_db, "prostitution OR hedersrelaterat"))
    assert (
        keys(hits(research_db, "prostitution")) | keys(hits(research_db, "hedersrelaterat")) == both
    )


def fts_ok(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        for table in ("goals_fts", "actions_fts"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_index_follows_reingest_and_direct_writes(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    document = folder / PRESENTATION
    shutil.copy(CORPUS / PRESENTATION, document)
    db = tmp_path / "k.db"
    assert run_cli("ingest", document, "--db", db).returncode == 0
    assert cli_hits(db, "cooperation"), "the English deck talks about cooperation"
    assert not hits(db, "zebrafinkar")

    # a changed file replaces its rows (delete + cascade + insert): the index follows
    text = document.read_text(encoding="utf-8")
    assert "cooperation" in text
    document.write_text(text.replace("cooperation", "zebrafinkar"), encoding="utf-8")
    result = run_cli("ingest", document, "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not hits(db, "cooperation")
    assert hits(db, "zebrafinkar") and keys(hits(db, "zebrafinkar")) == keys(hits(db, "zebrafink*"))
    fts_ok(db)

    # writes by another program (no Python functions needed) keep the index in sync too
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        conn.execute(
            "UPDATE goals SET title = 'Ålänningar och örnar' WHERE id = (SELECT min(id) FROM goals)"
        )
    assert keys(hits(db, "alanningar")) == keys(hits(db, "Ålänningar")) != set()
    with conn:
        conn.execute("DELETE FROM documents")
    conn.close()
    fts_ok(db)
    assert not hits(db, "zebrafinkar") and not hits(db, "alanningar")


@pytest.mark.parametrize("query", ["", "   ", "*", '""'])
def test_empty_queries_find_nothing(research_db: Path, query: str) -> None:
    assert hits(research_db, query) == []
