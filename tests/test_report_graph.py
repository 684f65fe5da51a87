"""The network in the report (issue 15, part 1), on the small hand-made corpus through the real
CLI: the page carries the graph's data and the vendored library (no CDN, the recorded sha256),
a static PNG of the same graph is written, and headless Chromium draws the graph and lists a
county's actions when its node is selected (the page's "#graf=<node>" hook runs the same code
as a click)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium")
VENDOR = Path(__file__).parent.parent / "compare" / "static" / "vendor"


@pytest.fixture(scope="module")
def report(comparison_run: Path) -> Path:
    """The report folder of the comparison set's run (tests/conftest.py)."""
    return comparison_run / "report"


def _graph_data(page: Path) -> dict:
    html = page.read_text("utf-8")
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert match, page
    return json.loads(match.group(1))


def test_library_is_vendored_with_version_licence_and_sha256(report: Path) -> None:
    record = dict(
        line.split(" = ", 1) for line in (VENDOR / "VENDOR.txt").read_text("utf-8").splitlines()
        if " = " in line
    )  # fmt: skip
    assert record["name"] == "cytoscape" and re.fullmatch(r"\d+\.\d+\.\d+", record["version"])
    assert record["licence"].startswith("MIT")
    library = (report / "cytoscape.min.js").read_bytes()
    assert hashlib.sha256(library).hexdigest() == record["file_sha256"]
    assert (report / "cytoscape.LICENSE").read_text("utf-8").startswith("Copyright")
    for page in ("index.html", "county-AB.html"):
        html = (report / page).read_text("utf-8")
        sources = re.findall(r'<script[^>]* src="([^"]+)"', html)
        assert sources == ["cytoscape.min.js", "graph.js"], sources
        assert not re.search(r'(src|href)="(https?:)?//', html)


def test_graph_data_has_the_counties_clusters_and_their_actions(report: Path) -> None:
    data = _graph_data(report / "index.html")
    nodes = {e["data"]["id"]: e["data"] for e in data["elements"] if e["group"] == "nodes"}
    assert {i for i, d in nodes.items() if d["kind"] == "county"} == {
        "county:AB", "county:G", "county:U"
    }  # fmt: skip
    assert {i: nodes[i]["size"] for i in ("county:AB", "county:G", "county:U")} == {
        "county:AB": 8, "county:G": 2, "county:U": 3
    }  # fmt: skip
    clusters = {d["label"]: d["size"] for d in nodes.values() if d["kind"] == "cluster"}
    assert clusters["Webbkurs om heder"] == 4
    assert {"objective", "theme", "agency"} <= {d["kind"] for d in nodes.values()}
    kriminalvarden = nodes["agency:Kriminalvården"]["actions"]
    assert sorted(data["actions"][str(o)]["county"] for o in kriminalvarden) == ["AB", "U"]
    edges = [e["data"] for e in data["elements"] if e["group"] == "edges"]
    assert {"source": "county:G", "target": "agency:Polismyndigheten"}.items() <= next(
        e for e in edges if e["target"] == "agency:Polismyndigheten" and e["source"] == "county:G"
    ).items()
    # a county page: that county and what it shares, only its own actions
    u = _graph_data(report / "county-U.html")
    assert {a["county"] for a in u["actions"].values()} == {"U"}
    assert [e["data"]["id"] for e in u["elements"] if e["data"].get("kind") == "county"] == [
        "county:U"
    ]
    for name in ("network.png", "network-AB.png", "network-U.png"):
        assert (report / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class _Listed(HTMLParser):
    """The items of the page's action list (#graph-actions) after the script ran."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.heading = ""
        self.links: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id") == "graph-actions":
            self.depth = 1
        elif self.depth:
            self.depth += tag not in ("br", "img")
            if tag == "a" and values.get("href"):
                self.links.append(values["href"] or "")
            self._in_heading = tag == "h3"

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        if self._in_heading:
            self.heading += data


def _dump(url: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=8000",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
    return result.stdout


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_chromium_draws_the_graph_and_lists_a_county_nodes_actions(report: Path) -> None:
    dom = _dump((report / "index.html").resolve().as_uri() + "#graf=county:AB")
    assert 'data-graph="ready"' in dom, "the graph script did not run to its end"
    assert "<canvas" in dom, "cytoscape drew nothing"
    listed = _Listed()
    listed.feed(dom)
    assert listed.heading == "Stockholm (AB): 8 åtgärder"
    assert len(listed.links) == 8
    assert all(
        link.startswith("county-AB.html#action-stockholm-handlingsplan-") for link in listed.links
    )
    page = _dump((report / "county-U.html").resolve().as_uri() + "#graf=cluster:2")
    listed = _Listed()
    listed.feed(page)
    assert listed.heading == "Webbkurs om heder: 1 åtgärd"  # of the cluster, Västmanland's own
    assert listed.links == ["county-U.html#action-vastmanland-strategi-2021-2024-md-2"]


def _png_size(path: Path) -> tuple[int, int]:
    import struct

    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_charts_fit_a4_and_name_what_they_show(report: Path, tmp_path: Path) -> None:
    from compare.charts import A4_WIDTH, DPI, agency_heatmap, write_heatmap

    for name in ("objectives.png", "themes.png", "agencies.png", "network.png"):
        width, _height = _png_size(report / name)
        assert width <= round(A4_WIDTH * DPI) + 1, name
    # all 21 counties still print on one A4 width, with the counts in the cells
    counties = [f"Län {n}" for n in range(21)]
    heatmap = agency_heatmap(
        ["Polismyndigheten", "Region"], counties, [[1] * 21, [0] * 21], [10] * 21
    )
    assert heatmap.texts[0][0] == "1" and heatmap.texts[1][0] == "–"
    width, _ = _png_size(write_heatmap(heatmap, tmp_path / "wide.png"))
    assert width <= round(A4_WIDTH * DPI) + 1
    md = (report / "report.md").read_text("utf-8")
    for name in ("network.png", "objectives.png", "themes.png", "agencies.png"):
        assert f"]({name})" in md


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_chromium_search_lists_the_actions_that_say_it(report: Path) -> None:
    dom = _dump((report / "index.html").resolve().as_uri() + "#sok=behandlingsprogram")
    listed = _Listed()
    listed.feed(dom)
    assert listed.heading == "Sökträffar för ”behandlingsprogram”: 2 åtgärder"
    assert listed.links == [
        "county-AB.html#action-stockholm-handlingsplan-2023-2025-md-4",
        "county-U.html#action-vastmanland-strategi-2021-2024-md-3",
    ]
