"""Groups of CLI commands, each module exposing `register(app: typer.Typer) -> None`:
`research.py` (serve, search, export), `review.py` (outline, review, corrections), `diff.py`;
`common.py` holds what they share (consoles, the database option, opening the database)."""
