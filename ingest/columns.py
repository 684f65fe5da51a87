"""Table header cells as column roles, whatever variant a document prints ("UPPFÖLJNING/
INDIKATORER", "Ansvarig aktör", "Tidsplan 2020"): the PDF reader's test for a header row and
for a table continued on the next page with the same header. The roles and their words are the
outline vocabulary's (models/data/outline.toml [columns]), the same the structure stage uses."""

from __future__ import annotations

import re

from models.outline_vocabulary import vocabulary

_YEARS = re.compile(r"\b\d{4}\s*[-–—]\s*\d{2,4}\b|\b(19|20)\d{2}\b")
_MAX_HEADER_CHARS = 40
_MAX_HEADER_WORDS = 4


def canonical_names() -> frozenset[str]:
    """The column roles, upper case, as normalise_header returns them."""
    return frozenset(role.upper() for role, _ in vocabulary().columns)


def normalise_header(cell: str) -> str:
    """A short table header cell as its column role, upper case ("ACTION", "RESPONSIBLE",
    "INDICATOR", "FREQUENCY", "AREA", ...), else the cleaned header text (upper case, single
    spaces, no years)."""
    text = " ".join(cell.replace("\n", " ").split()).upper()
    text = re.sub(r"\s*/\s*", "/", text)
    cleaned = " ".join(_YEARS.sub("", text).strip(" :.-–").split())
    if len(cleaned) <= _MAX_HEADER_CHARS and len(cleaned.split()) <= _MAX_HEADER_WORDS:
        role = vocabulary().column_role(cleaned)
        if role is not None:
            return role.upper()
    return cleaned
