"""The structure stage: any reader's Lines → one document Outline (ingest/outline.py).

Readers differ in what they already know. PDF, DOCX and HTML readers give one Line per
paragraph with heading levels from fonts or styles; text dumps give visual lines separated by
blank lines, and headings only from Markdown markup or from how a line looks. This stage turns
both into the same blocks:

- headings with a level (from the reader, from numbering "2.1", from goal words "Mål 3" /
  "Delmål 3.2" / "Insatsområde 4", from a short line standing alone in a text dump);
- list items with their number or bullet; labelled fields ("Ansvarig: ..."); paragraphs;
- tables with a role per column from their header row (a continued table without its header
  takes the previous table's roles);
- table-of-contents lines dropped; every block gets the role of its section (plan proper,
  not plan: background, knowledge review, statistics, follow-up, appendix).

The vocabulary is data: models/data/outline.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ingest.outline import (
    APPENDIX,
    FIELD,
    HEADING,
    ITEM,
    NOT_PLAN,
    PARAGRAPH,
    PLAN,
    TABLE,
    TOC,
    Block,
    Outline,
    Row,
)
from ingest.running import drop_running_lines_in
from ingest.source import Line
from models.folding import join_lines, leading_bullet, strip_bullet
from models.outline_vocabulary import (
    GoalWord,
    Vocabulary,
    normalise,
    starts_with_phrase,
    vocabulary,
)

_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\))?\s+(?=\S)")
# an agreement's or a regulation's sections: "§ 4 Gemensamma åtaganden"
_SECTION_SIGN = re.compile(r"^§\s*(\d{1,2})\.?\s+(?=\S)")
# a measure that opens with its label and number: "Insats 1.1 ...", "Åtgärd 3: ..."
# a measure under its own label and number: "Insats 1.1", "Åtgärd 3:4", "Aktivitet A1.2"
_ACTION_LABEL = re.compile(
    r"^([A-Za-zÅÄÖåäöé]+)\s+([A-Z]{0,2}\d{1,2}(?:[.:]\d{1,2}){0,3})\.?(?:\s*[:–—-])?\s+(?=\S)"
)
_LETTERED = re.compile(r"^\(?([a-zåäö])\)\s+(?=\S)|^([a-zåäö])\.\s+(?=[A-ZÅÄÖ])")
_FIELD = re.compile(r"^([A-Za-zÅÄÖåäöé][\w /&-]{0,40}?)\s*:\s*(.*)$", re.S)
_TOC_LINE = re.compile(
    r"^(.{2,}?)\s*(?:(?:\.{%d,}|…{2,}|(?:\s?\.){4,})\s*\d{0,3}|\s{3,}\d{1,3})\s*$"
)
_TOC_TAIL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-ZÅÄÖ][^.]{2,160}?\s+\d{1,3}$")
_SENTENCE_END = (".", "!", "?", ";", ",")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")  # a sentence ends inside the text


def build_outline(lines: Sequence[Line], *, pages: int = 0, paragraphs: bool = False) -> Outline:
    """The outline of a document's lines. `paragraphs` says the reader already gives one Line per
    paragraph (PDF, DOCX, HTML); otherwise lines are visual lines of a text dump and blank lines
    separate paragraphs."""
    vocab = vocabulary()
    toc = re.compile(_TOC_LINE.pattern % vocab.min_leader_dots)
    blocks: list[Block] = []
    if not paragraphs:  # a text dump: its running headers and footers are no part of the plan
        lines = drop_running_lines_in(lines)
    for unit in _units(lines, paragraphs, vocab, toc):
        blocks.append(unit)
    blocks = _merge_continuations(_merge_field_values(blocks))
    blocks = _linearised_tables(_split_fields(blocks, vocab), vocab)
    _assign_table_roles(blocks, vocab)
    _assign_sections(blocks, vocab)
    return Outline(blocks=blocks, pages=pages or max((b.page for b in blocks), default=0))


# ------------------------------------------------------------------------------ units


def _units(
    lines: Sequence[Line], paragraphs: bool, vocab: Vocabulary, toc: re.Pattern[str]
) -> Iterator[Block]:
    """Blocks in reading order: tables from runs of rows, and one block per paragraph, item,
    field or heading."""
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.cells:
            j = i
            while (
                j < n
                and (lines[j].cells or not lines[j].text.strip())
                and (not lines[j].cells or lines[j].table == line.table)
            ):
                j += 1
            rows = [
                Row(cells=ln.cells, page=ln.page, raw=_raw_cells(ln))
                for ln in lines[i:j]
                if ln.cells
            ]
            yield Block(TABLE, "\n".join(" | ".join(r.cells) for r in rows), line.page, rows=rows)
            i = j
            continue
        if not line.text.strip():
            i += 1
            continue
        if toc.match(line.text.strip()):
            i += 1
            continue
        if paragraphs:
            yield _classify([line], vocab, alone=True, styled=True)
            i += 1
            continue
        # a text dump: a group of non-blank lines, split where an item, field or heading starts
        j = i
        while j < n and lines[j].text.strip() and not lines[j].cells:
            j += 1
        group = [ln for ln in lines[i:j] if not toc.match(ln.text.strip())]
        yield from _split_group(group, vocab)
        i = j


def _raw_cells(line: Line) -> tuple[str, ...] | None:
    if line.raw is None:
        return None
    cells = tuple(c.strip() for c in line.raw.split("|"))
    return cells if len(cells) == len(line.cells) else None


def _starts_unit(line: Line, vocab: Vocabulary) -> bool:
    text = line.text.strip()
    return bool(
        line.heading
        or leading_bullet(text)
        or _NUMBERED.match(text)
        or _LETTERED.match(text)
        or _field_match(text, vocab)
        or _goal_word_heading(text, vocab)
    )


def _split_group(group: list[Line], vocab: Vocabulary) -> Iterator[Block]:
    units: list[list[Line]] = []
    after_action_heading = False
    heading_left = 0  # lines of a heading printed straight above its paragraph still to take
    width = max((len(ln.text.strip()) for ln in group), default=0)  # the group's full lines
    for k, line in enumerate(group):
        if heading_left:
            units[-1].append(line)
            heading_left -= 1
            if not heading_left:
                units.append([])  # the paragraph below the heading starts a unit of its own
            continue
        if not units or not units[-1] or _ends_sentence(group[k - 1]):
            head = _heading_lines_at(group, k, vocab, width)
            if head:
                if units and not units[-1]:
                    units.pop()
                units.append([line])
                heading_left = head - 1
                if not heading_left:
                    units.append([])
                continue
        if units and not units[-1]:
            units[-1].append(line)
            after_action_heading = False
            continue
        # "Åtgärder" on a line of its own, with the measures on the lines right below it
        text = line.text.strip()
        first = next((ch for ch in text if ch.isalpha()), "")
        action_heading = (
            len(text.split()) <= 7
            and first.isupper()
            and not text.endswith((".", ",", ";"))
            and vocab.action_heading(text)
        )
        if (
            not units
            or action_heading
            or after_action_heading
            or _starts_unit(line, vocab)
            or units[-1][-1].heading != line.heading
        ):
            units.append([line])
        else:
            units[-1].append(line)
        after_action_heading = action_heading
    units = _markdown_bullets(units)
    alone = len(units) == 1
    for k, unit in enumerate(units):
        next_unit = units[k + 1] if k + 1 < len(units) else None
        yield _classify(unit, vocab, alone=alone or next_unit is not None, styled=False)


# words a line does not end with unless the sentence goes on in the next line
_CONTINUING_WORDS = frozenset(
    [
        "om",
        "och",
        "i",
        "för",
        "av",
        "till",
        "med",
        "på",
        "att",
        "som",
        "samt",
        "eller",
        "de",
        "det",
        "en",
        "ett",
        "den",
        "från",
        "mot",
        "vid",
        "inom",
        "under",
        "genom",
        "efter",
        "hos",
        "utan",
        "mellan",
    ]
)


def _markdown_bullets(units: list[list[Line]]) -> list[list[Line]]:
    """A '#' line whose text goes on in lower case on the next line is no Markdown heading
    (a heading is one line) but a list item whose bullet OCR read as '#'."""
    out: list[list[Line]] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev) == 1
            and prev[0].heading
            and not unit[0].heading
            and unit[0].text.strip()[:1].islower()
        ):
            first = prev[0]
            out[-1] = [replace(first, text="• " + first.text, heading=0), *unit]
            continue
        out.append(unit)
    return out


HEADING_LINE_MAX = 45  # characters of a text dump's heading line printed above its paragraph
HEADING_WIDTH_SHARE = 0.85  # a numbered heading line is shorter than this share of a full line


def _ends_sentence(line: Line) -> bool:
    return line.text.rstrip().endswith((".", "!", "?", ":"))


def _heading_lines_at(group: list[Line], k: int, vocab: Vocabulary, width: int) -> int:
    """How many lines from group[k] on are a heading printed straight above its paragraph (no
    blank line between) in a text dump: one or two short lines without final punctuation, the
    second continuing the first in lower case, then a line in upper case clearly wider than
    them. A numbered heading ("2. Våldsutsatta upptäcks tidigt") or one that opens with a goal
    word ("Målsättning 1 – ...") may be as long as any heading when its last line stays clearly
    shorter than the paragraph's full lines and the line below is at least as wide as its
    first (a wrapped list item fills its first line)."""
    for h in (1, 2):
        if len(group) <= k + h:
            return 0
        head, body = group[k : k + h], group[k + h].text.strip()
        texts = [ln.text.strip() for ln in head]
        if any(t.endswith((".", ",", ";", ":", "-")) for t in texts):
            return 0
        if leading_bullet(texts[0]) or _LETTERED.match(texts[0]) or _field_match(texts[0], vocab):
            return 0
        numbered = _NUMBERED.match(texts[0])
        title = texts[0][numbered.end() :] if numbered else texts[0]
        if numbered and title[:1].isdigit():
            return 0  # "1 124 anmälda brott": a number
        marked = bool(numbered) or _goal_word_heading(texts[0], vocab)
        longest = vocab.heading_max_chars if marked else HEADING_LINE_MAX
        if any(len(t) > longest for t in texts):
            return 0
        if not title[:1].isupper() or (h == 2 and not texts[1][:1].islower()):
            continue
        if texts[-1].split()[-1].lower() in _CONTINUING_WORDS:
            continue  # "Informationsinsatser om" goes on in the next line
        if not body[:1].isupper():
            continue
        if marked:
            # shorter than the group's full lines, and the line below at least as wide as it
            if len(texts[-1]) <= HEADING_WIDTH_SHARE * width and len(body) >= len(texts[0]):
                return h
        elif len(body) >= 1.4 * max(len(t) for t in texts):
            return h
    return 0


def _join(lines: Sequence[Line]) -> tuple[str, str | None]:
    text = join_lines(ln.text for ln in lines)
    if any(ln.raw is not None for ln in lines):
        return text, join_lines(ln.raw if ln.raw is not None else ln.text for ln in lines)
    return text, None


def _field_match(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(role, value) of a labelled line ("Ansvarig: Region Halland"), else None."""
    stripped = strip_bullet(text)
    m = _FIELD.match(stripped)
    if not m:
        return None
    role = vocab.field_role(m.group(1))
    if role is None:
        return None
    return role, m.group(2).strip()


def field_role_of(text: str, vocab: Vocabulary) -> str | None:
    """The role of a labelled line's label ("Ansvar: X" → responsible), else None."""
    found = _field_match(text.strip(), vocab)
    return found[0] if found else None


def goal_word(text: str, vocab: Vocabulary) -> tuple[GoalWord, str | None, str] | None:
    """(goal word, number, title) of a heading that starts with a goal word ("Mål 3: Title",
    "DELMÅL 2.1 Title", "Insatsområde 4 – Title", "Övergripande mål"), else None. A goal word
    followed by plain text without a number or separator ("Mål och åtgärder") is no goal."""
    norm = normalise(text)
    for word in vocab.goal_words:
        if not starts_with_phrase(norm, word.phrase):
            continue
        words = len(word.phrase.split())
        m = re.match(
            r"^\s*" + r"[\W_]*".join(r"\S+" for _ in range(words)) + r"\s*"
            r"(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}\b|[A-Z]\b)?\.?\s*([:.–—-]\s*)?(.*)$",
            strip_bullet(text.strip()),
            re.S,
        )
        if not m:
            continue
        number, separator, title = m.group(1), m.group(2), m.group(3).strip()
        if number is None and separator is None and title:
            continue  # "Mål och åtgärder", "Målgrupp ..."
        return word, number, title
    return None


def _goal_word_heading(text: str, vocab: Vocabulary) -> bool:
    found = goal_word(text.strip(), vocab)
    return found is not None and len(text) <= vocab.heading_max_chars * 2


def _looks_like_heading(text: str, vocab: Vocabulary) -> bool:
    """A short line standing alone that does not end like a sentence."""
    if len(text) > vocab.plain_max_chars or len(text.split()) > vocab.plain_max_words:
        return False
    if text.endswith(_SENTENCE_END):
        return False
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and (first.isupper() or text[0].isdigit())


def _classify(unit: list[Line], vocab: Vocabulary, *, alone: bool, styled: bool) -> Block:
    first = unit[0]
    text, raw = _join(unit)
    page, bold = first.page, any(ln.bold for ln in unit)
    field = _field_match(text, vocab)
    if field and (not first.heading or field[0] in MEASURE_FIELDS):
        role, value = field
        return Block(FIELD, text, page, label=role, value=value, raw=raw, bold=bold)
    heading_level = max((ln.heading for ln in unit), default=0)
    labelled = None if heading_level else _ACTION_LABEL.match(text)
    if labelled and normalise(labelled.group(1)) in vocab.fields.get("action", ()):
        # "Insats 1.1 Utbilda ...", "Åtgärd 3: Ta fram ...": a measure under its own label
        number = labelled.group(2)
        body = text[labelled.end() :]
        return Block(
            ITEM, body, page, level=number.count(".") + 1, number=number,
            label="action", raw=_strip(raw, _ACTION_LABEL), bold=bold,
        )  # fmt: skip
    numbered = _NUMBERED.match(text)
    number = numbered.group(1) if numbered else None
    if heading_level:
        return Block(HEADING, text, page, level=heading_level, number=number, raw=raw, bold=bold)
    if _goal_word_heading(text, vocab):
        return Block(HEADING, text, page, level=_plain_level(text, number), number=number, raw=raw)
    bullet = leading_bullet(text)
    if bullet:
        raw_item = strip_bullet(raw) if raw is not None else None
        return Block(ITEM, text[bullet.end() :], page, level=1, raw=raw_item, bold=bold)
    lettered = _LETTERED.match(text)
    if lettered:
        letter = lettered.group(1) or lettered.group(2)
        return Block(ITEM, text[lettered.end() :], page, level=2, number=letter, raw=raw)
    if numbered and not text[numbered.end() :][:1].isdigit():  # "1 124 anmälda": a number
        body = text[numbered.end() :]
        short = (
            _looks_like_heading(body, vocab) and len(unit) <= 3 and not _SENTENCE_BREAK.search(body)
        ) or (
            # a numbered heading wrapped over a narrow column's lines
            number.count(".") == 0
            and len(unit) <= 5
            and len(body) <= vocab.heading_max_chars
            and not body.endswith(_SENTENCE_END)
            and body[:1].isupper()
            and not _SENTENCE_BREAK.search(body)  # "... nybesök. Ansvar: X" is an item
            and not any(role in MEASURE_FIELDS for *_, role in _inner_labels(body, vocab))
        )
        if short and (alone or bold):
            return Block(HEADING, body, page, level=number.count(".") + 1, number=number, raw=raw)
        return Block(ITEM, body, page, level=number.count(".") + 1, number=number, raw=raw)
    norm = normalise(text)
    is_action_heading = vocab.action_heading(text)
    plain_heading = not styled and alone and len(unit) <= 2 and _looks_like_heading(text, vocab)
    if is_action_heading and (plain_heading or bold or len(norm.split()) <= 4):
        return Block(HEADING, text.rstrip(":"), page, level=_plain_level(text, None), raw=raw)
    if plain_heading or (styled and bold and _looks_like_heading(text, vocab)):
        return Block(HEADING, text, page, level=_plain_level(text, None), raw=raw, bold=bold)
    return Block(PARAGRAPH, text, page, raw=raw, bold=bold)


def _strip(raw: str | None, pattern: re.Pattern[str]) -> str | None:
    return pattern.sub("", raw, count=1) if raw is not None else None


def _plain_level(text: str, number: str | None) -> int:
    """The level of a heading no reader styled: from its number's depth, else 2 (upper case 1)."""
    if number:
        return number.count(".") + 1
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 3:
        return 1
    return 2


RUN_IN_HEADING_CHARS = 60  # a "heading" this long that a lower-case line continues is text


def _merge_continuations(blocks: list[Block]) -> list[Block]:
    """A paragraph that starts in lower case or with a parenthesis right after a paragraph or
    list item continues it (a line the reader split off: a column or page break)."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        first = block.text[:1]
        if (
            block.kind == HEADING
            and prev is not None
            and prev.kind == HEADING
            and prev.page == block.page
            and (
                prev.level == block.level
                or (_upper(prev.text) and _upper(block.text) and abs(prev.level - block.level) <= 1)
            )
            and not block.number
            and not goal_word(block.text, vocabulary())
            and (first.islower() or (_upper(prev.text) and _upper(block.text)))
            and not prev.text.endswith((".", ":", "!", "?"))
        ):
            prev.text = join_lines([prev.text, block.text])  # a heading wrapped over two lines
            continue
        if (
            block.kind == PARAGRAPH
            and prev is not None
            and prev.kind == HEADING
            and first.islower()
            and len(prev.text) >= RUN_IN_HEADING_CHARS
            and not prev.number
            and not goal_word(prev.text, vocabulary())
            and not prev.text.endswith((".", ":", "!", "?"))
        ):
            # a paragraph's first line taken for a heading (OCR's line heights): one paragraph
            out[-1] = Block(
                PARAGRAPH, join_lines([prev.text, block.text]), prev.page, raw=prev.raw,
                bold=prev.bold,
            )  # fmt: skip
            continue
        if (
            block.kind == PARAGRAPH
            and prev is not None
            and prev.kind in (PARAGRAPH, ITEM, FIELD)
            and (first == "(" or (first.islower() and not prev.text.endswith((".", "!", "?"))))
        ):
            prev.text = join_lines([prev.text, block.text])
            if prev.kind == FIELD:
                prev.value = join_lines([prev.value, block.text])
            if prev.raw is not None or block.raw is not None:
                prev.raw = join_lines([prev.raw or prev.text, block.raw or block.text])
            continue
        out.append(block)
    return out


def _upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 3 and all(ch.isupper() for ch in letters)


# labelled lines that describe a measure: a label styled like a heading is still a field
MEASURE_FIELDS = frozenset(
    ["responsible", "partner", "timeframe", "indicator", "frequency", "budget"]
)
_INNER_LABEL = re.compile(r"(?:(?<=[\s.;,])|^)((?:[A-ZÅÄÖ][\w/&-]*)(?:\s+[\w/&-]+){0,2})\s*:\s")


def _split_fields(blocks: list[Block], vocab: Vocabulary) -> list[Block]:
    """A field whose value holds the next labels ("Ansvar: X Samverkanspart: Y Tidsram: 2025",
    a card's lines joined into one paragraph, or "Ansvarig: X. Samverkan: Y." on one line) as
    one field per label."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == PARAGRAPH:
            out.extend(_paragraph_fields(block, vocab))
            continue
        cuts = _inner_labels(block.value, vocab) if block.kind == FIELD and block.value else []
        if not cuts:
            out.append(block)
            continue
        labels = [(block.text[: len(block.text) - len(block.value)], block.label)]
        labels += [(block.value[start:end], role) for start, end, role in cuts]
        bounds = [0] + [end for _, end, _ in cuts]
        ends = [start for start, _, _ in cuts] + [len(block.value)]
        for (label, role), start, end in zip(labels, bounds, ends, strict=True):
            value = block.value[start:end].strip(" .;,|")
            text = f"{label.strip()} {value}".strip()
            out.append(Block(FIELD, text, block.page, label=role, value=value, bold=block.bold))
    return out


def _paragraph_fields(block: Block, vocab: Vocabulary) -> list[Block]:
    """A paragraph whose last sentences are a measure's labelled lines ("Kommunen ska ... .
    Ansvar: Socialnämnden. Samverkan: Polisen.") as the paragraph and its fields."""
    cuts = [
        c for c in _inner_labels(block.text, vocab)
        if c[2] in MEASURE_FIELDS and c[0] > 0 and block.text[: c[0]].rstrip().endswith(".")
    ]  # fmt: skip
    if not cuts:
        return [block]
    head = block.text[: cuts[0][0]].rstrip()
    fields_text = block.text[cuts[0][0] :]
    label_end = cuts[0][1] - cuts[0][0]
    first = Block(
        FIELD, fields_text, block.page, label=cuts[0][2], value=fields_text[label_end:],
        bold=block.bold,
    )  # fmt: skip
    paragraph = Block(PARAGRAPH, head, block.page, bold=block.bold)
    return [paragraph, *_split_fields([first], vocab)]


def _inner_labels(value: str, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, role) of each known label inside a field's value, capitalised and after a
    space or punctuation; the longest run of words before the colon that is a label wins
    ("Ansvarig aktör")."""
    found = []
    for m in _INNER_LABEL.finditer(value):
        words = m.group(1).split()
        for k in range(len(words)):
            role = vocab.field_role(" ".join(words[k:]))
            if role is not None and words[k][:1].isupper():
                start = m.start(1) + (m.group(1).index(words[k]) if k else 0)
                found.append((start, m.end(), role))
                break
    return found


def _merge_field_values(blocks: list[Block]) -> list[Block]:
    """A field printed with its value on the next line ("Ansvarig:" / "Region Halland") gets
    the value."""
    out: list[Block] = []
    skip = False
    for k, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if block.kind == FIELD and not block.value and nxt and nxt.kind == PARAGRAPH:
            block.value = nxt.text
            block.text = f"{block.text} {nxt.text}"
            skip = True
        out.append(block)
    return out


# ------------------------------------------------------------------------------ tables

LINEARISED_CELL_MAX = 300  # characters: a longer paragraph is running text, not a cell


def _linearised_tables(blocks: list[Block], vocab: Vocabulary) -> list[Block]:
    """A table that OCR or a text converter turned into a sequence of paragraphs: its column
    headers each followed by one cell (header, cell, header, cell, ...), then the further rows
    as runs of one paragraph per column; or its headers in a run, then each row's cells; or
    column by column, each header followed by all of its column's cells (how OCR reads a table
    without rules). Rebuilt as a table; the rows end where a block is no paragraph or a
    paragraph is too long to be a cell."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        headers, cells = _header_cell_pairs(blocks, k, vocab)
        cell_like = _cell_like
        if len(headers) < 2:  # the headers in a run, then each row's cells in a run
            headers = _header_run(blocks, k, vocab)
            cell_like = _run_cell_like
            cells = blocks[k + len(headers) : k + 2 * len(headers)]
        n = len(headers)
        if n < 2 or len(cells) < n or not all(cell_like(b) for b in cells):
            by_column = _column_major(blocks, k, vocab)
            if by_column is not None:
                table, k = by_column
                out.append(table)
                continue
            out.append(blocks[k])
            k += 1
            continue
        body = [cells]
        j = k + 2 * n
        while j + n <= len(blocks) and all(cell_like(b) for b in blocks[j : j + n]):
            body.append(blocks[j : j + n])
            j += n
        out.append(_rebuilt_table(headers, body))
        k = j
    return out


def _rebuilt_table(headers: Sequence[Block], body: Sequence[Sequence[Block]]) -> Block:
    """A table block from its header blocks and its rows of cell blocks."""
    rows = [Row(tuple(h.text for h in headers), headers[0].page)]
    rows += [
        Row(tuple(c.text for c in cells), cells[0].page, raw=tuple(c.raw or c.text for c in cells))
        for cells in body
    ]
    text = "\n".join(" | ".join(r.cells) for r in rows)
    return Block(TABLE, text, headers[0].page, rows=rows)


def _column_major(blocks: list[Block], start: int, vocab: Vocabulary) -> tuple[Block, int] | None:
    """A table read column by column: a header ("Åtgärd") followed by its column's cells, then
    the next header and its cells, and so on. The first column's cells give the rows; a later
    column takes as many cells, and one with fewer (an empty cell leaves no trace) is left out,
    since its cells cannot be placed. (table, index after it), or None."""
    columns: list[tuple[Block, list[Block]]] = []
    j = start
    while j < len(blocks) and _column_header(blocks[j], vocab):
        header, cells = blocks[j], []
        j += 1
        while (
            j < len(blocks) and _run_cell_like(blocks[j]) and not _column_header(blocks[j], vocab)
        ):
            block = blocks[j]
            if cells and block.text[:1].islower():  # a cell's lines that OCR set apart
                prev = cells[-1]
                cells[-1] = Block(
                    PARAGRAPH, join_lines([prev.text, block.text]), prev.page,
                    raw=join_lines([prev.raw or prev.text, block.raw or block.text]),
                )  # fmt: skip
                j += 1
                continue
            if columns and len(cells) == len(columns[0][1]):
                break
            cells.append(block)
            j += 1
        if not cells:
            break
        columns.append((header, cells))
    if len(columns) < 2 or len(columns[0][1]) < 2:
        return None
    rows_n = len(columns[0][1])
    kept = [(h, cells) for h, cells in columns if len(cells) == rows_n]
    headers = [h for h, _cells in kept]
    if len(kept) < 2 or header_roles([h.text for h in headers], vocab) is None:
        return None
    body = [[column[r] for _h, column in kept] for r in range(rows_n)]
    return _rebuilt_table(headers, body), j


def _column_header(block: Block, vocab: Vocabulary) -> bool:
    """A short block naming a column's role ("Åtgärd", "Ansvarig"), not a numbered goal."""
    return (
        block.kind in (HEADING, PARAGRAPH)
        and len(block.text) <= 40
        and vocab.column_role(block.text) is not None
        and not _numbered_goal(block.text, vocab)
    )


def _header_cell_pairs(
    blocks: list[Block], start: int, vocab: Vocabulary
) -> tuple[list[Block], list[Block]]:
    headers: list[Block] = []
    cells: list[Block] = []
    k = start
    while k + 1 < len(blocks):
        header, cell = blocks[k], blocks[k + 1]
        if header.kind not in (HEADING, PARAGRAPH) or len(header.text) > 40:
            break
        if vocab.column_role(header.text) is None or not _cell_like(cell):
            break
        headers.append(header)
        cells.append(cell)
        k += 2
    if header_roles([h.text for h in headers], vocab) is None:
        return [], []
    return headers, cells


def _header_run(blocks: list[Block], start: int, vocab: Vocabulary) -> list[Block]:
    """A table's column headers as a run of short blocks one after another ("Åtgärd",
    "Ansvarig", "Samverkanspart", "Tidsplan"), as a text converter writes a table column by
    column within each row; [] when the run does not read as a table header."""
    run: list[Block] = []
    for block in blocks[start:]:
        if not _column_header(block, vocab):
            break  # ("Mål 1" after the headers is the first row's goal, not one more header)
        run.append(block)
    while len(run) >= 2 and header_roles([h.text for h in run], vocab) is None:
        run.pop()
    return run if len(run) >= 2 else []


def _numbered_goal(text: str, vocab: Vocabulary) -> bool:
    found = goal_word(text, vocab)
    return found is not None and found[1] is not None


def _cell_like(block: Block) -> bool:
    return block.kind == PARAGRAPH and len(block.text) <= LINEARISED_CELL_MAX


def _run_cell_like(block: Block) -> bool:
    """A cell of a table written row by row, one block per cell: a paragraph, or a line a text
    dump took for a heading ("Länsstyrelsen", "Våren 2024") that is no longer than a plain
    heading and has no number and no goal word."""
    if _cell_like(block):
        return True
    vocab = vocabulary()
    return (
        block.kind == HEADING
        and not block.number
        and len(block.text) <= vocab.plain_max_chars
        and goal_word(block.text, vocab) is None
    )


def _assign_table_roles(blocks: list[Block], vocab: Vocabulary) -> None:
    """Column roles from each table's header row; a header repeated inside a table (a table
    continued over a page) is dropped; a table without a header that has the same number of
    columns as the table before it continues it."""
    previous: Block | None = None
    for block in blocks:
        if block.kind != TABLE or not block.rows:
            continue
        header_at = next(
            (k for k, row in enumerate(block.rows[:3]) if header_roles(row.cells, vocab)), None
        )
        if header_at is not None:
            header = block.rows[header_at]
            block.roles = header_roles(header.cells, vocab) or ()
            key = tuple(normalise(c) for c in header.cells)
            block.rows = block.rows[header_at : header_at + 1] + [
                r
                for r in block.rows[header_at + 1 :]
                if tuple(normalise(c) for c in r.cells) != key
            ]
            block.number = "header"
            _second_header_row(block, vocab)
        elif previous is not None and _width(previous) == _width(block):
            block.roles = previous.roles
        previous = block if block.roles else previous


def _width(block: Block) -> int:
    return max((len(r.cells) for r in block.rows), default=0)


def header_roles(cells: Sequence[str], vocab: Vocabulary) -> tuple[str | None, ...] | None:
    """Roles of a header row, or None when the row is no header: at least two cells name a
    role, one of them says what is done (action) or who does it (responsible), and no cell is
    long running text."""
    if len(cells) < 2 or any(len(c) > 60 for c in cells):
        return None
    roles = [vocab.column_role(c) for c in _spanned_headers(cells, vocab)]
    named = [r for r in roles if r]
    if len(named) < 2 or len(set(named)) < 2:
        return None
    if "action" not in named:
        if "responsible" not in named:
            return None
        # the first unnamed column before the responsible one says what is done
        for k, role in enumerate(roles):
            if role is None and cells[k].strip():
                roles[k] = "action"
                break
        else:
            return None
    return tuple(roles)


def _spanned_headers(cells: Sequence[str], vocab: Vocabulary) -> list[str]:
    """A header of two rows read as one: a cell over the columns to its right that are empty
    ("Ansvar Huvudansvarig Medverkande" | "") holds the spanning title and, at its end, one
    title per column it spans; each column gets its own title when every one names a role."""
    out = list(cells)
    k = 0
    while k < len(out):
        span = 0
        while k + span + 1 < len(out) and not out[k + span + 1].strip():
            span += 1
        words = out[k].split()
        if span and len(words) > span + 1:
            titles = words[-(span + 1) :]
            if all(vocab.column_role(t) for t in titles):
                out[k : k + span + 1] = titles
        k += span + 1
    return out


def _second_header_row(block: Block, vocab: Vocabulary) -> None:
    """The row under a header whose filled cells (two or more, a few words each) all name who
    or when ("" | "Huvudansvarig" | "Medverkande") is the header's second row: its titles take
    over the columns they name."""
    if len(block.rows) < 2:
        return
    cells = block.rows[1].cells
    named = [(k, vocab.column_role(c)) for k, c in enumerate(cells) if c.strip()]
    if len(named) < 2 or any(role in (None, "area", "action") for _, role in named):
        return  # a goal row ("Mål 2 – ...") or a measure is no header
    if any(len(cells[k].split()) > 3 for k, _ in named):
        return
    roles = list(block.roles) + [None] * (len(cells) - len(block.roles))
    for k, role in named:
        roles[k] = role
    block.roles = tuple(roles)
    block.rows = block.rows[:1] + block.rows[2:]


# ------------------------------------------------------------------------------ sections


def split_number(text: str) -> tuple[str | None, str]:
    """(printed number, text without it) of a heading, item or cell ("2.1 Title" → ("2.1",
    "Title")); (None, text) when it has none."""
    found = _NUMBERED.match(text) or _SECTION_SIGN.match(text)
    if found is None:
        return None, text.strip()
    return found.group(1), text[found.end() :].strip()


def strip_number(text: str) -> str:
    """A heading's or item's text without its printed number ("2.1 Title" → "Title")."""
    return split_number(text)[1]


def heading_role(block: Block, vocab: Vocabulary) -> str | None:
    """The section role a heading names (TOC, NOT_PLAN, PLAN), or None when it names none."""
    norm = normalise(strip_number(block.text))
    appendix = next((p for p in vocab.appendix if starts_with_phrase(norm, p)), None)
    if appendix is not None:
        # "Bilaga 1 Aktivitetsplan": an appendix that holds the plan's own measures
        rest = norm[len(appendix) :].split()
        if rest and (rest[0].isdigit() or len(rest[0]) == 1):
            rest = rest[1:]
        named = " ".join(rest)
        if named and any(starts_with_phrase(named, p) for p in vocab.appendix_plan):
            return PLAN
        return APPENDIX
    if goal_word(block.text, vocab) or vocab.action_heading(norm):
        return PLAN
    if norm in ("innehall", "innehallsforteckning", "contents", "table of contents"):
        return TOC
    if any(starts_with_phrase(norm, p) for p in vocab.plan):
        return PLAN
    if any(starts_with_phrase(norm, p) for p in vocab.not_plan):
        return NOT_PLAN
    return None


def _assign_sections(blocks: list[Block], vocab: Vocabulary) -> None:
    stack: list[tuple[int, str]] = []  # (heading level, role) of the open sections
    toc_page: int | None = None  # the page of an open table of contents without page numbers
    multi_page = len({b.page for b in blocks}) > 1
    for block in blocks:
        in_toc = bool(stack) and stack[-1][1] == TOC
        numbered_entry = block.kind != TABLE and bool(_TOC_TAIL.match(block.text))
        if in_toc and (block.kind == TABLE or numbered_entry):
            toc_page = None  # its entries print page numbers: only such lines are entries
        entry = numbered_entry or (block.page == toc_page and _toc_like(block))
        if in_toc and block.kind != TABLE and entry:
            block.kind, block.section = "toc", TOC  # an entry of the table of contents
            continue
        if not in_toc:
            toc_page = None
        if block.kind == HEADING:
            role = heading_role(block, vocab)
            in_appendix = any(r == APPENDIX for _, r in stack)
            if in_appendix and (
                (role == PLAN and _quoted_goal(block, vocab))
                or (role is None and block.level >= _appendix_level(stack))
            ):
                # a goal an appendix quotes from another framework, or its own sub-heading:
                # an appendix ends only at a heading that names another section or is above it
                block.section = NOT_PLAN
                continue
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            if role == PLAN:
                stack = [(lvl, r) for lvl, r in stack if r == PLAN]
            if stack and stack[-1][1] == TOC and role is None:
                stack.pop()
            if role is not None:
                stack.append((block.level, role))
            if role == TOC and multi_page:
                toc_page = block.page
        elif block.label == "action" and stack and stack[-1][1] == NOT_PLAN:
            # a measure under its own label ("Insats 2.1 ...") ends a subsection that is no
            # plan ("Nuläge" inside a goal): what follows is the plan again
            stack = [(lvl, r) for lvl, r in stack if r == PLAN]
        role_now = stack[-1][1] if stack else PLAN
        block.section = NOT_PLAN if role_now == APPENDIX else role_now


def _appendix_level(stack: list[tuple[int, str]]) -> int:
    return next(level for level, role in stack if role == APPENDIX)


def _quoted_goal(block: Block, vocab: Vocabulary) -> bool:
    """A goal-word or action heading (not a heading that names the plan itself)."""
    norm = normalise(strip_number(block.text))
    return not any(starts_with_phrase(norm, p) for p in vocab.plan) or bool(
        goal_word(block.text, vocab)
    )


def _toc_like(block: Block) -> bool:
    """A short line without a full stop: on the page of a table of contents, an entry of it
    even when it prints no page number."""
    return len(block.text) <= 120 and not block.text.rstrip().endswith((".", "!", "?", ","))


def outline_text(outline: Outline) -> str:
    """A readable dump of an outline (`kvinnofrid outline FILE`)."""
    out = []
    for b in outline.blocks:
        tag = {
            HEADING: f"H{b.level}",
            ITEM: f"  •{b.level}",
            FIELD: f"  [{b.label}]",
            PARAGRAPH: "  ¶",
            TABLE: "  ▦",
        }.get(b.kind, b.kind)
        sec = {PLAN: " ", NOT_PLAN: "x", TOC: "t"}.get(b.section, "?")
        if b.kind == TABLE:
            out.append(f"{sec} p{b.page} {tag} roles={list(b.roles)}")
            out.extend(f"{sec} p{r.page}      | " + " | ".join(r.cells) for r in b.rows)
        else:
            num = f"{b.number} " if b.number else ""
            out.append(f"{sec} p{b.page} {tag} {num}{b.text[:140]}")
    return "\n".join(out)
