"""What the command modules share: the consoles, the database option, opening the database
for reading with a one-line error."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

DEFAULT_DB = Path("out/kvinnofrid.db")
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def existing_db(db: Path) -> Path:
    if not db.is_file():
        err.print(
            f"[red]error:[/red] no database at {db} (run `kvinnofrid ingest` or `kvinnofrid run` first)"
        )
        raise typer.Exit(2)
    return db


def open_db(db: Path):  # type: ignore[no-untyped-def]
    """The database for reading: opened as usual (schema and search index repaired) when this
    user may write it, else read-only as it is."""
    from kvinnofrid.faults import describe
    from kvinnofrid.search import ensure_search
    from kvinnofrid.store import connect, connect_read_only, writable

    existing_db(db)
    try:
        if not writable(db):
            return connect_read_only(db)
        database = connect(db)
        ensure_search(database)
    except Exception as exc:  # noqa: BLE001
        err.print(f"[red]error:[/red] cannot open database {escape(str(db))}: {describe(exc)}")
        raise typer.Exit(1) from None
    return database
