"""The words that say what kind of document a text is, who publishes it and which language it
is in (models/data/documents.toml), loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class DocumentVocabulary:
    kind_markers: tuple[tuple[str, str], ...]  # (folded marker, kind) in the order tried
    plan_kinds: frozenset[str]
    assignment_phrase: str
    assignment_min_count: int
    national_publishers: tuple[str, ...]
    language_words: dict[str, frozenset[str]]  # language code -> its frequent short words
    generic_headings: frozenset[str]

    def markers_of(self, kind: str) -> list[str]:
        return [marker for marker, k in self.kind_markers if k == kind]


@cache
def document_vocabulary() -> DocumentVocabulary:
    text = resources.files("models").joinpath("data", "documents.toml").read_text("utf-8")
    data = tomllib.loads(text)
    kinds = data["kinds"]
    markers = tuple((str(marker), str(kind)) for marker, kind in kinds["markers"])
    plan_kinds = frozenset(kinds["plan_kinds"])
    unknown = plan_kinds - {kind for _, kind in markers}
    if unknown:
        raise ValueError(f"documents.toml: plan_kinds {sorted(unknown)} have no marker")
    return DocumentVocabulary(
        kind_markers=markers,
        plan_kinds=plan_kinds,
        assignment_phrase=str(kinds["assignment_phrase"]),
        assignment_min_count=int(kinds["assignment_min_count"]),
        national_publishers=tuple(data["publishers"]["national"]),
        language_words={code: frozenset(words) for code, words in data["language"].items()},
        generic_headings=frozenset(data["titles"]["generic_headings"]),
    )
