"""A long scan is not held in memory at once: OCR prepares a page (a 9 MB image at 300 dpi)
only when fewer than two pages per worker are waiting for Tesseract."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PIL import Image

import ingest.ocr as ocr
from ingest.ocr_engine import TSV_HEADER


def _blank_pdf(path: Path, pages: int) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    pdf.close()
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_pages_are_prepared_only_a_little_ahead_of_tesseract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    pdf = _blank_pdf(tmp_path / "scan.pdf", 12)
    lock = threading.Lock()
    waiting: set[int] = set()  # pages prepared and not yet read
    most = [0]

    def prepared(pdf: object, number: int, dpi: int) -> tuple[object, list, bool]:
        with lock:
            waiting.add(number)
            most[0] = max(most[0], len(waiting))
        return Image.new("L", (40, 40), 255), [], True

    def read(image: object, number: int, lang: str, deadline: float | None) -> tuple[str, float]:
        time.sleep(0.05)
        with lock:
            waiting.discard(number)
        return TSV_HEADER + "\n", 0.05

    monkeypatch.setattr(ocr, "_page_image", prepared)
    monkeypatch.setattr(ocr, "_inprocess", read)
    monkeypatch.setattr(ocr, "engine", lambda lang: "tesserocr")
    pages = ocr.read_pages(pdf, list(range(1, 13)), workers=workers)
    assert [p.number for p in pages] == list(range(1, 13)) and all(p.read for p in pages)
    # two per worker waiting, and the one being prepared when a slot frees
    assert most[0] <= 2 * workers + 1
