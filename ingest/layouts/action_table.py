"""Numbered goals ("MÅL 1: ...") each followed by an action table whose header row names the
columns ÅTGÄRD / ANSVARIG / UPPFÖLJNING/INDIKATORER / FREKVENS (in any of their printed
variants); every row is one action, numbered "1.1", "1.2", ..."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.columns import ANSVARIG, ATGARD, FREKVENS, INDIKATORER, header_columns
from ingest.layouts import LayoutResult
from ingest.source import Line
from models.records import Action, Goal

NAME = "action_table"

_GOAL = re.compile(r"^(?:mål|mal|målområde|malomrade)\s*(\d{1,2})\s*[:.–-]\s*(.+)$", re.I)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.*)$", re.S)
_LEADER = re.compile(r"\.{4,}")  # table-of-contents dot leaders


def detect(lines: Sequence[Line]) -> float:
    headers = sum(1 for ln in lines if ln.cells and header_columns(ln.cells))
    if not headers:
        return 0.0
    numbered_rows = sum(1 for ln in lines if ln.cells and _NUMBERED.match(ln.cells[0]))
    return min(1.0, 0.6 + 0.1 * headers + 0.01 * numbered_rows)


def _goal_heading(line: Line) -> re.Match[str] | None:
    if line.cells or _LEADER.search(line.text):
        return None
    return _GOAL.match(line.text.strip())


def _cell(cells: tuple[str, ...], columns: dict[str, int], name: str) -> str | None:
    i = columns.get(name)
    if i is None or i >= len(cells):
        return None
    value = re.sub(r"\s+", " ", cells[i]).strip()
    return value or None


def _continues_heading(line: Line, first: Line) -> bool:
    """A wrapped goal heading: the next line in the same style, not a table row or bullet."""
    text = line.text.strip()
    if not text or line.cells or text.startswith(("-", "•", "*")):
        return False
    if _goal_heading(line):
        return False
    same_style = line.heading and line.heading == first.heading
    return bool(same_style or (text.isupper() and first.text.isupper()))


def extract(lines: Sequence[Line]) -> LayoutResult:
    result = LayoutResult(name=NAME)
    goals: dict[str, Goal] = {}
    current_goal: Goal | None = None
    columns: dict[str, int] | None = None
    seen_numbers: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = _goal_heading(line)
        if heading:
            number, title = heading.group(1), heading.group(2).strip()
            j = i + 1
            while j < len(lines) and _continues_heading(lines[j], line):
                title += " " + lines[j].text.strip()
                j += 1
            key = number
            if key not in goals:
                goal = Goal(
                    key=key,
                    number=number,
                    title=title,
                    page=line.page,
                    snippet=(line.text.strip() + (" …" if j > i + 1 else ""))[:300],
                    confidence=1.0,
                )
                goals[key] = goal
                result.goals.append(goal)
            current_goal = goals[key]
            columns = None
            i = j
            continue
        if line.cells:
            header = header_columns(line.cells)
            if header:
                columns = header
            elif columns is not None:
                action = _row_action(line, columns, current_goal, goals, seen_numbers)
                if action:
                    result.actions.append(action)
        i += 1
    return result


def _row_action(
    line: Line,
    columns: dict[str, int],
    current_goal: Goal | None,
    goals: dict[str, Goal],
    seen: set[str],
) -> Action | None:
    text = _cell(line.cells, columns, ATGARD)
    if not text:
        return None
    number = None
    m = _NUMBERED.match(text)
    if m:
        number, text = m.group(1), m.group(2).strip()
    goal = current_goal
    if number and number.split(".")[0] in goals:
        goal = goals[number.split(".")[0]]
    key = number or f"{goal.key if goal else 'x'}.r{len(seen) + 1}"
    if key in seen:
        return None  # a repeated row (the same row printed twice over a page break)
    seen.add(key)
    responsible = _cell(line.cells, columns, ANSVARIG)
    indicators = _cell(line.cells, columns, INDIKATORER)
    frequency = _cell(line.cells, columns, FREKVENS)
    filled = sum(1 for v in (number, responsible, indicators, frequency) if v)
    return Action(
        key=key,
        text=text,
        goal_key=goal.key if goal else None,
        number=number,
        responsible=responsible,
        indicators=indicators,
        frequency=frequency,
        page=line.page,
        snippet=line.text[:300],
        confidence=round(0.6 + 0.1 * filled, 2),
    )
