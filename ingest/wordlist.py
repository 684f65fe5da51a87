"""The Swedish word list of OCR repair: about 950,000 lowercase word forms from the hunspell-sv
dictionary with wordfreq's Swedish frequencies, built by `make lexicon`
(ingest/wordlist_build.py) into models/data/lexicon_sv.marisa (a marisa trie) and
models/data/lexicon_sv.zipf (one byte per form). Both are memory-mapped or read whole, so the
list loads in milliseconds, and only when a text needs repair."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

TRIE_FILE = "lexicon_sv.marisa"
ZIPF_FILE = "lexicon_sv.zipf"
HUNSPELL_BIT, NAME_BIT, ZIPF_MASK = 0x80, 0x40, 0x3F
ZIPF_SCALE = 8  # as ingest/wordlist_build.py writes it
UNLISTED_ZIPF = 1.0  # a dictionary form that wordfreq does not list: rare, but a word


@dataclass(frozen=True, eq=False)
class WordList:
    trie: object  # marisa_trie.Trie
    values: bytes

    def __contains__(self, word: str) -> bool:
        return word in self.trie  # type: ignore[operator]

    def zipf(self, word: str) -> float | None:
        """The form's zipf frequency (log10 per billion words); None when it is no form."""
        key = self.trie.get(word)  # type: ignore[attr-defined]
        if key is None:
            return None
        value = self.values[key]
        return max((value & ZIPF_MASK) / ZIPF_SCALE, UNLISTED_ZIPF)

    def in_dictionary(self, word: str) -> bool:
        """Listed by hunspell-sv (not only as a common string in wordfreq)."""
        key = self.trie.get(word)  # type: ignore[attr-defined]
        return key is not None and bool(self.values[key] & HUNSPELL_BIT)

    def is_name(self, word: str) -> bool:
        """Listed by hunspell-sv only as a name ("ian" is "Ian"): no word in lowercase."""
        key = self.trie.get(word)  # type: ignore[attr-defined]
        return key is not None and bool(self.values[key] & NAME_BIT)

    def has_prefix(self, prefix: str) -> bool:
        for _key in self.trie.iterkeys(prefix):  # type: ignore[attr-defined]
            return True
        return False

    def prefixes(self, word: str) -> list[str]:
        """The forms that begin `word` (itself included when it is a form)."""
        return self.trie.prefixes(word)  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.values)


@cache
def word_list() -> WordList:
    """The word list of models/data; a clear error when `make lexicon` has not built it."""
    import marisa_trie

    folder = resources.files("models") / "data"
    trie = marisa_trie.Trie()
    path = folder / TRIE_FILE
    try:
        trie.mmap(str(path))
        values = (folder / ZIPF_FILE).read_bytes()
    except (OSError, FileNotFoundError) as exc:
        raise RuntimeError(
            f"the Swedish word list {path} is missing or unreadable ({exc}); "
            "build it with: make lexicon"
        ) from None
    if len(values) != len(trie):
        raise RuntimeError(f"{ZIPF_FILE} does not belong to {TRIE_FILE}; rebuild: make lexicon")
    return WordList(trie, values)
