"""Text helpers for matching domain terms in Swedish text, clean or OCR'd.

- `normalise`: joins words broken by a line-end hyphen ("våldsut- övare"), keeps suspended
  hyphens ("hälso- och sjukvård"), collapses whitespace.
- `fold`: lowercase and strip diacritics character by character (å/ä→a, ö→o, é→e, "&" inside a
  word → a), so a folded string has the same length as its source and match offsets map back.
- `compile_term`: a data term ("*förebygg*", "stöd", "män och pojkar") as a regex over folded
  text. "*" lets the word continue (this is how compounds are split: the stem "förebygg" is
  found inside "våldsförebyggande"); a letter that carries a diacritic in the term accepts any
  one letter, because OCR lost or garbled exactly those ("våld" → "vald", "vild", "véld").
- `lemma_text`: the folded lemmas of a text (spaCy blank("sv") + lookup lemmatizer, loaded once,
  lazily), so whole-word terms also match inflected forms ("stödet" → "stöd").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from models.folding import fold, join_broken

__all__ = ["fold", "normalise"]

_DIACRITIC_LETTERS = frozenset("åäöéèáàüøæ")


def normalise(text: str) -> str:
    """Join line-end hyphenation, keep suspended hyphens, collapse whitespace (the one
    de-hyphenation: models/folding.py)."""
    return join_broken(text)


def looks_folded(text: str, min_letters: int = 40) -> bool:
    """True when a Swedish text of some length has no å/ä/ö at all: OCR'd or folded."""
    letters = sum(ch.isalpha() for ch in text)
    return letters >= min_letters and not any(ch in "åäöÅÄÖ" for ch in text)


@dataclass(frozen=True)
class Term:
    """A compiled data term. `literal`: letters and digits every match must contain (the
    longest plain run of the folded term), so a text without them is passed over without
    running the pattern; "" when the term has no such run of 3 or more."""

    term: str
    weight: float
    pattern: re.Pattern[str]
    literal: str = ""


def compile_term(term: str, weight: float = 1.0) -> Term:
    """Compile a data term (syntax in models/frameworks.py) for search in folded text."""
    body = term.strip()
    starts_open = body.startswith("*")
    ends_open = body.endswith("*")
    parts: list[str] = []
    for ch in body.strip("*"):
        if ch == "*":
            parts.append(r"\w*")
        elif ch == " ":
            parts.append(r"\s+")
        elif ch.lower() in _DIACRITIC_LETTERS:
            parts.append(r"[^\s\d\W]|[0-9&@]")  # any letter (OCR garble) or a digit/&/@
        else:
            parts.append(re.escape(fold(ch)))
    core = "".join(f"(?:{p})" if "|" in p else p for p in parts)
    # open ends are not part of the pattern (a leading \w* makes the search quadratic); the
    # match is widened to whole words afterwards, in find_terms
    prefix = "" if starts_open else r"(?<!\w)"
    suffix = "" if ends_open else r"(?!\w)"
    return Term(term, weight, re.compile(prefix + core + suffix), _required_literal(body))


_PLAIN = re.compile(r"[a-z0-9]+")


def _required_literal(body: str) -> str:
    """The longest run of plain letters and digits of a term that its pattern matches as
    itself (not a wildcard, a space or a letter with a diacritic, which OCR may garble)."""
    runs: list[str] = []
    current = ""
    for ch in body:
        plain = ch not in "* " and ch.lower() not in _DIACRITIC_LETTERS and len(fold(ch)) == 1
        if plain and _PLAIN.fullmatch(fold(ch)):
            current += fold(ch)
        else:
            runs.append(current)
            current = ""
    runs.append(current)
    best = max(runs, key=len)
    return best if len(best) >= 3 else ""


def compile_terms(terms: dict[str, float]) -> tuple[Term, ...]:
    return tuple(compile_term(term, weight) for term, weight in terms.items())


@dataclass(frozen=True)
class TermHit:
    term: str
    weight: float
    word: str  # the words of the source text that matched


@dataclass(frozen=True)
class PreparedText:
    """A text ready for term search: normalised original, its fold, and folded lemmas."""

    original: str
    folded: str
    lemmas: str


def prepare(text: str, lemmatize: bool = True) -> PreparedText:
    original = normalise(text)
    return PreparedText(
        original=original,
        folded=fold(original),
        lemmas=fold(lemma_text(original)) if lemmatize else "",
    )


def find_terms(prepared: PreparedText, terms: tuple[Term, ...]) -> list[TermHit]:
    """Every term found in the text (or its lemmas), with the words it matched. When several
    terms match the same words ("behandlingsprogram*" and "behandling*"), only the heaviest
    counts."""
    best: dict[str, TermHit] = {}
    for term in terms:
        if (
            term.literal
            and term.literal not in prepared.folded
            and term.literal not in prepared.lemmas
        ):
            continue  # the pattern cannot match: its plain letters are in neither text
        match = term.pattern.search(prepared.folded)
        if match is not None:
            start, end = _widen(prepared.folded, match.start(), match.end())
            word = prepared.original[start:end]
        elif prepared.lemmas and (match := term.pattern.search(prepared.lemmas)) is not None:
            start, end = _widen(prepared.lemmas, match.start(), match.end())
            word = prepared.lemmas[start:end]
        else:
            continue
        key = word.lower()
        if key not in best or term.weight > best[key].weight:
            best[key] = TermHit(term=term.term, weight=term.weight, word=word)
    return list(best.values())


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a match to the whole words it touches."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def format_hits(hits: list[TermHit]) -> str:
    """'våldsförebyggande(1.2), förskola(0.4)': matched words with their weights."""
    return ", ".join(f"{hit.word}({hit.weight:g})" for hit in hits)


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    from models.lemmas import add_lemmatizer

    nlp = spacy.blank("sv")
    add_lemmatizer(nlp)  # the lookup lemmatizer of spacy-lookups-data (models/lemmas.py)
    return nlp


@lru_cache(maxsize=8192)
def lemma_text(text: str) -> str:
    """The lemmas of a text's tokens, space-separated (the token itself when it has none)."""
    doc = _nlp()(text)
    return " ".join((tok.lemma_ or tok.text) for tok in doc)
