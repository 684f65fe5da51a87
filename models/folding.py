"""Text normalisation shared by every stage, the one place for it:

- `fold`: lowercase without diacritics, one output character per input character (å/ä→a,
  ö→o, é→e; "&" or "@" touching a letter → a, since OCR renders ä so: "I&net"), so offsets in
  folded text map back to the source. OCR'd Swedish lost å/ä/ö, so matching is done on folded
  forms.
- `join_lines`: the visual lines of one paragraph, cell or list item as one string, removing a
  hyphen that split a word ("våld-" + "sutsatta") and keeping a suspended one ("hälso- och
  sjukvård") and a compound's own ("FoU-enheten").
- `join_broken`: the same decision inside a string that already holds the line break as a space
  ("våldsut- övare" → "våldsutövare").

The words that show a suspended hyphen are data: `models/data/text.toml`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

_TABLE = str.maketrans("åäöéèêëáàâüúùóòôíìïçøæß", "aaoeeeeaaauuuoooiiicoas")
# "&" or "@" touching a letter is OCR's "ä"/"å" ("I&net", "&terfall"); a free "&" is "och"
_AMP_IN_WORD = re.compile(r"(?<=[^\W\d_])[&@]|[&@](?=[^\W\d_])")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    low = low.translate(_TABLE)
    if low.isascii():
        return low
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
    )
    return stripped if len(stripped) == 1 else low


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    return fold(word)


def fold(text: str) -> str:
    """Lowercase without diacritics, one output character per input character of the text in
    its composed form (a decomposed "a" + U+0308 is composed to "ä" first; a combining mark
    that composes with nothing is dropped)."""
    out = text.lower().translate(_TABLE)
    if len(out) != len(text) or not out.isascii():
        if any(unicodedata.combining(ch) for ch in text):
            text = unicodedata.normalize("NFC", text)
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
        out = "".join(_fold_char(ch) for ch in text)
    if "&" in out or "@" in out:
        out = _AMP_IN_WORD.sub("a", out)
    return out


# ---------------------------------------------------------------------- de-hyphenation

_HYPHENS = ("-", "\u2010", "\u2011")
_SOFT_HYPHEN = "\u00ad"
_BROKEN = re.compile(r"([^\W\d_])[-\u2010\u2011]\s+([^\W\d_][\w]*)")


@cache
def suspended_hyphen_next() -> frozenset[str]:
    """Words after a hyphen that show it is suspended ("hälso- och sjukvård")."""
    path = resources.files("models").joinpath("data/text.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["suspended_hyphen_next"])


def _after_hyphen(left: str, right: str) -> str:
    """What joins `left` (ending in a letter and a hyphen) and `right` (the next text)."""
    next_word = right.split()[0].strip(".,;:").lower()
    if next_word in suspended_hyphen_next():
        return left + " " + right
    if left[-2].islower() and right[0].islower():
        return left[:-1] + right
    return left + right  # a compound that keeps its hyphen ("FoU-enheten")


def join_lines(lines: Iterable[str]) -> str:
    """Join the visual lines of one cell or paragraph with single spaces, removing a hyphen
    that split a word ("våld-" + "sutsatta") but keeping a suspended one ("hälso- och")."""
    out = ""
    for raw in lines:
        line = " ".join(raw.replace(_SOFT_HYPHEN + " ", _SOFT_HYPHEN).split())
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith(_SOFT_HYPHEN):
            out = out[:-1] + line
        elif out.endswith(_HYPHENS) and len(out) > 1 and out[-2].isalpha():
            out = _after_hyphen(out, line)
        else:
            out = out + " " + line
    return out.replace(_SOFT_HYPHEN, "")


def join_broken(text: str) -> str:
    """A string with its line-end hyphenation joined ("våldsut- övare" → "våldsutövare",
    "hälso- och sjukvård" kept) and its white space collapsed."""

    def join(match: re.Match[str]) -> str:
        return _after_hyphen(match.group(1) + "-", match.group(2))

    return " ".join(_BROKEN.sub(join, text).split())
