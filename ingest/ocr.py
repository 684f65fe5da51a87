"""OCR for PDF pages without a usable text layer: each page's image is taken straight out of the
PDF when the page is one scanned image (no re-rendering), else the page is rendered (pypdfium2);
its ruled tables are found in the image, and Tesseract (Swedish, `tsv` output with word boxes)
reads it;
pages run in parallel, one single-threaded Tesseract each (OMP_THREAD_LIMIT=1: Tesseract's own
threading is several times slower on a shared machine). Tesseract runs in-process through
tesserocr when it imports (ingest.ocr_engine: the model is loaded once per worker and kept,
the page image handed over in memory), else as the `tesseract` program. The words become Lines again
(ingest.ocr_layout) and replace the empty pages of the SourceDocument.

OCR has its own time budget: OCR_PAGE_SECONDS per page (KVINNOFRID_OCR_PAGE_SECONDS), so a
longer scan gets a longer budget. When it runs out, the pages read so far are kept, the rest
are named in a warning that says OCR ran out of time, and a document of which no page could be
read fails with that message (ingest.source.IngestError).

Tesseract is an optional system dependency. Without it (or without its Swedish data) a document
that needs OCR raises NeedsOCR saying how to install it. KVINNOFRID_TESSERACT names another
binary (or a missing one, to try that path)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ingest.ocr_engine import (
    ENV_BINARY,
    INSTALL_HINT,
    EngineError,
    cli_env,
    cli_tsv,
    engine,
    inprocess_tsv,
    tesseract_binary,
)
from ingest.ocr_layout import (
    Grid,
    OcrWord,
    body_height,
    erase_rules,
    find_grids,
    page_lines,
    parse_tsv,
    straighten,
)
from ingest.running import drop_running_lines
from ingest.source import IngestError, Line, NeedsOCR, SourceDocument

__all__ = ["ENV_BINARY", "INSTALL_HINT", "ocr_pages", "read_pages", "tesseract_problem"]

LANG = "swe"
DPI = 300
MAX_PIXELS = 40_000_000  # a page is rendered smaller than DPI when it would be larger than this
OCR_PAGE_SECONDS = 30.0  # OCR's time budget per page (Tesseract takes about 3 s a page)
ENV_PAGE_SECONDS = "KVINNOFRID_OCR_PAGE_SECONDS"
MIN_NATIVE_DPI = 150  # a page's own scanned image is used as it is from this resolution up
FULL_PAGE = 0.9  # share of the page an image must cover to be "the page"
MARGIN_SHARE = 0.1


@dataclass
class OcrPage:
    number: int
    words: list[OcrWord] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    height: float = 0.0
    seconds: float = 0.0
    read: bool = False  # False: OCR ran out of its time budget before this page
    extracted: bool = False  # the page's own image was used (not rendered)


def page_seconds(environ: dict[str, str] | None = None) -> float:
    """OCR's time budget per page: KVINNOFRID_OCR_PAGE_SECONDS, else OCR_PAGE_SECONDS."""
    value = (os.environ if environ is None else environ).get(ENV_PAGE_SECONDS, "")
    try:
        seconds = float(value) if value.strip() else OCR_PAGE_SECONDS
    except ValueError:
        seconds = OCR_PAGE_SECONDS
    return seconds if seconds > 0 else OCR_PAGE_SECONDS


@lru_cache(maxsize=8)
def _problem(binary: str, lang: str) -> str | None:
    found = shutil.which(binary)
    if not found:
        return "Tesseract is not installed"
    try:
        out = subprocess.run(
            [found, "--list-langs"], capture_output=True, text=True, timeout=30, env=cli_env()
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc})"
    langs = {ln.strip() for ln in (out.stdout + out.stderr).splitlines()}
    if lang not in langs:
        return f"Tesseract has no '{lang}' language data"
    return None


def tesseract_problem(lang: str = LANG) -> str | None:
    """None when Tesseract with the language is usable (in-process or the program), else
    what is missing (plain words)."""
    if engine(lang) == "tesserocr":
        return None
    return _problem(tesseract_binary(), lang)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def ocr_pages(
    path: Path | str,
    source: SourceDocument,
    *,
    dpi: int = DPI,
    workers: int | None = None,
    lang: str = LANG,
) -> SourceDocument:
    """The source with its pages that lack a text layer (source.ocr_pages, or found with
    ingest.pdf.scan_pages when that is empty) read by Tesseract. text_source becomes "ocr" when
    every page was OCR'd, else "pdf+ocr:<pages>". Raises NeedsOCR when Tesseract is missing."""
    pages = tuple(source.ocr_pages)
    if not pages:
        from ingest.pdf import scan_pages

        pages = tuple(scan_pages(Path(path)))
    if not pages:
        return source
    problem = tesseract_problem(lang)
    if problem:
        listed = ", ".join(map(str, pages[:10])) + (", ..." if len(pages) > 10 else "")
        raise NeedsOCR(
            f"needs OCR ({'page' if len(pages) == 1 else 'pages'} {listed} have no usable text "
            f"layer) but {problem}; install it with: {INSTALL_HINT}"
        )
    budget = page_seconds() * len(pages)
    read = read_pages(
        Path(path), pages, dpi=dpi, workers=workers or default_workers(), lang=lang,
        budget_s=budget,
    )  # fmt: skip
    missed = [p.number for p in read if not p.read]
    if missed and len(missed) == len(read) and not any(ln.text.strip() for ln in source.lines):
        raise IngestError(_budget_message(budget, len(pages), missed))
    return merge(source, read, budget_s=budget)


def _budget_message(budget: float, pages: int, missed: Sequence[int]) -> str:
    listed = ", ".join(map(str, missed[:10])) + (", ..." if len(missed) > 10 else "")
    return (
        f"OCR ran out of its time budget ({budget:g} s: {page_seconds():g} s per page for "
        f"{pages} {'page' if pages == 1 else 'pages'}); {'page' if len(missed) == 1 else 'pages'}"
        f" {listed} not read (allow more with {ENV_PAGE_SECONDS}=<seconds>)"
    )


def read_pages(
    path: Path,
    pages: Sequence[int],
    *,
    dpi: int = DPI,
    workers: int = 2,
    lang: str = LANG,
    budget_s: float | None = None,
) -> list[OcrPage]:
    """Take out or render and OCR the given 1-based pages; Tesseract runs for several pages at
    once. With `budget_s`, pages not read when it runs out come back with read=False (their
    Tesseract is stopped) and the pages read are kept."""
    import pypdfium2 as pdfium

    deadline = time.monotonic() + budget_s if budget_s else None
    results = {n: OcrPage(n) for n in pages}
    how = engine(lang)
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-ocr-") as tmp:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except Exception as exc:
            raise IngestError(f"PDF cannot be rendered for OCR: {exc}") from None
        futures: dict[int, Future[tuple[str, float]]] = {}
        pool = ThreadPoolExecutor(max_workers=max(1, workers))
        try:
            try:
                for number in pages:
                    # at most two pages a worker prepared and waiting: a page image is 9 MB
                    # at 300 dpi, so a long scan must not be held in memory all at once
                    pending = [f for f in futures.values() if not f.done()]
                    if len(pending) >= 2 * max(1, workers):
                        remaining = (
                            None if deadline is None else max(0.0, deadline - time.monotonic())
                        )
                        wait(pending, timeout=remaining, return_when=FIRST_COMPLETED)
                    if deadline is not None and time.monotonic() >= deadline:
                        break
                    image, grids, extracted = _page_image(pdf, number, dpi)
                    page = results[number]
                    page.grids, page.height, page.extracted = grids, float(image.height), extracted
                    if how == "tesserocr":
                        futures[number] = pool.submit(_inprocess, image, number, lang, deadline)
                    else:
                        image_path = Path(tmp) / f"page-{number}.pgm"
                        image.save(image_path)
                        futures[number] = pool.submit(_program, image_path, lang, deadline)
            finally:
                pdf.close()
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            wait(list(futures.values()), timeout=remaining)
            for number, future in futures.items():
                if not future.done():
                    future.cancel()
                    continue
                outcome = future.result()
                if outcome is None:
                    continue  # stopped by the budget
                tsv, seconds = outcome
                results[number].words = parse_tsv(tsv)
                results[number].seconds = seconds
                results[number].read = True
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return [results[n] for n in pages]


def _page_image(pdf: object, number: int, dpi: int) -> tuple[object, list[Grid], bool]:
    """The page as a grey image for Tesseract, with the ruled tables found in it (their rules
    erased) and whether it is the page's own scanned image."""

    page = pdf[number - 1]  # type: ignore[index]
    try:
        image = _own_image(page, dpi)
        extracted = image is not None
        if image is None:
            image = _rendered(page, number, dpi)
    finally:
        page.close()

    image, grids = prepared(image)
    return image, grids, extracted


def prepared(image: object) -> tuple[object, list[Grid]]:
    """A grey page image as Tesseract gets it: straightened, its ruled tables found and their
    rules erased; with the tables."""
    import numpy as np
    from PIL import Image

    pixels = straighten(even_light(np.asarray(image)))
    grids = find_grids(pixels)
    return Image.fromarray(erase_rules(pixels, grids) if grids else pixels), grids


UNEVEN_LIGHT = 25  # grey levels between the paper's lightest and darkest parts
BACKGROUND_CELL = 8  # the paper's brightness is estimated on an image this many times smaller


def even_light(gray: object) -> object:
    """A page photographed or scanned under uneven light (its paper darker on one side) with
    the paper made evenly white: each pixel divided by the paper's brightness around it (the
    brightest ink-free neighbourhood, smoothed). Pages lit evenly come back as they are:
    Tesseract's own global threshold reads them at least as well."""
    import numpy as np
    from PIL import Image, ImageFilter

    pixels = np.asarray(gray)
    height, width = pixels.shape[:2]
    small = Image.fromarray(pixels).resize(
        (max(1, width // BACKGROUND_CELL), max(1, height // BACKGROUND_CELL)), Image.BILINEAR
    )
    paper = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(4))
    levels = np.asarray(paper, dtype=np.float32)
    low, high = np.percentile(levels, [2, 98])
    if high - low < UNEVEN_LIGHT:
        return pixels
    background = np.asarray(paper.resize((width, height), Image.BILINEAR), dtype=np.float32)
    flat = pixels.astype(np.float32) / np.maximum(background, 1.0) * 255.0
    return np.clip(flat, 0, 255).astype(np.uint8)


def image_lines(image: object, *, lang: str = LANG, page: int = 1) -> list[Line]:
    """One grey page image (PIL) read as a scanned PDF page is read: prepared, OCR'd by the
    engine in use, its words laid out into Lines (tables as rows)."""

    ready, grids = prepared(image)
    if engine(lang) == "tesserocr":
        outcome = _inprocess(ready, page, lang)
    else:
        with tempfile.TemporaryDirectory(prefix="kvinnofrid-ocr-") as tmp:
            path = Path(tmp) / f"page-{page}.pgm"
            ready.save(path)  # type: ignore[attr-defined]
            outcome = _program(path, lang)
    words = parse_tsv(outcome[0]) if outcome else []
    return page_lines(page, words, grids, page_height=float(ready.height))  # type: ignore[attr-defined]


def _own_image(page: object, dpi: int) -> object | None:
    """A scanned page's image as stored in the PDF (grey), when the page is one upright image
    covering it, with no text, at MIN_NATIVE_DPI or more; None otherwise (render it)."""
    import pypdfium2.raw as pdfium_c

    try:
        if page.get_rotation():  # type: ignore[attr-defined]
            return None
        objects = list(page.get_objects(max_depth=1))  # type: ignore[attr-defined]
        images = [o for o in objects if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
        if len(images) != 1 or any(o.type == pdfium_c.FPDF_PAGEOBJ_TEXT for o in objects):
            return None
        image = images[0]
        a, b, c, d, _e, _f = image.get_matrix().get()
        if b or c or a <= 0 or d <= 0:
            return None  # rotated or mirrored: let pdfium draw it
        width, height = page.get_size()  # type: ignore[attr-defined]
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) < FULL_PAGE * width * height:
            return None
        px_w, px_h = image.get_px_size()
        if px_w / (a / 72) < MIN_NATIVE_DPI or px_w * px_h > MAX_PIXELS:
            return None
        return image.get_bitmap(render=False).to_pil().convert("L")
    except Exception:
        return None  # an image pdfium cannot hand out as it is: render the page instead


def _rendered(page: object, number: int, dpi: int) -> object:
    try:
        width, height = page.get_size()  # type: ignore[attr-defined]
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)  # type: ignore[attr-defined]
        return bitmap.to_pil().convert("L")
    except Exception as exc:
        raise IngestError(f"page {number} cannot be rendered for OCR: {exc}") from None


def _program(image: Path, lang: str, deadline: float | None = None
             ) -> tuple[str, float] | None:  # fmt: skip
    """The `tesseract` program's TSV for one page image file and its seconds; None when the OCR
    time budget ran out before or while it read the page (Tesseract is then stopped)."""
    start = time.monotonic()
    try:
        tsv = cli_tsv(image, lang, deadline)
    except EngineError as exc:
        raise IngestError(f"OCR of {image.stem} failed: {exc}") from None
    except OSError as exc:
        raise NeedsOCR(
            f"Tesseract could not be started ({exc}); install it with: {INSTALL_HINT}"
        ) from None
    finally:
        image.unlink(missing_ok=True)
    return None if tsv is None else (tsv, time.monotonic() - start)


def _inprocess(image: object, number: int, lang: str, deadline: float | None = None
               ) -> tuple[str, float] | None:  # fmt: skip
    """The same, read in-process (tesserocr) from the image in memory."""
    start = time.monotonic()
    try:
        tsv = inprocess_tsv(image, lang, deadline)
    except EngineError as exc:
        raise IngestError(f"OCR of page-{number} failed: {exc}") from None
    return None if tsv is None else (tsv, time.monotonic() - start)


# --------------------------------------------------------------------------- into the document


def merge(
    source: SourceDocument, read: Sequence[OcrPage], budget_s: float | None = None
) -> SourceDocument:
    """Put the OCR'd pages' Lines into the document in page order (they replace nothing: those
    pages gave no lines), with fresh table ids, and say which pages were OCR'd. Pages the OCR
    had no time for (read=False) are named in a warning."""
    missed = [p.number for p in read if not p.read]
    read = [p for p in read if p.read]
    running = (w for p in read for w in p.words if all(g.cell_of(w) is None for g in p.grids))
    body = body_height(running) or None
    next_table = 1 + max((ln.table for ln in source.lines if ln.table is not None), default=0)
    ocr_lines: dict[int, list[Line]] = {}
    for page in read:
        lines = page_lines(
            page.number, page.words, page.grids,
            page_height=page.height, body=body, first_table_id=next_table,
        )  # fmt: skip
        next_table = 1 + max(
            (ln.table for ln in lines if ln.table is not None), default=next_table - 1
        )
        ocr_lines[page.number] = lines
    ocr_lines = drop_running_lines(ocr_lines)
    numbers = {p.number for p in read}
    merged: list[Line] = []
    pending = sorted(ocr_lines)
    for line in source.lines:
        while pending and pending[0] < line.page:
            merged.extend(ocr_lines[pending.pop(0)])
        merged.append(line)
    for number in pending:
        merged.extend(ocr_lines[number])
    text_pages = {ln.page for ln in source.lines if ln.page not in numbers}
    if numbers and (not text_pages and len(numbers) >= source.pages):
        text_source = "ocr"
    else:
        text_source = "pdf+ocr:" + ",".join(str(n) for n in sorted(numbers))
    warnings = [w for w in source.warnings if not _is_ocr_warning(w, numbers)]
    for page in read:
        if not page.words:
            warnings.append(f"page {page.number}: OCR found no text")
    if missed:
        warnings.append(_budget_message(budget_s or 0.0, len(read) + len(missed), missed))
    return replace(
        source, lines=merged, text_source=text_source, ocr_pages=tuple(sorted(numbers)),
        warnings=warnings,
    )  # fmt: skip


def _is_ocr_warning(warning: str, numbers: set[int]) -> bool:
    return any(warning.startswith(f"page {n} has no usable text layer") for n in numbers)
