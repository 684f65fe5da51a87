"""Actors end to end (issue 11): organisations the registry does not know reach the database
as themselves, a plan that names no organisation gets none, and a municipality's plan is read
as that municipality's, through the real CLI and SQLite database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import run_cli

UNKNOWN = ["Fryshuset", "Tjejzonen", "Hela Människan", "RF-SISU Småland", "Länsförsäkringar"]

PLAN_WITH_UNKNOWN = f"""# Handlingsplan mot mäns våld mot kvinnor 2025–2027

Växjö kommun

## Mål 1: Fler unga får stöd tidigt

| Åtgärd | Ansvarig | Samverkan |
|---|---|---|
| Starta samtalsgrupper för unga som lever med våld | Socialförvaltningen | {UNKNOWN[0]} |
| Erbjuda chattstöd för tjejer kvällstid | {UNKNOWN[1]} | Kommunerna |
| Ordna öppna träffar för våldsutsatta i ekonomisk utsatthet | {UNKNOWN[2]} och Region Kronoberg | – |
| Utbilda idrottsledare i att upptäcka våld | {UNKNOWN[3]} | Polisen |
| Ta fram information om ekonomiskt våld | Kommunledningskontoret | {UNKNOWN[4]} |
"""

PLAN_WITHOUT_ORGANISATIONS = """# Handlingsplan för ett liv fritt från våld 2025–2027

## Mål 1: Ingen ska behöva leva med våld

| Åtgärd | Klart |
|---|---|
| Ta fram en rutin för att fråga om våld vid varje nybesök | 2025 |
| Genomföra en enkät om trygghet bland unga | 2026 |
| Sprida information om stöd på fler språk | 2026 |
"""


def _ingest(tmp_path: Path, name: str, text: str) -> sqlite3.Connection:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    result = run_cli("ingest", path, "--db", db, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    return sqlite3.connect(db)


def test_no_unknown_organisation_is_lost(tmp_path: Path) -> None:
    con = _ingest(tmp_path, "vaxjo_handlingsplan.md", PLAN_WITH_UNKNOWN)
    rows = con.execute(
        "SELECT ag.name, ag.kind, aa.mention, aa.role FROM action_agencies aa "
        "JOIN agencies ag ON ag.id = aa.agency_id"
    ).fetchall()
    unknown = {name: (kind, mention) for name, kind, mention, _ in rows if kind == "okänd"}
    assert set(unknown) == set(UNKNOWN)  # every one of them, none forced onto an entry
    assert all(mention == name for name, (_, mention) in unknown.items())
    known = {(name, role) for name, kind, _, role in rows if kind != "okänd"}
    # the plan is Växjö's own: its bodies and its name are the municipal actor
    assert ("Kommunerna", "lead") in known and ("Region", "lead") in known
    assert ("Polismyndigheten", "partner") in known
    level, municipality, county = con.execute(
        "SELECT level, municipality, county_code FROM documents"
    ).fetchone()
    assert (level, municipality, county) == ("kommun", "Växjö", "G")


def test_a_plan_that_names_no_organisation_gets_none(tmp_path: Path) -> None:
    con = _ingest(tmp_path, "plan.md", PLAN_WITHOUT_ORGANISATIONS)
    assert con.execute("SELECT count(*) FROM actions").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM action_agencies").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM document_agencies").fetchone()[0] == 0
