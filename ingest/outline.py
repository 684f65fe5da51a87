"""The document outline: what every reader's lines become in the structure stage, and the only
thing the extractor reads. A flat sequence of blocks in reading order; headings carry a level,
so the tree is implied (a heading's section runs to the next heading of the same or a higher
level)."""

from __future__ import annotations

from dataclasses import dataclass, field

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"  # a list item (bullet, "a)", "1.", "1.1")
FIELD = "field"  # a labelled line: "Ansvarig: Region Halland"
TABLE = "table"

# section roles (of a heading and everything under it)
PLAN = "plan"  # the plan proper, or nothing says otherwise
NOT_PLAN = "not_plan"  # background, knowledge review, statistics, follow-up, appendix, ...
TOC = "toc"  # table of contents
APPENDIX = "appendix"  # an appendix, or goals quoted from other frameworks: not the plan


@dataclass
class Row:
    cells: tuple[str, ...]
    page: int
    raw: tuple[str, ...] | None = None  # before OCR repair, when repair changed it


@dataclass
class Block:
    kind: str
    text: str  # the block's text (a table: its rows joined, for snippets)
    page: int
    level: int = 0  # heading: 1 = top; item: list depth (1 = top)
    number: str | None = None  # heading or item number as printed ("2", "2.1", "a")
    label: str | None = None  # field: its role (responsible, partner, timeframe, ...)
    value: str = ""  # field: the text after the label
    rows: list[Row] = field(default_factory=list)  # table rows, header first when it has one
    roles: tuple[str | None, ...] = ()  # table: one role per column (None = no known role)
    section: str = PLAN  # the role of the section the block stands in
    raw: str | None = None  # the text before OCR repair, when repair changed it
    bold: bool = False

    @property
    def snippet(self) -> str:
        text = self.text
        return text if len(text) <= 300 else text[:299].rstrip() + "…"


@dataclass
class Outline:
    blocks: list[Block]
    pages: int = 0

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == HEADING]
