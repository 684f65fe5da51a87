"""`kvinnofrid diff`: what changed between two versions of a county's plan (compare/versions.py)
— goals and actions added, removed and kept (matched by text), agencies that entered or left,
and the objectives' shares of the actions before and after."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kvinnofrid.commands.common import DEFAULT_DB, DbOption, existing_db, out


def _period(start: int | None, end: int | None) -> str:
    return f"{start}–{end}" if start and end and start != end else str(start or end or "?")


def diff_lines(db_path: Path, county: str | None = None) -> list[str]:
    """The changes of every county (or of `county`) as plain lines."""
    from compare.versions import plan_changes
    from compare.wording import percent, plural
    from kvinnofrid.findings import load_comparison_data
    from kvinnofrid.store import connect

    data = load_comparison_data(connect(db_path))
    documents = [d for d in data.documents if county is None or d.county_code == county.upper()]
    changes = plan_changes(documents, data.goals, data.actions, data.objectives)
    lines: list[str] = []
    for c in changes:
        name = data.county_name(c.county_code)
        lines.append(
            f"{name} ({c.county_code}), {c.kind} {_period(c.old.period_start, c.old.period_end)}"
            f" → {_period(c.new.period_start, c.new.period_end)}"
            f" ({c.old.file_name} → {c.new.file_name})"
        )
        lines.append(
            f"  actions: {len(c.actions_kept)} kept, {len(c.actions_added)} added,"
            f" {len(c.actions_removed)} removed; goals: {len(c.goals_kept)} kept,"
            f" {len(c.goals_added)} added, {len(c.goals_removed)} removed"
        )
        lines += [f"  + goal {g.number or '–'}: {g.title}" for g in c.goals_added]
        lines += [f"  - goal {g.number or '–'}: {g.title}" for g in c.goals_removed]
        lines += [f"  + action {a.number or '–'}: {a.text}" for a in c.actions_added]
        lines += [f"  - action {a.number or '–'}: {a.text}" for a in c.actions_removed]
        lines.append(f"  agencies entered: {', '.join(c.agencies_entered) or 'none'}")
        lines.append(f"  agencies left: {', '.join(c.agencies_left) or 'none'}")
        lines.append(
            "  share of actions per objective: "
            + "; ".join(f"{code} {percent(b)} → {percent(a)}" for code, b, a in c.shares)
        )
    if not changes:
        where = f" for {county.upper()}" if county else ""
        lines.append(
            f"no plan versions to compare{where}: that takes two plans of the same kind from the"
            " same county with different periods"
        )
    else:
        lines.append(plural(len(changes), "comparison", "comparisons"))
    return lines


def diff(
    county: Annotated[
        str | None, typer.Argument(help="County code (e.g. AB); every county when left out.")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Compare versions of a county's plan (same county and kind, different periods): goals and
    actions added, removed and kept, agencies that entered or left, objective shares."""
    for line in diff_lines(existing_db(db), county):
        out.print(escape(line))
