"""`kvinnofrid export`: every table and view as CSV files (one per table, UTF-8 with BOM so
Excel shows å/ä/ö) or as one Excel workbook (a sheet per table), with a readable label next to
every foreign key (county name, agency name, objective code and title, document file, goal)."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMATS = ("csv", "xlsx")
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
SHEET_NAME_MAX = 31
XLSX_CELL_MAX = 32767

# referenced table -> SQL expression (over alias r) that names a row for a person
LABELS: dict[str, str] = {
    "counties": "r.name",
    "agencies": "r.name",
    "objectives": "r.code || ' ' || r.title",
    "frameworks": "r.name",
    "documents": "r.file_name",
    "goals": "coalesce(r.number || ' ', '') || r.title",
    "actions": "coalesce(r.number || ' ', '') || r.text",
    "themes": "r.title",
}


@dataclass(frozen=True)
class ExportedTable:
    name: str  # table or view
    kind: str  # table | view
    columns: list[str]
    rows: int
    target: str  # file written, or sheet name


def exportable(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, "table"|"view") of everything worth exporting, in schema order: no SQLite
    internals, no full-text index tables."""
    rows = conn.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view')"
        " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = {
        name for name, _type, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")
    }
    out = []
    for name, kind, _sql in rows:
        if name in virtual:
            continue
        if any(name == v + suffix for v in virtual for suffix in FTS_SHADOW_SUFFIXES):
            continue
        out.append((name, kind))
    return out


def _label_name(column: str, taken: set[str]) -> str:
    name = re.sub(r"_(id|code)(?=$|_)", "", column)
    if name == column or name in taken:
        name = column + "_label"
    return name


def labelled_query(conn: sqlite3.Connection, table: str) -> str:
    """SELECT of every column of `table`, each foreign key followed by its label column."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
    foreign = {
        row[3]: (row[2], row[4]) for row in conn.execute(f"PRAGMA foreign_key_list([{table}])")
    }
    taken = set(columns)
    parts: list[str] = []
    for column in columns:
        parts.append(f"t.[{column}]")
        if column in foreign and foreign[column][0] in LABELS:
            ref_table, ref_column = foreign[column]
            label = _label_name(column, taken)
            taken.add(label)
            parts.append(
                f"(SELECT {LABELS[ref_table]} FROM [{ref_table}] r"
                f" WHERE r.[{ref_column}] = t.[{column}]) AS [{label}]"
            )
    order = "ORDER BY t.rowid" if _has_rowid(conn, table) else ""
    return f"SELECT {', '.join(parts)} FROM [{table}] t {order}"


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return bool(sql) and "WITHOUT ROWID" not in (sql[0] or "").upper() and _is_table(conn, table)


def _is_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return bool(row) and row[0] == "table"


def _rows(conn: sqlite3.Connection, name: str, kind: str) -> tuple[list[str], Iterator[tuple]]:
    sql = labelled_query(conn, name) if kind == "table" else f"SELECT * FROM [{name}]"
    cursor = conn.execute(sql)
    return [d[0] for d in cursor.description], iter(cursor)


def export_csv(conn: sqlite3.Connection, folder: Path) -> list[ExportedTable]:
    """One `<table>.csv` per table and view in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, kind in exportable(conn):
        columns, rows = _rows(conn, name, kind)
        path = folder / f"{name}.csv"
        partial = folder / f".{name}.csv.partial"  # renamed into place when whole
        count = 0
        try:
            with partial.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(row)
                    count += 1
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        written.append(ExportedTable(name, kind, columns, count, str(path)))
    return written


def sheet_names(names: list[str]) -> dict[str, str]:
    """Excel-safe, unique sheet names (≤ 31 characters, none of []:*?/\\)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        base = re.sub(r"[\[\]:*?/\\]", "_", name)[:SHEET_NAME_MAX] or "sheet"
        candidate, n = base, 2
        while candidate.lower() in used:
            suffix = f"~{n}"
            candidate = base[: SHEET_NAME_MAX - len(suffix)] + suffix
            n += 1
        used.add(candidate.lower())
        out[name] = candidate
    return out


def _cell_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_CELL_MAX:
            value = value[: XLSX_CELL_MAX - 1] + "…"
    return value


def export_xlsx(
    conn: sqlite3.Connection, path: Path, descriptions: dict[str, str] | None = None
) -> list[ExportedTable]:
    """One workbook: an "about" sheet listing the sheets, then a sheet per table and view
    (bold frozen header row, text cells always text, never formulas)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path.parent.mkdir(parents=True, exist_ok=True)
    items = exportable(conn)
    names = sheet_names(["about", *(name for name, _ in items)])
    workbook = Workbook()
    about = workbook.active
    about.title = names["about"]
    bold = Font(bold=True)
    written: list[ExportedTable] = []
    for name, kind in items:
        sheet = workbook.create_sheet(names[name])
        columns, rows = _rows(conn, name, kind)
        sheet.append(columns)
        count = 0
        for count, row in enumerate(rows, start=1):
            sheet.append([_cell_value(v) for v in row])
            for cell, value in zip(sheet[count + 1], row, strict=True):
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, even if the text starts with "="
        _style(sheet, bold)
        written.append(ExportedTable(name, kind, columns, count, names[name]))
    about.append(["sheet", "table", "kind", "rows", "description"])
    for table in written:
        about.append(
            [
                table.target,
                table.name,
                table.kind,
                table.rows,
                (descriptions or {}).get(table.name, ""),
            ]
        )
    _style(about, bold)
    workbook.save(path)
    return written


def _style(sheet: Any, bold: Any) -> None:
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    for index, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 200)), start=1):
        width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)


def table_descriptions() -> dict[str, str]:
    """Table descriptions from the Datasette metadata (docs/schema.md's wording)."""
    from kvinnofrid.serve import DATABASE_KEY, METADATA_FILE

    data = json.loads(METADATA_FILE.read_text(encoding="utf-8"))
    tables = data.get("databases", {}).get(DATABASE_KEY, {}).get("tables", {})
    return {name: entry.get("description", "") for name, entry in tables.items()}


class ExportError(ValueError):
    """An output the export cannot or should not write; the message says why in plain words."""


def check_output(fmt: str, output: Path) -> None:
    """Refuse an output that does not fit the format, before anything is written: csv writes
    a folder (not a file, nor a name that ends in .xlsx/.csv as if it were one file); xlsx
    writes one .xlsx file (not a folder)."""
    if fmt not in FORMATS:
        raise ExportError(f"format must be one of {', '.join(FORMATS)}")
    for parent in output.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise ExportError(f"{output}: {parent} is a file, not a folder")
            break
    if fmt == "csv":
        if output.exists() and not output.is_dir():
            raise ExportError(f"{output} is a file; csv export writes a folder of CSV files")
        if output.suffix.lower() in {".xlsx", ".xls", ".csv"} and not output.is_dir():
            raise ExportError(
                f"{output}: csv export writes a folder of CSV files, not one {output.suffix}"
                f" file; give a folder name, or --format xlsx for a workbook"
            )
        return
    if output.is_dir():
        raise ExportError(
            f"{output} is a folder; xlsx export writes one file (e.g. {output}/kvinnofrid.xlsx)"
        )
    if output.suffix.lower() != ".xlsx":
        raise ExportError(f"{output}: an Excel workbook's name must end in .xlsx")


def export(db_path: Path, fmt: str, output: Path) -> list[ExportedTable]:
    """Export the database at `db_path` (opened read-only) to `output`: a folder for csv, a
    .xlsx file for xlsx. A workbook is written next to its place and moved there when whole,
    so a failure (a full disk) never leaves a truncated one."""
    check_output(fmt, output)
    from kvinnofrid.store import connect_read_only

    conn = connect_read_only(db_path).conn
    try:
        if fmt == "csv":
            return export_csv(conn, output)
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(f".{output.name}.partial")
        try:
            written = export_xlsx(conn, partial, table_descriptions())
            partial.replace(output)
        finally:
            partial.unlink(missing_ok=True)
        return written
    finally:
        conn.close()
