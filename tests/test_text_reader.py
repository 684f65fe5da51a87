from pathlib import Path

import pytest

from ingest.source import IngestError
from ingest.text_reader import clean_markup, read_text, text_to_lines


def test_tab_rows_become_cells_and_markup_is_stripped() -> None:
    lines, pages = text_to_lines(
        "## MÅL 1: X\n\n<b>1.1 Gör något</b>\tLänsstyrelsen\tAntal\tÅrligen\n"
    )
    assert pages == 1
    heading = lines[0]
    assert heading.heading == 2 and heading.text == "MÅL 1: X"
    row = [ln for ln in lines if ln.cells][0]
    assert row.cells == ("1.1 Gör något", "Länsstyrelsen", "Antal", "Årligen")
    assert row.bold and row.table == 1


def test_form_feed_and_single_space_page_starts() -> None:
    lines, pages = text_to_lines("a\fb\fc")
    assert pages == 3 and [ln.page for ln in lines] == [1, 2, 3]
    lines, pages = text_to_lines(" first page\ntext\n second page\nmore\n  not a page (two spaces)")
    assert pages == 2
    assert [ln.page for ln in lines] == [1, 1, 2, 2, 2]


def test_markdown_links_and_footnotes() -> None:
    assert clean_markup("[www.x.se](http://www.x.se) och<sup>1</sup> **fet**") == (
        "www.x.se och fet",
        True,
    )


def test_empty_and_binary_text_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    with pytest.raises(IngestError, match="empty"):
        read_text(empty, "0", b"   \n\n")
    with pytest.raises(IngestError, match="binary"):
        read_text(empty, "0", b"abc\x00\x01\x02")


def test_windows_1252_text_is_read(tmp_path: Path) -> None:
    doc = read_text(tmp_path / "x.txt", "0", "Länsstyrelsen och våld".encode("cp1252"))
    assert doc.lines[0].text == "Länsstyrelsen och våld"
