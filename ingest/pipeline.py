"""One file → one ExtractedDocument: read (sniffed by content) → OCR repair → layout → agencies.
Never looks at other documents; raises IngestError with a plain message when the file cannot
be read."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from rapidfuzz import fuzz

from ingest.layouts import LayoutResult
from ingest.meta import DocumentMeta, detect_meta
from ingest.source import IngestError, Line, SourceDocument
from models.counties import county_by_code
from models.folding import fold
from models.records import ROLE_PARTICIPANT, ExtractedDocument

MAX_FILE_BYTES = 200 * 1024 * 1024
# A reader of one OCR-linearised layout the outline cannot yet recover (a two-column OCR dump
# whose bullets became letters, its measures repeated in a handlingsplan with Insats/Ansvar
# and a summary leaflet). Used only when it recognises its layout clearly; everything else
# goes through the structure stage and the outline extractor.
LAYOUT_MODULES = ("insatsomraden",)
MIN_LAYOUT_SCORE = 0.9


def layouts() -> list[ModuleType]:
    return [importlib.import_module(f"ingest.layouts.{name}") for name in LAYOUT_MODULES]


def read_source(path: Path, *, ocr: bool = True) -> SourceDocument:
    """Read a file by what it contains (a PDF starts with %PDF; the extension is a hint only)."""
    from ingest.sniff import sniff

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from None
    if size == 0:
        raise IngestError("file is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"file is {size // 2**20} MB, more than the limit of {MAX_FILE_BYTES // 2**20} MB"
        )
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    if kind == "pdf":
        from ingest.pdf import read_pdf

        source = read_pdf(path, sha)
        if source.ocr_pages and ocr:
            from ingest.ocr import ocr_pages

            source = ocr_pages(path, source)
        return source
    if kind == "docx":
        from ingest.docx_reader import read_docx

        return read_docx(path, sha)
    if kind == "html":
        from ingest.html_reader import read_html

        return read_html(path, sha, data)
    if kind == "text":
        from ingest.text import read_text

        return read_text(path, sha, data)
    raise IngestError("not a PDF, Word, HTML or text file (binary content)")


def choose_layout(lines: Sequence[Line]) -> tuple[ModuleType | None, float]:
    best: tuple[ModuleType | None, float] = (None, 0.0)
    for module in layouts():
        score = module.detect(lines)
        if score > best[1]:
            best = (module, score)
    return best if best[1] >= MIN_LAYOUT_SCORE else (None, best[1])


def _attach_raw(repaired: LayoutResult, raw: LayoutResult) -> None:
    """Keep the unrepaired wording beside the repaired one, matched by key."""
    raw_goals = {g.key: g.title for g in raw.goals}
    raw_actions = {a.key: a.text for a in raw.actions}
    for goal in repaired.goals:
        before = raw_goals.get(goal.key)
        if before and before != goal.title and fuzz.ratio(fold(before), fold(goal.title)) >= 70:
            goal.raw_title = before
    for action in repaired.actions:
        before = raw_actions.get(action.key)
        if before and before != action.text and fuzz.ratio(fold(before), fold(action.text)) >= 70:
            action.raw_text = before


_KIND_TITLES = {
    "strategi": "Strategi",
    "handlingsplan": "Handlingsplan",
    "avsiktsforklaring": "Avsiktsförklaring",
    "presentation": "Presentation",
}


def _fallback_title(meta: DocumentMeta) -> str | None:
    """A descriptive title for a document that prints none ("Handlingsplan, Kronoberg
    2018–2026"), from what was detected."""
    county = county_by_code(meta.county_code) if meta.county_code else None
    if meta.kind not in _KIND_TITLES or county is None:
        return None
    period = ""
    if meta.period_start:
        period = f" {meta.period_start}" + (f"–{meta.period_end}" if meta.period_end else "")
    return f"{_KIND_TITLES[meta.kind]}, {county.name}{period}"


def extract(source: SourceDocument) -> ExtractedDocument:
    """Structure and extract goals, actions and agencies from a read document."""
    from ingest.agencies import find_agencies, split_responsible
    from ingest.repair import needs_repair, repair_lines

    raw_lines = source.lines
    lines = raw_lines
    repaired = needs_repair(raw_lines)
    if repaired:
        lines = repair_lines(raw_lines)
    meta = detect_meta(lines)
    doc = ExtractedDocument(
        path=source.path,
        sha256=source.sha256,
        title=meta.title or _fallback_title(meta),
        county_code=meta.county_code,
        kind=meta.kind,
        level=meta.level,
        municipality=meta.municipality,
        period_start=meta.period_start,
        period_end=meta.period_end,
        language=meta.language,
        pages=source.pages,
        text_source=source.text_source + ("+repaired" if repaired else ""),
        warnings=list(source.warnings),
    )
    module, _score = choose_layout(lines)
    if module is None:
        result = _outline_result(source, lines)
    else:
        result = module.extract(lines)
        if repaired:
            _attach_raw(result, module.extract(raw_lines))
    if not result.goals and not result.actions:
        doc.warnings.append("no plan structure (goals/actions) recognised in the text")
    doc.layout = result.name
    doc.goals = result.goals
    doc.actions = result.actions
    doc.warnings.extend(result.warnings)
    for action in doc.actions:
        if action.responsible:
            action.agencies = split_responsible(action.responsible)
    seen: set[str] = set()
    for _page, text in result.participants:
        for mention in find_agencies(text):
            if mention.name not in seen:
                seen.add(mention.name)
                doc.participants.append(replace(mention, role=ROLE_PARTICIPANT))
    return doc


def _outline_result(source: SourceDocument, lines: Sequence[Line]) -> LayoutResult:
    """Goals and actions through the structure stage and the extractor."""
    from ingest.extract import extract_plan
    from ingest.structure import build_outline

    outline = build_outline(lines, pages=source.pages, paragraphs=source.media_type != "text")
    extraction = extract_plan(outline)
    return LayoutResult(
        name="outline",
        goals=extraction.goals,
        actions=extraction.actions,
        participants=extraction.participants,
        warnings=extraction.warnings,
    )


def ingest_file(path: Path, *, ocr: bool = True) -> ExtractedDocument:
    """Read and extract one file. Raises IngestError (with a plain message) on bad input; a
    file without any text (blank PDF pages, only white space) is bad input, not a document
    without goals."""
    try:
        source = read_source(path, ocr=ocr)
    except MemoryError:
        raise IngestError("file needs more memory than allowed to read") from None
    except RecursionError:
        raise IngestError("file structure is too deeply nested to read") from None
    if not any(line.text.strip() for line in source.lines):
        if source.media_type == "pdf":
            pages = "page is" if source.pages == 1 else f"{source.pages} pages are"
            raise IngestError(f"no text found: the PDF's {pages} blank or unreadable")
        raise IngestError("no text found: the file holds only white space")
    return extract(source)
