"""Build step (`make lexicon`) for the Swedish word list of OCR repair (ingest/wordlist.py).

The word forms come from the hunspell-sv dictionary package (its stems expanded through the
affix rules, read with spylls); their frequencies from wordfreq's Swedish list. A word that
wordfreq knows but hunspell-sv does not is kept only when it is common (zipf >= COMMON_ZIPF):
wordfreq's rare tail holds OCR and typing errors ("lanet", "linet") that must not count as
words. Both packages are installed from PyPI by `pip install -e '.[lexicon]'`; nothing is
downloaded here, and nothing of this module runs when kvinnofrid ingests documents.

Output (models/data/): lexicon_sv.marisa, a marisa trie of the lowercase forms, and
lexicon_sv.zipf, one byte per trie key id: bit 7 set when hunspell-sv lists the form, bit 6 when
it lists it only as a name (capitalised: "Ian", "Lin"), bits 0-5 the wordfreq zipf frequency
times ZIPF_SCALE (0 when wordfreq does not list it)."""

from __future__ import annotations

import re
import sys
import sysconfig
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

COMMON_ZIPF = 3.0  # one in a million words
ZIPF_SCALE = 8  # zipf 0..7.9 in six bits
HUNSPELL_BIT, NAME_BIT = 0x80, 0x40
_FORM = re.compile(r"^[a-zåäöéüæø]+(?:-[a-zåäöéüæø]+)?$")
OUT = Path(__file__).resolve().parent.parent / "models" / "data"


def hunspell_path() -> Path:
    """sv_SE (without extension) as installed by the hunspell-sv package."""
    for base in (sysconfig.get_path("data"), sys.prefix):
        stem = Path(base) / "share" / "hunspell" / "sv_SE"
        if stem.with_suffix(".dic").exists():
            return stem
    raise SystemExit("hunspell-sv is not installed: pip install -e '.[lexicon]'")


def _expand(stem: str, flags: set[str], aff: object) -> Iterator[str]:
    """The forms of one dictionary stem: itself and its prefixed/suffixed forms (two levels
    of suffixes, as hunspell allows), without forms that need a further affix."""
    sfx, pfx = aff.SFX, aff.PFX  # type: ignore[attr-defined]
    need = aff.NEEDAFFIX  # type: ignore[attr-defined]
    only_compound = aff.ONLYINCOMPOUND  # type: ignore[attr-defined]
    if only_compound in flags:
        return
    if need not in flags:
        yield stem
    suffixed: list[tuple[str, set[str], bool]] = []
    for flag in flags:
        for suffix in sfx.get(flag, ()):
            if suffix.cond_regexp.search(stem) and (
                not suffix.strip or stem.endswith(suffix.strip)
            ):
                base = stem[: len(stem) - len(suffix.strip)] if suffix.strip else stem
                form = base + suffix.add
                suffixed.append((form, suffix.flags, suffix.crossproduct))
                if need not in suffix.flags and only_compound not in suffix.flags:
                    yield form
                for flag2 in suffix.flags:
                    for suffix2 in sfx.get(flag2, ()):
                        if suffix2.cond_regexp.search(form):
                            cut = len(form) - len(suffix2.strip) if suffix2.strip else len(form)
                            if not suffix2.strip or form.endswith(suffix2.strip):
                                yield form[:cut] + suffix2.add
    for flag in flags:
        for prefix in pfx.get(flag, ()):
            targets = [(stem, True)] + [(f, cross) for f, _fl, cross in suffixed]
            for target, cross in targets:
                if not cross or not prefix.cond_regexp.search(target):
                    continue
                if prefix.strip and not target.startswith(prefix.strip):
                    continue
                yield prefix.add + target[len(prefix.strip) :]


def hunspell_forms() -> tuple[set[str], set[str]]:
    """The lowercase forms of hunspell-sv, and those of them it lists only as names."""
    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(str(hunspell_path()))
    aff = dictionary.aff
    forbidden = aff.FORBIDDENWORD
    forms: set[str] = set()
    names: set[str] = set()
    for word in dictionary.dic.words:
        if forbidden in word.flags:
            continue
        is_name = word.stem[:1].isupper()
        for form in _expand(word.stem, word.flags, aff):
            low = form.lower()
            if _FORM.match(low):
                (names if is_name else forms).add(low)
    return forms | names, names - forms


def build(out: Path = OUT) -> tuple[int, int]:
    import marisa_trie
    from wordfreq import get_frequency_dict, zipf_frequency

    known, names = hunspell_forms()
    freq = get_frequency_dict("sv", "large")
    words = set(known)
    for word in freq:
        if _FORM.match(word) and word not in known and zipf_frequency(word, "sv") >= COMMON_ZIPF:
            words.add(word)
    trie = marisa_trie.Trie(sorted(words))
    values = bytearray(len(trie))
    for word in words:
        zipf = zipf_frequency(word, "sv", wordlist="large") if word in freq else 0.0
        flags = (HUNSPELL_BIT if word in known else 0) | (NAME_BIT if word in names else 0)
        values[trie[word]] = flags | min(0x3F, round(zipf * ZIPF_SCALE))
    out.mkdir(parents=True, exist_ok=True)
    trie.save(str(out / "lexicon_sv.marisa"))
    (out / "lexicon_sv.zipf").write_bytes(bytes(values))
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("hunspell-sv", "wordfreq", "marisa-trie")
    )
    (out / "lexicon_sv_source.txt").write_text(
        "Swedish word list for OCR repair, built by `make lexicon` (ingest/wordlist_build.py)\n"
        f"from: {versions}\n"
        "hunspell-sv: word forms (SFOL, SALDO, Folkets lexikon; licence LGPL-3.0, see "
        "the package's LICENSE)\n"
        "wordfreq: Swedish word frequencies (data CC BY-SA 4.0)\n"
        f"forms: {len(trie)} ({len(known)} from hunspell-sv)\n"
        f"sha256 of lexicon_sv.marisa: {_sha256(out / 'lexicon_sv.marisa')}\n"
        f"sha256 of lexicon_sv.zipf: {_sha256(out / 'lexicon_sv.zipf')}\n",
        encoding="utf-8",
    )
    return len(trie), len(known)


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    total, from_hunspell = build()
    print(f"lexicon_sv: {total} forms, {from_hunspell} from hunspell-sv")
