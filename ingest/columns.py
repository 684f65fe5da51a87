"""Canonical names for the column headers of plan tables, whatever variant a document prints
("UPPFÖLJNING/ INDIKATORER", "UPPFÖLJNING/INDIKATOR", the source's own typo "FREKVENNS")."""

from __future__ import annotations

import re

from models.folding import fold

ATGARD = "ATGARD"
ANSVARIG = "ANSVARIG"
INDIKATORER = "INDIKATORER"
FREKVENS = "FREKVENS"
DELMAL = "DELMAL"
AKTIVITETER = "AKTIVITETER"

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(atgard|atgarder|aktivitet|insats)\b"), ATGARD),
    (re.compile(r"^(ansvarig|ansvar|ansvariga)\b"), ANSVARIG),
    (re.compile(r"(indikator|uppfolj|uppfoln)"), INDIKATORER),
    (re.compile(r"^frek?ve?n+s"), FREKVENS),
    (re.compile(r"^(tidplan|tid|when)\b"), FREKVENS),
    (re.compile(r"^delmal\b"), DELMAL),
    (re.compile(r"aktiviteter"), AKTIVITETER),
)


def normalise_header(cell: str) -> str:
    """Map a header cell to a canonical column name, or return its cleaned text."""
    folded = re.sub(r"\s+", " ", fold(cell)).strip(" :")
    folded = re.sub(r"\s*/\s*", "/", folded)
    for pattern, name in _RULES:
        if pattern.search(folded):
            return name
    return cell.strip()


def header_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """If the cells form an action-table header (an action column and a responsibility or
    indicator column), return {canonical name: column index}; else None."""
    names = [normalise_header(c) for c in cells]
    if len(names) < 2 or names[0] != ATGARD:
        return None
    found = {name: i for i, name in reversed(list(enumerate(names)))}
    if ANSVARIG not in found and INDIKATORER not in found:
        return None
    return found
