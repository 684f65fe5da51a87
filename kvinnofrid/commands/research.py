"""Commands for researchers: serve (Datasette), search, export."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.text import Text

from kvinnofrid.commands.common import DEFAULT_DB, DbOption, err, open_db, out


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


def _highlighted(snippet: str) -> Text:
    """The search snippet with its [matched words] in bold."""
    text = Text()
    for i, part in enumerate(re.split(r"[\[\]]", snippet)):
        text.append(part, style="bold" if i % 2 else "")
    return text


def serve(
    db: DbOption = DEFAULT_DB,
    port: Annotated[
        int, typer.Option("--port", "-p", min=1, max=65535, help="Port on 127.0.0.1.")
    ] = 8001,
    immutable: Annotated[
        bool,
        typer.Option("--immutable", help="Serve a frozen snapshot (no ingest may run meanwhile)."),
    ] = False,
) -> None:
    """Datasette on the database: read-only, on 127.0.0.1, with documented tables and canned
    queries (coverage, gaps, overlap clusters, agencies, actions without agency, search)."""
    from kvinnofrid.serve import HOST, port_problem
    from kvinnofrid.serve import serve as run_datasette
    from kvinnofrid.store import writable

    open_db(db).conn.close()  # schema and search index in place before serving
    problem = port_problem(port)
    if problem:
        err.print(f"[red]error:[/red] cannot serve on {HOST}:{port}: {problem}")
        raise typer.Exit(1)
    if not writable(db) and not immutable:
        immutable = True  # nobody can write it: serve it as the frozen file it is
        err.print(f"{db} cannot be written by this user: serving it as an immutable snapshot")
    err.print(f"serving {db} read-only on http://{HOST}:{port}/ (Ctrl-C to stop)")
    raise typer.Exit(run_datasette(db, port, immutable=immutable))


def search(
    query: Annotated[
        str, typer.Argument(help='Words to find; "våld*" is a prefix, å/ä/ö optional.')
    ],
    db: DbOption = DEFAULT_DB,
    prefix: Annotated[bool, typer.Option("--prefix", help="Treat every word as a prefix.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Full-text search over goals and actions, printing county, document and page."""
    from kvinnofrid.search import count_matches, explain, query_problem
    from kvinnofrid.search import search as run_search

    if query_problem(query):
        err.print(f"[red]error:[/red] {escape(explain(query))}")
        raise typer.Exit(2)
    database = open_db(db)
    hits = run_search(database, query, prefix=prefix, limit=limit)
    found = count_matches(database, query, prefix=prefix) if len(hits) == limit else len(hits)
    for hit in hits:
        if as_json:
            out.print(json.dumps(asdict(hit), ensure_ascii=False), markup=False)
            continue
        county = f"{hit.county} ({hit.county_code})" if hit.county_code else "no county"
        page = f"p. {hit.page}" if hit.page else "page unknown"
        where = f"{county} · {hit.file_name} {page}"
        what = f"{hit.kind} {hit.number or ''}".strip()
        line = Text(where, style="cyan")
        line.append(f" · {what}: ")
        line.append_text(_highlighted(hit.snippet))
        out.print(line)
    if not as_json:
        shown = f" ({len(hits)} shown; --limit to see more)" if found > len(hits) else ""
        err.print(f"{found} match{'es' if found != 1 else ''}{shown}")


def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="csv: a folder of files; xlsx: one workbook."),
    ] = ExportFormat.xlsx,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Folder (csv) or .xlsx file; default next to the database."
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export every table and view (foreign keys with their labels) as CSV or Excel."""
    from kvinnofrid.export import ExportError, check_output
    from kvinnofrid.export import export as run_export
    from kvinnofrid.faults import describe

    target = output or (
        db.parent / "export" if fmt is ExportFormat.csv else db.with_suffix(".xlsx")
    )
    try:
        check_output(fmt.value, target)
    except ExportError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    open_db(db).conn.close()
    try:
        tables = run_export(db, fmt.value, target)
    except OSError as exc:
        err.print(
            f"[red]error:[/red] cannot export to {escape(str(target))}: {escape(describe(exc))}"
        )
        raise typer.Exit(1) from None
    for table in tables:
        out.print(f"{table.kind} {table.name}: {table.rows} rows → {table.target}")
    out.print(f"exported {len(tables)} tables and views to {target}")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(search)
    app.command()(export)
