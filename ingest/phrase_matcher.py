"""Words of a text and a longest-match phrase matcher over them: what the agency recogniser
needs of a tokenizer and an entity ruler, without importing spaCy (1–2 s of every process's
start-up; docs/decisions.md).

A token is a run of letters and digits (with an inner period or apostrophe before a lowercase
letter or digit: "soc.förv", "polisen.se"), a web or mail address, or one other non-space
character. Whitespace is not a token: each token carries the whitespace that follows it.

A pattern is a sequence of token keys; the caller decides what a token's keys are (its folded
form, its lemma) and the matcher finds, like spaCy's EntityRuler, the longest matches first,
then the earliest, no two overlapping."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<address>(?:https?://|www\.)[^\s<>()"]+
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<word>[^\W_]+(?:[.'’](?=[a-zåäöéü0-9])[^\W_]+)*)
    | (?P<other>\S)
    """,
    re.VERBOSE,
)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu|info)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # character offsets in the text
    end: int
    space: str  # the whitespace that follows, up to the next token

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def is_address(self) -> bool:
        """A web or mail address ("www.polisen.se", "info@kommun.se", "polisen.se")."""
        text = self.text.lower()
        return "@" in text or "www" in text or "://" in text or bool(_DOMAIN.match(text))

    @property
    def line_ends(self) -> bool:
        """Whether more than one space follows: a line break, a tab or a gap."""
        return self.space not in ("", " ")


def tokenise(text: str) -> list[Token]:
    found = list(_TOKEN.finditer(text))
    tokens = []
    for i, match in enumerate(found):
        following = found[i + 1].start() if i + 1 < len(found) else len(text)
        tokens.append(
            Token(match.group(), match.start(), match.end(), text[match.end() : following])
        )
    return tokens


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token indexes, end exclusive
    end: int
    label: str


class PhraseMatcher:
    """Phrases as sequences of token keys, each with a label (the first label added for a
    phrase wins). `keys(token)` gives the keys a token may match by (e.g. its OCR-folded form
    and its lemma)."""

    def __init__(self, keys: Callable[[Token], Iterable[Hashable]]) -> None:
        self._keys = keys
        self._trie: dict = {}
        self._label = object()  # a trie node's label entry

    def add(self, phrase: list[Hashable], label: str) -> None:
        node = self._trie
        for key in phrase:
            node = node.setdefault(key, {})
        node.setdefault(self._label, label)

    def __call__(self, tokens: list[Token]) -> list[Match]:
        keys = [tuple(self._keys(token)) for token in tokens]
        found: list[Match] = []
        for start in range(len(tokens)):
            found.extend(self._from(keys, start))
        chosen: list[Match] = []
        taken: set[int] = set()
        for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
            if taken.isdisjoint(range(match.start, match.end)):
                chosen.append(match)
                taken.update(range(match.start, match.end))
        return sorted(chosen, key=lambda m: m.start)

    def _from(self, keys: list[tuple[Hashable, ...]], start: int) -> list[Match]:
        found: list[Match] = []
        nodes = [self._trie]
        for i in range(start, len(keys)):
            nodes = [node[key] for node in nodes for key in keys[i] if key in node]
            if not nodes:
                break
            for node in nodes:
                if self._label in node:
                    found.append(Match(start, i + 1, node[self._label]))
        return found
