"""Commands for researchers and staff: serve, search, export, corrections, review."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

DEFAULT_DB = Path("out/kvinnofrid.db")
DEFAULT_CORRECTIONS = Path("corpus/corrections.toml")
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


def _highlighted(snippet: str) -> Text:
    """The search snippet with its [matched words] in bold."""
    text = Text()
    for i, part in enumerate(re.split(r"[\[\]]", snippet)):
        text.append(part, style="bold" if i % 2 else "")
    return text


def _existing_db(db: Path) -> Path:
    if not db.is_file():
        err.print(
            f"[red]error:[/red] no database at {db} (run `kvinnofrid ingest` or `kvinnofrid run` first)"
        )
        raise typer.Exit(2)
    return db


def _open(db: Path):  # type: ignore[no-untyped-def]
    """The database for reading: opened as usual (schema and search index repaired) when this
    user may write it, else read-only as it is."""
    from kvinnofrid.faults import describe
    from kvinnofrid.search import ensure_search
    from kvinnofrid.store import connect, connect_read_only, writable

    _existing_db(db)
    try:
        if not writable(db):
            return connect_read_only(db)
        database = connect(db)
        ensure_search(database)
    except Exception as exc:  # noqa: BLE001
        err.print(f"[red]error:[/red] cannot open database {escape(str(db))}: {describe(exc)}")
        raise typer.Exit(1) from None
    return database


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

    _open(db).conn.close()  # schema and search index in place before serving
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
    database = _open(db)
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
    _open(db).conn.close()
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


def corrections(
    db: DbOption = DEFAULT_DB,
    file: Annotated[
        Path, typer.Option("--file", help="Corrections file (docs/corrections.md).")
    ] = DEFAULT_CORRECTIONS,
    stage: Annotated[
        str | None, typer.Option("--stage", help="extraction or comparison (default: both).")
    ] = None,
) -> None:
    """Apply the staff corrections file now and show each entry's outcome (exit 1 if any entry
    is invalid or matches nothing)."""
    from kvinnofrid.corrections import APPLIED, STAGES, apply_corrections

    if stage is not None and stage not in STAGES:
        err.print(f"[red]error:[/red] --stage must be one of {', '.join(STAGES)}")
        raise typer.Exit(2)
    if not file.is_file():
        err.print(f"[red]error:[/red] no corrections file at {file}")
        raise typer.Exit(2)
    database = _open(db)
    results = []
    for each in [stage] if stage else list(STAGES):
        results += apply_corrections(database, file, stage=each)
    colours = {"applied": "green", "unmatched": "yellow", "invalid": "red"}
    for r in results:
        status = "pending" if r.pending else r.status
        colour = "dim" if r.pending else colours.get(r.status, "white")
        out.print(
            f"[{colour}]{status:9}[/{colour}] {escape(r.entry)} ({escape(r.target)}, {escape(r.document or '-')}): {escape(r.message)}"
        )
    bad = [r for r in results if r.status != APPLIED and not r.pending]
    pending = sum(1 for r in results if r.pending)
    applied = len(results) - len(bad) - pending
    out.print(f"{len(results)} outcomes: {applied} applied, {pending} pending, {len(bad)} to check")
    raise typer.Exit(1 if bad else 0)


def review(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 30,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help="document, goal, action, agency or objective (repeatable)."),
    ] = None,
) -> None:
    """List the lowest-confidence extractions (not yet corrected) to check first."""
    from kvinnofrid.corrections import review_items

    items = review_items(_open(db), limit=limit, kinds=kind or None)
    for item in items:
        page = f"p. {item.page}" if item.page else "page unknown"
        where = f"{item.county_code or 'no county'} {item.file_name} {page}"
        detail = f"  [dim]{escape(item.detail)}[/dim]" if item.detail else ""
        out.print(
            f"{item.confidence:4.2f} {item.kind:9} {escape(where)} {escape(item.number or '')}: {escape(item.text[:120])}{detail}"
        )
    if not items:
        out.print("nothing to review")


def outline(
    path: Annotated[Path, typer.Argument(help="A plan: PDF, Word, HTML, Markdown or text.")],
) -> None:
    """Show the outline kvinnofrid reads a file into (headings, items, fields, tables with their
    column roles, and which sections are not the plan) and the goals and actions it finds:
    for checking how a new layout is read. Stores nothing."""
    from ingest.pipeline import read_source
    from ingest.repair import needs_repair, repair_lines
    from ingest.source import IngestError
    from ingest.structure import build_outline, outline_text

    try:
        source = read_source(path)
    except IngestError as exc:
        err.print(f"[red]✗[/red] {escape(str(path))}: {escape(str(exc))}")
        raise typer.Exit(1) from None
    lines = repair_lines(source.lines) if needs_repair(source.lines) else source.lines
    built = build_outline(lines, pages=source.pages, paragraphs=source.media_type != "text")
    out.print(escape("legend: H heading (level), • list item, [role] labelled field, ¶ paragraph,"))
    out.print("        ▦ table with its column roles; x = not the plan, t = table of contents")
    out.print(escape(outline_text(built)))


def register(app: typer.Typer) -> None:
    app.command()(outline)
    app.command()(serve)
    app.command()(search)
    app.command()(export)
    app.command()(corrections)
    app.command()(review)
