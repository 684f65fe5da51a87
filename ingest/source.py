"""The common shape every reader produces: numbered lines of a document, some of them table
rows. Layout readers work on this and never care whether it came from a PDF or a text file."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    page: int  # 1-based page number
    text: str  # the line's text; for a table row the cells joined by " | "
    cells: tuple[str, ...] = ()  # non-empty for a table row: one string per column
    heading: int = 0  # 0 = body text; 1..3 = heading level when the source says so
    bold: bool = False
    table: int | None = None  # id of the table the row belongs to (rows of one table share it)
    raw: str | None = None  # the text before OCR repair, when repair changed it

    @property
    def is_row(self) -> bool:
        return bool(self.cells)


@dataclass
class SourceDocument:
    path: str
    sha256: str
    media_type: str  # "pdf" | "text"
    pages: int
    lines: list[Line]
    text_source: str = "text"  # text | pdf | ocr | pdf+ocr:<pages>
    ocr_pages: tuple[int, ...] = ()
    repaired: bool = False  # OCR repair was applied
    warnings: list[str] = field(default_factory=list)


class IngestError(Exception):
    """A file that cannot be ingested. The message names the problem in plain words;
    the caller adds the file name."""


class NeedsOCR(IngestError):
    """The file's pages have no usable text layer and Tesseract is not available."""
