"""The database follows the corpus folder (kvinnofrid/mirror.py), through the real CLI on a
real database: a deleted file is removed, a renamed one re-pointed, the same plan twice (an
identical copy, the same text in UTF-16) kept once; the counts then equal those of a run on the
cleaned corpus, each change is one line of output, and the report lists what it does not count."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from kvinnofrid.mirror import find_duplicates, likeness, shingles
from tests.conftest import CORPUS, run_cli

DELETED = "stockholm_avsiktsforklaring_2019.txt"
RENAMED = ("kronoberg_handlingsplan_2018-2026.txt", "kronoberg_plan.txt")
CORRECTED = "vastmanland_strategi_2017-2020.txt"  # the plan corpus/corrections.toml corrects
COPIED = "stockholm_handlingsplan_2020-2022.txt"

COUNTS = {
    "documents": "SELECT count(*) FROM documents WHERE status = 'ok'",
    "goals": "SELECT count(*) FROM goals g JOIN documents d ON d.id = g.document_id"
    " WHERE d.status = 'ok'",
    "actions": "SELECT count(*) FROM actions a JOIN documents d ON d.id = a.document_id"
    " WHERE d.status = 'ok'",
    "labels": "SELECT group_concat(n, ',') FROM (SELECT o.code || ':' || count(*) AS n"
    " FROM action_objectives ao JOIN objectives o ON o.id = ao.objective_id"
    " WHERE ao.is_primary = 1 GROUP BY o.code ORDER BY o.code)",
    "agencies": "SELECT count(*) FROM action_agencies",
    "corrected": "SELECT count(*) FROM actions WHERE corrected_by IS NOT NULL",
    "overlaps": "SELECT count(*) FROM overlaps",
    "gaps": "SELECT count(*) FROM gap_findings",
    "all goals": "SELECT count(*) FROM goals",
    "all actions": "SELECT count(*) FROM actions",
}


def counts(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        return {name: conn.execute(sql).fetchone()[0] for name, sql in COUNTS.items()}
    finally:
        conn.close()


def run(corpus: Path, out: Path) -> str:
    result = run_cli("run", "--corpus", corpus, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def report_line(stdout: str) -> str:
    return next(line for line in stdout.splitlines() if line.startswith("report: ")).split(" -> ")[
        0
    ]


def test_deleted_renamed_and_doubled_plans_leave_the_cleaned_corpus_counts(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    run(corpus, out)

    (corpus / DELETED).unlink()
    (corpus / RENAMED[0]).rename(corpus / RENAMED[1])
    text = (corpus / CORRECTED).read_text(encoding="utf-8")
    (corpus / "vastmanland_utf16.txt").write_bytes(text.encode("utf-16"))
    shutil.copy(corpus / COPIED, corpus / "kopia_handlingsplan.txt")
    second = run(corpus, out)

    lines = second.splitlines()
    assert any(f"{RENAMED[1]}: renamed from {RENAMED[0]}" in ln for ln in lines), second
    assert any(f"{DELETED}: no longer in the folder: removed" in ln for ln in lines), second
    assert any(f"vastmanland_utf16.txt: the same plan as {CORRECTED}" in ln for ln in lines), (
        second
    )  # the plan the corrections name is the one kept
    assert any(f"an identical copy of {COPIED}" in ln or "an identical copy of kopia" in ln
               for ln in lines), second  # fmt: skip
    assert re.search(r"1 renamed, 1 removed, 2 duplicates", second), second
    assert not any(RENAMED[1] in ln and ln.startswith("✓") for ln in lines)  # not read again

    cleaned = tmp_path / "cleaned"
    shutil.copytree(corpus, cleaned)
    (cleaned / "vastmanland_utf16.txt").unlink()
    (cleaned / "kopia_handlingsplan.txt").unlink()
    reference = run(cleaned, tmp_path / "out-cleaned")
    assert counts(out / "kvinnofrid.db") == counts(tmp_path / "out-cleaned" / "kvinnofrid.db")
    assert report_line(second) == report_line(reference)

    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    listed = index.split('id="ej-raknade"')[1]
    assert "vastmanland_utf16.txt" in listed and "samma plan som" in listed
    assert DELETED not in index and RENAMED[0] not in index and RENAMED[1] in index

    assert "nothing changed since the last run" in run(corpus, out)

    # the deleted file comes back: read again, counted again
    shutil.copy(CORPUS / DELETED, corpus / DELETED)
    back = run(corpus, out)
    assert any(ln.startswith("✓") and DELETED in ln for ln in back.splitlines()), back


def test_a_corrected_plan_that_leaves_and_returns_gets_its_corrections_again(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (CORRECTED, "corrections.toml"):
        shutil.copy(CORPUS / name, corpus / name)
    db = tmp_path / "k.db"
    assert run_cli("ingest", corpus, "--db", db).returncode == 0
    corrected = counts(db)["corrected"]
    assert corrected
    (corpus / CORRECTED).rename(tmp_path / CORRECTED)
    gone = run_cli("ingest", corpus, "--db", db)
    assert gone.returncode == 0 and "removed from the database" in gone.stdout
    assert counts(db)["all actions"] == 0
    (tmp_path / CORRECTED).rename(corpus / CORRECTED)
    assert run_cli("ingest", corpus, "--db", db).returncode == 0
    assert counts(db)["corrected"] == corrected


def test_ingest_of_named_files_removes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    for name in (DELETED, COPIED):
        assert run_cli("ingest", CORPUS / name, "--db", db).returncode == 0
    assert counts(db)["documents"] == 2  # a file named alone is not a folder to follow


def test_same_plan_is_found_by_wording_not_by_bytes() -> None:
    goals = ["Mäns våld mot kvinnor ska upphöra", "Skydd och stöd till våldsutsatta kvinnor"]
    actions = ["Länsstyrelsen samordnar en utbildning om hedersrelaterat våld för socialtjänsten"]
    base = {"county_code": "U", "level": "län", "municipality": None, "kind": "strategi",
            "period_start": 2017, "period_end": 2020, "goals": 2, "actions": 1}  # fmt: skip
    a = {**base, "id": 1, "path": "/c/a.txt", "file_name": "a.txt", "sha256": "1",
         "texts": goals + actions}  # fmt: skip
    reflowed = [" ".join(t.upper().split()) for t in goals + actions]
    b = {**base, "id": 2, "path": "/c/b.pdf", "file_name": "b.pdf", "sha256": "2",
         "texts": reflowed}  # fmt: skip
    later = {**b, "id": 3, "path": "/c/c.txt", "file_name": "c.txt", "sha256": "3",
             "period_start": 2021, "period_end": 2024}  # fmt: skip
    assert likeness(shingles(a["texts"]), shingles(b["texts"])) == 1.0
    found = find_duplicates([a, b, later])
    assert [(d["file_name"], k["file_name"]) for d, k, _ in found] == [("b.pdf", "a.txt")]
    # the staff's corrections name b.pdf: that one is kept
    named = find_duplicates([a, b], frozenset({"b.pdf"}))
    assert [(d["file_name"], k["file_name"]) for d, k, _ in named] == [("a.txt", "b.pdf")]


def test_an_older_database_takes_the_duplicate_status(tmp_path: Path) -> None:
    """A database made before the status `duplicate` and `duplicate_of` existed gets both when
    opened, and then keeps a doubled plan once."""
    from models.schema import TABLES

    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.executescript(
        TABLES.replace(", 'duplicate')", ")").replace(
            ",\n    duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL", ""
        )
    )
    conn.close()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / COPIED, corpus / COPIED)
    shutil.copy(CORPUS / COPIED, corpus / "kopia.txt")
    result = run_cli("ingest", corpus, "--db", old)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 duplicate" in result.stdout
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        statuses = conn.execute("SELECT status FROM documents ORDER BY status").fetchall()
        assert statuses == [("duplicate",), ("ok",)]
    finally:
        conn.close()


def test_the_copy_of_a_removed_plan_counts_again(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / COPIED, corpus / "a_plan.txt")
    (corpus / "b_plan_utf16.txt").write_bytes(
        (CORPUS / COPIED).read_text(encoding="utf-8").encode("utf-16")
    )
    db = tmp_path / "k.db"
    first = run_cli("ingest", corpus, "--db", db)
    assert "b_plan_utf16.txt: the same plan as a_plan.txt" in first.stdout, first.stdout
    assert counts(db)["documents"] == 1
    (corpus / "a_plan.txt").unlink()
    second = run_cli("ingest", corpus, "--db", db)
    assert second.returncode == 0, second.stdout + second.stderr
    assert any(ln.startswith("✓") and "b_plan_utf16.txt" in ln for ln in second.stdout.splitlines())
    assert counts(db)["documents"] == 1 and counts(db)["actions"] == 41
