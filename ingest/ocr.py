"""OCR for PDF pages without a usable text layer: each page is rendered (pypdfium2), its ruled
tables are found in the image, and Tesseract (Swedish, `tsv` output with word boxes) reads it;
pages run in parallel, one single-threaded Tesseract each (OMP_THREAD_LIMIT=1: Tesseract's own
threading is several times slower on a shared machine). The words become Lines again
(ingest.ocr_layout) and replace the empty pages of the SourceDocument.

Tesseract is an optional system dependency. Without it (or without its Swedish data) a document
that needs OCR raises NeedsOCR saying how to install it. KVINNOFRID_TESSERACT names another
binary (or a missing one, to try that path)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

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
from ingest.source import IngestError, Line, NeedsOCR, SourceDocument

LANG = "swe"
DPI = 300
MAX_PIXELS = 40_000_000  # a page is rendered smaller than DPI when it would be larger than this
PAGE_TIMEOUT_S = 300
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe"
ENV_BINARY = "KVINNOFRID_TESSERACT"
REPEAT_SHARE = 0.5  # a line in every other OCR'd page's margin is a running header/footer
MARGIN_SHARE = 0.1


@dataclass
class OcrPage:
    number: int
    words: list[OcrWord] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    height: float = 0.0
    seconds: float = 0.0


def tesseract_binary() -> str:
    return os.environ.get(ENV_BINARY, "tesseract")


@lru_cache(maxsize=8)
def _problem(binary: str, lang: str) -> str | None:
    found = shutil.which(binary)
    if not found:
        return "Tesseract is not installed"
    try:
        out = subprocess.run(
            [found, "--list-langs"], capture_output=True, text=True, timeout=30, env=_env()
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc})"
    langs = {ln.strip() for ln in (out.stdout + out.stderr).splitlines()}
    if lang not in langs:
        return f"Tesseract has no '{lang}' language data"
    return None


def tesseract_problem(lang: str = LANG) -> str | None:
    """None when Tesseract with the language is usable, else what is missing (plain words)."""
    return _problem(tesseract_binary(), lang)


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


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
    read = read_pages(Path(path), pages, dpi=dpi, workers=workers or default_workers(), lang=lang)
    return merge(source, read)


def read_pages(
    path: Path, pages: Sequence[int], *, dpi: int = DPI, workers: int = 2, lang: str = LANG
) -> list[OcrPage]:
    """Render and OCR the given 1-based pages; Tesseract runs for several pages at once."""
    import pypdfium2 as pdfium

    results = {n: OcrPage(n) for n in pages}
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-ocr-") as tmp:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except Exception as exc:
            raise IngestError(f"PDF cannot be rendered for OCR: {exc}") from None
        futures: dict[int, Future[tuple[str, float]]] = {}
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            try:
                for number in pages:
                    image_path, grids, height = _render(pdf, number, dpi, Path(tmp))
                    results[number].grids, results[number].height = grids, height
                    futures[number] = pool.submit(_tesseract, image_path, lang)
            finally:
                pdf.close()
            for number, future in futures.items():
                tsv, seconds = future.result()
                results[number].words = parse_tsv(tsv)
                results[number].seconds = seconds
    return [results[n] for n in pages]


def _render(pdf: object, number: int, dpi: int, folder: Path) -> tuple[Path, list[Grid], float]:
    import numpy as np

    page = pdf[number - 1]  # type: ignore[index]
    try:
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width * height)) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    except Exception as exc:
        raise IngestError(f"page {number} cannot be rendered for OCR: {exc}") from None
    finally:
        page.close()
    from PIL import Image

    pixels = straighten(np.asarray(image))
    grids = find_grids(pixels)
    image = Image.fromarray(erase_rules(pixels, grids) if grids else pixels)
    image_path = folder / f"page-{number}.pgm"
    image.save(image_path)
    return image_path, grids, float(image.height)


def _tesseract(image: Path, lang: str) -> tuple[str, float]:
    import time

    start = time.monotonic()
    try:
        done = subprocess.run(
            [
                shutil.which(tesseract_binary()) or tesseract_binary(),
                str(image),
                "-",
                "-l",
                lang,
                "tsv",
            ],
            capture_output=True,
            text=True,
            timeout=PAGE_TIMEOUT_S,
            env=_env(),
        )
    except subprocess.TimeoutExpired:
        raise IngestError(f"OCR of {image.stem} took longer than {PAGE_TIMEOUT_S} s") from None
    except OSError as exc:
        raise NeedsOCR(
            f"Tesseract could not be started ({exc}); install it with: {INSTALL_HINT}"
        ) from None
    finally:
        image.unlink(missing_ok=True)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise IngestError(f"OCR of {image.stem} failed: {detail[:200]}")
    return done.stdout, time.monotonic() - start


# --------------------------------------------------------------------------- into the document


def merge(source: SourceDocument, read: Sequence[OcrPage]) -> SourceDocument:
    """Put the OCR'd pages' Lines into the document in page order (they replace nothing: those
    pages gave no lines), with fresh table ids, and say which pages were OCR'd."""
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
    _drop_running_lines(ocr_lines)
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
    return replace(
        source, lines=merged, text_source=text_source, ocr_pages=tuple(sorted(numbers)),
        warnings=warnings,
    )  # fmt: skip


def _is_ocr_warning(warning: str, numbers: set[int]) -> bool:
    return any(warning.startswith(f"page {n} has no usable text layer") for n in numbers)


def _drop_running_lines(pages: dict[int, list[Line]]) -> None:
    """Remove running headers/footers: a short non-table line repeated on at least half of
    three or more OCR'd pages, at the first or last lines of each page."""
    if len(pages) < 3:
        return
    edge_texts: Counter[str] = Counter()
    for lines in pages.values():
        edges = {_key(ln) for ln in lines[:2] + lines[-2:] if not ln.cells}
        edge_texts.update(edges)
    needed = max(3, int(len(pages) * REPEAT_SHARE))
    running = {t for t, n in edge_texts.items() if n >= needed and t}
    for number, lines in pages.items():
        edges = {id(ln) for ln in lines[:2] + lines[-2:]}
        pages[number] = [ln for ln in lines if not (id(ln) in edges and _key(ln) in running)]


def _key(line: Line) -> str:
    return "".join(ch for ch in line.text.lower() if ch.isalpha())
