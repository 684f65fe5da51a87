"""The one text normalisation (models/folding.py): fold keeps one character per character and
reads OCR's "&" for ä/å; de-hyphenation joins broken words and keeps suspended hyphens."""

from __future__ import annotations

import pytest

from models.folding import fold, join_broken, join_lines


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
