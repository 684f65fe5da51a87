"""The comparison on a small hand-made corpus (tests/comparison_set/: Stockholm's plan in two
versions, Västmanland, Kronoberg and a national åtgärdsprogram), through the real CLI: exactly
the known overlap clusters with their names and members, the national measures with their
regional counterparts, and the change between Stockholm's two plans (issue 15, parts 2-4)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli

AB_OLD, AB_NEW = "stockholm_handlingsplan_2020-2022.md", "stockholm_handlingsplan_2023-2025.md"
U, G = "vastmanland_strategi_2021-2024.md", "kronoberg_handlingsplan_2022-2025.md"


@pytest.fixture(scope="module")
def out(comparison_run: Path) -> Path:
    """OUT of the comparison set's run (tests/conftest.py)."""
    return comparison_run


def test_clusters_are_exactly_the_known_ones_named_by_what_they_share(out: Path) -> None:
    with sqlite3.connect(out / "kvinnofrid.db") as conn:
        rows = conn.execute(
            "SELECT c.id, c.label, c.method, c.reason, d.file_name, a.number"
            " FROM overlap_clusters c JOIN overlap_cluster_members m ON m.cluster_id = c.id"
            " JOIN actions a ON a.id = m.action_id JOIN documents d ON d.id = a.document_id"
            " ORDER BY c.id, m.position"
        ).fetchall()
    clusters: dict[tuple[int, str, str], list[tuple[str, str]]] = {}
    reasons = {}
    for cid, label, method, reason, file_name, number in rows:
        clusters.setdefault((cid, label, method), []).append((file_name, number))
        reasons[cid] = reason
    assert clusters == {
        (1, "Kampanj om attityder till sexköp riktad till unga", "wording"): [
            (AB_OLD, "1.1"), (AB_NEW, "1.1"), (U, "1.1")],
        (2, "Webbkurs om heder", "named-initiative"): [
            (AB_OLD, "1.2"), (AB_NEW, "1.2"), (G, "1.1"), (U, "1.2")],
        (3, "Behandlingsprogram till män som dömts för våld", "wording"): [
            (AB_NEW, "3.1"), (U, "2.1")],
    }  # fmt: skip
    assert reasons[2] == "Alla 4 åtgärder nämner initiativet ”Webbkurs om heder” (3 län: AB, G, U)."
    assert reasons[1].startswith("Åtgärderna i 2 län har orden kampanj, attityder, sexköp")
    index = (out / "report" / "index.html").read_text("utf-8")
    assert "Kluster 2: Webbkurs om heder" in index
    md = (out / "report" / "report.md").read_text("utf-8")
    assert "### Kluster 3: Behandlingsprogram till män som dömts för våld (AB, U)" in md


def test_national_measures_and_their_counterparts(out: Path) -> None:
    md = (out / "report" / "report.md").read_text("utf-8")
    table = md[md.index("## Nationell nivå") :]
    table = table[: table.index("\n\n## ", 5)]
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Nationell åtgärd | Kronoberg (G) | Stockholm (AB) | Västmanland (U) |"
    cells = [[c.strip() for c in row.strip("|").split("|")][1:] for row in rows[1:]]
    assert cells == [
        ["–", "1.1, 1.1", "1.1"],  # campaigns on attitudes to sex purchase
        ["–", "3.1", "2.1"],  # treatment programmes in Kriminalvården
        ["–", "–", "–"],  # Socialstyrelsen's support on children: no county has one
        ["0 av 3", "2 av 3", "2 av 3"],
    ]
    county = (out / "report" / "county-G.html").read_text("utf-8")
    assert "0 av 3 nationella åtgärder har en motsvarighet i Kronoberg." in county
    assert "finns i AB, U" in county and "inget län har en motsvarighet" in county


def test_diff_between_stockholms_two_plans(out: Path) -> None:
    result = run_cli("diff", "AB", "--db", out / "kvinnofrid.db")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        f"Stockholm (AB), handlingsplan 2020–2022 → 2023–2025 ({AB_OLD} → {AB_NEW})",
        "  actions: 3 kept, 1 added, 1 removed; goals: 2 kept, 1 added, 0 removed",
        "  + goal 3: Våldsutövare",
        "  + action 3.1: Kriminalvården ska erbjuda behandlingsprogram till män som dömts för"
        " våld i nära relation.",
        "  - action 2.2: Regionen ska utbilda vårdpersonal i att ställa frågor om våld vid varje"
        " besök.",
        "  agencies entered: Kriminalvården",
        "  agencies left: Region",
        # the shares follow the classifier's labels under docs/codebook.md: "utbilda
        # vårdpersonal i att ställa frågor om våld" is detection (2), the campaign prevention (1)
        "  share of actions per objective: 1 25 % → 50 %; 2 50 % → 25 %; 3 0 % → 25 %;"
        " 4 50 % → 25 %; X 0 % → 0 %",
        "1 comparison",
    ]
    other = run_cli("diff", "U", "--db", out / "kvinnofrid.db")
    assert other.returncode == 0 and other.stdout.startswith("no plan versions to compare for U")
    missing = run_cli("diff", "--db", out / "nothing.db")
    assert missing.returncode == 2 and "no database" in missing.stderr
    page = (out / "report" / "county-AB.html").read_text("utf-8")
    section = page[page.index('id="forandringar"') :]
    assert "handlingsplan 2020–2022 → 2023–2025" in section
    assert "Aktörer som tillkommit: Kriminalvården · aktörer som försvunnit: Region" in section
    assert "Regionen ska utbilda vårdpersonal" in section
