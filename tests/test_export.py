"""`kvinnofrid export`: CSV files and an Excel workbook that open, with a sheet/file per table
and view and readable labels next to foreign keys."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from kvinnofrid.export import export, sheet_names
from tests.conftest import copy_database, run_cli

LABELS = {  # table -> (foreign key column, label column)
    "documents": ("county_code", "county"),
    "actions": ("document_id", "document"),
    "action_agencies": ("agency_id", "agency"),
    "action_objectives": ("objective_id", "objective"),
}


def db_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
            " AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*'")]  # fmt: skip
        return {n: conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def csv_folder(research_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "csv"
    result = run_cli("export", "--format", "csv", "--output", folder, "--db", research_db)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


@pytest.fixture(scope="module")
def workbook_path(research_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "kvinnofrid.xlsx"
    result = run_cli("export", "--format", "xlsx", "-o", path, "--db", research_db)
    assert result.returncode == 0, result.stdout + result.stderr
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_one_file_per_table_with_bom_and_all_rows(csv_folder: Path, research_db: Path) -> None:
    expected = db_counts(research_db)
    assert {p.stem for p in csv_folder.glob("*.csv")} == set(expected)
    for name, count in expected.items():
        path = csv_folder / f"{name}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), name  # BOM: Excel reads UTF-8
        assert len(read_csv(path)) == count, name


def test_csv_labels_next_to_foreign_keys(csv_folder: Path) -> None:
    for table, (key, label) in LABELS.items():
        with (csv_folder / f"{table}.csv").open(encoding="utf-8-sig") as fh:
            header = next(csv.reader(fh))
        assert header[header.index(key) + 1] == label, table
    documents = read_csv(csv_folder / "documents.csv")
    assert {(d["county_code"], d["county"]) for d in documents} == {
        ("AB", "Stockholm"),
        ("U", "Västmanland"),
        ("G", "Kronoberg"),
    }
    agencies = {r["agency"] for r in read_csv(csv_folder / "action_agencies.csv")}
    assert {"Länsstyrelsen", "Kriminalvården", "Polismyndigheten"} <= agencies
    objectives = {r["objective"] for r in read_csv(csv_folder / "action_objectives.csv")}
    assert "1 Ett utökat och verkningsfullt förebyggande arbete mot våld" in objectives
    actions = read_csv(csv_folder / "actions.csv")
    goals = {g["id"]: g for g in read_csv(csv_folder / "goals.csv")}
    action = next(a for a in actions if a["goal_id"])
    goal = goals[action["goal_id"]]
    assert action["goal"] == (
        f"{goal['number']} {goal['title']}" if goal["number"] else goal["title"]
    )
    assert action["document"].endswith(".txt")


def test_xlsx_opens_with_a_sheet_per_table_and_labels(
    workbook_path: Path, research_db: Path
) -> None:
    expected = db_counts(research_db)
    workbook = openpyxl.load_workbook(workbook_path, read_only=True)
    assert workbook.sheetnames[0] == "about"
    assert set(workbook.sheetnames[1:]) == set(expected)
    assert all(len(name) <= 31 for name in workbook.sheetnames)
    for name, count in expected.items():
        assert workbook[name].max_row == count + 1, name  # header + rows
    for table, (key, label) in LABELS.items():
        header = [c.value for c in next(workbook[table].iter_rows(max_row=1))]
        assert header[header.index(key) + 1] == label
    rows = list(workbook["documents"].iter_rows(min_row=2, values_only=True))
    header = [c.value for c in next(workbook["documents"].iter_rows(max_row=1))]
    assert "Västmanland" in {row[header.index("county")] for row in rows}
    about = {row[1]: row for row in workbook["about"].iter_rows(min_row=2, values_only=True)}
    assert about["actions"][3] == expected["actions"] and about["actions"][4]


def test_views_are_exported_and_text_never_becomes_a_formula(
    research_db: Path, tmp_path: Path
) -> None:
    db = copy_database(research_db, tmp_path / "k.db")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "CREATE VIEW per_county AS SELECT county_code, count(*) AS n FROM documents GROUP BY county_code"
        )
        conn.execute("UPDATE agencies SET kind = '=1+1' WHERE id = (SELECT min(id) FROM agencies)")
    conn.close()
    tables = {t.name: t for t in export(db, "xlsx", tmp_path / "k.xlsx")}
    assert tables["per_county"].kind == "view" and tables["per_county"].rows == 3
    sheet = openpyxl.load_workbook(tmp_path / "k.xlsx")["agencies"]
    cell = sheet.cell(row=2, column=3)
    assert cell.value == "=1+1" and cell.data_type == "s"
    assert (tmp_path / "csv").exists() is False
    export(db, "csv", tmp_path / "csv")
    assert read_csv(tmp_path / "csv" / "per_county.csv")


def test_sheet_names_are_short_unique_and_legal() -> None:
    names = sheet_names(["a" * 40, "a" * 40 + "b", "x/y:z", "About"])
    assert len(set(n.lower() for n in names.values())) == 4
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names.values())
