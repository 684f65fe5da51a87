"""The structure stage's and extractor's vocabulary (models/data/outline.toml), loaded once,
with phrase matching on folded text."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from models.folding import fold

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Folded text with every run of non-letters/digits as one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()


@dataclass(frozen=True)
class GoalWord:
    phrase: str
    rank: int
    standalone: bool = False


@dataclass(frozen=True)
class Vocabulary:
    heading_max_chars: int
    plain_max_chars: int
    plain_max_words: int
    goal_words: tuple[GoalWord, ...]  # longest phrase first
    goal_list_headings: tuple[GoalWord, ...]
    action_headings: tuple[str, ...]
    action_verbs: tuple[str, ...]
    fields: dict[str, tuple[str, ...]]  # role -> labels
    columns: tuple[tuple[str, tuple[str, ...]], ...]  # (role, phrases) in order
    not_plan: tuple[str, ...]
    appendix: tuple[str, ...]
    appendix_plan: tuple[str, ...]  # an appendix that is the plan's own ("Bilaga 1 Aktivitetsplan")
    plan: tuple[str, ...]
    min_leader_dots: int
    commitment_verbs: tuple[str, ...]
    work_verbs: tuple[str, ...]
    assignment_markers: tuple[str, ...]
    assigners: tuple[str, ...]
    not_measure: tuple[str, ...]  # as written, lowercase ("bör", "föreslår")
    not_measure_folded: tuple[str, ...]  # the same normalised, for text that lost å/ä/ö
    subject_joiners: frozenset[str]
    participant_headings: tuple[str, ...]

    def field_role(self, label: str) -> str | None:
        """The role of a field label ("Ansvarig" → responsible), else None."""
        norm = normalise(label)
        for role, labels in self.fields.items():
            if norm in labels:
                return role
        return None

    def action_heading(self, text: str, max_words: int = 6) -> bool:
        """Whether a short heading introduces the measures ("Åtgärder", "Så här gör vi",
        "Utvecklingsåtgärder, insatser och ansvar"), also behind a lone glyph that OCR made of
        an icon ("W Utvecklingsåtgärder")."""
        words = normalise(text).split()
        if len(words) > 1 and len(words[0]) == 1:
            words = words[1:]
        norm = " ".join(words)
        return len(words) <= max_words and any(
            starts_with_phrase(norm, p) for p in self.action_headings
        )

    def column_role(self, header: str) -> str | None:
        """The role of a table header cell, else None."""
        norm = normalise(header)
        if not norm or len(norm) > 50:
            return None
        first = norm.split()[0]
        for role, phrases in self.columns:
            if any(starts_with_phrase(norm, p) for p in phrases):
                return role
        for role, phrases in self.columns:
            # an inflected or compounded header word: "Ansvariga", "Huvudansvarig"
            if any(
                " " not in p and len(p) >= 6 and (first.startswith(p) or first.endswith(p))
                for p in phrases
            ):
                return role
        for role, phrases in self.columns:
            # a long header word with one letter wrong (a typo or OCR): "Frekvenns", "Ansvarg"
            if any(" " not in p and len(p) >= 7 and _one_edit(first, p) for p in phrases):
                return role
        return None


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def starts_with_phrase(norm: str, phrase: str) -> bool:
    """True when normalised text starts with the whole words of a normalised phrase."""
    return norm == phrase or norm.startswith(phrase + " ")


@cache
def vocabulary() -> Vocabulary:
    text = resources.files("models").joinpath("data/outline.toml").read_text("utf-8")
    data = tomllib.loads(text)

    def words(items: list[dict]) -> tuple[GoalWord, ...]:
        out = [
            GoalWord(normalise(w["phrase"]), w["rank"], w.get("standalone", False)) for w in items
        ]
        return tuple(sorted(out, key=lambda w: -len(w.phrase)))

    def norm_all(items: list[str]) -> tuple[str, ...]:
        return tuple(sorted({normalise(i) for i in items}, key=len, reverse=True))

    return Vocabulary(
        heading_max_chars=data["headings"]["max_chars"],
        plain_max_chars=data["headings"]["plain_max_chars"],
        plain_max_words=data["headings"]["plain_max_words"],
        goal_words=words(data["goals"]["words"]),
        goal_list_headings=words(data["goals"]["list_headings"]),
        action_headings=norm_all(data["actions"]["headings"]),
        action_verbs=tuple(fold(v) for v in data["actions"]["verbs"]),
        fields={role: norm_all(labels) for role, labels in data["fields"].items()},
        columns=tuple((c["role"], norm_all(c["phrases"])) for c in data["columns"]["roles"]),
        not_plan=norm_all(data["sections"]["not_plan"]),
        appendix=norm_all(data["sections"]["appendix"]),
        appendix_plan=norm_all(data["sections"]["appendix_plan"]),
        plan=norm_all(data["sections"]["plan"]),
        min_leader_dots=data["toc"]["min_leader_dots"],
        commitment_verbs=norm_all(data["sentences"]["commitment_verbs"]),
        work_verbs=norm_all(data["sentences"]["work_verbs"]),
        assignment_markers=norm_all(data["sentences"]["assignment_markers"]),
        assigners=norm_all(data["sentences"]["assigners"]),
        not_measure=tuple(" ".join(p.lower().split()) for p in data["sentences"]["not_measure"]),
        not_measure_folded=tuple(normalise(p) for p in data["sentences"]["not_measure"]),
        subject_joiners=frozenset(normalise(w) for w in data["sentences"]["subject_joiners"]),
        participant_headings=norm_all(data["participants"]["headings"]),
    )
