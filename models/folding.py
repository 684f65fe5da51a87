"""Diacritic folding shared by every stage: OCR'd Swedish text lost å/ä/ö, so matching is
done on folded forms (lowercase, å/ä→a, ö→o, é→e, ...)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss"})


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    return fold(word)


def fold(text: str) -> str:
    """Lowercase, strip diacritics; '&' inside words (OCR for 'ä') becomes 'a'."""
    text = text.lower()
    text = _fold_amp(text) if "&" in text else text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_amp(text: str) -> str:
    # '&' between letters is OCR for 'ä'; a free-standing '&' is "och"
    out = []
    for i, ch in enumerate(text):
        if ch == "&":
            prev_alpha = i > 0 and text[i - 1].isalpha()
            next_alpha = i + 1 < len(text) and text[i + 1].isalpha()
            out.append("a" if (prev_alpha or next_alpha) else "&")
        else:
            out.append(ch)
    return "".join(out).translate(_EXTRA)
