"""Read a PDF with a text layer into Lines: words through pdfium (ingest/pdf_text.py, with font
name and size), ruled tables by pdfplumber's table finder fed with the page's path segments
from pdfium (no pdfminer parse of the page). pdfplumber opens the file for its checks; a PDF
pdfium cannot open (or a content-stream bomb) is read through pdfplumber alone.

One pass over the pages: each page's words are extracted once and its ruled tables are found
once; words inside a table go to its cells, the rest become running text.
After the pass, headers/footers that repeat on most pages are removed, heading levels are set
from font size/weight relative to the body text, wrapped lines are joined into paragraphs, and a
table continued on the next page is merged into one table (repeated header dropped, a row cut by
the page break re-joined).

Pages without a usable text layer (image-only scans, garbled `(cid:NN)` text) yield no lines;
their numbers are returned by `read_pdf_and_scan` and `scan_pages` for the OCR stage.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

from ingest.columns import canonical_names, normalise_header
from ingest.source import IngestError, Line, SourceDocument
from models.folding import fold, join_lines, starts_list_item, unify_bullet

TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
MIN_TEXT_CHARS = 25  # fewer non-space characters than this is "no text layer"
MIN_QUALITY = 0.5  # text_layer_quality below this is a garbled text layer
MIN_IMAGE_SHARE = 0.2  # an image covering this share of a nearly textless page is a scan
FULL_PAGE_IMAGE = 0.8  # a page this covered by an image with little text (a stamp) is a scan
STAMP_CHARS = 200  # "little text" on such a page
MIN_BODY_CHARS = 500  # below this much running text, table text also sets the body size
MARGIN_BAND = 0.12  # top/bottom share of the page height where running headers/footers live
REPEAT_SHARE = 0.4  # a header/footer repeats on at least this share of the pages...
REPEAT_MIN_PAGES = 3  # ...and on at least this many pages

# Canonical column names of action tables, matched on the folded, upper-cased header cell.
# A line made only of such a note between a table and the page end means "continued".
CONTINUATION_NOTE = re.compile(
    r"^\(?\s*(forts(\.|ättning|attning)?|continued|cont\.)\b.{0,40}$", re.I
)
logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are noise to our users

_CID = re.compile(r"\(cid:\d+\)")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|,b$|-b$|\.b$", re.I)
_ROW_NUMBER = re.compile(r"^\d+(\.\d+)*\.?(\s|$)")
_YEARS = re.compile(r"\b\d{4}\s*[-–—]\s*\d{2,4}\b|\b(19|20)\d{2}\b")
_SENTENCE_END = (".", ":", "!", "?", ";")


# --------------------------------------------------------------------------- public helpers


def text_layer_quality(page_text: str) -> float:
    """0..1: the share of a page's non-space characters that are letters or digits; each
    `(cid:NN)` (a glyph without a Unicode mapping) counts as one bad character."""
    cids = len(_CID.findall(page_text))
    chars = [ch for ch in _CID.sub("", page_text) if not ch.isspace()]
    total = len(chars) + cids
    if total == 0:
        return 0.0
    return sum(1 for ch in chars if ch.isalnum()) / total


def needs_ocr(page_text: str, image_share: float) -> bool:
    """Whether a page lacks a usable text layer: garbled text, or (almost) no text on a page
    mostly covered by an image. A blank page needs no OCR."""
    nonspace = len(_CID.findall(page_text)) + sum(
        1 for ch in _CID.sub("", page_text) if not ch.isspace()
    )
    if image_share >= FULL_PAGE_IMAGE and nonspace < STAMP_CHARS:
        return True
    if nonspace >= MIN_TEXT_CHARS:
        return text_layer_quality(page_text) < MIN_QUALITY
    return image_share >= MIN_IMAGE_SHARE


def scan_pages(path: Path, *, max_pages: int = 2000) -> list[int]:
    """1-based numbers of the pages without a usable text layer (they need OCR)."""
    found: list[int] = []
    with _open(Path(path), max_pages) as pdf:
        try:
            for page in pdf.pages:
                text = "".join(ch["text"] for ch in page.chars)
                if needs_ocr(text, _image_share(page)):
                    found.append(page.page_number)
                page.close()
        except (IngestError, MemoryError):
            raise
        except Exception as exc:
            raise _damaged(exc) from exc
    return found


pages_needing_ocr = scan_pages  # the same hand-off under the name the OCR stage may look for


def read_pdf(path: Path, sha256: str, *, max_pages: int = 2000) -> SourceDocument:
    """Read a PDF's text layer into Lines (see the module docstring). Pages needing OCR give no
    lines and are named in the warnings; use read_pdf_and_scan to get them as numbers."""
    document, _ = read_pdf_and_scan(path, sha256, max_pages=max_pages)
    return document


def read_pdf_and_scan(
    path: Path, sha256: str, *, max_pages: int = 2000
) -> tuple[SourceDocument, list[int]]:
    """read_pdf plus the 1-based pages without a usable text layer, in one pass."""
    path = Path(path)
    pages: list[_Page] = []
    with _open(path, max_pages) as pdf:
        fast = _open_pdfium(path) if not _inflates_beyond(pdf, MAX_CONTENT_BYTES) else None
        try:
            for number, page in enumerate(pdf.pages, start=1):
                if fast is not None:
                    pages.append(_read_page_pdfium(number, fast, page))
                else:
                    pages.append(_read_page(page))
                page.close()
        except (IngestError, MemoryError):
            raise
        except Exception as exc:
            raise _damaged(exc) from exc
        finally:
            if fast is not None:
                fast.close()
    ocr = [p.number for p in pages if p.needs_ocr]
    lines = _assemble(pages)
    warnings = [f"page {n} has no usable text layer (needs OCR)" for n in ocr]
    document = SourceDocument(
        path=str(path),
        sha256=sha256,
        media_type="pdf",
        pages=len(pages),
        lines=lines,
        text_source="pdf",
        ocr_pages=tuple(ocr),  # pages still to OCR; the OCR stage fills them in
        warnings=warnings,
    )
    return document, ocr


MAX_CONTENT_BYTES = 256 * 1024 * 1024  # a page content this large is a bomb: pdfium would
# abort on it under the memory limit, pdfplumber fails in a way the limits report plainly


def _inflates_beyond(pdf: Any, limit: int) -> bool:
    """Whether any page's compressed content streams inflate to more than `limit` bytes,
    counted in bounded chunks (nothing is kept)."""
    import zlib

    from pdfminer.pdftypes import resolve1

    for page in pdf.pages:
        streams = page.page_obj.contents or []
        total = 0
        for stream in streams:
            stream = resolve1(stream)
            raw = getattr(stream, "rawdata", None)
            filters = str(stream.get("Filter", "")) if hasattr(stream, "get") else ""
            if raw is None or "FlateDecode" not in filters:
                continue
            inflater = zlib.decompressobj()
            data = raw
            try:
                while data:
                    total += len(inflater.decompress(data, 1 << 20))
                    if total > limit:
                        return True
                    data = inflater.unconsumed_tail
            except zlib.error:
                continue  # another encoding first (ASCII85 ...) or damage: not counted
    return False


def _open_pdfium(path: Path) -> Any | None:
    """The PDF opened with pdfium, or None (then pdfplumber reads it alone)."""
    try:
        import pypdfium2 as pdfium

        return pdfium.PdfDocument(str(path))
    except Exception:
        return None


# --------------------------------------------------------------------------- opening


def _open(path: Path, max_pages: int) -> Any:
    """Open a PDF with pdfplumber, turning every failure into an IngestError."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror or exc}") from None
    if b"%%EOF" not in tail:
        raise IngestError("PDF is damaged or truncated: no end-of-file marker")
    try:
        pdf = pdfplumber.open(path)
    except MemoryError:
        raise
    except Exception as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise IngestError("PDF is password-protected") from None
        raise _damaged(cause) from exc
    try:
        count = _page_count(pdf)
    except MemoryError:
        pdf.close()
        raise
    except Exception as exc:
        pdf.close()
        raise _damaged(exc) from exc
    if count == 0:
        pdf.close()
        raise IngestError("PDF has no pages")
    if count > max_pages:
        pdf.close()
        raise IngestError(f"PDF has {count} pages, more than the limit of {max_pages}")
    return pdf


def _page_count(pdf: Any) -> int:
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"]).get("Count"))
        if isinstance(count, int) and count >= 0:
            return count
    except Exception:  # a broken page tree: count the pages the hard way
        pass
    return len(pdf.pages)


def _damaged(exc: BaseException) -> IngestError:
    """The error for a PDF a reader failed on; raise it `from exc`, so that the batch can tell
    a memory limit reached while reading (kvinnofrid/parsing.py) from damage."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    detail = str(cause).strip() or type(cause).__name__
    return IngestError(f"PDF is damaged or truncated: {detail[:200]}")


# --------------------------------------------------------------------------- one page


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class _TextLine:
    page: int
    words: list[_Word]
    top: float
    bottom: float
    x0: float = 0.0
    x1: float = 0.0
    text: str = ""
    size: float = 0.0
    bold: bool = False
    heading: int = 0
    nlines: int = 1
    last_x0: float = 0.0  # where the paragraph's last visual line starts
    last_x1: float = 0.0  # where it ends

    def finish(self) -> _TextLine:
        self.words.sort(key=lambda w: w.x0)
        self.x0, self.x1 = self.words[0].x0, self.words[-1].x1
        self.last_x0, self.last_x1 = self.x0, self.x1
        texts = [w.text for w in self.words]
        if len(texts) > 1 and _CID.fullmatch(texts[0]):
            texts[0] = "•"  # an unmapped glyph alone before the text is a bullet
        text = " ".join(texts)
        self.text = unify_bullet(text)
        weights = Counter[float]()
        bold_chars = 0
        for w in self.words:
            weights[round(w.size * 2) / 2] += len(w.text)
            bold_chars += len(w.text) if w.bold else 0
        self.size = weights.most_common(1)[0][0]
        self.bold = bold_chars >= 0.7 * sum(weights.values())
        return self


@dataclass
class _Row:
    page: int
    cells: list[str]
    bold: bool


@dataclass
class _Table:
    page: int
    top: float
    bottom: float
    x_edges: tuple[float, ...]
    rows: list[_Row]
    id: int | None = None
    sizes: Counter[float] = field(default_factory=Counter)  # font size -> characters


@dataclass
class _Page:
    number: int
    height: float
    items: list[_TextLine | _Table] = field(default_factory=list)
    needs_ocr: bool = False


def _read_page_pdfium(number: int, pdf: Any, plumber_page: Any) -> _Page:
    """One page through pdfium: its words, and its ruled tables found by pdfplumber's table
    finder from the page's path segments (ingest/pdf_text.py); pdfplumber parses the page only
    if that fails."""
    from ingest.pdf_text import has_paths, image_share, page_words, ruled_tables

    page = pdf[number - 1]
    try:
        width, height = page.get_size()
        raw = page_words(page)
        share = image_share(page)
        tables: list[Any] = []
        if has_paths(page):
            try:
                tables = ruled_tables(page, TABLE_SETTINGS)
            except Exception:
                tables = plumber_page.find_tables(TABLE_SETTINGS)
    finally:
        page.close()
    return _page_from_words(number, float(width), float(height), raw, share, lambda: tables)


def _read_page(page: Any) -> _Page:
    raw = page.extract_words(extra_attrs=["fontname", "size"], use_text_flow=False)
    return _page_from_words(
        page.page_number, float(page.width), float(page.height), raw, _image_share(page),
        lambda: page.find_tables(TABLE_SETTINGS),
    )  # fmt: skip


def _page_from_words(
    number: int,
    width: float,
    height: float,
    raw: list[dict[str, Any]],
    share: float,
    find_tables: Any,
) -> _Page:
    result = _Page(number=number, height=height)
    text = " ".join(w["text"] for w in raw)
    if needs_ocr(text, share):
        result.needs_ocr = True
        return result
    words = [
        _Word(
            text=w["text"],
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
            size=float(w["size"]),
            bold=bool(_BOLD_FONT.search(str(w["fontname"]))),
        )
        for w in raw
    ]
    tables = [t for t in find_tables() if _is_real_table(t)]
    cells_words: list[dict[tuple[int, int], list[_Word]]] = [defaultdict(list) for _ in tables]
    running: list[_Word] = []
    for w in words:
        placed = _place_in_table(w, tables)
        if placed is None:
            running.append(w)
        elif placed[1] is not None:
            cells_words[placed[0]][placed[1]].append(w)
    items: list[_TextLine | _Table] = [
        _build_table(result.number, t, cells_words[i]) for i, t in enumerate(tables)
    ]
    items = [t for t in items if t.rows]
    borderless, running = _borderless_tables(result.number, running)
    items.extend(borderless)
    running_lines = _cluster_lines(running)
    gutter = _column_gutter(running_lines, width)
    for group in running_lines:
        if gutter is not None and _parts_apart(group, gutter):
            left = [w for w in group if w.x1 <= gutter]
            right = [w for w in group if w.x0 >= gutter]
            for part in (left, right):
                if part:
                    items.extend(_split_segments(result.number, part))
        else:
            items.extend(_split_segments(result.number, group))
    result.items = _reading_order(items, gutter)
    return result


COLUMN_GAP = 0.6  # × font size: narrower, the white at the gutter is a word space


def _parts_apart(group: list[_Word], gutter: float) -> bool:
    """Whether a visual line falls into a left and a right part at the gutter: no word crosses
    it and the white there is wider than a word space (a line of running text whose word
    space happens to sit at the gutter is one line)."""
    if any(w.x0 < gutter < w.x1 for w in group):
        return False
    left = [w for w in group if w.x1 <= gutter]
    right = [w for w in group if w.x0 >= gutter]
    if not left or not right:
        return True
    size = max(left[-1].size, right[0].size, 1.0)
    return right[0].x0 - left[-1].x1 >= COLUMN_GAP * size


def _column_gutter(lines: Sequence[list[_Word]], width: float) -> float | None:
    """The x of the white gutter of a two-column page (its words clustered into visual lines): a
    vertical strip in the middle third that no word crosses, with enough text lines on both
    sides of it. None for one-column pages."""
    if sum(len(line) for line in lines) < 40 or width <= 0:
        return None
    lo, hi = int(width * 0.35), int(width * 0.65)
    crossing: Counter[int] = Counter()  # x -> lines that a word crosses there
    for line in lines:
        covered: set[int] = set()
        for w in line:
            start = max(lo, int(w.x0) + 1)
            start += (start - lo) % 2  # the candidate positions: lo, lo + 2, ...
            covered.update(range(start, min(hi, int(w.x1)) + 1, 2))
        crossing.update(covered)
    best: tuple[int, float] | None = None
    for x in range(lo, hi + 1, 2):
        count = crossing.get(x, 0)
        if (
            best is None
            or count < best[0]
            or (count == best[0] and abs(x - width / 2) < abs(best[1] - width / 2))
        ):
            best = (count, float(x))
    if best is None:
        return None
    crossing, gutter = best
    left = sum(1 for ln in lines if any(w.x1 <= gutter for w in ln))
    right = sum(1 for ln in lines if any(w.x0 >= gutter for w in ln))
    if min(left, right) < 6 or crossing > 0.25 * len(lines):
        return None
    # a right column holds lines of its own: on a one-column page of short lines (labels, a
    # paragraph's last line) the strip is white only because few lines reach it, and the words
    # beyond it are the ends of lines that happen to leave a word gap there
    right_only = sum(
        1 for ln in lines if any(w.x0 >= gutter for w in ln) and _parts_apart(ln, gutter)
    )
    if right_only <= crossing:
        return None
    return gutter


def _reading_order(
    items: list[_TextLine | _Table], gutter: float | None
) -> list[_TextLine | _Table]:
    """Top to bottom; on a two-column page, within each band between full-width items, the
    left column before the right one."""
    items.sort(key=lambda it: (it.top, it.x0 if isinstance(it, _TextLine) else 0.0))
    if gutter is None:
        return items
    ordered: list[_TextLine | _Table] = []
    band: list[_TextLine | _Table] = []

    def flush() -> None:
        left = [it for it in band if isinstance(it, _TextLine) and it.x1 <= gutter]
        right = [it for it in band if not (isinstance(it, _TextLine) and it.x1 <= gutter)]
        if _side_notes(right):
            ordered.extend(_by_runs(left, right))
        else:
            ordered.extend(left + right)
        band.clear()

    for item in items:
        full_width = isinstance(item, _Table) or (item.x0 < gutter < item.x1)
        if full_width:
            flush()
            ordered.append(item)
        else:
            band.append(item)
    flush()
    return ordered


def _runs(lines: list[_TextLine | _Table]) -> list[list[_TextLine | _Table]]:
    """A column's lines in runs: a run breaks where the white above a line is wider than the
    spacing inside a paragraph (half the font size)."""
    runs: list[list[_TextLine | _Table]] = []
    for line in lines:
        prev = runs[-1][-1] if runs else None
        size = line.size if isinstance(line, _TextLine) else 10.0
        if prev is not None and line.top - prev.bottom <= 0.5 * size:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _side_notes(right: list[_TextLine | _Table]) -> bool:
    """Whether a band's right column holds notes beside the left column's items rather than
    text of its own: most of its runs open with a measure's label ("Ansvar: X", "Samverkan:
    Y", "Tidsplan: 2026"), so each belongs beside the item it stands next to."""
    runs = _runs(right)
    labelled = sum(
        1 for run in runs if isinstance(run[0], _TextLine) and _measure_label(run[0].text)
    )
    return len(runs) >= 2 and labelled >= 0.6 * len(runs)


def _by_runs(
    left: list[_TextLine | _Table], right: list[_TextLine | _Table]
) -> list[_TextLine | _Table]:
    """A band's runs in the order of their tops, each note after the left run it stands
    beside (the last one starting above it, or level with it within a line's height)."""
    lefts = _runs(left)
    runs = [(run[0].top, 0, run) for run in lefts]
    for run in _runs(right):
        top = run[0].top
        beside = [
            r[0].top
            for r in lefts
            if r[0].top <= top + (r[0].size if isinstance(r[0], _TextLine) else 10.0)
        ]
        runs.append((max(beside) if beside else top, 1, run))
    runs.sort(key=lambda r: (r[0], r[1]))
    return [line for _, _, run in runs for line in run]


def _image_share(page: Any) -> float:
    area = float(page.width) * float(page.height)
    if area <= 0:
        return 0.0
    covered = 0.0
    for img in page.images:
        w = min(float(img["x1"]), float(page.width)) - max(float(img["x0"]), 0.0)
        h = min(float(img["bottom"]), float(page.height)) - max(float(img["top"]), 0.0)
        if w > 0 and h > 0:
            covered += w * h
    return min(1.0, covered / area)


def _is_real_table(table: Any) -> bool:
    """A ruled box around a single cell (a framed text box) is not a table."""
    return any(sum(1 for c in row.cells if c is not None) >= 2 for row in table.rows)


def _place_in_table(w: _Word, tables: Sequence[Any]) -> tuple[int, tuple[int, int] | None] | None:
    """(table index, (row, column)) for a word inside a table; column None when the word lies
    inside the table's frame but in no cell; None for a word outside every table."""
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    for ti, table in enumerate(tables):
        x0, top, x1, bottom = table.bbox
        if not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
            continue
        for ri, row in enumerate(table.rows):
            _, rtop, _, rbottom = row.bbox
            if not rtop - 0.5 <= cy <= rbottom + 0.5:
                continue
            for ci, cell in enumerate(row.cells):
                if cell is not None and cell[0] - 0.5 <= cx <= cell[2] + 0.5:
                    return ti, (ri, ci)
        return ti, None
    return None


def _build_table(page: int, table: Any, words: dict[tuple[int, int], list[_Word]]) -> _Table:
    ncols = max(len(row.cells) for row in table.rows)
    xs = sorted({round(c[0], 1) for row in table.rows for c in row.cells if c is not None})
    rows: list[_Row] = []
    for ri in range(len(table.rows)):
        cells: list[str] = []
        all_bold = True
        for ci in range(ncols):
            cell_words = words.get((ri, ci), [])
            lines = _cluster_lines(cell_words)
            cells.append(join_lines(" ".join(w.text for w in group) for group in lines))
            chars = sum(len(w.text) for w in cell_words)
            bold = sum(len(w.text) for w in cell_words if w.bold)
            all_bold = all_bold and bold >= 0.7 * chars
        if any(cells):
            rows.append(_Row(page=page, cells=cells, bold=all_bold))
    x0, top, x1, bottom = table.bbox
    sizes = Counter[float]()
    for cell_words in words.values():
        for w in cell_words:
            sizes[round(w.size * 2) / 2] += len(w.text)
    return _Table(
        page=page, top=top, bottom=bottom, x_edges=(*xs, round(x1, 1)), rows=rows, sizes=sizes
    )


def _segments(group: list[_Word], factor: float) -> list[list[_Word]]:
    """A visual line's words cut where a horizontal gap wider than factor × font size lies."""
    segments: list[list[_Word]] = [[group[0]]]
    for prev, w in zip(group, group[1:], strict=False):
        if w.x0 - prev.x1 > factor * max(prev.size, w.size, 1.0):
            segments.append([w])
        else:
            segments[-1].append(w)
    return segments


def _borderless_tables(page: int, words: list[_Word]) -> tuple[list[_Table], list[_Word]]:
    """Tables printed without ruling lines: a header line whose parts, apart by wide gaps,
    name column roles (Åtgärd | Ansvarig | Samverkanspart | Tidsplan, Vad | Vem | När), then the
    lines below it whose words stay inside those columns. A row starts where the vertical gap
    grows beyond the line spacing inside a cell. Returns the tables and the words left over."""
    from ingest.structure import header_roles
    from models.outline_vocabulary import vocabulary

    vocab = vocabulary()
    lines = _cluster_lines(words)
    tables: list[_Table] = []
    used: set[int] = set()
    k = 0
    while k < len(lines):
        segments = _segments(lines[k], 1.5)
        texts = [" ".join(w.text for w in seg) for seg in segments]
        if len(segments) < 2 or not header_roles(texts, vocab):
            k += 1
            continue
        starts = [seg[0].x0 for seg in segments]
        size = median(w.size for w in lines[k])
        rows: list[list[list[str]]] = [[[t] for t in texts]]
        body_lines: list[list[_Word]] = [lines[k]]
        prev_bottom = max(w.bottom for w in lines[k])
        j = k + 1
        while j < len(lines):
            line = lines[j]
            top = min(w.top for w in line)
            columns = _columns_of(line, starts, size)
            if columns is None or top - prev_bottom > 3.5 * size:
                break
            if any(abs(w.size - size) > 1.0 for w in line):
                break
            new_row = top - prev_bottom > 0.6 * size and columns[0]
            if new_row or len(rows) == 1:
                rows.append([[] for _ in starts])
            for ci, texts_in in enumerate(columns):
                if texts_in:
                    rows[-1][ci].append(" ".join(texts_in))
            body_lines.append(line)
            prev_bottom = max(w.bottom for w in line)
            j += 1
        if len(rows) >= 2:
            table_rows = [
                _Row(page=page, cells=[join_lines(c) for c in row], bold=(i == 0))
                for i, row in enumerate(rows)
            ]
            all_words = [w for ln in body_lines for w in ln]
            used.update(id(w) for w in all_words)
            sizes = Counter[float]()
            for w in all_words:
                sizes[round(w.size * 2) / 2] += len(w.text)
            tables.append(
                _Table(
                    page=page,
                    top=min(w.top for w in all_words),
                    bottom=max(w.bottom for w in all_words),
                    x_edges=(*starts, max(w.x1 for w in all_words)),
                    rows=table_rows,
                    sizes=sizes,
                )
            )
        k = max(j, k + 1)
    return tables, [w for w in words if id(w) not in used]


def _columns_of(line: list[_Word], starts: list[float], size: float) -> list[list[str]] | None:
    """The words of a line by column, or None when the line is running text: words that run
    across a column edge with an ordinary word space, or that start left of the first column."""
    columns: list[list[str]] = [[] for _ in starts]
    previous: tuple[int, _Word] | None = None
    for w in line:
        if w.x0 < starts[0] - size:
            return None
        ci = max((i for i, x in enumerate(starts) if w.x0 >= x - 0.5 * size), default=0)
        if previous is not None and previous[0] != ci and w.x0 - previous[1].x1 < 0.8 * size:
            return None
        columns[ci].append(w.text)
        previous = (ci, w)
    return columns


def _cluster_lines(words: Sequence[_Word]) -> list[list[_Word]]:
    """Group words into visual lines by vertical overlap, top to bottom, each left to right."""
    lines: list[tuple[float, float, list[_Word]]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines:
            top, bottom, group = lines[-1]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap > 0.5 * min(bottom - top, w.bottom - w.top):
                group.append(w)
                lines[-1] = (min(top, w.top), max(bottom, w.bottom), group)
                continue
        lines.append((w.top, w.bottom, [w]))
    return [sorted(group, key=lambda w: w.x0) for _, _, group in lines]


def _split_segments(page: int, group: list[_Word]) -> list[_TextLine]:
    """A visual line cut where a wide horizontal gap separates its parts."""
    return [
        _TextLine(
            page=page,
            words=seg,
            top=min(w.top for w in seg),
            bottom=max(w.bottom for w in seg),
        ).finish()
        for seg in _segments(group, 3.0)
    ]


# --------------------------------------------------------------------------- whole document


def _assemble(pages: list[_Page]) -> list[Line]:
    _remove_running_headers(pages)
    body = _body_size(pages)
    line_gap = _line_gap(pages, body)
    for page in pages:
        page.items = _merge_text(page.items, body, line_gap)
    _merge_continued_tables(pages)
    return _emit(pages)


def _margin_key(line: _TextLine, height: float) -> tuple[str, str, float] | None:
    if line.bottom <= height * MARGIN_BAND:
        zone, y = "top", line.top
    elif line.top >= height * (1 - MARGIN_BAND):
        zone, y = "bottom", height - line.bottom
    else:
        return None
    text = re.sub(r"\d+", "#", fold(line.text))
    text = re.sub(r"[\s\-–—|.]+", " ", text).strip()
    return zone, text, y


def _remove_running_headers(pages: list[_Page]) -> None:
    """Drop lines in the top/bottom band whose text (digits ignored) repeats at the same height
    on most pages: running headers, footers and page numbers."""
    text_pages = [p for p in pages if not p.needs_ocr]
    if len(text_pages) < REPEAT_MIN_PAGES:
        return
    seen: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for page in text_pages:
        for item in page.items:
            if isinstance(item, _TextLine):
                key = _margin_key(item, page.height)
                if key:
                    seen[key[:2]].append((page.number, key[2]))
    need = max(REPEAT_MIN_PAGES, REPEAT_SHARE * len(text_pages))
    repeated: dict[tuple[str, str], float] = {}
    for key, hits in seen.items():
        y = median(h[1] for h in hits)
        near = {n for n, hy in hits if abs(hy - y) <= 4}
        if len(near) >= need:
            repeated[key] = y
    if not repeated:
        return
    for page in text_pages:
        kept: list[_TextLine | _Table] = []
        for item in page.items:
            if isinstance(item, _TextLine):
                key = _margin_key(item, page.height)
                if key and key[:2] in repeated and abs(repeated[key[:2]] - key[2]) <= 4:
                    continue
            kept.append(item)
        page.items = kept


def _body_size(pages: list[_Page]) -> float:
    """The font size of most running text (of table text too when there is little of it)."""
    sizes = Counter[float]()
    table_sizes = Counter[float]()
    for page in pages:
        for item in page.items:
            if isinstance(item, _TextLine):
                sizes[item.size] += len(item.text)
            else:
                table_sizes.update(item.sizes)
    if sizes.total() < MIN_BODY_CHARS:
        sizes.update(table_sizes)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _line_gap(pages: list[_Page], body: float) -> float:
    """The usual white space between two lines of one body-text paragraph."""
    gaps: list[float] = []
    for page in pages:
        prev: _TextLine | _Table | None = None
        for item in page.items:
            if (
                isinstance(item, _TextLine)
                and isinstance(prev, _TextLine)
                and abs(item.size - body) < 0.6
                and abs(prev.size - body) < 0.6
            ):
                gap = item.top - prev.bottom
                if -1 <= gap <= body:
                    gaps.append(gap)
            prev = item
    return median(gaps) if gaps else 0.2 * body


def _heading_level(line: _TextLine, body: float) -> int:
    if not any(ch.isalpha() for ch in line.text):
        return 0
    ratio = line.size / body if body else 1.0
    if ratio >= 1.6:
        return 1
    if ratio >= 1.3:
        return 2
    if ratio >= 1.12:
        return 3
    return 0


def _merge_text(
    items: list[_TextLine | _Table], body: float, line_gap: float
) -> list[_TextLine | _Table]:
    """Join a heading's wrapped lines into one line and a paragraph's lines into one line."""
    lines = [it for it in items if isinstance(it, _TextLine)]
    left = min((ln.x0 for ln in lines), default=0.0)
    right = max((ln.x1 for ln in lines), default=0.0)
    merged: list[_TextLine | _Table] = []
    for item in items:
        if isinstance(item, _TextLine):
            item.heading = _heading_level(item, body)
            prev = merged[-1] if merged else None
            if isinstance(prev, _TextLine) and _continues(prev, item, left, right, line_gap):
                prev.text = join_lines([prev.text, item.text])
                prev.bottom = max(prev.bottom, item.bottom)
                prev.x1 = max(prev.x1, item.x1)
                prev.last_x0, prev.last_x1 = item.x0, item.x1
                prev.nlines += 1
                continue
        merged.append(item)
    for item in merged:
        if (
            isinstance(item, _TextLine)
            and not item.heading
            and item.bold
            and item.nlines <= 2
            and len(item.text) <= 120
            and not item.text.endswith((",", ";"))
            and not starts_list_item(item.text)
            and any(ch.isalpha() for ch in item.text)
        ):
            item.heading = 3
    return merged


def _continues(prev: _TextLine, cur: _TextLine, left: float, right: float, line_gap: float) -> bool:
    if prev.heading != cur.heading or prev.bold != cur.bold or abs(prev.size - cur.size) > 0.6:
        return False
    gap = cur.top - prev.bottom
    size = max(prev.size, cur.size)
    if prev.heading:
        return -1 <= gap <= 0.6 * size
    if gap < -1 or gap > line_gap + 0.25 * size:
        return False
    if starts_list_item(cur.text) or cur.x0 < prev.last_x0 - 6:
        return False  # a new list item, or text that steps out of an indented item
    if _measure_label(cur.text):
        return False  # "Ansvar: X" under an item is the item's field, not more of its text
    ends_sentence = prev.text.endswith(_SENTENCE_END)
    if ends_sentence and prev.last_x1 < right - 0.15 * (right - left) and _fits(prev, cur, right):
        return False  # a short last line ends the paragraph
    # an indented first line; a list item's wrapped lines stand under its text, not its bullet
    start = prev.words[1].x0 if starts_list_item(prev.text) and len(prev.words) > 1 else prev.x0
    return not (ends_sentence and cur.x0 > start + 8)


def _fits(prev: _TextLine, cur: _TextLine, right: float) -> bool:
    """Whether the next line's first word would have fit at the end of the line before (an
    average letter is about half the font size wide): if not, that line was wrapped, not ended
    ("... mot äldre. Ansvarig:" / "Omsorgsförvaltningen, ...")."""
    first = cur.text.split(maxsplit=1)[0] if cur.text.strip() else ""
    return prev.last_x1 + (len(first) + 1) * 0.5 * cur.size <= right


def _measure_label(text: str) -> bool:
    """Whether a line opens with a measure's label ("Ansvar: X", "Ansvarig: Y", "Tidplan:
    2026"): the start of a labelled line of its own."""
    from ingest.structure import MEASURE_FIELDS, field_role_of
    from models.outline_vocabulary import vocabulary

    return field_role_of(text, vocabulary()) in MEASURE_FIELDS


def _merge_continued_tables(pages: list[_Page]) -> None:
    """Give every table an id; a table continued at the top of the next page joins the table
    that ended the previous page (same columns): the repeated header row is dropped and a row
    cut by the page break is re-joined."""
    next_id = 1
    open_table: _Table | None = None
    for page in pages:
        items = page.items
        start = _first_content(page)
        first = items[start] if start < len(items) else None
        if (
            open_table is not None
            and isinstance(first, _Table)
            and _same_columns(open_table, first)
            and _join_continuation(open_table, first)
        ):
            items = items[:start] + items[start + 1 :]
        for item in items:
            if isinstance(item, _Table) and item.id is None:
                item.id = next_id
                next_id += 1
        page.items = items
        open_table = _trailing_table(page)


def _in_margin(item: _TextLine | _Table, height: float) -> bool:
    """A text line inside the top/bottom band (a running header or footer left in place)."""
    return isinstance(item, _TextLine) and (
        item.bottom <= height * MARGIN_BAND or item.top >= height * (1 - MARGIN_BAND)
    )


def _first_content(page: _Page) -> int:
    i = 0
    while i < len(page.items) and _in_margin(page.items[i], page.height):
        i += 1
    return i


def _trailing_table(page: _Page) -> _Table | None:
    """The table that ends the page (a 'continued' note after it is dropped), if any."""
    items = page.items
    end = len(items)
    notes: list[int] = []
    while end and isinstance(items[end - 1], _TextLine):
        if CONTINUATION_NOTE.match(items[end - 1].text):
            notes.append(end - 1)
        elif not _in_margin(items[end - 1], page.height):
            break
        end -= 1
    if end and isinstance(items[end - 1], _Table):
        page.items = [it for i, it in enumerate(items) if i not in notes]
        return items[end - 1]  # type: ignore[return-value]
    return None


def _same_columns(a: _Table, b: _Table) -> bool:
    return len(a.x_edges) == len(b.x_edges) and all(
        abs(x - y) <= 3 for x, y in zip(a.x_edges, b.x_edges, strict=True)
    )


def _join_continuation(table: _Table, cont: _Table) -> bool:
    rows = list(cont.rows)
    header = table.rows[0] if table.rows and _is_header(table.rows[0].cells) else None
    if rows and _is_header(rows[0].cells):
        if header is None or _header_key(rows[0].cells) != _header_key(header.cells):
            return False  # a different table that happens to start the page
        rows = rows[1:]
    if rows and table.rows and _cut_row(table, rows[0]):
        last = table.rows[-1]
        last.cells = [join_lines([a, b]) for a, b in zip(last.cells, rows[0].cells, strict=True)]
        rows = rows[1:]
    table.rows.extend(rows)
    return True


def _cut_row(table: _Table, row: _Row) -> bool:
    """Whether the first row on the new page is the rest of the previous page's last row."""
    first = row.cells[0].strip()
    filled = [c.strip() for c in row.cells if c.strip()]
    if not filled or filled[0][0].islower():
        return True  # the sentence of the row above goes on
    if not first:
        # an empty first cell is a carried-down area or goal in a new row, unless the row
        # holds no more than one fragment of the row above
        return len(filled) == 1
    body = [r for r in table.rows if not _is_header(r.cells)]
    numbered = bool(body) and all(_ROW_NUMBER.match(r.cells[0]) for r in body)
    return numbered and not _ROW_NUMBER.match(first)


def _is_header(cells: Sequence[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    canonical = sum(1 for c in filled if normalise_header(c) in _CANONICAL)
    if canonical * 2 >= len(filled):
        return True
    letters = [ch for c in filled for ch in c if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _header_key(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(normalise_header(c) for c in cells)


_CANONICAL = canonical_names()


def _emit(pages: list[_Page]) -> list[Line]:
    lines: list[Line] = []
    for page in pages:
        for item in page.items:
            if isinstance(item, _TextLine):
                lines.append(
                    Line(page=item.page, text=item.text, heading=item.heading, bold=item.bold)
                )
            else:
                for row in item.rows:
                    cells = tuple(row.cells)
                    lines.append(
                        Line(
                            page=row.page,
                            text=" | ".join(cells),
                            cells=cells,
                            bold=row.bold,
                            table=item.id,
                        )
                    )
    # A merged table's rows from the next page come before that page's text; keep page order.
    lines.sort(key=lambda ln: ln.page)
    return lines
