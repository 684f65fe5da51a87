"""One definition of a gap and of coverage (issue 14, item 3): the report's CSV files, the
database views and the Datasette canned queries give the same rows, on a small hand-made corpus
run through the real CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from kvinnofrid.serve import METADATA_FILE


@pytest.fixture(scope="module")
def out(comparison_run: Path) -> Path:
    """OUT of the comparison set's run (tests/conftest.py)."""
    return comparison_run


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _canned(db: Path, name: str) -> list[dict[str, object]]:
    sql = json.loads(METADATA_FILE.read_text("utf-8"))["databases"]["kvinnofrid"]["queries"][name][
        "sql"
    ]
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql)]


def test_gaps_are_the_same_in_report_csv_view_and_canned_query(out: Path) -> None:
    db = out / "kvinnofrid.db"
    report = {
        (r["county_code"], r["category"], r["subject"], r["severity"])
        for r in _csv(out / "report" / "gaps.csv")
    }
    canned = {
        (r["county_code"], r["category"], r["subject"], r["severity"]) for r in _canned(db, "gaps")
    }
    with sqlite3.connect(db) as conn:
        view = set(conn.execute("SELECT county_code, category, subject, severity FROM gaps"))
    assert len(report) >= 10
    assert report == canned == view
    index = (out / "report" / "index.html").read_text("utf-8")
    assert index.count('<div class="gap ') == len(report)


def test_coverage_is_the_same_in_report_csv_view_and_canned_query(out: Path) -> None:
    db = out / "kvinnofrid.db"
    report = {
        (r["county_code"], r["objective"], int(r["actions"]), int(r["primary"]),
         int(r["any_label"]))
        for r in _csv(out / "report" / "coverage.csv")
    }  # fmt: skip
    canned = {
        (r["county_code"], r["objective"], r["county_actions"], r["primary_actions"],
         r["actions"])
        for r in _canned(db, "coverage")
        if r["framework"] == "nationell-strategi-2017"
    }  # fmt: skip
    with sqlite3.connect(db) as conn:
        view = set(conn.execute(
            "SELECT county_code, objective_code, actions_total, actions_primary, actions_any"
            " FROM coverage WHERE framework_id = 'nationell-strategi-2017'"
        ))  # fmt: skip
    # three counties, Stockholm with both its plans (4 + 4 actions), the national level apart
    assert {(c, total) for c, _o, total, _p, _a in report} == {("AB", 8), ("U", 3), ("G", 2)}
    assert report == canned == view
    themes = {(r["county_code"], r["theme"], int(r["labelled"]))
              for r in _csv(out / "report" / "theme_coverage.csv")}  # fmt: skip
    with sqlite3.connect(db) as conn:
        assert themes == set(
            conn.execute("SELECT county_code, theme_code, actions FROM theme_coverage")
        )
        agencies = set(conn.execute(
            "SELECT county_code, agency, actions_led, actions_partner FROM agency_coverage"
        ))  # fmt: skip
    assert agencies == {
        (r["county_code"], r["agency"], int(r["led"]), int(r["partner"]))
        for r in _csv(out / "report" / "agency_coverage.csv")
    }
