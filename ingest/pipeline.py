"""One file → one ExtractedDocument: read (sniffed by content) → OCR repair → structure (one
outline) → extract (goals, actions) → agencies.
Never looks at other documents; raises IngestError with a plain message when the file cannot
be read."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ingest.meta import DocumentMeta, detect_meta
from ingest.source import IngestError, SourceDocument
from models.counties import county_by_code
from models.records import ROLE_PARTICIPANT, ExtractedDocument

MAX_FILE_BYTES = 200 * 1024 * 1024


def read_source(path: Path, *, ocr: bool = True, sha256: str | None = None) -> SourceDocument:
    """Read a file by what it contains (a PDF starts with %PDF; the extension is a hint only).
    `sha256`: the file's digest when the caller has it (the batch hashes each file once)."""
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
    sha = sha256 or hashlib.sha256(data).hexdigest()
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
        from ingest.text_reader import read_text

        return read_text(path, sha, data)
    raise IngestError("not a PDF, Word, HTML or text file (binary content)")


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
    from ingest.agencies import (
        as_own_municipality,
        defined_abbreviations,
        expand_abbreviations,
        find_agencies,
        split_responsible,
    )
    from ingest.repair import needs_repair, repair_lines

    raw_lines = source.lines
    lines = raw_lines
    repaired = needs_repair(raw_lines, ocr="ocr" in source.text_source)
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
    from ingest.extract import Extraction, extract_plan
    from ingest.structure import build_outline

    outline = build_outline(lines, pages=source.pages, paragraphs=source.media_type != "text")
    result = extract_plan(outline)
    if meta.kind == "lagesbild" and (result.goals or result.actions):
        # a situation report describes; the measures and goals it names are not its own plan
        result = Extraction(participants=result.participants, warnings=result.warnings)
        doc.warnings.append("a situation report (lägesbild): no plan of its own to extract")
    elif not result.goals and not result.actions:
        doc.warnings.append("no plan structure (goals/actions) recognised in the text")
    doc.layout = "outline"
    doc.goals = result.goals
    doc.actions = result.actions
    doc.warnings.extend(result.warnings)
    if meta.language == "sv":
        from ingest.quality import rate_items

        rate_items(doc.goals, doc.actions)
    abbreviations = defined_abbreviations("\n".join(line.text for line in lines))
    for action in doc.actions:
        if action.responsible:
            action.agencies = split_responsible(
                expand_abbreviations(action.responsible, abbreviations)
            )
            if doc.level == "kommun" and doc.municipality:
                action.agencies = as_own_municipality(action.agencies, doc.municipality)
    seen: set[str] = set()
    for _page, text in result.participants:
        for mention in find_agencies(text):
            if mention.name not in seen:
                seen.add(mention.name)
                doc.participants.append(replace(mention, role=ROLE_PARTICIPANT))
    return doc


def ingest_file(path: Path, *, ocr: bool = True, sha256: str | None = None) -> ExtractedDocument:
    """Read and extract one file. Raises IngestError (with a plain message) on bad input; a
    file without any text (blank PDF pages, only white space) is bad input, not a document
    without goals."""
    try:
        source = read_source(path, ocr=ocr, sha256=sha256)
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
