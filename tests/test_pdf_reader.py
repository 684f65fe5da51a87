"""The PDF reader on real PDFs rendered from the corpus text (tests/pdfgen.py), and sniffing."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from ingest.pdf import (
    normalise_header,
    read_pdf,
    read_pdf_and_scan,
    scan_pages,
    text_layer_quality,
)
from ingest.sniff import sniff
from ingest.source import IngestError, Line, SourceDocument
from models.folding import join_lines
from tests.pdfgen import (
    RUNNING_HEADER,
    STOCKHOLM_PLAN_TXT,
    build_blank_pdf,
    build_cell_lines_pdf,
    build_cut_row_pdf,
    build_encrypted_pdf,
    build_partly_scanned_pdf,
    build_plan_pdf,
    build_scanned_pdf,
    build_stockholm_plan_pdf,
    build_symbol_garbage_pdf,
    build_text_pdf,
    plan_blocks,
    stockholm_rows,
    truncate_pdf,
)

ROW_NUMBER = re.compile(r"^(\d+\.\d+)\s")
GOAL_HEADING = re.compile(r"^MÅL \d+:")


@pytest.fixture(scope="module")
def source_rows() -> dict[str, list[str]]:
    return stockholm_rows()


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> SourceDocument:
    pdf = build_stockholm_plan_pdf(tmp_path_factory.mktemp("plan") / "stockholm.pdf")
    return read_pdf(pdf, "sha-plan")


def action_rows(doc: SourceDocument) -> list[Line]:
    return [ln for ln in doc.lines if ln.is_row and ROW_NUMBER.match(ln.cells[0])]


# --------------------------------------------------------------------------- the Stockholm plan


def test_document_basics(plan: SourceDocument) -> None:
    assert plan.media_type == "pdf" and plan.text_source == "pdf"
    assert plan.pages >= 8
    assert plan.sha256 == "sha-plan"
    assert plan.warnings == []
    assert [ln.page for ln in plan.lines] == sorted(ln.page for ln in plan.lines)


def test_goal_headings_are_heading_lines(plan: SourceDocument) -> None:
    text = STOCKHOLM_PLAN_TXT.read_text(encoding="utf-8")
    expected = [
        b.text for b in plan_blocks(text) if b.kind == "heading" and GOAL_HEADING.match(b.text)
    ]
    goals = [ln for ln in plan.lines if GOAL_HEADING.match(ln.text)]
    assert len(expected) == 8
    assert [ln.text for ln in goals] == expected  # wrapped headings come out as one line
    assert all(ln.heading == 2 and ln.bold and not ln.is_row for ln in goals)
    inledning = next(ln for ln in plan.lines if ln.text == "INLEDNING")
    assert inledning.heading == 1


def test_every_action_row_once_with_source_cells(
    plan: SourceDocument, source_rows: dict[str, list[str]]
) -> None:
    rows = action_rows(plan)
    numbers = [ROW_NUMBER.match(ln.cells[0]).group(1) for ln in rows]  # type: ignore[union-attr]
    assert len(source_rows) == 41
    assert numbers == list(source_rows)  # 1.1 … 8.5, in order, no duplicates
    for ln in rows:
        number = ROW_NUMBER.match(ln.cells[0]).group(1)  # type: ignore[union-attr]
        assert len(ln.cells) == 4
        assert list(ln.cells) == source_rows[number], number
        assert ln.text == " | ".join(ln.cells)
    row_41 = next(ln for ln in rows if ln.cells[0].startswith("4.1 "))
    assert row_41.cells[1] == (
        "Länsstyrelsen och Region Stockholm i samverkan med regionkoordinatorerna mot "
        "prostitution och människohandel samt länets kommuner"
    )


def test_tables_merged_over_pages_with_one_header_each(plan: SourceDocument) -> None:
    rows = [ln for ln in plan.lines if ln.is_row]
    tables = sorted({ln.table for ln in rows if ln.table is not None})
    assert tables == list(range(1, 9))
    assert all(ln.table is not None for ln in rows)
    spanning = 0
    for table in tables:
        members = [ln for ln in rows if ln.table == table]
        headers = [ln for ln in members if not ROW_NUMBER.match(ln.cells[0])]
        assert headers == [members[0]], f"table {table}: {[h.text for h in headers]}"
        assert normalise_header(headers[0].cells[0]) == "ACTION"
        goal = {ln.cells[0].split(".")[0] for ln in members[1:]}
        assert goal == {str(table)}
        spanning += len({ln.page for ln in members}) > 1
    assert spanning >= 2  # the fixture really splits tables over pages
    # header rows keep the source's own variants and typos
    assert rows[0].cells == ("ÅTGÄRD 2020–2022", "ANSVARIG", "UPPFÖLJNING/INDIKATORER", "FREKVENNS")


def test_table_text_not_repeated_as_running_text(
    plan: SourceDocument, source_rows: dict[str, list[str]]
) -> None:
    running = "\n".join(ln.text for ln in plan.lines if not ln.is_row)
    assert "Vid handlingsplanens slut" not in running
    assert "UPPFÖLJNING/INDIKATOR" not in running
    for cells in source_rows.values():
        for cell in cells:
            if len(cell) > 25:
                assert cell not in running


def test_running_header_and_page_numbers_removed(plan: SourceDocument) -> None:
    texts = [ln.text for ln in plan.lines]
    assert RUNNING_HEADER not in texts
    assert not [t for t in texts if t.strip().isdigit()]


def test_bullets_and_paragraphs(plan: SourceDocument) -> None:
    start = next(i for i, ln in enumerate(plan.lines) if ln.text.startswith("MÅL 1:"))
    assert plan.lines[start + 1].text == "För att nå dit behöver följande vara på plats:"
    bullets = [ln.text for ln in plan.lines[start + 2 : start + 5]]
    assert bullets[0] == (
        "• Kunskap finns om universella våldsförebyggande metoder och arbetssätt inom "
        "myndigheters och aktörers organisationer."
    )
    assert all(b.startswith("• ") for b in bullets)
    assert plan.lines[start + 5].is_row


def test_tables_each_on_their_own_page_stay_apart(
    tmp_path: Path, source_rows: dict[str, list[str]]
) -> None:
    text = STOCKHOLM_PLAN_TXT.read_text(encoding="utf-8")
    first_goals = text[: text.index("## MÅL 4:")]  # goals 1-3 keep the test quick
    doc = read_pdf(build_plan_pdf(tmp_path / "whole.pdf", first_goals, split_table=False), "x")
    rows = action_rows(doc)
    expected = [cells for number, cells in source_rows.items() if number[0] in "123"]
    assert [list(ln.cells) for ln in rows] == expected
    for table in (1, 2, 3):
        members = [ln for ln in doc.lines if ln.table == table]
        assert len({ln.page for ln in members}) == 1
        assert {ln.cells[0][0] for ln in members[1:]} == {str(table)}
    assert len({ln.table for ln in doc.lines if ln.is_row}) == 3


@pytest.mark.parametrize("empty_first_cell", [False, True])
def test_row_cut_by_page_break_is_rejoined(
    tmp_path: Path, source_rows: dict[str, list[str]], empty_first_cell: bool
) -> None:
    pdf = build_cut_row_pdf(tmp_path / "cut.pdf", empty_first_cell=empty_first_cell)
    doc = read_pdf(pdf, "x")  # two pages: the running header cannot be told apart
    rows = [ln for ln in doc.lines if ln.is_row]
    assert [list(ln.cells) for ln in rows[1:]] == [
        source_rows["1.1"],
        source_rows["1.2"],
        source_rows["1.3"],
    ]
    assert {ln.table for ln in rows} == {1}
    assert [ln.page for ln in rows] == [1, 1, 1, 2]


# --------------------------------------------------------------------------- cells and headers


def test_cell_lines_dehyphenated_keeping_suspended_hyphens(tmp_path: Path) -> None:
    pdf = build_cell_lines_pdf(
        tmp_path / "cells.pdf",
        [
            ["Stöd till våld-", "sutsatta kvinnor"],
            ["Region Stockholm, hälso-", "och sjukvården"],
            ["Antal", "deltagare"],
        ],
    )
    rows = [ln for ln in read_pdf(pdf, "x").lines if ln.is_row]
    assert [ln.cells for ln in rows] == [
        (
            "Stöd till våldsutsatta kvinnor",
            "Region Stockholm, hälso- och sjukvården",
            "Antal deltagare",
        )
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["våld-", "sutsatta"], "våldsutsatta"),
        (["hälso-", "och sjukvård"], "hälso- och sjukvård"),
        (["barn-", "eller ungdomsvård"], "barn- eller ungdomsvård"),
        (["FoU-", "enheten"], "FoU-enheten"),
        (["Origo –", "Resurscentrum"], "Origo – Resurscentrum"),
        (["  Antal   konferenser/", "seminarier "], "Antal konferenser/ seminarier"),
        (["sam\u00ad", "verkan"], "samverkan"),
        (["", "ensam"], "ensam"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("ÅTGÄRD 2020–2022", "ACTION"),
        ("ÅTGÄRD", "ACTION"),
        ("Åtgärder", "ACTION"),
        ("ANSVARIG", "RESPONSIBLE"),
        ("Ansvarig aktör", "RESPONSIBLE"),
        ("UPPFÖLJNING/INDIKATORER", "INDICATOR"),
        ("UPPFÖLJNING/ INDIKATORER", "INDICATOR"),
        ("UPPFÖLJNING/INDIKATOR", "INDICATOR"),
        ("INDIKATORER/UPPFÖLJNING", "INDICATOR"),
        ("FREKVENS", "FREQUENCY"),
        ("FREKVENNS", "FREQUENCY"),  # one letter wrong in a long header word
        ("DELMÅL", "AREA"),
        ("EXEMPEL PÅ AKTIVITETER", "ACTION"),
        ("  Tidsplan\n 2020 ", "TIMEFRAME"),
        ("Samverkanspart", "PARTNER"),
        ("Antal åtgärder som genomförts i länet", "ANTAL ÅTGÄRDER SOM GENOMFÖRTS I LÄNET"),
    ],
)
def test_normalise_header(cell: str, name: str) -> None:
    assert normalise_header(cell) == name


# --------------------------------------------------------------------------- OCR hand-off


def test_scan_pages_finds_the_image_only_page(tmp_path: Path) -> None:
    src = build_cut_row_pdf(tmp_path / "src.pdf")
    mixed = build_partly_scanned_pdf(src, tmp_path / "mixed.pdf", scanned=(2,))
    assert scan_pages(src) == []
    assert scan_pages(mixed) == [2]
    doc, ocr = read_pdf_and_scan(mixed, "x")
    assert ocr == [2]
    assert doc.ocr_pages == (2,)  # what the pipeline hands to the OCR stage
    assert {ln.page for ln in doc.lines} == {1}
    assert doc.warnings == ["page 2 has no usable text layer (needs OCR)"]


def test_scan_pages_on_scans_garbage_and_blank_pages(tmp_path: Path) -> None:
    src = build_text_pdf(tmp_path / "text.pdf", [["Länsstyrelsen samordnar arbetet mot våld."]])
    assert scan_pages(build_scanned_pdf(src, tmp_path / "scan.pdf", dpi=100)) == [1]
    assert scan_pages(build_symbol_garbage_pdf(tmp_path / "junk.pdf")) == [1]
    assert scan_pages(build_blank_pdf(tmp_path / "blank.pdf", pages=2)) == []
    assert scan_pages(src) == []


def test_text_layer_quality() -> None:
    assert text_layer_quality("Handlingsplan mot våld 2020–2022") > 0.9
    assert text_layer_quality("(cid:12)(cid:34)(cid:56) (cid:7)(cid:8) av") < 0.3
    assert text_layer_quality("#$%& ()*+ ,-./ :;<=") == 0.0
    assert text_layer_quality("   ") == 0.0


# --------------------------------------------------------------------------- bad input


def test_password_protected(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="^PDF is password-protected$"):
        read_pdf(build_encrypted_pdf(tmp_path / "enc.pdf"), "x")
    with pytest.raises(IngestError, match="password-protected"):
        scan_pages(tmp_path / "enc.pdf")
    # only an owner password (no password needed to open): readable
    owner_only = build_encrypted_pdf(tmp_path / "owner.pdf", user_password="")
    assert [ln.text for ln in read_pdf(owner_only, "x").lines] == ["Hemlig handlingsplan mot våld"]


def test_truncated_and_damaged(tmp_path: Path) -> None:
    src = build_text_pdf(tmp_path / "ok.pdf", [["Rad ett"], ["Rad två"]])
    with pytest.raises(IngestError, match="^PDF is damaged or truncated: "):
        read_pdf(truncate_pdf(src, tmp_path / "cut.pdf"), "x")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n1 0 obj << /Nothing here >> endobj\ntrailer\n%%EOF\n")
    with pytest.raises(IngestError, match="^PDF is damaged or truncated: "):
        read_pdf(junk, "x")
    corrupt = tmp_path / "corrupt.pdf"
    data = bytearray(src.read_bytes())
    data[200:-200] = bytes(len(data) - 400)
    corrupt.write_bytes(bytes(data))
    with pytest.raises(IngestError, match="^PDF is damaged or truncated: "):
        read_pdf(corrupt, "x")


def test_zero_pages_and_too_many_pages(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="^PDF has no pages$"):
        read_pdf(build_blank_pdf(tmp_path / "zero.pdf", pages=0), "x")
    three = build_blank_pdf(tmp_path / "three.pdf", pages=3)
    with pytest.raises(IngestError, match="^PDF has 3 pages, more than the limit of 2$"):
        read_pdf(three, "x", max_pages=2)
    assert read_pdf(three, "x", max_pages=3).pages == 3


# --------------------------------------------------------------------------- sniffing


def test_sniff_pdf(tmp_path: Path) -> None:
    pdf = build_text_pdf(tmp_path / "a.txt", [["hej"]]).read_bytes()  # extension lies
    assert sniff(pdf) == "pdf"
    assert sniff(codecs.BOM_UTF8 + b"\r\n  " + pdf) == "pdf"
    assert sniff(b"\x00" * 500 + pdf) == "pdf"
    assert sniff(b"Se bilagan: %PDF-1.4 finns inte.\n") == "text"
    assert sniff(b" " * 2000 + pdf) != "pdf"  # header must be in the first 1024 bytes


def test_sniff_text_and_binary() -> None:
    swedish = "Våld i nära relation – åtgärder för länets kommuner.\n" * 50
    assert sniff(swedish.encode("utf-8")) == "text"
    assert sniff(codecs.BOM_UTF8 + swedish.encode("utf-8")) == "text"
    assert sniff(swedish.replace("–", "-").encode("cp1252")) == "text"
    assert sniff(swedish.encode("latin-1", errors="replace")) == "text"
    assert sniff(swedish.encode("utf-16")) == "text"
    assert sniff(swedish.encode("utf-8")[:-1] + "ö".encode()[:1]) == "text"  # cut mid-char
    assert sniff(STOCKHOLM_PLAN_TXT.read_bytes()) == "text"
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))) == "binary"
    assert sniff(b"PK\x03\x04" + bytes(range(256)) * 4) == "binary"
    assert sniff(bytes(range(0x80, 0xA0)) * 20) == "binary"  # C1 controls are not text
    assert sniff(b"") == "text"
