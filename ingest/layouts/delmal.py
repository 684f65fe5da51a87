"""The delmål-table layout: a plan organised by the four national objectives, each followed by
a three-column table DELMÅL | EXEMPEL PÅ AKTIVITETER | INDIKATORER/UPPFÖLJNING.

OCR turns such a table into a sequence of cells: the "DELMÅL" header line, the delmål cell,
the "EXEMPEL PÅ AKTIVITETER" header, the activity cell, the "INDIKATORER/UPPFÖLJNING" header,
the indicator cell, and then the further rows as three consecutive paragraphs (delmål,
activities, indicators) separated by blank lines. A PDF reader that keeps the table gives
rows with three cells instead; both shapes are read.

What this reader produces:
- the objective headings printed above the tables (in a narrow column, ending with a full stop)
  as level-1 goals "N1", "N2", ...; a table block (from a DELMÅL header to a page break) is put
  under the next heading not yet used, so two headings printed before one block and none before
  the next still give one heading per block, in order;
- every delmål as a level-2 goal "D1", "D2", ... (numbered through the document) under its
  objective heading;
- the activity cell of each delmål as ONE action "D<n>.1" (the cells list examples separated
  by commas, but commas also occur inside one activity, so a cell is not split), with the
  indicator cell as its `indicators`;
- a commitments section ("Hur vi uppfyller handlingsplanens delmål" / "X bidrar till att ...
  genom att" + bullets) as goal "L" with one action per bullet, responsible = X.

All marker phrases are data in models/data/layout_markers.toml, matched on folded text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.layouts import LayoutResult
from ingest.layouts.goal_markers import (
    bullet_of,
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
from models.folding import fold
from models.records import Action, Goal

NAME = "delmal"

GOAL_HDR = "goal_hdr"
ACT_HDR = "act_hdr"
IND_HDR = "ind_hdr"
ROW_HDR = "row_hdr"
ROW = "row"
PARA = "para"
GAP = "gap"


@dataclass
class _Token:
    kind: str
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return join_lines(ln.text for ln in self.lines)

    @property
    def page(self) -> int | None:
        return self.lines[0].page if self.lines else None


@dataclass
class _Cell:
    """One table cell, possibly spread over several paragraphs or wrapped lines."""

    lines: list[Line]
    texts: list[str] | None = None  # when taken from table-row cells rather than lines

    @property
    def text(self) -> str:
        if self.texts is not None:
            return join_lines(self.texts)
        return join_lines(ln.text for ln in self.lines)

    @property
    def raw(self) -> str | None:
        return None if self.texts is not None else raw_join(self.lines)

    @property
    def page(self) -> int | None:
        return self.lines[0].page if self.lines else None


@dataclass
class _Row:
    delmal: _Cell
    activities: _Cell
    indicators: _Cell
    confidence: float


def _cfg() -> dict:
    return markers()["delmal"]


def _header_kind(text: str) -> str | None:
    cfg = _cfg()
    if heading_matches(text, cfg["goal_header"]):
        return GOAL_HDR
    if heading_matches(text, cfg["activities_header"]):
        return ACT_HDR
    if heading_matches(text, cfg["indicators_header"]):
        return IND_HDR
    return None


def _is_header_row(line: Line) -> bool:
    if len(line.cells) < 3:
        return False
    return [_header_kind(c) for c in line.cells[:3]] == [GOAL_HDR, ACT_HDR, IND_HDR]


def _tokens(lines: Sequence[Line]) -> list[_Token]:
    """Lines → header markers, paragraphs, table rows and page/section gaps."""
    gap_len = _cfg()["block_break_blank_lines"]
    tokens: list[_Token] = []
    para: list[Line] = []
    blanks = 0

    def flush() -> None:
        nonlocal para
        if para:
            tokens.append(_Token(PARA, para))
            para = []

    for line in lines:
        if is_blank(line):
            flush()
            blanks += 1
            if blanks == gap_len:
                tokens.append(_Token(GAP))
            continue
        blanks = 0
        if line.is_row:
            flush()
            tokens.append(_Token(ROW_HDR if _is_header_row(line) else ROW, [line]))
            continue
        kind = _header_kind(line.text)
        if kind:
            flush()
            tokens.append(_Token(kind, [line]))
        else:
            para.append(line)
    flush()
    return tokens


def detect(lines: Sequence[Line]) -> float:
    """High when the DELMÅL / EXEMPEL PÅ AKTIVITETER / INDIKATORER headers are present."""
    counts = {GOAL_HDR: 0, ACT_HDR: 0, IND_HDR: 0}
    for tok in _tokens(lines):
        if tok.kind in counts:
            counts[tok.kind] += 1
        elif tok.kind == ROW_HDR:
            for kind in counts:
                counts[kind] += 1
    complete = min(counts.values())
    if complete == 0:
        return 0.0
    return min(0.95, 0.75 + 0.05 * complete)


# --------------------------------------------------------------------------- objective headings


def _objective_headings(preamble: list[_Token]) -> list[list[Line]]:
    """Headings printed in a narrow column above a table: short lines, wrapped over several
    lines (and sometimes over a blank line), starting with a capital and ending with "."."""
    max_chars = _cfg()["objective_heading_max_line_chars"]
    found: list[list[Line]] = []
    acc: list[Line] = []
    for para in preamble:
        if any(len(ln.text.strip()) > max_chars for ln in para.lines):
            acc = []  # body text or a long title: not part of a narrow heading
            continue
        for line in para.lines:
            text = line.text.strip()
            continues = acc and (text[0].islower() or acc[-1].text.rstrip().endswith("-"))
            if not continues:
                acc = []
                if not text[0].isupper():
                    continue
            acc.append(line)
            if text.endswith("."):
                if len(join_lines(ln.text for ln in acc).split()) >= 2:
                    found.append(acc)
                acc = []
    return found


# --------------------------------------------------------------------------- table blocks


def _read_block(tokens: list[_Token], start: int) -> tuple[int, list[_Row], list[str]]:
    """Read one table block starting at tokens[start] (a DELMÅL header or a header row).
    Returns the index after the block, its rows and warnings."""
    if tokens[start].kind == ROW_HDR:
        return _read_row_block(tokens, start)
    rows: list[_Row] = []
    warnings: list[str] = []
    i = start + 1
    cells: dict[str, list[Line]] = {GOAL_HDR: [], ACT_HDR: [], IND_HDR: []}
    current = GOAL_HDR
    # the first row: header, cell, header, cell, header, one paragraph
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == PARA:
            cells[current].extend(tok.lines)
            i += 1
            if current == IND_HDR:
                break
        elif (tok.kind, current) in ((ACT_HDR, GOAL_HDR), (IND_HDR, ACT_HDR)):
            current = tok.kind
            i += 1
        else:
            break
    if all(cells.values()):
        rows.append(_Row(*(_Cell(cells[k]) for k in (GOAL_HDR, ACT_HDR, IND_HDR)), 0.9))
    else:
        header = tokens[start].lines[0]
        warnings.append(f"delmål table on page {header.page}: incomplete first row, skipped")
    # further rows: three paragraphs each, until a page break or the next header
    paras: list[_Token] = []
    while i < len(tokens) and tokens[i].kind == PARA:
        paras.append(tokens[i])
        i += 1
    whole = len(paras) - len(paras) % 3
    for k in range(0, whole, 3):
        delmal, acts, inds = paras[k : k + 3]
        rows.append(_Row(_Cell(delmal.lines), _Cell(acts.lines), _Cell(inds.lines), 0.85))
    if whole < len(paras):
        left = paras[whole]
        warnings.append(
            f"delmål table on page {left.page}: {len(paras) - whole} paragraph(s) after the "
            f"last complete row not read ({snippet(left.text, 60)!r})"
        )
    return i, rows, warnings


def _read_row_block(tokens: list[_Token], start: int) -> tuple[int, list[_Row], list[str]]:
    rows: list[_Row] = []
    i = start + 1
    while i < len(tokens) and tokens[i].kind in (ROW, GAP):
        tok = tokens[i]
        i += 1
        if tok.kind == GAP:
            continue
        line = tok.lines[0]
        cells = [*line.cells[:3], "", "", ""][:3]
        if not cells[0].strip() and rows:  # a row continued over a page: append to the last
            last = rows[-1]
            for cell, extra in zip(
                (last.delmal, last.activities, last.indicators), cells, strict=True
            ):
                if extra.strip() and cell.texts is not None:
                    cell.texts.append(extra)
            continue
        if not cells[0].strip():
            continue
        rows.append(_Row(*(_Cell([line], [c]) for c in cells), 0.9))
    return i, rows, []


# --------------------------------------------------------------------------- commitments


def _starts_with(text: str, phrases: Sequence[str]) -> bool:
    norm = normalize(text)
    return any(norm.startswith(normalize(p)) for p in phrases)


def _responsible(lead_in: str) -> str | None:
    """The organisation named before "bidrar till att" (or another lead-in phrase)."""
    folded = fold(lead_in)
    for phrase in _cfg()["commitments_lead_in"]:
        pattern = r"\s+".join(re.escape(w) for w in phrase.split())
        m = re.search(rf"\b{pattern}\b", folded)
        if m and len(folded) == len(lead_in):
            who = lead_in[: m.start()].strip(" ,:")
            return who or None
    return None


def _commitments(lines: Sequence[Line], result: LayoutResult) -> None:
    cfg = _cfg()
    gap_len = cfg["block_break_blank_lines"]
    used = {g.key for g in result.goals}
    n = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.strip()
        if not (text and len(text) <= 80 and _starts_with(text, cfg["commitments_heading"])):
            i += 1
            continue
        # lead-in: the lines after the heading up to the first bullet or blank line
        j = i + 1
        lead: list[Line] = []
        while j < len(lines) and not is_blank(lines[j]) and not bullet_of(lines[j].text):
            lead.append(lines[j])
            j += 1
        items: list[list[Line]] = []
        blanks = 0
        while j < len(lines):
            cur = lines[j]
            if is_blank(cur):
                blanks += 1
                if blanks >= gap_len:
                    break
            elif bullet_of(cur.text):
                items.append([cur])
                blanks = 0
            elif items and blanks == 0:
                items[-1].append(cur)
            else:
                break
            j += 1
        if not items:
            i += 1
            continue
        n += 1
        key = "L" if n == 1 and "L" not in used else f"L{n}"
        lead_text = join_lines(ln.text for ln in lead)
        responsible = _responsible(lead_text) if lead_text else None
        result.goals.append(
            Goal(
                key=key,
                title=text,
                level=1,
                page=line.page,
                snippet=snippet(join_lines([text, lead_text])),
                confidence=0.9,
                raw_title=line.raw,
            )
        )
        for k, item in enumerate(items, start=1):
            item_text = join_lines([strip_bullet(item[0].text), *(ln.text for ln in item[1:])])
            raw = raw_join(item)
            result.actions.append(
                Action(
                    key=f"{key}.{k}",
                    text=item_text,
                    goal_key=key,
                    number=str(k),
                    responsible=responsible,
                    page=item[0].page,
                    snippet=snippet(item_text),
                    confidence=0.9 if responsible else 0.7,
                    raw_text=strip_bullet(raw) if raw else None,
                )
            )
        i = j


# --------------------------------------------------------------------------- extract


def extract(lines: Sequence[Line]) -> LayoutResult:
    result = LayoutResult(NAME)
    tokens = _tokens(lines)
    pending: deque[Goal] = deque()  # objective headings not yet given a table block
    objective: Goal | None = None
    preamble: list[_Token] = []
    n_objectives = 0
    n_delmal = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == GAP:
            preamble = []
            i += 1
            continue
        if tok.kind == PARA:
            preamble.append(tok)
            i += 1
            continue
        if tok.kind not in (GOAL_HDR, ROW_HDR):
            i += 1
            continue
        for heading in _objective_headings(preamble):
            n_objectives += 1
            title = join_lines(ln.text for ln in heading)
            goal = Goal(
                key=f"N{n_objectives}",
                title=title,
                number=str(n_objectives),
                level=1,
                page=heading[0].page,
                snippet=snippet(title),
                confidence=0.8,
                raw_title=raw_join(heading),
            )
            result.goals.append(goal)
            pending.append(goal)
        preamble = []
        if pending:
            objective = pending.popleft()
        i, rows, warnings = _read_block(tokens, i)
        result.warnings.extend(warnings)
        if objective is None and rows:
            result.warnings.append(
                f"delmål table on page {rows[0].delmal.page}: no objective heading above it"
            )
        for row in rows:
            n_delmal += 1
            key = f"D{n_delmal}"
            title = row.delmal.text
            result.goals.append(
                Goal(
                    key=key,
                    title=title,
                    number=str(n_delmal),
                    parent_key=objective.key if objective else None,
                    level=2,
                    page=row.delmal.page,
                    snippet=snippet(title),
                    confidence=row.confidence,
                    raw_title=row.delmal.raw,
                )
            )
            text = row.activities.text
            result.actions.append(
                Action(
                    key=f"{key}.1",
                    text=text,
                    goal_key=key,
                    number=f"{n_delmal}.1",
                    indicators=row.indicators.text or None,
                    page=row.activities.page,
                    snippet=snippet(text),
                    confidence=row.confidence,
                    raw_text=row.activities.raw,
                )
            )
    if pending:
        result.warnings.append(
            f"{len(pending)} objective heading(s) with no delmål table: "
            + "; ".join(g.title for g in pending)
        )
    _commitments(lines, result)
    return result
