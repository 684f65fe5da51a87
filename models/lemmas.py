"""Swedish lemma lookup: the lookup table of spacy-lookups-data (`sv_lemma_lookup`), loaded
once per process as a plain dict, and a spaCy pipeline component that lemmatises with it.

spaCy's own `lemmatizer` in lookup mode gives the same lemmas, but initialising it hashes all
660,000 entries into a spaCy Lookups table, which costs 5–10 s in every process; a plain dict
costs under a second to load (docs/decisions.md)."""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from typing import Any

COMPONENT = "kvinnofrid_lemmatizer"
_DATA = "sv_lemma_lookup.json.gz"


@cache
def sv_lemma_table() -> dict[str, str]:
    """{word form: lemma} for Swedish; empty when spacy-lookups-data is not installed."""
    try:
        blob = (resources.files("spacy_lookups_data") / "data" / _DATA).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    return json.loads(gzip.decompress(blob))


def lemma(word: str) -> str:
    table = sv_lemma_table()
    return table.get(word) or table.get(word.lower()) or word


@cache
def _register() -> str:
    from spacy.language import Language

    @Language.component(COMPONENT)
    def lookup_lemmatizer(doc: Any) -> Any:
        table = sv_lemma_table()
        for token in doc:
            text = token.text
            token.lemma_ = table.get(text) or table.get(text.lower()) or text
        return doc

    return COMPONENT


def add_lemmatizer(nlp: Any, **kwargs: Any) -> None:
    """Add the lookup lemmatizer to a spaCy pipeline (e.g. `spacy.blank("sv")`)."""
    nlp.add_pipe(_register(), **kwargs)
