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
- bullets: `unify_bullet` writes a round or square bullet glyph as "•", `starts_list_item` tells
  a line that opens a list item (a bullet, "1.", "b)"), `strip_bullet` removes a leading bullet
  as printed or as OCR read it.

The words that show a suspended hyphen and the bullet glyphs are data: `models/data/text.toml`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
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
def _text_data() -> dict:  # type: ignore[type-arg]
    path = resources.files("models").joinpath("data/text.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def suspended_hyphen_next() -> frozenset[str]:
    """Words after a hyphen that show it is suspended ("hälso- och sjukvård")."""
    return frozenset(w.lower() for w in _text_data()["suspended_hyphen_next"])


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


# ---------------------------------------------------------------------- bullets


@dataclass(frozen=True)
class BulletGlyphs:
    printed: tuple[str, ...]  # a bullet at a line's start, white space after it or not
    marks: tuple[str, ...]  # printed more rarely: a bullet only with white space after it
    ocr: tuple[str, ...]  # what OCR makes of a bullet: one only with white space after it
    ocr_letters: tuple[str, ...]  # letters OCR reads a bullet as: one only before a capital
    as_bullet: tuple[str, ...]  # glyphs written as "•"


@cache
def bullet_glyphs() -> BulletGlyphs:
    data = _text_data()["bullets"]
    return BulletGlyphs(
        printed=tuple(data["printed"]),
        marks=tuple(data["marks"]),
        ocr=tuple(data["ocr"]),
        ocr_letters=tuple(data["ocr_letters"]),
        as_bullet=tuple(data["as_bullet"]),
    )


def _char_class(glyphs: Iterable[str]) -> str:
    return "[" + "".join(re.escape(g) for g in glyphs) + "]"


@cache
def _list_item_start() -> re.Pattern[str]:
    printed = _char_class(bullet_glyphs().printed)
    return re.compile(rf"^(?:{printed}|(?:\d{{1,2}}|[a-z])[.)](?=\s|$))")


@cache
def _leading_bullet() -> re.Pattern[str]:
    g = bullet_glyphs()
    glyph = _char_class(g.printed + g.marks + g.ocr)
    letter = _char_class(g.ocr_letters)
    box = r"\[[ xX✓]?\]"  # a checklist's box, with or without a bullet before it
    return re.compile(
        rf"^(?:{glyph}|{letter}(?=\s+[A-ZÅÄÖ]))(?:\s+{box})?\s+(?=\S)|^{box}\s+(?=\S)"
    )


def unify_bullet(text: str) -> str:
    """The text with a leading round or square bullet glyph (a font's private-use one
    included) written as "•"."""
    if text[:1] in bullet_glyphs().as_bullet:
        return "•" + text[1:]
    return text


def starts_list_item(text: str) -> bool:
    """Whether a line opens a list item: a printed bullet, or an item number ("1.", "12)",
    "b)") followed by white space or nothing."""
    return _list_item_start().match(text) is not None


def leading_bullet(text: str) -> re.Match[str] | None:
    """The leading bullet of a list item with the white space after it: a printed bullet, what
    OCR made of one ("»", "¢", "e" before a capital), a checklist's box."""
    return _leading_bullet().match(text)


def strip_bullet(text: str) -> str:
    """The text without its leading bullet (see `leading_bullet`)."""
    found = _leading_bullet().match(text)
    return text[found.end() :] if found else text
