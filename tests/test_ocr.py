"""OCR: a page of the Stockholm plan rendered to an image and wrapped back into a PDF (no text
layer) comes back through Tesseract with its goal, its action table (rebuilt from the rules in
the image and the word positions) and å/ä/ö intact. The word-layout functions are also tested
on their own with synthetic input, and a missing Tesseract gives a clear NeedsOCR."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz

from ingest.ocr import ENV_BINARY, ocr_pages, tesseract_problem
from ingest.ocr_layout import Grid, OcrWord, find_grids, page_lines, parse_tsv, word_columns
from ingest.source import NeedsOCR, SourceDocument
from tests.conftest import run_cli
from tests.pdfgen import (
    build_partly_scanned_pdf,
    build_scanned_pdf,
    build_stockholm_plan_pdf,
    stockholm_rows,
)

needs_tesseract = pytest.mark.skipif(
    tesseract_problem() is not None,
    reason=f"Tesseract with Swedish is not available ({tesseract_problem()}); "
    "install with: apt-get install tesseract-ocr tesseract-ocr-swe",
)
GOAL_1 = "MYNDIGHETER OCH AKTÖRER ARBETAR VÅLDSFÖREBYGGANDE"
SWEDISH_WORD = re.compile(r"\w*[åäöÅÄÖ]\w*")


def _goal_page(pdf: Path, marker: str) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            if marker in (page.extract_text() or ""):
                return page.page_number
    raise AssertionError(f"{marker} not found in {pdf}")


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Stockholm plan as a text PDF, each goal with its table on its own page."""
    return build_stockholm_plan_pdf(tmp_path_factory.mktemp("plan") / "plan.pdf", split_table=False)


@pytest.fixture(scope="module")
def scanned_goal_1(plan_pdf: Path, tmp_path_factory: pytest.TempPathFactory):
    """MÅL 1's page as an image-only PDF, read through the real pipeline; with the seconds
    Tesseract took."""
    from ingest.pipeline import ingest_file

    page = _goal_page(plan_pdf, "MÅL 1:")
    scan = build_scanned_pdf(
        plan_pdf, tmp_path_factory.mktemp("scan") / "mal1_skannad.pdf", 200, pages=(page,)
    )
    start = time.monotonic()
    doc = ingest_file(scan)
    seconds = time.monotonic() - start
    print(f"\nOCR of one A4 page at 300 dpi through the pipeline: {seconds:.1f} s")
    return doc


# --------------------------------------------------------------------------- through Tesseract


@pytest.mark.ocr
@needs_tesseract
def test_scanned_action_table_comes_back_with_swedish_letters(scanned_goal_1) -> None:
    doc = scanned_goal_1
    # OCR'd Swedish is repaired even when it kept its å/ä/ö (misread letters remain)
    assert doc.text_source == "ocr+repaired"
    assert doc.layout == "outline"
    assert [g.title for g in doc.goals] == [GOAL_1]
    expected = {n: cells for n, cells in stockholm_rows().items() if n.startswith("1.")}
    got = {a.number: a for a in doc.actions}
    assert set(got) == set(expected)
    exact = 0
    for number, (action_cell, responsible, indicators, frequency) in expected.items():
        action = got[number]
        want = action_cell.removeprefix(number).strip()
        assert fuzz.ratio(action.text, want) >= 95, (action.text, want)
        exact += action.text == want
        assert action.responsible == responsible
        assert action.frequency == frequency
        assert fuzz.ratio(action.indicators or "", indicators) >= 90
        for word in SWEDISH_WORD.findall(" ".join((want, responsible, frequency))):
            assert word in f"{action.text} {action.responsible} {action.frequency}", word
        assert action.page == 1 and number in action.snippet
    assert exact >= 5, f"only {exact} of {len(expected)} action texts exactly as printed"


@pytest.mark.ocr
@needs_tesseract
def test_scanned_responsibility_splits_into_lead_and_partner(scanned_goal_1) -> None:
    first = next(a for a in scanned_goal_1.actions if a.number == "1.1")
    assert first.responsible == "Länsstyrelsen i samverkan med länets kommuner"
    assert {(m.name, m.role) for m in first.agencies} == {
        ("Länsstyrelsen", "lead"),
        ("Kommunerna", "partner"),
    }


@pytest.mark.ocr
@pytest.mark.slow
@needs_tesseract
def test_partly_scanned_plan_through_the_cli(plan_pdf: Path, tmp_path: Path) -> None:
    """A plan where one page is a scan: the CLI stores it with text_source naming that page,
    and the scanned page's actions are there beside the text pages' ones."""
    page = _goal_page(plan_pdf, "MÅL 1:")
    folder = tmp_path / "in"
    folder.mkdir()
    build_partly_scanned_pdf(plan_pdf, folder / "delvis_skannad.pdf", scanned=(page,), dpi=200)
    (folder / "delvis_skannad.scans.pdf").unlink()
    db = tmp_path / "k.db"
    result = run_cli("ingest", folder, "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"read with OCR: pdf+ocr:{page}" in result.stdout
    conn = sqlite3.connect(db)
    try:
        (source,) = conn.execute("SELECT text_source FROM documents").fetchone()
        numbers = {n for (n,) in conn.execute("SELECT number FROM actions")}
        lead = conn.execute("SELECT a.responsible FROM actions a WHERE a.number = '1.3'").fetchone()
    finally:
        conn.close()
    assert source == f"pdf+ocr:{page}+repaired"  # OCR'd Swedish is repaired
    assert {f"1.{i}" for i in range(1, 7)} <= numbers  # from the scanned page
    assert {"2.1", "8.1"} <= numbers  # from text pages
    assert lead == ("Länsstyrelsen i samverkan med länets kommuner",)


def test_missing_tesseract_raises_needs_ocr_with_install_hint(
    plan_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = build_scanned_pdf(plan_pdf, tmp_path / "scan.pdf", 40, pages=(1,))
    monkeypatch.setenv(ENV_BINARY, str(tmp_path / "no-tesseract-here"))
    source = SourceDocument(str(scan), "", "pdf", 1, [], text_source="pdf", ocr_pages=(1,))
    with pytest.raises(NeedsOCR, match=r"page 1 .*apt-get install tesseract-ocr tesseract-ocr-swe"):
        ocr_pages(scan, source)


# --------------------------------------------------------------------------- layout, no Tesseract

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t100\t100\t80\t30\t96.1\tÅtgärd\n"
    "5\t1\t1\t1\t1\t2\t500\t100\t90\t30\t95.0\tAnsvarig\n"
    "5\t1\t2\t1\t1\t1\t40\t500\t1000\t6\t95.0\t \n"
)


def test_parse_tsv_keeps_words_with_text_and_their_boxes() -> None:
    words = parse_tsv(TSV)
    assert [(w.text, w.left, w.top, w.right, w.bottom) for w in words] == [
        ("Åtgärd", 100, 100, 180, 130),
        ("Ansvarig", 500, 100, 590, 130),
    ]


def _ruled_image(
    rows: list[int], cols: list[int], size: tuple[int, int] = (1200, 1000)
) -> np.ndarray:
    image = np.full(size, 255, dtype=np.uint8)
    for y in rows:
        image[y : y + 3, cols[0] : cols[-1] + 3] = 0
    for x in cols:
        image[rows[0] : rows[-1] + 3, x : x + 3] = 0
    image[40:70, 100:400] = 30  # a line of "text" above the table: not a rule
    return image


def test_find_grids_recovers_rows_and_columns_of_a_ruled_table() -> None:
    (grid,) = find_grids(_ruled_image([200, 300, 450, 600], [100, 400, 700, 900]))
    assert [round(y) for y in grid.rows] == [201, 301, 451, 601]
    assert [round(x) for x in grid.cols] == [100, 401, 701, 902]


def test_words_inside_a_grid_become_table_rows_and_the_rest_paragraphs() -> None:
    grid = Grid(rows=(200.0, 300.0, 450.0), cols=(100.0, 400.0, 700.0))

    def word(text: str, left: int, top: int, line: int, block: int = 1) -> OcrWord:
        return OcrWord(text, left, top, 8 * len(text) + 8, 30, 95.0, block, 1, line)

    words = [
        word("MÅL", 100, 100, 1, block=0), word("1:", 160, 100, 1, block=0),
        word("ÅTGÄRD", 120, 220, 2), word("ANSVARIG", 420, 220, 2),
        word("1.1", 120, 320, 3), word("Stödja", 160, 320, 3), word("kommu-", 240, 320, 3),
        word("nerna", 120, 360, 4), word("Länsstyrelsen", 420, 320, 3),
    ]  # fmt: skip
    lines = page_lines(3, words, [grid], page_height=1200, body=30, first_table_id=7)
    assert [(ln.text, ln.cells, ln.table) for ln in lines] == [
        ("MÅL 1:", (), None),
        ("ÅTGÄRD | ANSVARIG", ("ÅTGÄRD", "ANSVARIG"), 7),
        ("1.1 Stödja kommunerna | Länsstyrelsen", ("1.1 Stödja kommunerna", "Länsstyrelsen"), 7),
    ]
    assert all(ln.page == 3 for ln in lines)


def test_word_columns_split_an_unruled_region_at_gaps_running_its_height() -> None:
    words = [
        OcrWord("a", 10, 0, 100, 20, 90), OcrWord("b", 300, 0, 50, 20, 90),
        OcrWord("c", 20, 40, 150, 20, 90), OcrWord("d", 310, 40, 80, 20, 90),
    ]  # fmt: skip
    assert word_columns(words, 0, 500, min_gap=60) == [0, 235.0, 500]
