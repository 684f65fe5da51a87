"""A PDF page's text layer through pdfium (pypdfium2): words with their boxes, font size and font
name, as pdfplumber's `extract_words(extra_attrs=["fontname", "size"])` gives them (top-left
origin, words split at spaces and at gaps wider than X_TOLERANCE), 20-80 times faster. And what
a page holds besides text: whether it has vector paths (ruling lines and cell borders that only
pdfplumber's table finder reads) and how much of it images cover."""

from __future__ import annotations

import ctypes
from typing import Any

_HYPHEN_MARKS = frozenset("\ufffe\x02")  # how pdfium hands out a hyphen ending a line
X_TOLERANCE = 3.0  # points: a wider gap between two characters on a line starts a new word
Y_TOLERANCE = 3.0  # points: characters whose tops differ more are on different lines


Word = dict[str, Any]  # pdfplumber's word: text, x0, x1, top, bottom, size, fontname


def _font(textpage: Any, index: int) -> tuple[float, str]:
    """Font size and name of one character."""
    import pypdfium2.raw as pdfium_c

    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int(0)
    length = pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 256, ctypes.byref(flags))
    name = buffer.raw[: max(0, length - 1)].decode("utf-8", "replace") if length else ""
    return float(pdfium_c.FPDFText_GetFontSize(textpage, index)), name


def page_words(page: Any) -> list[Word]:
    """The words of a pdfium page (pypdfium2.PdfPage) in pdfplumber's terms: boxes from the
    font's ascent and descent (pdfium's loose character boxes), top-left origin."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height()
    left, bottom, _right, _top = page.get_bbox()
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        count = pdfium_c.FPDFText_CountChars(raw)
        text = textpage.get_text_range(0, count, errors="replace") if count else ""
        if len(text) != count:  # characters outside the BMP: read them one by one
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i) or 32) for i in range(count))
        rect = pdfium_c.FS_RECTF()
        box = pdfium_c.FPDFText_GetLooseCharBox
        generated = pdfium_c.FPDFText_IsGenerated
        chars: list[tuple[str, float, float, float, float, int]] = []
        for i, ch in enumerate(text):
            if ch in _HYPHEN_MARKS:
                ch = "-"  # a hyphen at a line break
            if ch.isspace() and generated(raw, i):
                continue  # a space or line break pdfium inferred: the gaps decide, as in pdfplumber
            if ch.isspace() or ch in "\uffff\x00" or not box(raw, i, ctypes.byref(rect)):
                chars.append((" ", 0.0, 0.0, 0.0, 0.0, i))
                continue
            chars.append((
                ch, rect.left - left, rect.right - left,
                height - (rect.top - bottom), height - (rect.bottom - bottom), i,
            ))  # fmt: skip
        return _words(chars, lambda i: _font(raw, i))
    finally:
        textpage.close()


def _words(chars: list[tuple[str, float, float, float, float, int]],
           font: Any) -> list[Word]:  # fmt: skip
    """Characters (text, x0, x1, top, bottom, index) into words: split at spaces, at a gap wider
    than X_TOLERANCE, at a jump to another line; font size and name from the first character."""
    words: list[Word] = []
    current: list[tuple[str, float, float, float, float, int]] = []

    def flush() -> None:
        if current:
            size, name = font(current[0][5])
            bottom = max(c[4] for c in current)
            words.append(
                dict(
                    text="".join(c[0] for c in current),
                    x0=min(c[1] for c in current),
                    x1=max(c[2] for c in current),
                    # pdfminer's box: one font size high above the descent (pdfium's loose box
                    # reaches to the font's ascent, higher)
                    top=bottom - size if size > 0 else min(c[3] for c in current),
                    bottom=bottom,
                    size=size,
                    fontname=name,
                )
            )
            current.clear()

    for ch in chars:
        if ch[0] == " ":
            flush()
            continue
        if current:
            prev = current[-1]
            # bottoms (the font's descent) line up even where an accent raises a box's top
            if (
                abs(ch[4] - prev[4]) > Y_TOLERANCE
                or ch[1] - prev[2] > X_TOLERANCE
                or ch[2] < prev[1]
            ):
                flush()
        current.append(ch)
    flush()
    return _reading_order(words)


def _reading_order(words: list[Word]) -> list[Word]:
    """Words by line (tops within Y_TOLERANCE of the previous), left to right: pdfplumber's
    order."""
    ordered: list[Word] = []
    line: list[Word] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if line and word["top"] - line[-1]["top"] > Y_TOLERANCE:
            ordered.extend(sorted(line, key=lambda w: w["x0"]))
            line = []
        line.append(word)
    ordered.extend(sorted(line, key=lambda w: w["x0"]))
    return ordered


def has_paths(page: Any) -> bool:
    """Whether the page draws vector paths (ruling lines, cell borders, boxes)."""
    import pypdfium2.raw as pdfium_c

    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_PATH for obj in page.get_objects(max_depth=3))


def image_share(page: Any) -> float:
    """The share of the page covered by its largest image."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    area = max(width * height, 1.0)
    best = 0.0
    for obj in page.get_objects(max_depth=3):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        left, bottom, right, top = obj.get_bounds()
        w = max(0.0, min(right, width) - max(left, 0.0))
        h = max(0.0, min(top, height) - max(bottom, 0.0))
        best = max(best, w * h / area)
    return best


def page_edges(page: Any) -> list[dict[str, Any]]:
    """The horizontal and vertical straight segments of the page's vector paths, as
    pdfplumber's `page.edges` gives them (top-left origin), for its table finder: the ruling
    lines and cell borders of ruled tables, without parsing the page through pdfminer."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height()
    left, bottom, _right, _top = page.get_bbox()
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict[str, Any]] = []
    for obj in page.get_objects(max_depth=3):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        a, b, c, d, e, f = obj.get_matrix().get()
        raw = obj.raw
        points: list[tuple[float, float, int, bool]] = []
        for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(raw, i)
            if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                continue
            px, py = a * x.value + c * y.value + e - left, b * x.value + d * y.value + f - bottom
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            points.append((px, height - py, kind, bool(pdfium_c.FPDFPathSegment_GetClose(segment))))
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
        for px, py, kind, closes in points:
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or prev is None:
                start = prev = (px, py)
                continue
            if kind == pdfium_c.FPDF_SEGMENT_LINETO:
                _add_edge(edges, prev, (px, py))
            prev = (px, py)
            if closes and start is not None:
                _add_edge(edges, prev, start)
                prev = start
    return edges


def _add_edge(
    edges: list[dict[str, Any]], p0: tuple[float, float], p1: tuple[float, float]
) -> None:
    horizontal, vertical = abs(p0[1] - p1[1]) < 0.01, abs(p0[0] - p1[0]) < 0.01
    if horizontal == vertical:
        return  # a slanted segment, or a point: no ruling line
    x0, x1 = sorted((p0[0], p1[0]))
    top, bottom = sorted((p0[1], p1[1]))
    edges.append({
        "object_type": "curve_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
        "doctop": top, "width": x1 - x0, "height": bottom - top,
        "orientation": "h" if horizontal else "v",
    })  # fmt: skip


class EdgePage:
    """What pdfplumber's TableFinder reads of a page with the "lines" strategies: its edges and
    its box."""

    def __init__(self, page: Any) -> None:
        width, height = page.get_size()
        self.bbox = (0.0, 0.0, float(width), float(height))
        self.edges = page_edges(page)


def ruled_tables(page: Any, settings: dict[str, Any]) -> list[Any]:
    """pdfplumber's tables of a pdfium page, found from the page's path segments alone."""
    from pdfplumber.table import TableFinder, TableSettings

    return TableFinder(EdgePage(page), TableSettings.resolve(settings)).tables  # type: ignore[arg-type]
