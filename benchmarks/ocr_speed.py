"""OCR speed (part of `make ocr-eval`): a scanned plan at 300 dpi read by kvinnofrid's OCR stage
(the page's own image taken out of the PDF), the same with every page rendered again through
pdfium (the former way), and bare Tesseract on the same page images with as many workers;
side by side in each round, the median of the per-round ratios reported with their spread."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.measure import Spread, ratio_of_pairs

SCAN_DPI = 300
PAGES = 4
ROUNDS = 3
WORKERS = 2


def _bare(images: list[Path]) -> float:
    def one(path: Path) -> None:
        subprocess.run(
            ["tesseract", str(path), "-", "-l", "swe", "tsv"],
            capture_output=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - start


def measure(pages: int = PAGES, rounds: int = ROUNDS) -> dict[str, Any]:
    import pypdfium2 as pdfium

    import ingest.ocr as ocr
    from tests.pdfgen import build_scanned_pdf, build_stockholm_plan_pdf

    with tempfile.TemporaryDirectory(prefix="kvinnofrid-ocr-speed-") as tmp:
        folder = Path(tmp)
        plan = build_stockholm_plan_pdf(folder / "plan.pdf", split_table=False)
        numbers = list(range(1, pages + 1))
        scan = build_scanned_pdf(plan, folder / "scan.pdf", SCAN_DPI, pages=numbers)
        pdf = pdfium.PdfDocument(str(scan))
        images = []
        for i in range(len(pdf)):
            path = folder / f"page-{i + 1}.png"
            pdf[i].get_objects().__next__().get_bitmap(render=False).to_pil().convert("L").save(
                path
            )
            images.append(path)
        pdf.close()
        own_image = ocr._own_image
        rows = []
        for _ in range(rounds):
            bare = _bare(images)
            start = time.perf_counter()
            read = ocr.read_pages(scan, numbers, workers=WORKERS)
            ours = time.perf_counter() - start
            ocr._own_image = lambda page, dpi: None  # the former way: render every page
            try:
                start = time.perf_counter()
                ocr.read_pages(scan, numbers, workers=WORKERS)
                rendered = time.perf_counter() - start
            finally:
                ocr._own_image = own_image
            rows.append((bare, ours, rendered, all(p.extracted for p in read)))
    return {
        "pages": pages,
        "rounds": rows,
        "ours_per_page": statistics.median(r[1] for r in rows) / pages,
        "bare_per_page": statistics.median(r[0] for r in rows) / pages,
        "rendered_per_page": statistics.median(r[2] for r in rows) / pages,
        "ratio_bare": ratio_of_pairs([(r[1], r[0]) for r in rows]),
        "rendered_ratio_bare": ratio_of_pairs([(r[2], r[0]) for r in rows]),
    }


def _ratio(ratio: Spread) -> str:
    return f"{ratio.median:.2f} ({ratio.low:.2f}–{ratio.high:.2f})"


def markdown(result: dict[str, Any]) -> list[str]:
    return [
        "## OCR speed",
        "",
        f"The first {result['pages']} pages of the Stockholm plan as a {SCAN_DPI}-dpi scan "
        f"(tests/pdfgen.py), {WORKERS} workers, {len(result['rounds'])} rounds side by side "
        "(seconds: bare Tesseract / kvinnofrid / kvinnofrid rendering every page: "
        + ", ".join(f"{b:.1f} / {o:.1f} / {r:.1f}" for b, o, r, _x in result["rounds"])
        + ").",
        "",
        "| | wall per page | ratio (median of rounds, range) |",
        "|---|---|---|",
        f"| bare Tesseract (`tsv`) on the page images | {result['bare_per_page']:.2f} s | 1.00 |",
        f"| kvinnofrid OCR, the page's own image | {result['ours_per_page']:.2f} s | "
        f"{_ratio(result['ratio_bare'])} |",
        f"| kvinnofrid OCR, every page rendered again (former) | "
        f"{result['rendered_per_page']:.2f} s | {_ratio(result['rendered_ratio_bare'])} |",
        "",
    ]


if __name__ == "__main__":
    outcome = measure()
    print("\n".join(markdown(outcome)))
