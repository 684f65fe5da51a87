"""Tesseract in-process (tesserocr) and as the `tesseract` program: the engine is chosen by
what imports, KVINNOFRID_OCR_ENGINE=cli or a named binary force the program, both read a real
page alike, the in-process engine keeps to the OCR time budget; a page under uneven light is
evened out before Tesseract, an evenly lit page is left as it is."""

from __future__ import annotations

import sys
import time

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from rapidfuzz import fuzz

import ingest.ocr_engine as engine_mod
from ingest.ocr import even_light, image_lines, tesseract_problem
from ingest.ocr_engine import ENV_BINARY, ENV_ENGINE, engine, inprocess_tsv

needs_tesseract = pytest.mark.skipif(
    tesseract_problem() is not None, reason="Tesseract with Swedish is not available"
)
needs_tesserocr = pytest.mark.skipif(
    engine_mod._tesserocr() is None or engine_mod.tessdata_for("swe") is None,
    reason="tesserocr (pip install -e '.[ocr]') or Swedish tessdata is not available",
)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
TEXT = [
    "Länsstyrelsen samordnar arbetet mot mäns våld mot kvinnor i länet.",
    "Socialtjänsten erbjuder stöd och skyddat boende åt våldsutsatta.",
    "Åtgärderna följs upp årligen av styrgruppen för nätverket.",
]


def _page(dpi: int = 200) -> Image.Image:
    image = Image.new("L", (int(8.27 * dpi), int(3 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(11 * dpi / 72))
    for i, line in enumerate(TEXT):
        draw.text((dpi // 2, dpi // 2 + i * round(11 * dpi / 72 * 1.6)), line, fill=0, font=font)
    return image


def _text(lines) -> str:
    return " ".join(line.text for line in lines)


def test_engine_falls_back_to_the_program_when_tesserocr_does_not_import(monkeypatch) -> None:
    monkeypatch.delenv(ENV_ENGINE, raising=False)
    monkeypatch.delenv(ENV_BINARY, raising=False)
    engine_mod._tesserocr.cache_clear()
    monkeypatch.setitem(sys.modules, "tesserocr", None)  # import fails
    try:
        assert engine("swe") == "cli"
    finally:
        engine_mod._tesserocr.cache_clear()


def test_program_forced_by_setting_or_named_binary(monkeypatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, "cli")
    assert engine("swe") == "cli"
    monkeypatch.delenv(ENV_ENGINE)
    monkeypatch.setenv(ENV_BINARY, "/usr/bin/tesseract")
    assert engine("swe") == "cli"


@pytest.mark.ocr
@needs_tesseract
@needs_tesserocr
def test_both_engines_read_a_page_alike(monkeypatch) -> None:
    page = _page()
    monkeypatch.delenv(ENV_ENGINE, raising=False)
    monkeypatch.delenv(ENV_BINARY, raising=False)
    assert engine("swe") == "tesserocr"
    inprocess = _text(image_lines(page))
    monkeypatch.setenv(ENV_ENGINE, "cli")
    program = _text(image_lines(page))
    truth = " ".join(TEXT)
    assert fuzz.ratio(inprocess, truth) >= 97, inprocess
    assert fuzz.ratio(program, truth) >= 97, program
    assert "våld" in inprocess.split() and "våld" in program.split()


@pytest.mark.ocr
@needs_tesserocr
def test_inprocess_engine_keeps_to_the_budget() -> None:
    page = _page()
    assert inprocess_tsv(page, "swe", deadline=time.monotonic() - 1) is None  # spent before
    tsv = inprocess_tsv(page, "swe", deadline=time.monotonic() + 60)
    assert tsv is not None and tsv.startswith("level\t") and "\tvåld\n" in tsv


def test_uneven_light_is_evened_and_even_light_left_alone() -> None:
    page = np.asarray(_page(), dtype=np.float32)
    even = page.astype(np.uint8)
    assert even_light(even) is even  # nothing to do: the very same pixels
    # ink at 120 on paper at 200, the paper 40 levels darker towards the right edge
    shade = np.linspace(0, 40, page.shape[1], dtype=np.float32)[None, :]
    dim = np.clip(120 + page * (80 / 255) - shade, 0, 255).astype(np.uint8)
    flat = np.asarray(even_light(dim), dtype=np.float32)
    band = page.shape[1] // 10
    left = flat[:, :band][page[:, :band] > 250]
    right = flat[:, -band:][page[:, -band:] > 250]
    assert abs(float(np.median(left)) - float(np.median(right))) < 8  # evenly white
    assert float(np.median(flat[page > 250])) - float(np.median(flat[page < 5])) > 60  # ink
