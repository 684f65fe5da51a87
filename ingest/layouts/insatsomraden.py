"""Strategies laid out as numbered insatsområden ("1. Utveckla och stärk det våldsförebyggande
arbetet"), each with a paragraph and a marker ("Utvecklingsmöjligheter" / "Utvecklingsåtgärder",
also "Utvecklingsåtgärder, insatser och ansvar") followed by its development measures.

The same areas may be listed several times in one document (the strategy body, a yearly
handlingsplan, a summary leaflet). Every run of area headings numbered 1, 2, 3, ... is one
*section*; the measures of all sections are merged per area by fuzzy matching on folded text,
so each distinct measure becomes one Action (page and snippet from its first occurrence).
"Insats:" and "Ansvar:" lines, wherever they appear, are attached to the measure above them.

Measure blocks come in two shapes, told apart by their first line:
- bulleted: every measure starts with a bullet glyph (OCR renders bullets as "o", "e", "»",
  "«", "*", "•", "s", "®", "#", "=", ...); a measure continues until the next bullet, a blank
  line followed by a new sentence, or a heading;
- sentences: a measure is a paragraph without a bullet, optionally followed by "Insats:" and
  "Ansvar:" lines (the handlingsplan). Such a paragraph is kept only when it carries an
  Insats/Ansvar line or matches a measure of another section: text between blocks there is
  otherwise indistinguishable from measures (page furniture, garbled OCR).

An area split into target groups (several markers inside one area, each preceded by a short
heading such as "Barn som lever med våld i nära relationer") gets one child goal per group:
level 2, key "<area>a", "<area>b", ..., parent_key the area; its measures point to the child
goal and keep the area's numbering ("5.1" ... "5.8").

All matching is done on folded text (lowercase, no diacritics), so the layout works on raw OCR
output (no å/ä/ö) and on repaired text alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ingest.layouts import LayoutResult
from ingest.source import Line
from models.folding import fold
from models.records import Action, Goal

NAME = "insatsomraden"

SNIPPET_CHARS = 300
MATCH_THRESHOLD = 75.0  # similarity (0..100) for two versions of one measure
SUBGROUP_MATCH = 75.0  # similarity for two versions of one target-group heading

# "1. Utveckla ..." / "4, Bevara ..." (OCR reads the dot as a comma)
_AREA = re.compile(r"^(\d{1,2})[.,]\s+(\S.*)$")
# the marker word, on folded text, tolerant to the OCR's letter errors
_MARKER = re.compile(r"utvecklings\s?(?:m.{1,3}jligheter|.{1,2}g.{1,3}rder)")
_MARKER_WORDS = ("utvecklingsmojligheter", "utvecklingsatgarder")
_MARKER_TAIL = re.compile(r",\s*insatser\s+och\s+ansvar\s*$")
_LABEL = re.compile(r"^(in?sats|ansv\w{1,2}r)\s*[:;]\s*(.*)$")
_BOILERPLATE = re.compile(r"www\.|https?://|\w@\w|\b0\d{2,3}-\d{2,3} ?\d{2} ?\d{2}\b")
_BULLET_GLYPHS = "»«*•®#=¢&·▪■●◦–-~"
_BULLET_LETTERS = "oesx"
_BULLET = re.compile(
    rf"^(?:[{re.escape(_BULLET_GLYPHS)}]{{1,2}}\s*(?=\S)|[{_BULLET_LETTERS}]\s+(?=[^\W\d_]))"
)
_SUSPENDED_NEXT = {"och", "eller", "samt", "respektive", "resp", "som", "till"}
_CLOSERS = ".!?"
_WORD = re.compile(r"[^\W\d_]+")


# ---------------------------------------------------------------- line classification


@dataclass(frozen=True)
class _Row:
    index: int
    page: int
    text: str  # stripped
    kind: str  # blank | boiler | area | marker | label | bullet | caps | text
    body: str  # text without its bullet / number / label name
    number: int | None = None
    label: str | None = None  # "insats" | "ansvar"


def _strip_bullet(text: str) -> tuple[str, bool]:
    m = _BULLET.match(text)
    if not m:
        return text, False
    return text[m.end() :].strip(), True


def _is_marker(text: str) -> bool:
    folded = fold(text)
    words = folded.split()
    if not words or len(words) > 8:
        return False
    m = _MARKER.search(folded)
    if m and m.start() <= 3:
        return True
    if _MARKER_TAIL.search(folded):
        return True
    first = max(words[:2], key=len)
    return len(first) >= 15 and any(fuzz.ratio(first, w) >= 82 for w in _MARKER_WORDS)


def _is_caps(text: str) -> bool:
    words = _WORD.findall(text)
    return len(words) >= 2 and all(w.isupper() and len(w) >= 2 for w in words[:2])


def _classify(index: int, line: Line) -> _Row:
    text = line.text.strip()
    page = line.page
    if not text:
        return _Row(index, page, "", "blank", "")
    if _BOILERPLATE.search(text):
        return _Row(index, page, text, "boiler", text)
    area = _AREA.match(text)
    if area and area.group(2)[0].isupper() and len(text) <= 100:
        return _Row(index, page, text, "area", area.group(2).strip(), number=int(area.group(1)))
    if _is_marker(text):
        return _Row(index, page, text, "marker", text)
    body, bulleted = _strip_bullet(text)
    label = _LABEL.match(fold(body))
    if label:
        name = "insats" if label.group(1).startswith("i") else "ansvar"
        value = body[body.index(":") + 1 :].strip() if ":" in body else label.group(2)
        return _Row(index, page, text, "label", value, label=name)
    if bulleted:
        return _Row(index, page, text, "bullet", body)
    if _is_caps(text):
        return _Row(index, page, text, "caps", text)
    return _Row(index, page, text, "text", text)


def _rows(lines: Sequence[Line]) -> list[_Row]:
    return [_classify(i, ln) for i, ln in enumerate(lines)]


# ---------------------------------------------------------------- text helpers


def join_wrapped(left: str, right: str) -> str:
    """Join two wrapped lines: "valds-" + "utsatthet" -> "valdsutsatthet", but keep a
    suspended hyphen ("hälso-" + "och sjukvård" -> "hälso- och sjukvård")."""
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        first = fold(right.split()[0]).strip(",.;:")
        if first in _SUSPENDED_NEXT or not right[0].islower():
            return f"{left} {right}"
        return left[:-1] + right
    if left.endswith("/"):
        return left + right
    return f"{left} {right}"


def _is_closed(text: str) -> bool:
    """The text ends a sentence (quotes and brackets after the stop do not count)."""
    return text.rstrip().rstrip("\"”'’»)").endswith(tuple(_CLOSERS))


def _starts_lower(text: str) -> bool:
    return bool(text) and (text[0].islower() or text[0] in "(")


def normalise(text: str) -> str:
    """Folded text with punctuation removed, for comparing versions of one measure."""
    folded = fold(text).replace("-", "")
    return " ".join(re.findall(r"[^\W_]+", folded))


def similarity(a: str, b: str) -> float:
    """How alike two versions of a measure are (0..100), tolerant to OCR errors and to one
    version being a shortened form of the other."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    score = max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb))
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= 4 and len(short) >= 0.4 * len(long_):
        # a shortened version: the short one reads as the start of the long one
        score = max(score, 0.95 * fuzz.ratio(short, long_[: len(short)]))
    return score


def garble(text: str) -> float:
    """Share of the tokens that do not look like words (0 = clean, 1 = all noise)."""
    tokens = text.split()
    if not tokens:
        return 1.0
    wordlike = re.compile(r"^[(\"“”']?[^\W\d_]{2,}(?:[-/][^\W\d_]*)*[.,:;!?)\"”']*$|^\d[\d.,:-]*$")
    bad = sum(1 for t in tokens if not wordlike.match(t))
    return bad / len(tokens)


def plausible_measure(text: str) -> bool:
    long_words = [w for w in _WORD.findall(text) if len(w) >= 5]
    return len(long_words) >= 2 and garble(text) <= 0.35


# ---------------------------------------------------------------- structure


@dataclass
class _Item:
    text: str
    page: int
    first_row: int
    bulleted: bool
    insats: str | None = None
    responsible: str | None = None


@dataclass
class _Block:
    marker_row: int
    rows: list[_Row]
    heading: str | None = None  # target-group heading, when the area has several blocks
    heading_page: int | None = None
    items: list[_Item] = field(default_factory=list)


@dataclass
class _AreaOccurrence:
    number: int
    title: str
    page: int
    heading_row: int
    section: int
    blocks: list[_Block] = field(default_factory=list)


def _area_headings(rows: list[_Row]) -> list[list[_Row]]:
    """Runs of area headings numbered 1, 2, 3, ... (a number that does not continue the run and
    is not 1 is not an area heading). A "1." starts a new run: the next section."""
    runs: list[list[_Row]] = []
    for row in rows:
        if row.kind != "area" or row.number is None:
            continue
        if row.number == 1:
            runs.append([row])
        elif runs and row.number == (runs[-1][-1].number or 0) + 1:
            runs[-1].append(row)
    return runs


def _title(rows: list[_Row], start: int, end: int) -> tuple[str, int]:
    """The area title: the heading line plus wrapped continuation lines (which start in
    lowercase). Returns the title and the index of its last row."""
    title = rows[start].body
    last = start
    for i in range(start + 1, min(end, start + 4)):
        row = rows[i]
        if row.kind != "text" or not _starts_lower(row.text) or _is_closed(title):
            break
        title = join_wrapped(title, row.text)
        last = i
    return title, last


def _next_nonblank(rows: list[_Row], i: int, end: int) -> _Row | None:
    for j in range(i + 1, end):
        if rows[j].kind not in ("blank", "boiler"):
            return rows[j]
    return None


def _is_subheading(rows: list[_Row], i: int, end: int) -> bool:
    """A short standalone line naming a target group: after a blank line, not a sentence,
    followed by a marker or directly by a new sentence."""
    row = rows[i]
    if row.kind != "text" or not row.text[0].isupper():
        return False
    if i > 0 and rows[i - 1].kind not in ("blank", "boiler"):
        return False
    if row.text.rstrip().endswith((".", ",", ";", "-")) or len(row.text.split()) > 10:
        return False
    nxt = _next_nonblank(rows, i, end)
    if nxt is None:
        return False
    if nxt.kind == "marker":
        return True
    directly = i + 1 < end and rows[i + 1].kind == "text"
    return directly and rows[i + 1].text[0].isupper()


def _parse_items(block: _Block) -> int:
    """Fill block.items; returns the index of the last row consumed."""
    rows = [r for r in block.rows if r.kind != "boiler"]
    content = [r for r in rows if r.kind != "blank"]
    if not content:
        return block.marker_row
    bulleted = content[0].kind == "bullet"
    items: list[_Item] = []
    target: str | None = None  # "text" | "insats" | "ansvar": what a continuation extends
    prev_blank = False
    last = block.marker_row

    def current_text() -> str:
        item = items[-1]
        if target == "insats":
            return item.insats or ""
        if target == "ansvar":
            return item.responsible or ""
        return item.text

    def extend(value: str) -> None:
        item = items[-1]
        if target == "insats":
            item.insats = join_wrapped(item.insats or "", value)
        elif target == "ansvar":
            item.responsible = join_wrapped(item.responsible or "", value)
        else:
            item.text = join_wrapped(item.text, value)

    for row in rows:
        if row.kind == "blank":
            prev_blank = True
            continue
        if row.kind in ("area", "marker", "caps"):
            break
        if row.kind == "label":
            if not items:  # an Insats/Ansvar line with no measure above it
                continue
            target = row.label
            if target == "insats":
                items[-1].insats = join_wrapped(items[-1].insats or "", row.body)
            else:
                items[-1].responsible = join_wrapped(items[-1].responsible or "", row.body)
        elif row.kind == "bullet":
            items.append(_Item(row.body, row.page, row.index, True))
            target = "text"
        elif row.kind == "text":
            open_ = bool(items) and target is not None and not _is_closed(current_text())
            if open_ and (not prev_blank or _starts_lower(row.text)):
                extend(row.text)
            elif bulleted:
                break
            else:
                items.append(_Item(row.text, row.page, row.index, False))
                target = "text"
        last = row.index
        prev_blank = False
    block.items = items
    return last


def _area_occurrences(rows: list[_Row]) -> list[_AreaOccurrence]:
    runs = _area_headings(rows)
    starts = [run[0].index for run in runs] + [len(rows)]
    occurrences: list[_AreaOccurrence] = []
    for section, run in enumerate(runs):
        for k, head in enumerate(run):
            end = run[k + 1].index if k + 1 < len(run) else starts[section + 1]
            title, title_end = _title(rows, head.index, end)
            occ = _AreaOccurrence(head.number or 0, title, head.page, head.index, section)
            markers = [i for i in range(title_end + 1, end) if rows[i].kind == "marker"]
            for m, marker in enumerate(markers):
                stop = markers[m + 1] if m + 1 < len(markers) else end
                occ.blocks.append(_Block(marker, rows[marker + 1 : stop]))
            _assign_subgroups(rows, occ, title_end, end)
            occurrences.append(occ)
    return occurrences


def _assign_subgroups(rows: list[_Row], occ: _AreaOccurrence, title_end: int, end: int) -> None:
    """Parse each block's measures; when the area has several blocks, find each block's
    target-group heading (between the previous block's last measure and its marker)."""
    several = len(occ.blocks) > 1
    search_from = title_end + 1
    for k, block in enumerate(occ.blocks):
        if several:
            for i in range(search_from, block.marker_row):
                if _is_subheading(rows, i, end):
                    block.heading = rows[i].text.rstrip(":").strip()
                    block.heading_page = rows[i].page
                    break
        # the next block's heading, when it stands right above its marker, is not a measure
        if k + 1 < len(occ.blocks):
            nxt_marker = occ.blocks[k + 1].marker_row
            for i in range(nxt_marker - 1, block.marker_row, -1):
                if rows[i].kind in ("blank", "boiler"):
                    continue
                if several and _is_subheading(rows, i, end):
                    block.rows = [r for r in block.rows if r.index < i]
                break
        last = _parse_items(block)
        search_from = last + 1


# ---------------------------------------------------------------- merging


@dataclass
class _Measure:
    area: int
    group: int | None  # index of the target group within the area, if any
    items: list[tuple[int, _Item]] = field(default_factory=list)  # (section, item)

    @property
    def first(self) -> _Item:
        return self.items[0][1]


def _group_index(
    heading: str | None, position: int, groups: list[str], several: bool
) -> int | None:
    if not several:
        return None
    if heading:
        scores = [similarity(heading, g) for g in groups]
        if scores and max(scores) >= SUBGROUP_MATCH:
            return scores.index(max(scores))
    return position if position < len(groups) else None


def _merge(
    occurrences: list[_AreaOccurrence], warnings: list[str]
) -> tuple[list[_Measure], dict[int, list[tuple[str, int]]]]:
    """Merge the measures of all sections per area. Returns the measures and, per area, its
    target groups as (heading, page)."""
    measures: list[_Measure] = []
    groups: dict[int, list[tuple[str, int]]] = {}
    for occ in sorted(occurrences, key=lambda o: (o.section, o.heading_row)):
        known = groups.setdefault(occ.number, [])
        if not known and len(occ.blocks) > 1 and all(b.heading for b in occ.blocks):
            known.extend((b.heading or "", b.heading_page or occ.page) for b in occ.blocks)
        several = bool(known)
        candidates = [m for m in measures if m.area == occ.number]
        fresh: list[tuple[_Item, int | None]] = []
        for position, block in enumerate(occ.blocks):
            group = _group_index(block.heading, position, [g for g, _ in known], several)
            fresh.extend((item, group) for item in block.items)
        pairs = sorted(
            (
                (similarity(item.text, m.first.text), i, j)
                for i, (item, _) in enumerate(fresh)
                for j, m in enumerate(candidates)
            ),
            reverse=True,
        )
        taken_items: set[int] = set()
        taken_measures: set[int] = set()
        for score, i, j in pairs:
            if score < MATCH_THRESHOLD or i in taken_items or j in taken_measures:
                continue
            candidates[j].items.append((occ.section, fresh[i][0]))
            taken_items.add(i)
            taken_measures.add(j)
        for i, (item, group) in enumerate(fresh):
            if i in taken_items:
                continue
            labelled = bool(item.insats or item.responsible)
            if not plausible_measure(item.text) or not (item.bulleted or labelled):
                warnings.append(
                    f"p. {item.page}: skipped text under area {occ.number} that is no "
                    f"measure: {item.text[:60]!r}"
                )
                continue
            measures.append(_Measure(occ.number, group, [(occ.section, item)]))
    return measures, groups


# ---------------------------------------------------------------- the layout protocol


def detect(lines: Sequence[Line]) -> float:
    """High when numbered areas are followed by Utvecklingsmöjligheter/-åtgärder markers."""
    rows = _rows(lines)
    markers = sum(1 for r in rows if r.kind == "marker")
    if not markers:
        return 0.0
    occurrences = _area_occurrences(rows)
    if not occurrences:
        return min(0.3, 0.05 * markers)
    with_marker = sum(1 for occ in occurrences if occ.blocks)
    share = with_marker / len(occurrences)
    return round(min(1.0, with_marker / 5) * (0.4 + 0.6 * share), 3)


def extract(lines: Sequence[Line]) -> LayoutResult:
    result = LayoutResult(name=NAME)
    rows = _rows(lines)
    occurrences = _area_occurrences(rows)
    if not occurrences:
        result.warnings.append("no numbered insatsområden found")
        return result
    measures, groups = _merge(occurrences, result.warnings)
    sections_per_area: dict[int, set[int]] = {}
    for occ in occurrences:
        sections_per_area.setdefault(occ.number, set()).add(occ.section)

    first_occ: dict[int, _AreaOccurrence] = {}
    for occ in occurrences:
        first_occ.setdefault(occ.number, occ)
    for number in sorted(first_occ):
        occ = first_occ[number]
        key = str(number)
        result.goals.append(
            Goal(
                key=key,
                title=occ.title,
                number=key,
                level=1,
                page=occ.page,
                snippet=occ.title[:SNIPPET_CHARS],
                confidence=1.0 if len(sections_per_area[number]) > 1 else 0.8,
            )
        )
        for g, (heading, page) in enumerate(groups.get(number, [])):
            result.goals.append(
                Goal(
                    key=f"{number}{chr(ord('a') + g)}",
                    title=heading,
                    parent_key=key,
                    level=2,
                    page=page,
                    snippet=heading[:SNIPPET_CHARS],
                    confidence=0.9,
                )
            )

    counters: dict[int, int] = {}
    for measure in sorted(measures, key=lambda m: m.area):  # stable: keeps appearance order
        counters[measure.area] = counters.get(measure.area, 0) + 1
        number = f"{measure.area}.{counters[measure.area]}"
        goal_key = str(measure.area)
        if measure.group is not None:
            goal_key = f"{measure.area}{chr(ord('a') + measure.group)}"
        first = measure.first
        insats = next((it.insats for _, it in measure.items if it.insats), None)
        responsible = next((it.responsible for _, it in measure.items if it.responsible), None)
        seen = len({section for section, _ in measure.items})
        confidence = 0.95 if seen > 1 else 0.7
        confidence -= 0.5 * garble(first.text)
        result.actions.append(
            Action(
                key=number,
                text=first.text,
                goal_key=goal_key,
                number=number,
                responsible=responsible,
                insats=insats,
                page=first.page,
                snippet=first.text[:SNIPPET_CHARS],
                confidence=round(max(0.1, confidence), 2),
            )
        )
    return result
