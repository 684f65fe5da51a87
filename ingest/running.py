"""Running headers and footers of a page-marked text (OCR'd pages, a text dump with form
feeds): lines repeated in the margins of many pages, and bare page numbers there. Dropped
before the structure stage, so that "Länsstyrelsen X / Sida 5 / Handlingsplan ..." between
two pages does not open a section of its own in the middle of a goal."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.source import Line

EDGE_LINES = 2  # the first and last lines of a page where running headers/footers stand
REPEAT_SHARE = 0.5  # a line in every other page's margin is a running header/footer
MIN_PAGES = 3  # below this many pages nothing can be told to repeat

# "5", "Sida 5", "sid. 5 av 12", "– 5 –", "5 (12)", "Page 5 of 12"
_PAGE_NUMBER = re.compile(
    r"^(?:sida|sid\.?|s\.|page)?\s*[-–—(]?\s*\d{1,3}\s*(?:(?:av|/|of)\s*\d{1,3}|\(\d{1,3}\))?"
    r"\s*[-–—)]?$",
    re.I,
)


def drop_running_lines(pages: dict[int, list[Line]]) -> dict[int, list[Line]]:
    """Each page's lines without its running headers/footers: a non-table line whose letters
    repeat in the margins (first or last non-blank lines) of at least half of three or more
    pages and that names no part of the plan, and a bare page number as a page's first or
    last line."""
    if len(pages) < MIN_PAGES:
        return pages
    text = {n: [k for k, ln in enumerate(lines) if ln.text.strip()] for n, lines in pages.items()}
    margins = {n: _margin(pages[n], text[n]) for n in pages}
    repeated: Counter[str] = Counter()
    written: dict[str, str] = {}
    for number, lines in pages.items():
        keys = {_key(lines[k]): lines[k].text for k in margins[number]}
        keys.pop("", None)
        for key, line_text in keys.items():
            written.setdefault(key, line_text)
        repeated.update(list(keys))  # each key once per page
    needed = max(MIN_PAGES, int(len(pages) * REPEAT_SHARE))
    running = {
        key for key, n in repeated.items() if n >= needed and not _names_a_part(written[key])
    }
    out: dict[int, list[Line]] = {}
    for number, lines in pages.items():
        edge = margins[number]
        outermost = {text[number][0], text[number][-1]} if text[number] else set()
        out[number] = [
            ln
            for k, ln in enumerate(lines)
            if not (
                (k in edge and _key(ln) in running)
                or (k in outermost and _PAGE_NUMBER.match(ln.text.strip()))
            )
        ]
    return out


def _names_a_part(text: str) -> bool:
    """A repeated line that names a part of the plan is no running header: a table header
    repeated on each page ("Åtgärd", "Ansvarig"), a goal word ("Mål", "Delmål 2")."""
    from models.outline_vocabulary import normalise, starts_with_phrase, vocabulary

    vocab = vocabulary()
    norm = normalise(text)
    return vocab.column_role(text) is not None or any(
        starts_with_phrase(norm, word.phrase) for word in vocab.goal_words
    )


def drop_running_lines_in(lines: Sequence[Line]) -> list[Line]:
    """The same on one list of lines in page order."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    kept = drop_running_lines(pages)
    return [line for number in sorted(kept) for line in kept[number]]


def _margin(lines: list[Line], text: list[int]) -> set[int]:
    """Indexes of a page's first and last non-blank (`text`: their indexes), non-table lines."""
    return {k for k in text[:EDGE_LINES] + text[-EDGE_LINES:] if not lines[k].cells}


def _key(line: Line) -> str:
    return "".join(ch for ch in line.text.lower() if ch.isalpha())
