"""Layout readers: each knows one way plans are laid out (an action table, insatsområden with
development measures, a delmål table, a list of objectives) and turns Lines into goals and
actions. A layout is chosen by what the text looks like, never by file or county name.

Every layout module exposes:
    NAME: str
    detect(lines: Sequence[Line]) -> float   # 0..1, how clearly the text has this layout
    extract(lines: Sequence[Line]) -> LayoutResult
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.records import Action, Goal


@dataclass
class LayoutResult:
    name: str
    goals: list[Goal] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    # Text passages that name the document's participating organisations
    # ("Deltagande parter: ...", a steering group), as (page, text).
    participants: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
