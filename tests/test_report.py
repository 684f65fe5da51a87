"""The comparison report from a small hand-made database: files written, HTML escaped and
self-contained, every action anchored and every internal link resolving, coverage counts exact,
gaps and overlap clusters shown with their actions, report.md and the PNGs stable across runs."""

from __future__ import annotations

import csv
import json
import re
import struct
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kvinnofrid.classification import sync_reference_data
from kvinnofrid.report import load_report, write_report
from kvinnofrid.store import connect, transaction
from models.frameworks import DEFAULT_FRAMEWORK, load_frameworks

SCRIPT_TEXT = "<script>alert('x')</script>"
URL_TEXT = "https://example.org/kurs?a=1&b=2"

# (key, county, document, goal title or None, number, text, indicators, frequency,
#  agencies [(name, role)], objectives [(code, primary, score)], themes)
ACTIONS = [
    ("A1", "AB", "ab_plan.txt", "Förebygga våld", "1.1",
     f"Webbkurs om hedersrelaterat våld {SCRIPT_TEXT} på {URL_TEXT}", "Antal deltagare", "Årligen",
     [("Länsstyrelsen", "lead"), ("Kommunerna", "partner")], [("4", True, 0.8), ("1", False, 0.4)],
     ["hedersrelaterat-vald"]),
    ("A2", "AB", "ab_plan.txt", "Förebygga våld", "1.2", "Kampanj mot sexköp", "Antal visningar",
     None, [("Polismyndigheten", "lead")], [("1", True, 0.7)], ["prostitution-manniskohandel"]),
    ("A3", "AB", "ab_plan.txt", "Förebygga våld", "1.3", "Samordna länets nätverk", None, None,
     [], [("X", True, 0.5)], []),
    ("B1", "U", "u_strategi.txt", "Stöd till våldsutsatta", "2.1",
     "Webbkurs om hedersrelaterat våld för personal", None, None, [("Region", "lead")],
     [("4", True, 0.9)], ["hedersrelaterat-vald"]),
    ("B2", "U", "u_strategi.txt", "Stöd till våldsutsatta", "2.2", "Skyddat boende för våldsutsatta",
     None, "Varje år", [("Kommunerna", "lead")], [("2", True, 0.8)], []),
    ("B3", "U", "u_strategi.txt", None, None, "Insatser av relevanta aktörer", None, None,
     [("Ospecificerade aktörer", "lead")], [("2", True, 0.3)], []),
]  # fmt: skip
DOCUMENTS = [  # (file, county, kind, start, end, title)
    ("ab_plan.txt", "AB", "handlingsplan", 2020, 2022, "Handlingsplan <b>Stockholm</b>"),
    ("u_strategi.txt", "U", "strategi", 2017, 2020, "Länsstrategi Västmanland"),
    ("g_presentation.txt", "G", "presentation", None, None, "Presentation utan åtgärder"),
]
AGENCY_KINDS = {
    "Länsstyrelsen": "statlig myndighet", "Kommunerna": "kommun", "Polismyndigheten":
    "statlig myndighet", "Region": "region", "Ospecificerade aktörer": "ospecificerad",
}  # fmt: skip


def build_database(path: Path) -> dict[str, int]:
    """The hand-made database; returns action key -> id."""
    db = connect(path)
    sync_reference_data(db, load_frameworks())
    objective_ids = {
        code: oid
        for oid, code in db.execute(
            "SELECT id, code FROM objectives WHERE framework_id = ?", [DEFAULT_FRAMEWORK]
        ).fetchall()
    }
    theme_ids = {code: tid for tid, code in db.execute("SELECT id, code FROM themes").fetchall()}
    ids: dict[str, int] = {}
    with transaction(db) as conn:
        doc_ids, goal_ids, agency_ids = {}, {}, {}
        for file_name, county, kind, start, end, title in DOCUMENTS:
            doc_ids[file_name] = conn.execute(
                "INSERT INTO documents (sha256, path, file_name, title, county_code, kind,"
                " period_start, period_end, pages, status, ingested_at, pipeline_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 3, 'ok', '2024-01-01', 'test')",
                (file_name, f"/corpus/{file_name}", file_name, title, county, kind, start, end),
            ).lastrowid
        for name, kind in AGENCY_KINDS.items():
            agency_ids[name] = conn.execute(
                "INSERT INTO agencies (name, kind) VALUES (?, ?)", (name, kind)
            ).lastrowid
        for (
            key,
            _county,
            doc,
            goal,
            number,
            text,
            ind,
            freq,
            agencies,
            objectives,
            themes,
        ) in ACTIONS:
            goal_id = None
            if goal:
                if (doc, goal) not in goal_ids:
                    goal_ids[doc, goal] = conn.execute(
                        "INSERT INTO goals (document_id, key, number, title, level, page)"
                        " VALUES (?, ?, ?, ?, 1, 1)",
                        (doc_ids[doc], goal, str(len(goal_ids) + 1), goal),
                    ).lastrowid
                goal_id = goal_ids[doc, goal]
            ids[key] = aid = conn.execute(
                "INSERT INTO actions (document_id, goal_id, key, number, text, indicators,"
                " frequency, page) VALUES (?, ?, ?, ?, ?, ?, ?, 2)",
                (doc_ids[doc], goal_id, key, number, text, ind, freq),
            ).lastrowid
            for name, role in agencies:
                conn.execute(
                    "INSERT INTO action_agencies (action_id, agency_id, role, mention)"
                    " VALUES (?, ?, ?, ?)",
                    (aid, agency_ids[name], role, f"{name} <i>nämnd</i>"),
                )
            for code, primary, score in objectives:
                conn.execute(
                    "INSERT INTO action_objectives (action_id, objective_id, score, is_primary,"
                    " evidence, method) VALUES (?, ?, ?, ?, ?, 'lexicon')",
                    (aid, objective_ids[code], score, int(primary), f"terms: {text[:12]}"),
                )
            for code in themes:
                conn.execute(
                    "INSERT INTO action_themes (action_id, theme_id, evidence) VALUES (?, ?, ?)",
                    (aid, theme_ids[code], "terms: heder"),
                )
        gaps = [
            ("U", "objective", "1", "Ett utökat och verkningsfullt förebyggande arbete mot våld",
             0, 2, "missing", "Västmanlands plan har ingen åtgärd för förebyggande arbete.",
             [], [ids["A2"], ids["A1"]]),
            ("AB", "quality", "utan-ansvarig", "Åtgärder utan ansvarig aktör", 1, 0, "quality",
             "1 av 3 åtgärder saknar en namngiven ansvarig <aktör>.", [ids["A3"]], []),
        ]  # fmt: skip
        for (
            county,
            category,
            subject,
            title,
            value,
            ref,
            severity,
            text,
            evidence,
            examples,
        ) in gaps:
            conn.execute(
                "INSERT INTO gap_findings (framework_id, county_code, category, subject,"
                " subject_title, value, reference, severity, explanation, evidence, examples)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (DEFAULT_FRAMEWORK, county, category, subject, title, value, ref, severity, text,
                 json.dumps(evidence), json.dumps(examples)),
            )  # fmt: skip
        conn.execute(
            "INSERT INTO overlaps (action_id_a, action_id_b, score, method, cluster_id)"
            " VALUES (?, ?, 0.93, 'initiative', NULL)",
            (min(ids["A1"], ids["B1"]), max(ids["A1"], ids["B1"])),
        )
    db.conn.close()
    return ids


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("report")
    ids = build_database(root / "kvinnofrid.db")
    db = connect(root / "kvinnofrid.db")
    write_report(db, root, DEFAULT_FRAMEWORK)
    db.conn.close()
    return root / "report", ids


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []  # (attribute, value)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.refs.append((name, value))


# the report's stable anchors: document file name and the action's place in the document
ANCHORS = {
    "A1": "action-ab-plan-txt-1", "A2": "action-ab-plan-txt-2", "A3": "action-ab-plan-txt-3",
    "B1": "action-u-strategi-txt-1", "B2": "action-u-strategi-txt-2",
    "B3": "action-u-strategi-txt-3",
}  # fmt: skip


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_report_files_exist(written: tuple[Path, dict[str, int]]) -> None:
    folder, _ids = written
    expected = {
        "index.html", "county-AB.html", "county-U.html", "county-G.html", "report.md",
        "objectives.png", "themes.png", "coverage.csv", "theme_coverage.csv",
        "agency_coverage.csv", "gaps.csv", "overlaps.csv",
    }  # fmt: skip
    assert expected <= {p.name for p in folder.iterdir()}
    for name in ("objectives.png", "themes.png"):
        data = (folder / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert width > 400 and height > 150


def test_document_text_is_escaped(written: tuple[Path, dict[str, int]]) -> None:
    folder, _ids = written
    ours = {'<script type="application/json" id="graph-data">', '<script src="cytoscape.min.js">',
            '<script src="graph.js">'}  # fmt: skip
    for page in folder.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert set(re.findall(r"<script[^>]*>", html, re.I)) <= ours, page.name
        assert "<b>Stockholm</b>" not in html and "<i>nämnd</i>" not in html
        assert "<aktör>" not in html
    county = (folder / "county-AB.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in county
    assert "Handlingsplan &lt;b&gt;Stockholm&lt;/b&gt;" in county
    # a URL in a document is shown as escaped text, never turned into a link
    assert "https://example.org/kurs?a=1&amp;b=2" in county
    assert 'href="https://example.org' not in county


def test_pages_are_self_contained(written: tuple[Path, dict[str, int]]) -> None:
    folder, _ids = written
    for page in folder.glob("*.html"):
        parsed = _parse(page)
        html = page.read_text(encoding="utf-8")
        assert "link" not in parsed.tags, page.name
        for _attr, value in parsed.refs:
            assert not re.match(r"^(https?:)?//", value), (page.name, value)
        assert "@import" not in html and "url(" not in html
        assert "@font-face" not in html


def test_every_action_anchored_and_every_internal_link_resolves(
    written: tuple[Path, dict[str, int]],
) -> None:
    folder, ids = written
    parsed = {p.name: _parse(p) for p in folder.glob("*.html")}
    for key, county, *_ in ACTIONS:
        assert ANCHORS[key] in parsed[f"county-{county}.html"].ids, key
    assert not any(i.startswith("action-") for i in parsed["county-G.html"].ids)
    checked = 0
    for name, page in parsed.items():
        for _attr, value in page.refs:
            target, _, fragment = value.partition("#")
            target = target or name
            if target.endswith((".png", ".js")):
                assert (folder / target).is_file()
                continue
            assert target in parsed, (name, value)
            if fragment:
                assert fragment in parsed[target].ids, (name, value)
                checked += 1
    assert checked > 30


def test_index_shows_coverage_links_gaps_and_cluster(written: tuple[Path, dict[str, int]]) -> None:
    folder, ids = written
    index = (folder / "index.html").read_text(encoding="utf-8")
    # county × objective cell: Stockholm objective 1 = 1 primary / 2 any label of 3 actions
    assert '<a href="county-AB.html#objective-1">1 / 2</a> <span class="small">67%</span>' in index
    assert '<a href="county-U.html#objective-2">2 / 2</a>' in index
    assert "Västmanlands plan har ingen åtgärd för förebyggande arbete." in index
    assert "1 av 3 åtgärder saknar en namngiven ansvarig &lt;aktör&gt;." in index
    gaps_section = index[index.index('id="brister"') : index.index('id="overlapp"')]
    # the gap's examples link to the other county's actions; evidence to this county's
    assert f'href="county-AB.html#{ANCHORS["A2"]}"' in gaps_section
    assert f'href="county-AB.html#{ANCHORS["A3"]}"' in gaps_section
    overlap_section = index[index.index('id="overlapp"') :]
    assert "Kluster 1: AB, U" in overlap_section and "initiative" in overlap_section
    for key in ("A1", "B1"):
        county = "AB" if key.startswith("A") else "U"
        assert f'href="county-{county}.html#{ANCHORS[key]}"' in overlap_section
    assert "Kluster 2" not in overlap_section


def test_county_page_lists_goals_actions_agencies_labels(
    written: tuple[Path, dict[str, int]],
) -> None:
    folder, _ids = written
    page = (folder / "county-U.html").read_text(encoding="utf-8")
    row = page[page.index(f'id="{ANCHORS["B2"]}"') :]
    row = row[: row.index("</tr>")]
    assert "Skyddat boende för våldsutsatta" in row
    assert '<span class="lead"' in row and "Kommunerna" in row
    assert '<span class="label primary"' in row and "2 (0.80)" in row
    assert "Frekvens: Varje år" in row and "u_strategi.txt, s. 2" in row
    assert "Åtgärder utan mål" in page  # B3 has no goal
    assert "Stöd till våldsutsatta" in page


def test_coverage_csv_counts(written: tuple[Path, dict[str, int]]) -> None:
    folder, _ids = written
    rows = {(r["county_code"], r["objective"]): r for r in _csv(folder / "coverage.csv")}
    # G has a document but no actions: listed on the index, not compared
    assert {c for c, _ in rows} == {"AB", "U"}
    assert {o for _, o in rows} == {"1", "2", "3", "4", "X"}
    expected = {  # (primary, any label)
        ("AB", "1"): (1, 2), ("AB", "2"): (0, 0), ("AB", "3"): (0, 0), ("AB", "4"): (1, 1),
        ("AB", "X"): (1, 1), ("U", "1"): (0, 0), ("U", "2"): (2, 2), ("U", "3"): (0, 0),
        ("U", "4"): (1, 1), ("U", "X"): (0, 0),
    }  # fmt: skip
    assert {k: (int(r["primary"]), int(r["any_label"])) for k, r in rows.items()} == expected
    assert rows["AB", "1"]["share"] == "0.667" and rows["AB", "1"]["actions"] == "3"
    assert rows["AB", "1"]["actions_any_label"] == "ab_plan.txt 1.1; ab_plan.txt 1.2"
    themes = {
        (r["county_code"], r["theme"]): int(r["labelled"])
        for r in _csv(folder / "theme_coverage.csv")
    }
    assert themes["AB", "hedersrelaterat-vald"] == 1 and themes["U", "hedersrelaterat-vald"] == 1
    assert themes["U", "prostitution-manniskohandel"] == 0
    agencies = {
        (r["county_code"], r["agency"]): (int(r["led"]), int(r["partner"]))
        for r in _csv(folder / "agency_coverage.csv")
    }
    assert agencies["AB", "Kommunerna"] == (0, 1) and agencies["U", "Kommunerna"] == (1, 0)
    assert agencies["U", "Polismyndigheten"] == (0, 0)
    assert not any(a == "Ospecificerade aktörer" for _, a in agencies)


def test_gaps_and_overlaps_csv(written: tuple[Path, dict[str, int]]) -> None:
    folder, _ids = written
    gaps = _csv(folder / "gaps.csv")
    assert [(g["county_code"], g["category"], g["severity"]) for g in gaps] == [
        ("AB", "quality", "quality"),
        ("U", "objective", "missing"),
    ]
    assert gaps[0]["evidence"] == "ab_plan.txt 1.3"
    assert gaps[1]["examples"] == "AB ab_plan.txt 1.1; AB ab_plan.txt 1.2"
    overlaps = _csv(folder / "overlaps.csv")  # one row per cluster member, not per pair
    assert [
        (r["cluster"], r["method"], r["score"], r["county"], r["number"]) for r in overlaps
    ] == [
        ("1", "initiative", "0.930", "AB", "1.1"),
        ("1", "initiative", "0.930", "U", "2.1"),
    ]


def test_markdown_and_pngs_are_stable(tmp_path: Path, written: tuple[Path, dict[str, int]]) -> None:
    folder, _ids = written
    build_database(tmp_path / "again.db")
    db = connect(tmp_path / "again.db")
    write_report(db, tmp_path, DEFAULT_FRAMEWORK)
    db.conn.close()
    for name in ("report.md", "objectives.png", "themes.png", "coverage.csv", "gaps.csv"):
        assert (tmp_path / "report" / name).read_bytes() == (folder / name).read_bytes(), name
    md = (folder / "report.md").read_text(encoding="utf-8")
    assert not re.search(r"\d{4}-\d\d-\d\d", md)  # no dates or timestamps
    assert "| Stockholm (AB) | 3 | 1 / 2 (67%) |" in md
    assert (
        "- **Målsättningar: Ett utökat och verkningsfullt förebyggande arbete mot våld** (saknas)"
        in md
    )
    assert (
        "### Kluster 1: AB, U\n\nHittat genom initiative; 2 åtgärder i 2 län, likhet 93 av 100."
        in md
    )
    assert "ab\\_plan.txt 1.1, s. 2: Webbkurs om hedersrelaterat våld" in md


def _with_pairs(path: Path, pairs: list[tuple[int, int, float, str, int | None]]) -> None:
    db = connect(path)
    with transaction(db) as conn:
        conn.execute("DELETE FROM overlaps")
        conn.executemany(
            "INSERT INTO overlaps (action_id_a, action_id_b, score, method, cluster_id)"
            " VALUES (?, ?, ?, ?, ?)",
            [(min(a, b), max(a, b), score, method, cid) for a, b, score, method, cid in pairs],
        )
    db.conn.close()


def test_clusters_from_components_when_no_cluster_id(tmp_path: Path) -> None:
    """A database with overlap pairs but no stored clusters: the report groups the pairs."""
    path = tmp_path / "k.db"
    ids = build_database(path)
    a1, a2, b1, b2 = ids["A1"], ids["A2"], ids["B1"], ids["B2"]
    _with_pairs(path, [
        (a1, b1, 0.9, "fuzzy", None),
        (b1, a2, 0.8, "fuzzy", None),  # joins A2 into A1's cluster
        (a1, b2, 0.7, "fuzzy", None),  # and B2: one cluster of 4
    ])  # fmt: skip
    db = connect(path)
    clusters = load_report(db, DEFAULT_FRAMEWORK).clusters
    db.conn.close()
    assert [sorted(m.id for m in c.members) for c in clusters] == [sorted([a1, a2, b1, b2])]
    assert clusters[0].best_score == 0.9 and clusters[0].scores[a2] == 0.8
    _with_pairs(path, [(a1, b1, 0.9, "f", 7), (a2, b2, 0.8, "f", 3)])
    db = connect(path)
    numbered = load_report(db, DEFAULT_FRAMEWORK).clusters
    db.conn.close()
    assert [c.number for c in numbered] == [1, 2]
    assert [m.id for m in numbered[0].members] == [a1, b1]  # report order, not cluster_id


def test_writers_render_the_model_only(written: tuple[Path, dict[str, int]]) -> None:
    """report.md, the CSVs and the HTML pages are the writers' rendering of the one report
    model (load_report): rendered again from the model alone, they are the files written."""
    from compare.report_html import render_pages
    from compare.report_markdown import render_markdown
    from compare.report_tables import tables

    folder, _ids = written
    db = connect(folder.parent / "kvinnofrid.db")
    model = load_report(db, DEFAULT_FRAMEWORK)
    db.conn.close()
    texts = {"report.md": render_markdown(model), **tables(model), **render_pages(model)}
    assert {"index.html", "county-AB.html", "overlaps.csv", "report.md"} <= set(texts)
    for name, text in texts.items():
        assert (folder / name).read_text(encoding="utf-8") == text, name
    assert [n.file_name for n in model.not_counted] == ["g_presentation.txt"]
    assert (
        "g\\_presentation.txt" in texts["report.md"] or "g_presentation.txt" in texts["report.md"]
    )
