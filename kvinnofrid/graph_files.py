"""The graph files for Gephi (compare/graph.py) in OUT: their names, the formats asked for
(`--graph graphml,gexf`) and whether OUT holds exactly those. Cheap to import: the quick
"nothing to do" decision (fastpath.py) reads it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

GRAPHML_NAME = "graph.graphml"
GEXF_NAME = "graph.gexf"
GRAPH_FILES = {"graphml": GRAPHML_NAME, "gexf": GEXF_NAME}  # format -> file in OUT


def graph_formats(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """The graph formats asked for ("graphml,gexf", ["gexf"], "none" or None → ()), in a fixed
    order; an unknown format is a ValueError naming the ones there are."""
    if value is None:
        return ()
    parts = value.split(",") if isinstance(value, str) else list(value)
    wanted = {p.strip().lower() for p in parts if p.strip()} - {"none"}
    unknown = sorted(wanted - set(GRAPH_FILES))
    if unknown:
        raise ValueError(
            f"unknown graph format {', '.join(unknown)}: choose from {', '.join(GRAPH_FILES)}"
        )
    return tuple(f for f in GRAPH_FILES if f in wanted)


def graph_files_match(out_dir: Path, formats: Iterable[str]) -> bool:
    """True when OUT holds the graph files of exactly these formats (no missing, no stale)."""
    wanted = set(formats)
    return all((out_dir / name).is_file() == (fmt in wanted) for fmt, name in GRAPH_FILES.items())
