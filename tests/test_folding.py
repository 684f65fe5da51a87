"""The one text normalisation (models/folding.py): fold keeps one character per character and
reads OCR's "&" for ä/å; de-hyphenation joins broken words and keeps suspended hyphens."""

from __future__ import annotations

import pytest

from models.folding import (
    fold,
    join_broken,
    join_lines,
    starts_list_item,
    strip_bullet,
    unify_bullet,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Länsstyrelsen i Växjö", "lansstyrelsen i vaxjo"),
        ("I&net", "ianet"),  # OCR's "&" for "ä" inside a word
        ("&terfallsförebyggande", "aterfallsforebyggande"),  # and at a word's start
        ("Polisen & Region", "polisen & region"),  # a free "&" is "och"
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_decomposed_diacritics_fold_like_composed_ones() -> None:
    assert fold("Va\u0308xjo\u0308 kommun") == "vaxjo kommun"


def test_one_de_hyphenation_for_lines_and_text() -> None:
    assert join_lines(["våld-", "sutsatta kvinnor"]) == "våldsutsatta kvinnor"
    assert join_lines(["hälso-", "och sjukvården"]) == "hälso- och sjukvården"
    assert join_lines(["FoU-", "Enheten"]) == "FoU-Enheten"
    assert join_broken("våldsut- övare och kvinno- eller tjejjour") == (
        "våldsutövare och kvinno- eller tjejjour"
    )


@pytest.mark.parametrize(
    ("line", "opens_item"),
    [
        ("• Utbilda personal", True),
        ("\uf0b7 Utbilda personal", True),  # a Symbol font's bullet without a Unicode map
        ("–Utbilda", True),  # a printed dash glued to its text
        ("3. Utbilda", True),
        ("b) Utbilda", True),
        ("12)", True),  # the number alone, its text on the next line
        ("2025 års plan", False),
        ("1.5 miljoner", False),
        ("Utbilda personal", False),
    ],
)
def test_starts_list_item(line: str, opens_item: bool) -> None:
    assert starts_list_item(line) is opens_item


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("• Utbilda personal", "Utbilda personal"),
        ("» Utbilda personal", "Utbilda personal"),  # OCR's reading of a bullet
        ("e Utbilda personal", "Utbilda personal"),  # and its "e" before a capital
        ("e-tjänster finns", "e-tjänster finns"),  # a word, not a bullet
        ("o och x", "o och x"),  # OCR letters before a small letter are words
        ("• [x] Utbilda", "Utbilda"),  # a checklist's box after a bullet
        ("[ ] Utbilda", "Utbilda"),
        ("1. Utbilda", "1. Utbilda"),  # a number is the item's, not a bullet
        ("•Utbilda", "•Utbilda"),
    ],
)
def test_strip_bullet(text: str, stripped: str) -> None:
    assert strip_bullet(text) == stripped


def test_round_and_square_bullets_written_as_one() -> None:
    assert unify_bullet("\uf0a7 Punkt") == "• Punkt"
    assert unify_bullet("▪ Punkt") == "• Punkt"
    assert unify_bullet("– Punkt") == "– Punkt"
