"""Text helpers shared by the delmål and objectives-list layouts: the marker phrases from
models/data/layout_markers.toml, marker matching on folded text, bullets, and joining wrapped
lines of a cell or bullet into one string."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from ingest.source import Line
from models.folding import fold

_NON_WORD = re.compile(r"[^0-9a-z]+")
_MARKUP = re.compile(r"\*\*|__")


@lru_cache(maxsize=1)
def markers() -> dict[str, Any]:
    """The parsed layout_markers.toml (read once)."""
    data = resources.files("models").joinpath("data/layout_markers.toml").read_text("utf-8")
    return tomllib.loads(data)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Folded text with every run of non-letters/digits turned into one space."""
    return _NON_WORD.sub(" ", fold(_MARKUP.sub("", text))).strip()


def is_blank(line: Line) -> bool:
    return not line.text.strip()


@lru_cache(maxsize=65536)
def heading_form(text: str) -> str | None:
    """The normalized text of a line that could be a heading, else None. A long line, or one
    that starts in lower case or ends like a sentence ("deltagande parter."), is body text or
    the tail of a wrapped sentence, never a heading."""
    stripped = strip_bullet(text.strip())
    if not stripped or len(stripped) > markers()["heading_max_chars"]:
        return None
    first = next((ch for ch in stripped if ch.isalpha()), "")
    if first.islower() or stripped.endswith((".", ",", ";")):
        return None
    return normalize(stripped) or None


def form_matches(form: str, phrases: Iterable[str]) -> bool:
    """A heading form against marker phrases, allowing OCR noise (rapidfuzz ratio)."""
    threshold = markers()["match_threshold"]
    return any(fuzz.ratio(form, normalize(p)) >= threshold for p in phrases)


def heading_matches(text: str, phrases: Iterable[str]) -> bool:
    """True when the whole (short) line is one of the phrases, allowing OCR noise."""
    form = heading_form(text)
    return form is not None and form_matches(form, phrases)


def bullet_of(text: str) -> str | None:
    """The bullet glyph a line starts with ("* ta fram ...", "e utsatta ..."), or None."""
    stripped = text.lstrip()
    for glyph in markers()["bullets"]:
        if stripped.startswith(glyph + " ") and len(stripped) > len(glyph) + 1:
            return glyph
    return None


def strip_bullet(text: str) -> str:
    glyph = bullet_of(text)
    return text.lstrip()[len(glyph) :].strip() if glyph else text


def join_lines(texts: Iterable[str]) -> str:
    """Join wrapped lines into one string, removing line-end hyphenation ("upp-" + "täckt" →
    "upptäckt") but keeping suspended hyphens ("hot- och riskbedömning")."""
    suspended = set(markers()["suspended_hyphen_next"])
    out = ""
    for raw in texts:
        text = raw.strip()
        if not text:
            continue
        if not out:
            out = text
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            first = text.split()[0].lower()
            if first in suspended or not text[0].islower():
                out = f"{out} {text}"
            else:
                out = out[:-1] + text
        else:
            out = f"{out} {text}"
    return out


def raw_join(lines: Sequence[Line]) -> str | None:
    """The joined pre-repair text of lines, when OCR repair changed any of them."""
    if not any(ln.raw is not None for ln in lines):
        return None
    return join_lines(ln.raw if ln.raw is not None else ln.text for ln in lines)


def snippet(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
