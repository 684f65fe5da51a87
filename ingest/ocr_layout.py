"""OCR words → Lines: Tesseract's TSV word boxes, plus the ruling lines found in the page image,
become running-text lines and table rows again.

Pure functions only (no Tesseract, no files): `parse_tsv` reads `tesseract ... tsv` output,
`find_grids` finds ruled tables in a grey page image (a numpy array), `word_columns` finds the
columns of an unruled region from the gaps between words, and `page_lines` puts the words of one
page into table cells (by word position) and the rest into paragraphs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from ingest.source import Line
from models.folding import join_lines, starts_list_item

DARK = 128  # grey level below which a pixel is ink
MIN_RULE_SHARE = 0.12  # a horizontal rule spans at least this share of the page width
MAX_RULE_THICKNESS = 12  # pixels; thicker dark bands are filled areas, not rules
RULE_ALIGN = 20  # pixels; rules of one table start and end within this distance
MIN_VERTICAL_SHARE = 0.8  # a column rule covers at least this share of the table's height
MARGIN_BAND = 0.07  # top/bottom share of the page where lone page numbers are dropped
HEADING_RATIOS = ((1.6, 1), (1.3, 2), (1.15, 3))  # line height / body line height → level

_NUMBERED_START = re.compile(r"^\d{1,2}(\.\d{1,2})+\.?(\s|$)")
_PAGE_NUMBER = re.compile(r"^(sid(an?)?\s*)?\d{1,4}(\s*\(\d+\))?$", re.I)


@dataclass(frozen=True, slots=True)
class OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    block: int = 0
    par: int = 0
    line: int = 0

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def cx(self) -> float:
        return self.left + self.width / 2

    @property
    def cy(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table: y of its horizontal rules and x of its column rules, in pixels."""

    rows: tuple[float, ...]  # n+1 rules for n rows, top to bottom
    cols: tuple[float, ...]  # m+1 rules for m columns, left to right

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.cols[0], self.rows[0], self.cols[-1], self.rows[-1]

    def cell_of(self, word: OcrWord) -> tuple[int, int] | None:
        x0, top, x1, bottom = self.bbox
        if not (x0 <= word.cx <= x1 and top <= word.cy <= bottom):
            return None
        row = _interval(self.rows, word.cy)
        col = _interval(self.cols, word.cx)
        return (row, col) if row is not None and col is not None else None


def _interval(edges: Sequence[float], value: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= value <= edges[i + 1]:
            return i
    return None


# --------------------------------------------------------------------------- Tesseract TSV


def parse_tsv(tsv: str) -> list[OcrWord]:
    """The words (level 5 rows with text) of `tesseract IMAGE - tsv` output."""
    words: list[OcrWord] = []
    for raw in tsv.splitlines()[1:]:
        parts = raw.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        try:
            block, par, line = int(parts[2]), int(parts[3]), int(parts[4])
            left, top, width, height = (int(p) for p in parts[6:10])
            conf = float(parts[10])
        except ValueError:
            continue
        words.append(OcrWord(text, left, top, width, height, conf, block, par, line))
    return words


# --------------------------------------------------------------------------- ruled tables


@dataclass
class _Rule:
    y: float
    x0: int
    x1: int


MAX_SKEW_DEGREES = 3.0  # a scanned page is straightened by at most this much
SKEW_STEP_DEGREES = 0.05
SKEW_COARSE = 5  # steps between the angles tried first (0.25 degrees)
MIN_SKEW_DEGREES = 0.1  # a smaller skew is left alone


def skew_angle(gray: Any, *, dark: int = DARK) -> float:
    """The skew of a scanned page in degrees (counter-clockwise, as PIL's Image.rotate takes an
    angle; straighten rotates by its negative): the shear under which the row profile of the
    ink (lines of text, ruling lines) is sharpest."""
    import numpy as np

    ink = np.asarray(gray)[::2, ::2] < dark
    ys, xs = np.nonzero(ink)
    if len(ys) < 200:
        return 0.0
    scores: dict[int, float] = {}

    def sharpest(steps: range) -> int:  # the first step with the sharpest profile
        for k in steps:
            if k not in scores:
                rows = np.round(ys + xs * np.tan(np.radians(k * SKEW_STEP_DEGREES)))
                profile = np.bincount((rows - rows.min()).astype(np.int64))
                scores[k] = float(np.dot(profile, profile))
        return max(steps, key=lambda k: (scores[k], -k))

    # coarse to fine: every SKEW_COARSE-th step over the whole range, then every step around
    # the sharpest of those (the profile's sharpness rises smoothly to its peak, which is
    # about a degree wide at the text's line spacing)
    limit = int(MAX_SKEW_DEGREES / SKEW_STEP_DEGREES)
    coarse = sharpest(range(-limit, limit + 1, SKEW_COARSE))
    fine = range(max(-limit, coarse - SKEW_COARSE + 1), min(limit, coarse + SKEW_COARSE - 1) + 1)
    return sharpest(fine) * SKEW_STEP_DEGREES


def straighten(gray: Any, *, dark: int = DARK) -> Any:
    """A scanned page rotated so that its lines are horizontal (a grey numpy array), or the
    page itself when it is straight enough: ruled tables are found on straight rules only."""
    import numpy as np
    from PIL import Image

    angle = skew_angle(gray, dark=dark)
    if abs(angle) < MIN_SKEW_DEGREES:
        return gray
    image = Image.fromarray(np.asarray(gray, dtype=np.uint8))
    return np.asarray(image.rotate(-angle, resample=Image.BICUBIC, fillcolor=255))


def find_grids(gray: Any, *, dark: int = DARK) -> list[Grid]:
    """Ruled tables in a grey page image (2-D uint8 numpy array): groups of at least two
    horizontal rules with the same extent, cut into columns by vertical rules that run the
    table's height. A group without inner column rules is a grid of one column."""
    import numpy as np

    ink = np.asarray(gray) < dark
    height, width = ink.shape
    min_len = max(40, int(width * MIN_RULE_SHARE))
    rules = _horizontal_rules(ink, min_len)
    grids: list[Grid] = []
    for group in (part for g in _group_rules(rules) for part in _split_at_open_gaps(ink, g)):
        if len(group) < 2:
            continue
        x0 = min(r.x0 for r in group)
        x1 = max(r.x1 for r in group)
        top, bottom = int(group[0].y), int(group[-1].y) + 1
        cols = _vertical_rules(ink[top:bottom, max(0, x0 - 4) : min(width, x1 + 5)])
        cols = [c + max(0, x0 - 4) for c in cols]
        edge = max(8, RULE_ALIGN // 2)
        inner = [c for c in cols if x0 + edge < c < x1 - edge]
        grids.append(Grid(tuple(r.y for r in group), (float(x0), *inner, float(x1))))
    return grids


def erase_rules(gray: Any, grids: Sequence[Grid], *, margin: int = 4) -> Any:
    """A copy of the image with the grids' rules painted white: Tesseract's page segmentation
    drops or merges cell text next to ruling lines, and reads the words well without them."""
    import numpy as np

    clean = np.array(gray, copy=True)
    height, width = clean.shape
    for grid in grids:
        x0, top, x1, bottom = (int(round(v)) for v in grid.bbox)
        left, right = max(0, x0 - margin), min(width, x1 + margin + 1)
        for y in grid.rows:
            clean[max(0, int(y) - margin) : min(height, int(y) + margin + 1), left:right] = 255
        upper, lower = max(0, top - margin), min(height, bottom + margin + 1)
        for x in grid.cols:
            clean[upper:lower, max(0, int(x) - margin) : min(width, int(x) + margin + 1)] = 255
    return clean


def _horizontal_rules(ink: Any, min_len: int) -> list[_Rule]:
    import numpy as np

    need = int(min_len * 0.97)
    # only a row with that much ink in all can hold a rule: the windows are counted on those
    candidates = np.nonzero(np.count_nonzero(ink, axis=1) >= need)[0]
    rows = ink[candidates]
    counts = np.cumsum(rows, axis=1, dtype=np.int32)
    padded = np.concatenate([np.zeros((rows.shape[0], 1), dtype=np.int32), counts], axis=1)
    windows = padded[:, min_len:] - padded[:, :-min_len]  # ink in [j, j + min_len)
    solid_rows = windows >= need
    has_rule = solid_rows.any(axis=1)
    ys = candidates[has_rule]
    solid = dict(zip(ys.tolist(), solid_rows[has_rule], strict=True))  # row -> its windows
    rules: list[_Rule] = []
    band: list[int] = []
    for y in [*ys.tolist(), -10]:
        if band and y != band[-1] + 1:
            if len(band) <= MAX_RULE_THICKNESS:
                starts = np.nonzero(np.any([solid[b] for b in band], axis=0))[0]
                row_ink = ink[band].any(axis=0)
                x0, x1 = int(starts[0]), int(starts[-1]) + min_len - 1
                while x0 < x1 and not row_ink[x0]:  # the window may begin on a gap
                    x0 += 1
                while x1 > x0 and not row_ink[x1]:
                    x1 -= 1
                rules.append(_Rule(sum(band) / len(band), x0, x1))
            band = []
        if y >= 0:
            band.append(y)
    return rules


def _group_rules(rules: list[_Rule]) -> list[list[_Rule]]:
    groups: list[list[_Rule]] = []
    for rule in rules:
        last = groups[-1][-1] if groups else None
        if last and abs(last.x0 - rule.x0) <= RULE_ALIGN and abs(last.x1 - rule.x1) <= RULE_ALIGN:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return groups


def _split_at_open_gaps(ink: Any, group: list[_Rule]) -> list[list[_Rule]]:
    """A group of aligned rules cut where no border rule runs between two of them: two tables
    one above the other with a heading between them are two grids."""
    parts: list[list[_Rule]] = [[group[0]]]
    for upper, lower in zip(group, group[1:], strict=False):
        top, bottom = int(upper.y) + 2, int(lower.y) - 1
        bordered = bottom <= top or any(
            ink[top:bottom, max(0, x - 3) : x + 4].any(axis=1).mean() >= MIN_VERTICAL_SHARE
            for x in (int(upper.x0), int(upper.x1))
        )
        if bordered:
            parts[-1].append(lower)
        else:
            parts.append([lower])
    return parts


def _vertical_rules(region: Any) -> list[float]:
    import numpy as np

    if region.shape[0] == 0:
        return []
    # a rule drawn a pixel or two off its neighbours still counts: widen ink by one pixel
    widened = region.copy()
    widened[:, 1:] |= region[:, :-1]
    widened[:, :-1] |= region[:, 1:]
    share = widened.mean(axis=0)
    xs = np.nonzero(share >= MIN_VERTICAL_SHARE)[0].tolist()
    found: list[float] = []
    run: list[int] = []
    for x in [*xs, -10]:
        if run and x != run[-1] + 1:
            found.append(sum(run) / len(run))
            run = []
        if x >= 0:
            run.append(x)
    return found


# --------------------------------------------------------------------------- unruled columns


def word_columns(
    words: Sequence[OcrWord], left: float, right: float, *, min_gap: float
) -> list[float]:
    """Column boundaries (including left and right) of a region from the x-ranges no word
    covers: every gap at least `min_gap` wide that runs the region's full height splits it."""
    covered = sorted((w.left, w.right) for w in words)
    edges = [left]
    reach = left
    for x0, x1 in covered:
        if x0 - reach >= min_gap and reach > left:
            edges.append((reach + x0) / 2)
        reach = max(reach, x1)
    edges.append(right)
    return edges


# --------------------------------------------------------------------------- words → Lines


@dataclass
class _Item:
    top: float
    x0: float
    lines: list[Line]


def body_height(words: Iterable[OcrWord]) -> float:
    """The usual height of a running-text line (median of the tallest word per OCR line)."""
    tallest: dict[tuple[int, int, int], int] = defaultdict(int)
    for w in words:
        key = (w.block, w.par, w.line)
        tallest[key] = max(tallest[key], w.height)
    return float(median(tallest.values())) if tallest else 0.0


def page_lines(
    page: int,
    words: Sequence[OcrWord],
    grids: Sequence[Grid],
    *,
    page_height: float,
    body: float | None = None,
    first_table_id: int = 0,
) -> list[Line]:
    """The Lines of one OCR'd page in reading order: table rows for words inside a grid (cells
    from word positions), paragraphs for the rest. Table ids start at first_table_id."""
    in_table: dict[int, dict[tuple[int, int], list[OcrWord]]] = defaultdict(
        lambda: defaultdict(list)
    )
    running: list[OcrWord] = []
    for w in words:
        for gi, grid in enumerate(grids):
            cell = grid.cell_of(w)
            if cell is not None:
                in_table[gi][cell].append(w)
                break
        else:
            running.append(w)
    body = body or body_height(running or words)
    items: list[_Item] = []
    table_id = first_table_id
    for gi, grid in enumerate(grids):
        cells = in_table.get(gi)
        if not cells:
            continue
        rows = _table_rows(page, grid, cells, table_id, body)
        if rows:
            items.append(_Item(grid.rows[0], grid.cols[0], rows))
            table_id += 1
    for paragraph in _paragraphs(page, running, body, page_height):
        items.append(paragraph)
    items.sort(key=lambda it: (it.top, it.x0))
    return [line for item in items for line in item.lines]


def _table_rows(
    page: int, grid: Grid, cells: dict[tuple[int, int], list[OcrWord]], table_id: int, body: float
) -> list[Line]:
    ncols = len(grid.cols) - 1
    if ncols == 1:  # rules but no column rules: split by the gaps between words
        everything = [w for ws in cells.values() for w in ws]
        x0, _, x1, _ = grid.bbox
        edges = word_columns(everything, x0, x1, min_gap=max(2.0 * body, 20.0))
        if len(edges) > 2:
            grid = Grid(grid.rows, tuple(edges))
            ncols = len(edges) - 1
            regrouped: dict[tuple[int, int], list[OcrWord]] = defaultdict(list)
            for w in everything:
                cell = grid.cell_of(w)
                if cell is not None:
                    regrouped[cell].append(w)
            cells = regrouped
    if ncols < 2:
        return []  # a framed box of text, not a table: the caller treats it as running text
    rows: list[Line] = []
    for ri in range(len(grid.rows) - 1):
        texts = tuple(_cell_text(cells.get((ri, ci), []), body) for ci in range(ncols))
        if any(texts):
            rows.append(Line(page=page, text=" | ".join(texts), cells=texts, table=table_id))
    return rows


def _visual_lines(words: Sequence[OcrWord], body: float) -> list[list[OcrWord]]:
    """Words grouped into visual lines by vertical position, each sorted left to right."""
    lines: list[list[OcrWord]] = []
    for w in sorted(words, key=lambda w: (w.cy, w.left)):
        if lines and abs(w.cy - _centre(lines[-1])) <= max(body * 0.45, 4):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def _centre(line: Sequence[OcrWord]) -> float:
    return sum(w.cy for w in line) / len(line)


def _cell_text(words: Sequence[OcrWord], body: float) -> str:
    return join_lines(_line_text(line, body) for line in _visual_lines(words, body))


def _line_text(line: Sequence[OcrWord], body: float) -> str:
    texts = [w.text for w in line]
    first = line[0]
    tiny = first.height < 0.5 * body and first.width < 0.5 * body
    if len(line) > 1 and tiny and not any(ch.isalnum() for ch in first.text):
        texts[0] = "•"  # a small mark before the text is a bullet, whatever OCR read it as
    return " ".join(texts)


def _paragraphs(
    page: int, words: Sequence[OcrWord], body: float, page_height: float
) -> list[_Item]:
    """Tesseract's lines of running text, joined into paragraphs when they belong to the same
    Tesseract paragraph, share a heading level and the next one does not start a new item."""
    by_line: dict[tuple[int, int, int], list[OcrWord]] = defaultdict(list)
    for w in words:
        by_line[(w.block, w.par, w.line)].append(w)
    items: list[_Item] = []
    current_key: tuple[int, int] | None = None
    current: list[str] = []
    current_level = 0
    for key, line_words in sorted(by_line.items(), key=lambda kv: min(w.top for w in kv[1])):
        line_words.sort(key=lambda w: w.left)
        top = min(w.top for w in line_words)
        bottom = max(w.bottom for w in line_words)
        text = _line_text(line_words, body)
        in_margin = top < page_height * MARGIN_BAND or bottom > page_height * (1 - MARGIN_BAND)
        if in_margin and _PAGE_NUMBER.match(text):
            continue
        level = _heading_level(max(w.height for w in line_words), body)
        par_key = key[:2]
        starts_item = bool(starts_list_item(text) or _NUMBERED_START.match(text))
        if current and par_key == current_key and level == current_level and not starts_item:
            current.append(text)
            items[-1].lines[-1] = Line(page=page, text=join_lines(current), heading=level)
            continue
        current_key, current, current_level = par_key, [text], level
        items.append(_Item(top, line_words[0].left, [Line(page=page, text=text, heading=level)]))
    return items


def _heading_level(height: float, body: float) -> int:
    if body <= 0:
        return 0
    ratio = height / body
    for threshold, level in HEADING_RATIOS:
        if ratio >= threshold:
            return level
    return 0
