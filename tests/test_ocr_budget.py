"""OCR's own time budget (per page, scaled by the page count) and a scanned page's own image
taken out of the PDF instead of rendered again. Tesseract is the real one; a page that takes
too long is a wrapper that runs Tesseract for page 1 and sleeps on the others."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from ingest.ocr import ENV_BINARY, ENV_PAGE_SECONDS, ocr_pages, read_pages, tesseract_problem
from ingest.source import IngestError, SourceDocument
from tests.pdfgen import build_scanned_pdf, build_stockholm_plan_pdf

needs_tesseract = pytest.mark.skipif(
    tesseract_problem() is not None, reason="Tesseract with Swedish is not available"
)


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_stockholm_plan_pdf(tmp_path_factory.mktemp("plan") / "plan.pdf", split_table=False)


def _slow_tesseract(folder: Path, fast_page: str | None) -> Path:
    """A Tesseract that reads `fast_page` (an image file name) and hangs on every other page."""
    import shutil

    real = shutil.which("tesseract")
    script = folder / "slow-tesseract"
    fast = f'  *{fast_page}) exec "{real}" "$@" ;;\n' if fast_page else ""
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        f'  --list-langs) exec "{real}" "$@" ;;\n'
        f"{fast}"
        "esac\n"
        "exec sleep 120\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.mark.ocr
@needs_tesseract
def test_budget_keeps_pages_read_and_names_the_rest(
    plan_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = build_scanned_pdf(plan_pdf, tmp_path / "scan.pdf", 200, pages=(1, 2))
    monkeypatch.setenv(ENV_BINARY, str(_slow_tesseract(tmp_path, "page-1.pgm")))
    monkeypatch.setenv(ENV_PAGE_SECONDS, "12")
    source = SourceDocument(str(scan), "", "pdf", 2, [], text_source="pdf", ocr_pages=(1, 2))
    doc = ocr_pages(scan, source, workers=2)
    assert doc.lines and {ln.page for ln in doc.lines} == {1}  # page 1 kept
    assert doc.text_source == "pdf+ocr:1"
    budget = [w for w in doc.warnings if w.startswith("OCR ran out of its time budget")]
    assert budget == [
        "OCR ran out of its time budget (24 s: 12 s per page for 2 pages); page 2 not read "
        f"(allow more with {ENV_PAGE_SECONDS}=<seconds>)"
    ]


@pytest.mark.ocr
@needs_tesseract
def test_budget_spent_before_any_page_is_an_ocr_error(
    plan_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = build_scanned_pdf(plan_pdf, tmp_path / "scan.pdf", 100, pages=(1,))
    monkeypatch.setenv(ENV_BINARY, str(_slow_tesseract(tmp_path, None)))
    monkeypatch.setenv(ENV_PAGE_SECONDS, "1")
    source = SourceDocument(str(scan), "", "pdf", 1, [], text_source="pdf", ocr_pages=(1,))
    with pytest.raises(IngestError, match=r"^OCR ran out of its time budget \(1 s: 1 s per page"):
        ocr_pages(scan, source)


@pytest.mark.ocr
@needs_tesseract
def test_scanned_page_image_is_taken_out_not_rendered(plan_pdf: Path, tmp_path: Path) -> None:
    fine = build_scanned_pdf(plan_pdf, tmp_path / "fine.pdf", 200, pages=(1,))
    coarse = build_scanned_pdf(plan_pdf, tmp_path / "coarse.pdf", 100, pages=(1,))
    (own,) = read_pages(fine, [1])
    (drawn,) = read_pages(coarse, [1])
    assert own.extracted and own.read and own.words
    assert own.height == pytest.approx(200 * 11.69, rel=0.02)  # the scan's own pixels
    assert not drawn.extracted and drawn.read  # too coarse to use as it is: rendered at 300 dpi
    assert drawn.height == pytest.approx(300 * 11.69, rel=0.02)
    read_words = {w.text for w in own.words}
    assert {"Handlingsplan", "våld"} & read_words
