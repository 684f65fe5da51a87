"""Tell what a file is from its content alone; the extension is never trusted."""

from __future__ import annotations

import codecs

PDF_MAGIC = b"%PDF-"
HEADER_WINDOW = 1024  # readers accept the %PDF header anywhere in the first 1024 bytes
SAMPLE_BYTES = 64 * 1024  # enough content to judge text from binary
MIN_PRINTABLE = 0.95  # share of printable characters a text file must reach

# (BOM, codec) of the Unicode encodings a text file may declare; UTF-32 first, since the
# UTF-32-LE BOM begins with the UTF-16-LE one.
UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOMS = tuple(bom for bom, _ in UNICODE_BOMS)


def bom_encoding(data: bytes) -> str | None:
    """The codec a leading byte-order mark declares (utf-32, utf-16, utf-8-sig), else None."""
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            return encoding
    return None


_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def sniff(data: bytes) -> str:
    """'pdf', 'docx', 'html', 'text' or 'binary' for a file's content."""
    if _is_pdf(data):
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx" if _is_docx(data) else "binary"
    if not _is_text(data[:SAMPLE_BYTES]):
        return "binary"
    return "html" if _is_html(data[:4096]) else "text"


def _is_docx(data: bytes) -> bool:
    """A ZIP that holds word/document.xml (a Word document, whatever its name says)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _is_html(head: bytes) -> bool:
    text = (
        head.decode(bom_encoding(head) or "utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    )
    return text.startswith(("<!doctype html", "<html")) or (
        text.startswith("<") and "<body" in text and "</" in text
    )


def _is_pdf(data: bytes) -> bool:
    at = data[:HEADER_WINDOW].find(PDF_MAGIC)
    if at < 0:
        return False
    prefix = data[:at]
    for bom in _BOMS:
        prefix = prefix.replace(bom, b"")
    prefix = prefix.strip(b" \t\r\n\f\v\x00")
    # A prefix that reads as text is a text file quoting "%PDF-", not a PDF.
    return not prefix or not _is_text(prefix)


def printable_ratio(text: str) -> float:
    """Share of characters that are printable or ordinary whitespace."""
    if not text:
        return 1.0
    good = sum(1 for ch in text if ch.isprintable() or ch in _TEXT_CONTROLS)
    return good / len(text)


def _is_text(sample: bytes) -> bool:
    if not sample:
        return True
    encoding = bom_encoding(sample)
    if encoding in {"utf-16", "utf-32"}:
        text = _decode_partial(sample, encoding)
        return text is not None and printable_ratio(text) >= MIN_PRINTABLE
    if b"\x00" in sample:
        return False
    text = _decode_partial(sample, "utf-8-sig")
    if text is None:
        try:
            text = sample.decode("cp1252")
        except UnicodeDecodeError:
            text = sample.decode("latin-1")
    return printable_ratio(text) >= MIN_PRINTABLE


def _decode_partial(sample: bytes, encoding: str) -> str | None:
    """Decode a sample that may end inside a multi-byte character; None if it is not valid."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        return decoder.decode(sample, final=False)
    except UnicodeDecodeError:
        return None
