"""Scanned pages are straightened before ruled tables are looked for: a page scanned half a
degree askew has rules that no row of pixels holds. Real images drawn with PIL."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from ingest.ocr_layout import find_grids, skew_angle, straighten


def _two_tables() -> Image.Image:
    """Two ruled tables of 3 columns one above the other with a heading between them."""
    image = Image.new("L", (1600, 1400), 255)
    draw = ImageDraw.Draw(image)
    for top in (150, 820):
        rows = [top + 80 * k for k in range(6)]
        for y in rows:
            draw.line([(150, y), (1450, y)], fill=0, width=2)
        for x in (150, 600, 1000, 1450):
            draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=2)
        for y in rows[:-1]:
            draw.text((180, y + 30), "Utbilda personal i att fråga om våld", fill=0)
    draw.text((160, 700), "Mål 2. Våldsutsatta får stöd", fill=0)
    return image


@pytest.mark.parametrize("angle", [0.0, 0.5, -0.45, 1.5])
def test_a_skewed_scan_is_straightened_and_its_tables_found(angle: float) -> None:
    page = np.asarray(_two_tables().rotate(angle, resample=Image.BICUBIC, fillcolor=255))
    assert skew_angle(page) == pytest.approx(angle, abs=0.11)
    grids = find_grids(straighten(page))
    assert [(len(g.rows), len(g.cols)) for g in grids] == [(6, 4), (6, 4)]


def test_a_straight_page_is_left_as_it_is() -> None:
    page = np.asarray(_two_tables())
    assert straighten(page) is page
