"""A scanned plan of many pages is not cut by the per-document time limit before OCR's own
per-page budget (which keeps the pages read and says so): the limit grows with a PDF's pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from kvinnofrid.limits import Limits, document_seconds


def test_the_time_limit_grows_with_a_pdfs_pages(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(pdf))
    for n in range(20):
        c.drawString(72, 720, f"Sida {n + 1}")
        c.showPage()
    c.save()
    monkeypatch.setenv("KVINNOFRID_OCR_PAGE_SECONDS", "5")
    limits = Limits(seconds=60, memory_mb=512)
    assert document_seconds(limits, str(pdf)) == 20 * 5 + 60
    text = tmp_path / "plan.txt"
    text.write_text("Mål 1: Trygghet\n", encoding="utf-8")
    assert document_seconds(limits, str(text)) == 60
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    assert document_seconds(limits, str(broken)) == 60


def test_a_pdf_that_ran_out_of_its_own_time_is_not_read_again_under_the_same_limits(
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import replace

    from kvinnofrid.inputs import _still_holds

    pdf = tmp_path / "slow.pdf"
    c = canvas.Canvas(str(pdf))
    for n in range(6):
        c.drawString(72, 720, f"Sida {n + 1}")
        c.showPage()
    c.save()
    monkeypatch.setenv("KVINNOFRID_OCR_PAGE_SECONDS", "5")
    limits = Limits(seconds=60, memory_mb=512)
    own = replace(limits, seconds=document_seconds(limits, str(pdf)))  # 90 s for six pages
    row = {"status": "failed", "error": own.time_message(), "path": str(pdf), "id": 1}
    held = _still_holds(row, limits, {}, {})  # type: ignore[arg-type]
    assert held is not None and "unchanged since last run" in held.message
    # a longer limit today: worth reading again
    assert _still_holds(row, replace(limits, seconds=600), {}, {}) is None  # type: ignore[arg-type]
