"""Staff corrections (corpus/corrections.toml): applied after extraction and after the
comparison, kept across a re-ingest of a changed file, visible as corrected; `kvinnofrid review`."""

from __future__ import annotations

import re
import shutil
import sqlite3
import tomllib
from pathlib import Path

import pytest
import sqlite_utils

from kvinnofrid.corrections import apply_corrections, review_items
from tests.conftest import CORPUS, ROOT, copy_database, run_cli

DOC = "vastmanland_strategi_2017-2020.txt"
ENTRY = "U-5.6-stod-till-valdsutovare"
CORRECT_TEXT = "Att våldsutövande män får tillgång till stöd och hjälp inom socialtjänsten i länets alla kommuner."


def cli(*args: str | Path) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def one(db: Path, sql: str, *params: object) -> sqlite3.Row | None:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


# the measures the corpus corrections select (the plan prints no numbers): a piece of their text
SUPPORT_TO_PERPETRATORS = "socialtjänsten i länets alla kommuner"
INDICATORS = "länsgemensamma indikatorer"


def action(db: Path, fragment: str) -> sqlite3.Row:
    row = one(db, "SELECT a.* FROM actions a JOIN documents d ON d.id = a.document_id"
                  " WHERE d.file_name = ? AND instr(a.text, ?) > 0", DOC, fragment)  # fmt: skip
    assert row is not None, fragment
    return row


def labels(db: Path, fragment: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT o.code, ao.is_primary, ao.method, ao.corrected_by FROM action_objectives ao"
            " JOIN objectives o ON o.id = ao.objective_id JOIN actions a ON a.id = ao.action_id"
            " JOIN documents d ON d.id = a.document_id WHERE d.file_name = ? AND instr(a.text, ?) > 0"
            " AND o.framework_id = 'nationell-strategi-2017' ORDER BY o.code", (DOC, fragment),
        ).fetchall()  # fmt: skip
    finally:
        conn.close()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A corpus with the Västmanland plan and the real corrections file, ingested."""
    root = tmp_path_factory.mktemp("corrections")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / DOC, corpus / DOC)
    shutil.copy(CORPUS / "corrections.toml", corpus / "corrections.toml")
    db = root / "k.db"
    cli("ingest", corpus, "--db", db)
    return corpus, corpus / "corrections.toml", db


def test_correction_applied_kept_across_reingest_and_visible(
    workspace: tuple[Path, Path, Path],
) -> None:
    corpus, corrections, db = workspace
    assert (
        action(db, SUPPORT_TO_PERPETRATORS)["text"] != CORRECT_TEXT
        or action(db, SUPPORT_TO_PERPETRATORS)["corrected_by"]
    )
    out = cli("corrections", "--file", corrections, "--db", db)
    assert re.search(
        r"^pending +U-5.6-stod-till-valdsutovare \(action.objectives", out, re.M
    )  # labels wait for compare
    fixed = action(db, SUPPORT_TO_PERPETRATORS)
    assert fixed["text"] == CORRECT_TEXT and fixed["corrected_by"] == ENTRY
    assert fixed["raw_text"] and "vildsutovande" in fixed["raw_text"]  # the OCR source is kept
    agency = one(db, "SELECT aa.* FROM action_agencies aa JOIN agencies ag ON ag.id = aa.agency_id"
                     " WHERE aa.action_id = ? AND ag.name = 'Åklagarmyndigheten'", action(db, INDICATORS)["id"])  # fmt: skip
    assert (
        agency["mention"] == "Åklagarkammaren" and agency["corrected_by"] == "U-3.2-aklagarkammaren"
    )
    assert agency["role"] == "partner" and agency["score"] == 100.0

    cli("compare", "--db", db)
    cli("corrections", "--file", corrections, "--db", db)
    assert labels(db, SUPPORT_TO_PERPETRATORS) == [("1", 1, "correction", ENTRY)]
    first_sha = one(db, "SELECT sha256 FROM documents")[0]

    # the document changes (a new edition); re-ingest replaces all its rows
    document = corpus / DOC
    text = document.read_text(encoding="utf-8")
    assert "Utveckla och utéka Centrum mot vald." in text
    document.write_text(
        text.replace(
            "Utveckla och utéka Centrum mot vald.",
            "Utveckla och utöka Centrum mot våld i Västerås.",
        ),
        encoding="utf-8",
    )
    cli("ingest", corpus, "--db", db)
    assert one(db, "SELECT sha256 FROM documents")[0] != first_sha
    assert (
        "Västerås" in action(db, "Centrum mot våld")["text"]
    )  # rows rewritten from the new edition
    cli("compare", "--db", db)
    cli("corrections", "--file", corrections, "--db", db)
    again = action(db, SUPPORT_TO_PERPETRATORS)
    assert again["text"] == CORRECT_TEXT and again["corrected_by"] == ENTRY
    assert labels(db, SUPPORT_TO_PERPETRATORS) == [("1", 1, "correction", ENTRY)]
    assert "Västerås" in action(db, "Centrum mot våld")["text"]  # the new edition's own change

    statuses = {
        (r[0], r[1]): r[2]
        for r in sqlite3.connect(db).execute("SELECT entry, target, status FROM corrections")
    }
    assert statuses == {
        (ENTRY, "action"): "applied", (ENTRY, "action.objectives"): "applied",
        ("U-3.2-aklagarkammaren", "action"): "applied", ("U-6.3-valdsutsatta", "action"): "applied",
    }  # fmt: skip

    review = cli("review", "--db", db, "--limit", "500", "--kind", "action")
    assert "socialtjänsten i länets alla kommuner" not in review, (
        "corrected rows are not offered for review"
    )
    assert "gemensam informationsplats" not in review
    confidences = [
        float(line.split()[0]) for line in review.splitlines() if re.match(r"^\d\.\d\d ", line)
    ]
    assert confidences and confidences == sorted(confidences)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {
            "actions": conn.execute("SELECT * FROM actions ORDER BY id").fetchall(),
            "action_agencies": conn.execute(
                "SELECT * FROM action_agencies ORDER BY 1, 2"
            ).fetchall(),
            "action_objectives": conn.execute(
                "SELECT * FROM action_objectives ORDER BY 1, 2"
            ).fetchall(),
            "corrections": conn.execute(
                "SELECT entry, target, status, change FROM corrections ORDER BY 1, 2"
            ).fetchall(),
        }
    finally:
        conn.close()


def apply(db: Path, path: Path, stage: str = "extraction") -> dict[str, tuple[str, str]]:
    database = sqlite_utils.Database(sqlite3.connect(db, isolation_level=None))
    database.conn.execute("PRAGMA foreign_keys = ON")
    try:
        return {
            r.entry: (r.status, r.message) for r in apply_corrections(database, path, stage=stage)
        }
    finally:
        database.conn.close()


def test_applying_twice_changes_nothing(workspace: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _corpus, corrections, source = workspace
    db = copy_database(source, tmp_path / "k.db")
    for stage in ("extraction", "comparison"):
        apply(db, corrections, stage)
    before = snapshot(db)
    for stage in ("extraction", "comparison"):
        apply(db, corrections, stage)
    assert snapshot(db) == before


EDGE_CASES = f'''
[[correction]]
id = "missing-document"
document = "no_such_plan.pdf"
action = "1.1"
set.text = "x"

[[correction]]
id = "renumbered"
document = "{DOC}"
action = "5.6"
match = "prostitution"
set.text = "x"

[[correction]]
id = "ambiguous"
document = "{DOC}"
match = "samverkan"
set.text = "x"

[[correction]]
id = "bad-field"
document = "{DOC}"
match = "våldsutövande föräldrar"
set.colour = "red"

[[correction]]
id = "bad-agency"
document = "{DOC}"
match = "våldsutövande föräldrar"
set.text = "must not stick"
agencies.add = [{{ name = "Ministry of Magic", role = "lead" }}]

[[correction]]
id = "added"
document = "{DOC}"
add_action = {{ goal = "5", number = "5.9", page = 5, text = "Säkerställ tillgång till hemligt/skyddat boende." }}
agencies.add = [{{ name = "länets kommuner", role = "lead" }}]

[[correction]]
id = "deleted"
document = "{DOC}"
match = "andra språk"
delete = true

[[correction]]
id = "moved"
document = "{DOC}"
match = "Centrum mot våld"
set.goal = "4"
agencies.replace = [{{ name = "Region Västmanland", role = "lead" }}, {{ name = "Länsstyrelsen", role = "partner" }}]

[[correction]]
id = "moved"
document = "{DOC}"
match = "orosanmälan"
set.text = "duplicate id"
'''


def test_entries_that_do_not_fit_are_reported_and_change_nothing(
    workspace: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _corpus, _corrections, source = workspace
    db = copy_database(source, tmp_path / "k.db")
    path = tmp_path / "corrections.toml"
    path.write_text(EDGE_CASES, encoding="utf-8")
    text_57 = action(db, "våldsutövande föräldrar")["text"]
    outcome = apply(db, path)
    assert {k: v[0] for k, v in outcome.items()} == {
        "missing-document": "unmatched", "renumbered": "unmatched", "ambiguous": "invalid",
        "bad-field": "invalid", "bad-agency": "invalid", "added": "applied", "deleted": "applied",
        "moved": "invalid",  # the second entry reusing the id; the first was applied
    }  # fmt: skip
    assert "Ministry of Magic" in outcome["bad-agency"][1]
    parents = action(db, "våldsutövande föräldrar")
    assert parents["text"] == text_57 and parents["corrected_by"] is None
    added = one(
        db,
        "SELECT a.*, g.number AS goal_number FROM actions a JOIN goals g ON g.id = a.goal_id WHERE a.key = 'correction:added'",
    )
    assert added["goal_number"] == "5" and added["corrected_by"] == "added"
    lead = one(
        db,
        "SELECT ag.name FROM action_agencies aa JOIN agencies ag ON ag.id = aa.agency_id WHERE aa.action_id = ?",
        added["id"],
    )
    assert lead["name"] == "Kommunerna"  # an alias resolved through the registry
    assert (
        one(
            db,
            "SELECT 1 FROM actions a JOIN documents d ON d.id = a.document_id WHERE d.file_name = ? AND instr(a.text, 'andra språk') > 0",
            DOC,
        )
        is None
    )
    moved = action(db, "Centrum mot våld")
    assert one(db, "SELECT number FROM goals WHERE id = ?", moved["goal_id"])[0] == "4"
    agencies = sqlite3.connect(db).execute(
        "SELECT ag.name, aa.role FROM action_agencies aa JOIN agencies ag ON ag.id = aa.agency_id"
        " WHERE aa.action_id = ? ORDER BY aa.role", (moved["id"],)).fetchall()  # fmt: skip
    assert agencies == [("Region", "lead"), ("Länsstyrelsen", "partner")]

    before = snapshot(db)
    second = apply(db, path)
    assert second["added"][0] == "applied" and second["deleted"] == (
        "applied",
        "already deleted (match 'andra språk')",
    )
    assert snapshot(db)["actions"] == before["actions"]
    assert one(db, "SELECT count(*) FROM actions WHERE key = 'correction:added'")[0] == 1


def test_broken_file_is_reported_and_keeps_earlier_outcomes(
    workspace: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _corpus, corrections, source = workspace
    db = copy_database(source, tmp_path / "k.db")
    apply(db, corrections)
    recorded = one(db, "SELECT count(*) FROM corrections")[0]
    broken = tmp_path / "broken.toml"
    broken.write_text("[[correction]\nid = ", encoding="utf-8")
    assert apply(db, broken)["(file)"][0] == "invalid"
    assert one(db, "SELECT count(*) FROM corrections WHERE entry <> '(file)'")[0] == recorded
    result = run_cli("corrections", "--file", broken, "--db", db)
    assert result.returncode == 1 and "not valid TOML" in result.stdout


def test_documented_examples_are_valid(workspace: tuple[Path, Path, Path], tmp_path: Path) -> None:
    blocks = re.findall(
        r"```toml\n(.*?)```", (ROOT / "docs" / "corrections.md").read_text(encoding="utf-8"), re.S
    )
    assert len(blocks) >= 4
    path = tmp_path / "examples.toml"
    path.write_text("\n".join(blocks), encoding="utf-8")
    assert len(tomllib.loads(path.read_text(encoding="utf-8"))["correction"]) >= 5
    _corpus, _corrections, source = workspace
    db = copy_database(source, tmp_path / "k.db")
    outcome = apply(db, path)
    assert not [k for k, (status, _) in outcome.items() if status == "invalid"], outcome


def test_review_lists_lowest_confidence_first(workspace: tuple[Path, Path, Path]) -> None:
    _corpus, _corrections, db = workspace
    database = sqlite_utils.Database(sqlite3.connect(db))
    items = review_items(database, limit=10)
    assert len(items) == 10
    assert [i.confidence for i in items] == sorted(i.confidence for i in items)
    all_items = review_items(database, limit=10_000)
    assert min(i.confidence for i in all_items) == items[0].confidence
    agencies = review_items(database, limit=5, kinds=["agency"])
    assert agencies and all(i.kind == "agency" and "read as" in i.detail for i in agencies)


# ---------------------------------------------------------------- issue 14: faults and wording

REWORDED = """
[[correction]]
id = "U-sexkop-omformulerad"
document = "vastmanland_strategi_2017-2020.txt"
match = "attityder kring sexköp"
[correction.set]
text = "Säkerställ tillgång till skyddat boende och stöd för våldsutsatta kvinnor och deras barn."
"""


def _primary(db: Path, fragment: str) -> list[tuple]:
    return [row for row in labels(db, fragment) if row[1] == 1]


def test_unreadable_corrections_file_stops_the_run_naming_the_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / DOC, corpus / DOC)
    text = (CORPUS / "corrections.toml").read_text(encoding="utf-8")
    broken_line = text.count("\n") + 3
    (corpus / "corrections.toml").write_text(text + '\n[[correction]]\nid = = "x"\n', "utf-8")
    for args in (("run", "--corpus", corpus, "--out", tmp_path / "out"),
                 ("ingest", corpus, "--db", tmp_path / "k.db")):  # fmt: skip
        result = run_cli(*args)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"line {broken_line}" in result.stderr and "corrections.toml" in result.stderr
        assert "Traceback" not in result.stderr and not result.stdout.strip()
    assert not (tmp_path / "out").exists() and not (tmp_path / "k.db").exists()
    (corpus / "corrections.toml").write_bytes(text.encode("utf-8") + b"\n# \xe5\xff\n")
    result = run_cli("ingest", corpus, "--db", tmp_path / "k.db")
    assert result.returncode == 1 and "not UTF-8" in result.stderr, result.stderr


def test_a_wording_correction_reclassifies_what_it_changes(tmp_path: Path) -> None:
    """A text correction added after the plan was compared gives the labels a fresh run with
    the correction gives, not the labels of the old wording."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / DOC, corpus / DOC)
    shutil.copy(CORPUS / "corrections.toml", corpus / "corrections.toml")
    out = tmp_path / "out"
    cli("run", "--corpus", corpus, "--out", out)
    before = _primary(out / "kvinnofrid.db", "attityder kring sexköp")
    with (corpus / "corrections.toml").open("a", encoding="utf-8") as fh:
        fh.write(REWORDED)
    cli("run", "--corpus", corpus, "--out", out)
    after = _primary(out / "kvinnofrid.db", "skyddat boende och stöd för våldsutsatta kvinnor")

    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, fresh)
    cli("run", "--corpus", fresh, "--out", tmp_path / "out-fresh")
    reference = _primary(tmp_path / "out-fresh" / "kvinnofrid.db", "skyddat boende och stöd")
    assert reference and reference != before  # the new wording is about another objective
    assert after == reference
