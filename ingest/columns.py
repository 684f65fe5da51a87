"""Canonical names for the column headers of plan tables, whatever variant a document prints
("UPPFÖLJNING/ INDIKATORER", "UPPFÖLJNING/INDIKATOR", the source's own typo "FREKVENNS").
The variants are data: models/data/table_headers.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from models.folding import fold

ATGARD = "ATGARD"
ANSVARIG = "ANSVARIG"
INDIKATORER = "INDIKATORER"
FREKVENS = "FREKVENS"
DELMAL = "DELMAL"
AKTIVITETER = "AKTIVITETER"

_YEARS = re.compile(r"\b\d{4}\s*[-–—]\s*\d{2,4}\b|\b(19|20)\d{2}\b")


@cache
def header_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("models").joinpath("data/table_headers.toml").read_text("utf-8")
    return tuple((c["name"], re.compile(c["pattern"])) for c in tomllib.loads(text)["column"])


def canonical_names() -> frozenset[str]:
    return frozenset(name for name, _ in header_rules())


def normalise_header(cell: str) -> str:
    """A table header cell as a canonical column name (ATGARD, ANSVARIG, INDIKATORER, FREKVENS,
    DELMAL, AKTIVITETER), else the cleaned header text (upper case, single spaces, no years)."""
    text = " ".join(cell.replace("\n", " ").split()).upper()
    text = re.sub(r"\s*/\s*", "/", text)
    cleaned = " ".join(_YEARS.sub("", text).strip(" :.-–").split())
    folded = fold(cleaned).upper()
    if len(folded) <= 40 and len(folded.split()) <= 4:
        for name, pattern in header_rules():
            if pattern.search(folded):
                return name
    return cleaned


def header_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """If the cells form an action-table header (an action column first, and a responsibility
    or indicator column), return {canonical name: column index}; else None."""
    names = [normalise_header(c) for c in cells]
    if len(names) < 2 or names[0] not in (ATGARD, AKTIVITETER):
        return None
    found = {name: i for i, name in reversed(list(enumerate(names)))}
    found.setdefault(ATGARD, 0)
    if ANSVARIG not in found and INDIKATORER not in found:
        return None
    return found
