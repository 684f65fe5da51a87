"""Text quality of goals and actions (issue 13): the share of dictionary words after repair is
stored, lowers the confidence of OCR-damaged items, and `kvinnofrid review` lists them first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ingest.quality import GOOD_QUALITY, rate_items, scaled_confidence
from ingest.repair import text_quality
from models.records import Action, Goal
from tests.conftest import run_cli

PLAN = """\
Handlingsplan för att förebygga och bekämpa mäns våld mot kvinnor 2024–2026

Mål 1: Ett förebyggande arbete mot våld

Åtgärder
• Länsstyrelsen genomför utbildning för personal i länets kommuner om våld i nära relationer.
• Kommunerna tar fram rutiner för att upptäcka våld och ge stöd till våldsutsatta kvinnor.
• Regionen gqnqmfqr utbildning xkvtrb frnngqr personal om qwzt prxmtq.

Mål 2: Skydd och stöd till våldsutsatta

Åtgärder
• Socialtjänsten erbjuder samtalsstöd och skyddat boende till våldsutsatta kvinnor och barn.
"""


def _q(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_text_quality_of_clean_and_garbled_text():
    assert text_quality("Länsstyrelsen samordnar arbetet mot mäns våld i länet.") == 1.0
    # compounds of dictionary words and names count as words
    assert text_quality("Våldspreventiva nätverksträffar i Västmanlands län") == 1.0
    garbled = text_quality("Regionen gqnqmfqr utbildning xkvtrb frnngqr personal")
    assert garbled is not None and 0.4 < garbled < 0.7
    assert text_quality("2024 – 12 %") is None  # no words


def test_confidence_scales_below_good_quality():
    assert scaled_confidence(0.8, None) == 0.8
    assert scaled_confidence(0.8, GOOD_QUALITY) == 0.8
    assert scaled_confidence(0.8, 1.0) == 0.8
    assert scaled_confidence(0.9, 0.6) == 0.6
    assert scaled_confidence(0.9, 0.0) == 0.0
    goal = Goal(key="1", title="Ett förebyggande arbete mot våld", confidence=0.9)
    bad = Action(key="a", text="Regionen gqnqmfqr utbildning xkvtrb", confidence=0.8)
    good = Action(key="b", text="Regionen genomför utbildning", confidence=0.8)
    rate_items([goal], [bad, good])
    assert goal.text_quality == 1.0 and goal.confidence == 0.9
    assert good.text_quality == 1.0 and good.confidence == 0.8
    assert bad.text_quality == 0.5 and bad.confidence < 0.5


def test_quality_stored_and_damaged_items_reviewed_first(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN, encoding="utf-8")
    db = tmp_path / "kvinnofrid.db"
    result = run_cli("ingest", corpus, "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = _q(db, "SELECT text, text_quality, confidence FROM actions ORDER BY text_quality")
    assert len(rows) == 4
    damaged, *clean = rows
    assert damaged[0].startswith("Regionen gqnqmfqr") and damaged[1] < 0.7
    assert all(quality == 1.0 for _t, quality, _c in clean)
    assert damaged[2] < min(c for _t, _q, c in clean)
    assert _q(db, "SELECT count(*) FROM goals WHERE text_quality IS NULL") == [(0,)]
    review = run_cli("review", "--db", db, "-n", "2", "--kind", "action")
    assert review.returncode == 0, review.stdout + review.stderr
    first = review.stdout.strip().splitlines()[0]
    assert "Regionen gqnqmfqr" in first and "OCR-skadad text" in first


def test_ocr_corpus_plans_read_as_swedish(ingested_db: Path):
    """After repair, the goals and actions of the two OCR'd corpus plans are dictionary
    words but for under 2 % (before repair: 14–20 %)."""
    rows = _q(
        ingested_db,
        """SELECT d.file_name, sum(length(x.text) * (1 - x.text_quality)) / sum(length(x.text))
           FROM (SELECT document_id, title AS text, text_quality FROM goals
                 UNION ALL SELECT document_id, text, text_quality FROM actions) x
           JOIN documents d ON d.id = x.document_id
           WHERE d.file_name LIKE 'vastmanland%' OR d.file_name LIKE 'kronoberg%'
           GROUP BY d.file_name""",
    )
    assert len(rows) == 2
    for name, damaged in rows:
        assert damaged < 0.02, name
