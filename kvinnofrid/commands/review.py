"""Commands for staff checking extractions: the outline a file is read into, the review queue
of the lowest-confidence extractions, and applying the corrections file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kvinnofrid.commands.common import DEFAULT_DB, DbOption, err, open_db, out

DEFAULT_CORRECTIONS = Path("corpus/corrections.toml")


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
    database = open_db(db)
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

    items = review_items(open_db(db), limit=limit, kinds=kind or None)
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
    app.command()(corrections)
    app.command()(review)
