"""Provenance says what it knows: a text dump without page marks has no page numbers (NULL,
shown as unknown, never "s. 1"), one with form feeds keeps them; the report lists the documents
it does not count (failed, without a plan) with their reason. Real CLI, real database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import CORPUS, run_cli

PLAN = "stockholm_handlingsplan_2020-2022.txt"
PAGED = """Handlingsplan mot mäns våld mot kvinnor i Kronobergs län 2021–2023
\fMål 1: Våldet ska förebyggas
Åtgärd | Ansvarig
1.1 Utbilda personal i skolan om hedersrelaterat våld | Länsstyrelsen Kronoberg
\fMål 2: Skydd och stöd till våldsutsatta kvinnor
Åtgärd | Ansvarig
2.1 Säkerställ skyddat boende i länets kommuner | Kommunerna i Kronobergs län
"""


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("provenance")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / PLAN, corpus / PLAN)
    (corpus / "kronoberg_sidor.txt").write_text(PAGED.replace(" | ", "\t"), encoding="utf-8")
    (corpus / "trasig.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (corpus / "anteckningar.txt").write_text("Minnesanteckningar från mötet.\n", encoding="utf-8")
    out = root / "out"
    result = run_cli("run", "--corpus", corpus, "--out", out)
    assert result.returncode == 1, result.stdout + result.stderr  # the broken PDF failed
    assert "Traceback" not in result.stdout + result.stderr
    return out


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_text_dump_without_page_marks_has_no_page_numbers(reported: Path) -> None:
    db = reported / "kvinnofrid.db"
    pages = rows(db, "SELECT a.page FROM actions a JOIN documents d ON d.id = a.document_id"
                     " WHERE d.file_name = ?", PLAN)  # fmt: skip
    assert pages and all(page is None for (page,) in pages)
    assert rows(db, "SELECT pages FROM documents WHERE file_name = ?", PLAN) == [(None,)]
    county = (reported / "report" / "county-AB.html").read_text(encoding="utf-8")
    assert "s. 1" not in county
    found = run_cli("search", "prostitution", "--db", db)
    assert "page unknown" in found.stdout and " p. 1 " not in found.stdout


def test_text_dump_with_form_feeds_keeps_its_pages(reported: Path) -> None:
    db = reported / "kvinnofrid.db"
    pages = rows(db, "SELECT a.number, a.page FROM actions a JOIN documents d"
                     " ON d.id = a.document_id WHERE d.file_name = 'kronoberg_sidor.txt'"
                     " ORDER BY a.number")  # fmt: skip
    assert pages == [("1.1", 2), ("2.1", 3)]


def test_report_lists_failed_and_empty_documents_with_their_reason(reported: Path) -> None:
    index = (reported / "report" / "index.html").read_text(encoding="utf-8")
    listed = index.split('id="ej-raknade"')[1]
    assert "trasig.pdf" in listed and "kunde inte läsas" in listed
    # the reason in Swedish, not the command line's English
    reason = listed.split("trasig.pdf")[1].split("</tr>")[0]
    assert "PDF:en är skadad eller avkortad" in reason and "damaged" not in reason
    assert "anteckningar.txt" in listed and "inga mål eller åtgärder" in listed
    assert PLAN not in listed
    markdown = (reported / "report" / "report.md").read_text(encoding="utf-8")
    assert "## Dokument som inte räknas (2)" in markdown and "trasig.pdf" in markdown
