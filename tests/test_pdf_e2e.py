"""The same Stockholm goals, actions and agencies come out of a real PDF rendering of the plan
(ruled tables, multi-line cells, tables split over pages) as out of its text, through the CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.pdfgen import build_stockholm_plan_pdf

QUERY = """
SELECT a.number, a.text, a.indicators, a.frequency, g.number,
       group_concat(ag.name || ':' || aa.role, ';')
FROM actions a JOIN documents d ON d.id = a.document_id
LEFT JOIN goals g ON g.id = a.goal_id
LEFT JOIN action_agencies aa ON aa.action_id = a.id LEFT JOIN agencies ag ON ag.id = aa.agency_id
WHERE d.file_name = ? GROUP BY a.id ORDER BY a.id
"""


def _actions(db: Path, name: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(QUERY, (name,)).fetchall()
    return [
        (n, t, i, f, g, ";".join(sorted((ags or "").split(";")))) for n, t, i, f, g, ags in rows
    ]


@pytest.mark.parametrize("split_table", [True, False])
def test_pdf_gives_the_same_plan_as_text(
    tmp_path: Path, ingested_db: Path, split_table: bool
) -> None:
    pdf = build_stockholm_plan_pdf(tmp_path / "handlingsplan.pdf", split_table=split_table)
    db = tmp_path / "k.db"
    result = run_cli("ingest", pdf, "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Stockholm (AB), handlingsplan 2020–2022: 8 goals, 41 actions" in result.stdout
    from_pdf = _actions(db, "handlingsplan.pdf")
    from_text = _actions(ingested_db, "stockholm_handlingsplan_2020-2022.txt")
    assert len(from_pdf) == 41
    assert from_pdf == from_text
    with sqlite3.connect(db) as conn:
        doc = conn.execute("SELECT text_source, pages, county_code, kind FROM documents").fetchone()
        pages = {r[0] for r in conn.execute("SELECT page FROM actions")}
    assert doc[0] == "pdf" and doc[1] > 3 and doc[2:] == ("AB", "handlingsplan")
    assert len(pages) > 3  # provenance: actions carry their real page numbers


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    pdf = build_stockholm_plan_pdf(tmp_path / "x.pdf")
    disguised = tmp_path / "plan.txt"
    disguised.write_bytes(pdf.read_bytes())
    result = run_cli("ingest", disguised, "--db", tmp_path / "k.db")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "41 actions" in result.stdout
