"""Swedish lemma lookup: the lookup table of spacy-lookups-data (`sv_lemma_lookup`), loaded
once per process as a plain dict, and a spaCy pipeline component that lemmatises with it.

spaCy's own `lemmatizer` in lookup mode gives the same lemmas, but initialising it hashes all
660,000 entries into a spaCy Lookups table, which costs 5–10 s in every process; a plain dict
costs under a second to load (docs/decisions.md). A few entries that pick a reading the plans never
mean ("ska" → "skola", school) are corrected by models/data/lemma_overrides.toml."""

from __future__ import annotations

import gzip
import hashlib
import json
import tomllib
from functools import cache
from importlib import metadata, resources
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
    table: dict[str, str] = json.loads(gzip.decompress(blob))
    table.update(lemma_overrides())
    return table


@cache
def lemma_overrides() -> dict[str, str]:
    """{word form: lemma} corrections to the lookup table (models/data/lemma_overrides.toml)."""
    text = resources.files("models").joinpath("data", "lemma_overrides.toml").read_text("utf-8")
    return {str(k): str(v) for k, v in tomllib.loads(text)["lemmas"].items()}


def lemma(word: str) -> str:
    return lemma_in(sv_lemma_table(), word)


def lemma_in(table: dict[str, str], word: str) -> str:
    """A word's lemma in `table` (the whole table or a subset of it): the word as written,
    else lower-cased, else the word itself."""
    return table.get(word) or table.get(word.lower()) or word


def lemma_subset(wanted: frozenset[str]) -> dict[str, str]:
    """The entries of the lemma table a matcher of just the lemmas `wanted` needs (entries
    whose lemma or word form is wanted; look words up with lemma_in); kept in the local cache
    (models/cache.py), so such a matcher never loads the whole table."""
    from models.cache import cached

    digest = hashlib.sha256(json.dumps([lookups_version(), sorted(wanted)]).encode())

    def build() -> dict[str, str]:
        return {k: v for k, v in sv_lemma_table().items() if v in wanted or k in wanted}

    digest.update(json.dumps(sorted(lemma_overrides().items())).encode())

    return cached("lemma-subset", digest.hexdigest()[:16], build)


def lookups_version() -> str:
    """The installed spacy-lookups-data version (part of every cache key built from it)."""
    try:
        return metadata.version("spacy-lookups-data")
    except metadata.PackageNotFoundError:
        return "none"


@cache
def _register() -> str:
    from spacy.language import Language

    @Language.factory(COMPONENT)
    def make_lookup_lemmatizer(nlp: Any, name: str) -> Any:
        def lookup_lemmatizer(doc: Any) -> Any:
            lemmas = sv_lemma_table()
            for token in doc:
                token.lemma_ = lemma_in(lemmas, token.text)
            return doc

        return lookup_lemmatizer

    return COMPONENT


def add_lemmatizer(nlp: Any, **kwargs: Any) -> None:
    """Add the lookup lemmatizer to a spaCy pipeline (e.g. `spacy.blank("sv")`)."""
    nlp.add_pipe(_register(), **kwargs)
