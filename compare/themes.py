"""Themes of an action: which forms of violence and target groups it addresses, with evidence.

A theme applies when the weights of its terms (models/data/themes.toml) found in the action's
own text reach `threshold`, or when the action's text and its context (the goal it sits under)
together do, the context counting `context_weight` per term. Evidence names the matched words
and where they were found, e.g. "terms: hedersrelaterat(1); context: barn(1)".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from compare.terms import Term, compile_terms, find_terms, format_hits, prepare
from models.themes import Theme, load_themes


@lru_cache(maxsize=1)
def _default_themes() -> tuple[tuple[Theme, tuple[Term, ...]], ...]:
    return tuple((theme, compile_terms(theme.terms)) for theme in load_themes())


def _compiled(themes: Sequence[Theme] | None) -> tuple[tuple[Theme, tuple[Term, ...]], ...]:
    if themes is None:
        return _default_themes()
    return tuple((theme, compile_terms(theme.terms)) for theme in themes)


def classify_themes(
    text: str,
    context_text: str = "",
    themes: Sequence[Theme] | None = None,
    threshold: float = 1.0,
    context_weight: float = 1.0,
) -> list[tuple[str, str]]:
    """(theme code, evidence) for every theme the text addresses, in data order."""
    own = prepare(text)
    context = prepare(context_text) if context_text.strip() else None
    found: list[tuple[str, str]] = []
    for theme, terms in _compiled(themes):
        own_hits = find_terms(own, terms)
        own_score = sum(hit.weight for hit in own_hits)
        context_hits = find_terms(context, terms) if context is not None else []
        context_score = context_weight * sum(hit.weight for hit in context_hits)
        if own_score >= threshold:
            found.append((theme.code, "terms: " + format_hits(own_hits)))
        elif own_score + context_score >= threshold and context_hits:
            parts = ["terms: " + format_hits(own_hits)] if own_hits else []
            parts.append("context: " + format_hits(context_hits))
            found.append((theme.code, "; ".join(parts)))
    return found
