"""The objectives-list layout: documents that state objectives but list no actions: a
presentation ("Long-term objective:" + one statement, "Sub-objectives:" + a numbered list) or a
declaration of intent ("Vision" + one sentence, "Deltagande parter" + the parties).

What this reader produces:
- each objective introduced by a single-objective heading ("Long-term objective", "Vision",
  "Övergripande mål", ...) as a level-1 goal keyed by the marker ("LT", "V", ...);
- each item of a numbered list introduced by a list heading ("Sub-objectives", "Delmål", ...)
  as a level-2 goal under the last single objective (level 1 when there is none), numbered as
  in the document;
- never any action;
- the passages naming participating organisations as (page, text) participants: the paragraph
  after "Deltagande parter", the organisation line under each name of a "Steering group", a
  sentence with "a cooperation between", the signatories' lines.

Marker phrases are data in models/data/layout_markers.toml, matched on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.layouts import LayoutResult
from ingest.layouts.goal_markers import (
    bullet_of,
    form_matches,
    heading_form,
    heading_matches,
    is_blank,
    join_lines,
    markers,
    normalize,
    raw_join,
    snippet,
    strip_bullet,
)
from ingest.source import Line
from models.records import Goal

NAME = "objectives_list"

_ITEM = re.compile(r"^(?:[-*•■»·–]\s*)?(?:\*\*)?(\d{1,2})[.)](?:\*\*)?\s+(.+)$")
_SENTENCE_END = (".", "!", "?")
_MAX_SCORE = 0.5


def _cfg() -> dict:
    return markers()["objectives_list"]


def _marker(text: str, entries: Sequence[dict]) -> dict | None:
    form = heading_form(text)
    if form is None:
        return None
    for entry in entries:
        if form_matches(form, [entry["phrase"]]):
            return entry
    return None


def _has_action_structure(lines: Sequence[Line]) -> bool:
    cfg = _cfg()
    labels = tuple(normalize(label) for label in cfg["action_labels"])
    for line in lines:
        texts = line.cells or (line.text,)
        for text in texts:
            if heading_matches(text, cfg["action_headings"]):
                return True
            head, colon, _rest = text.partition(":")
            if colon and normalize(head) in labels:
                return True
    return False


def detect(lines: Sequence[Line]) -> float:
    """Moderate (0.5) when objective headings exist and no action structure does; low when the
    document also has action tables or labelled measures (another layout reads it better)."""
    cfg = _cfg()
    entries = [*cfg["single"], *cfg["lists"]]
    found = sum(1 for ln in lines if not ln.is_row and _marker(ln.text, entries))
    if not found:
        return 0.0
    return 0.1 if _has_action_structure(lines) else _MAX_SCORE


# --------------------------------------------------------------------------- goals


def _statement(lines: Sequence[Line], start: int) -> tuple[list[Line], int]:
    """The objective statement after a heading: from the next non-blank line to the end of
    its paragraph or its first sentence-final line."""
    i = start
    while i < len(lines) and is_blank(lines[i]):
        i += 1
    taken: list[Line] = []
    while i < len(lines) and not is_blank(lines[i]):
        taken.append(lines[i])
        i += 1
        if taken[-1].text.rstrip().endswith(_SENTENCE_END):
            break
    return taken, i


def _numbered_items(lines: Sequence[Line], start: int) -> tuple[list[tuple[str, list[Line]]], int]:
    """Numbered items after a list heading ("- 1. ...", "- **2.** ..."); continuation lines
    directly under an item are part of it; the list ends at the first other text."""
    items: list[tuple[str, list[Line]]] = []
    i = start
    blanks = 0
    while i < len(lines):
        line = lines[i]
        if is_blank(line):
            blanks += 1
            i += 1
            continue
        m = _ITEM.match(line.text.strip())
        if m:
            items.append((m.group(1), [line]))
        elif items and blanks == 0:
            items[-1][1].append(line)
        else:
            break
        blanks = 0
        i += 1
    return items, i


def _item_text(lines: list[Line]) -> str:
    first = _ITEM.match(lines[0].text.strip())
    head = first.group(2) if first else lines[0].text
    return join_lines([head, *(ln.text for ln in lines[1:])]).replace("**", "").strip()


def _unique(key: str, used: set[str]) -> str:
    if key not in used:
        return key
    n = 2
    while f"{key}{n}" in used:
        n += 1
    return f"{key}{n}"


def _goals(lines: Sequence[Line], result: LayoutResult) -> None:
    cfg = _cfg()
    used: set[str] = set()
    parent: Goal | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.is_row or is_blank(line):
            i += 1
            continue
        single = _marker(line.text, cfg["single"])
        if single:
            taken, after = _statement(lines, i + 1)
            if taken and not _marker(taken[0].text, [*cfg["single"], *cfg["lists"]]):
                title = join_lines(ln.text for ln in taken)
                key = _unique(single["key"], used)
                used.add(key)
                parent = Goal(
                    key=key,
                    title=title,
                    level=1,
                    page=taken[0].page,
                    snippet=snippet(join_lines([line.text, title])),
                    confidence=0.85,
                    raw_title=raw_join(taken),
                )
                result.goals.append(parent)
                i = after
                continue
        listed = _marker(line.text, cfg["lists"])
        if listed:
            items, after = _numbered_items(lines, i + 1)
            for number, item in items:
                title = _item_text(item)
                base = f"{parent.key}." if parent else listed["key"]
                key = _unique(f"{base}{number}", used)
                used.add(key)
                result.goals.append(
                    Goal(
                        key=key,
                        title=title,
                        number=number,
                        parent_key=parent.key if parent else None,
                        level=2 if parent else 1,
                        page=item[0].page,
                        snippet=snippet(title),
                        confidence=0.85,
                        raw_title=raw_join(item),
                    )
                )
            if items:
                i = after
                continue
        i += 1


# --------------------------------------------------------------------------- participants


def _paragraph_after(lines: Sequence[Line], start: int) -> list[Line]:
    i = start
    while i < len(lines) and is_blank(lines[i]):
        i += 1
    para: list[Line] = []
    while i < len(lines) and not is_blank(lines[i]):
        para.append(lines[i])
        i += 1
    return para


def _looks_like_list(para: list[Line]) -> bool:
    """A paragraph naming parties (several lines, or commas, or a full stop), not a lone
    heading such as the next slide's title."""
    text = join_lines(ln.text for ln in para)
    return len(para) > 1 or "," in text or text.endswith(_SENTENCE_END)


def _groups(lines: Sequence[Line], start: int) -> list[Line]:
    """Under a steering-group heading: name lines, each followed by bullet lines; the last
    bullet of each name is the organisation. Ends at two text lines with no bullet between."""
    orgs: list[Line] = []
    bullets: list[Line] = []
    name_seen = False
    i = start
    while i < len(lines):
        line = lines[i]
        i += 1
        if is_blank(line):
            continue
        if bullet_of(line.text):
            if name_seen:
                bullets.append(line)
            continue
        text = line.text.strip()
        if bullets:
            orgs.append(bullets[-1])
            bullets = []
        elif name_seen:
            break  # a name (or heading) with no bullets under it: the list is over
        if len(text) > 60 or text.endswith(_SENTENCE_END):
            break
        name_seen = True
    if bullets:
        orgs.append(bullets[-1])
    return orgs


def _sentence_with(text: str, phrase: str) -> str | None:
    norm_phrase = normalize(phrase)
    if norm_phrase not in normalize(text):
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if norm_phrase in normalize(sentence):
            return sentence.strip()
    return None


def _signatures(lines: Sequence[Line], start: int) -> list[Line]:
    gap = markers()["objectives_list"]["block_break_blank_lines"]
    found: list[Line] = []
    blanks = 0
    for line in lines[start:]:
        if is_blank(line):
            blanks += 1
            if blanks >= gap:
                break
            continue
        blanks = 0
        if "," in line.text:
            found.append(line)
    return found


def _participants(lines: Sequence[Line], result: LayoutResult) -> None:
    entries = _cfg()["participants"]
    seen: set[tuple[int, str]] = set()

    def add(page: int, text: str) -> None:
        text = text.strip()
        if text and (page, text) not in seen:
            seen.add((page, text))
            result.participants.append((page, text))

    headings = [e for e in entries if e["form"] != "sentence"]
    sentences = [e for e in entries if e["form"] == "sentence"]
    for i, line in enumerate(lines):
        if is_blank(line) or line.is_row:
            continue
        heading = _marker(line.text, headings)
        if heading and heading["form"] == "paragraph":
            para = _paragraph_after(lines, i + 1)
            if para and _looks_like_list(para):
                add(para[0].page, join_lines(ln.text for ln in para))
        elif heading and heading["form"] == "groups":
            for org in _groups(lines, i + 1):
                add(org.page, strip_bullet(org.text))
        elif heading and heading["form"] == "signatures":
            for sig in _signatures(lines, i + 1):
                add(sig.page, sig.text)
        for entry in sentences:
            sentence = _sentence_with(line.text, entry["phrase"])
            if sentence:
                add(line.page, sentence)


def extract(lines: Sequence[Line]) -> LayoutResult:
    result = LayoutResult(NAME)
    _goals(lines, result)
    _participants(lines, result)
    if not result.goals:
        result.warnings.append("objectives-list layout: no objective statement found")
    return result
