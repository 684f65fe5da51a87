"""OCR speed (part of `make ocr-eval`; `python -m benchmarks.ocr_speed` alone): a scanned plan at
300 dpi read by kvinnofrid's OCR stage (ingest.ocr.read_pages: the page's own image taken out
of the PDF, straightened, tables found) with Tesseract in-process (tesserocr, the model loaded
once per worker) and with the `tesseract` program per page, and bare Tesseract (the program,
`tsv`) on the same page images with as many workers; side by side in each round, the median
of the per-round figures reported, ratios as the median of per-round pairs with their spread. Wall time is what a user waits on 2 cores; CPU seconds
(this process and its children) show the work itself on a machine other jobs share."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.measure import ratio_of_pairs

SCAN_DPI = 300
PAGES = 4
ROUNDS = 3
WORKERS = 2
WAYS = ("bare", "tesserocr", "cli")
LABELS = {
    "bare": "bare Tesseract (the program, `tsv`) on the page images",
    "tesserocr": "kvinnofrid OCR, Tesseract in-process (tesserocr)",
    "cli": "kvinnofrid OCR, the `tesseract` program per page",
}


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _bare(images: list[Path]) -> None:
    def one(path: Path) -> None:
        subprocess.run(
            ["tesseract", str(path), "-", "-l", "swe", "tsv"],
            capture_output=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(one, images))


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    cpu, start = _cpu(), time.perf_counter()
    run()
    return time.perf_counter() - start, _cpu() - cpu


def measure(pages: int = PAGES, rounds: int = ROUNDS) -> dict[str, Any]:
    import pypdfium2 as pdfium

    import ingest.ocr as ocr
    from ingest.ocr_engine import ENV_ENGINE, engine
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
            image = next(iter(pdf[i].get_objects())).get_bitmap(render=False).to_pil()
            image.convert("L").save(path)
            images.append(path)
        pdf.close()

        def ours(way: str) -> Callable[[], object]:
            def run() -> object:
                before = os.environ.get(ENV_ENGINE)
                os.environ[ENV_ENGINE] = way
                try:
                    return ocr.read_pages(scan, numbers, workers=WORKERS)
                finally:
                    if before is None:
                        os.environ.pop(ENV_ENGINE, None)
                    else:
                        os.environ[ENV_ENGINE] = before

            return run

        in_process = engine("swe") == "tesserocr"
        ways = [w for w in WAYS if w != "tesserocr" or in_process]
        if in_process:
            ours("tesserocr")()  # the models loaded once per worker, as in a long batch
        rows: list[dict[str, tuple[float, float]]] = []
        for _ in range(rounds):
            row = {}
            for way in ways:
                row[way] = _timed((lambda: _bare(images)) if way == "bare" else ours(way))
            rows.append(row)
    per_page = {
        way: (
            statistics.median(r[way][0] for r in rows) / pages,
            statistics.median(r[way][1] for r in rows) / pages,
        )
        for way in ways
    }
    ratio = {way: ratio_of_pairs([(r[way][0], r["bare"][0]) for r in rows]) for way in ways}
    return {
        "pages": pages, "rounds": rows, "per_page": per_page, "ratio": ratio,
        "load": os.getloadavg()[0],
    }  # fmt: skip


def markdown(result: dict[str, Any]) -> list[str]:
    ways = list(result["per_page"])
    rounds = "; ".join(" / ".join(f"{row[way][0]:.1f}" for way in ways) for row in result["rounds"])
    lines = [
        "## OCR speed",
        "",
        f"The first {result['pages']} pages of the Stockholm plan as a {SCAN_DPI}-dpi scan "
        f"(tests/pdfgen.py), {WORKERS} workers on {os.cpu_count()} cores, "
        f"{len(result['rounds'])} rounds side by side (seconds, {' / '.join(ways)}: {rounds}); "
        f"load average {result['load']:.1f} when done (other jobs share the machine, so wall "
        "times vary; CPU seconds less so).",
        "",
        "| | wall per page | CPU per page | wall ratio to bare (median of per-round pairs, range) |",
        "|---|---|---|---|",
    ]
    for way in ways:
        wall, cpu = result["per_page"][way]
        spread = result["ratio"][way]
        lines.append(
            f"| {LABELS[way]} | {wall:.2f} s | {cpu:.2f} s | "
            f"{spread.median:.2f} ({spread.low:.2f}–{spread.high:.2f}) |"
        )
    best = min(ways[1:] or ways, key=lambda w: result["per_page"][w][1])
    lines += [
        "",
        f"On {WORKERS} cores of its own the OCR stage would take about CPU per page / "
        f"{WORKERS} = {result['per_page'][best][1] / WORKERS:.2f} s a page wall ({LABELS[best]}; "
        "an estimate from the CPU seconds, not a measurement on an idle machine).",
    ]
    return [*lines, ""]


if __name__ == "__main__":
    print("\n".join(markdown(measure())))
