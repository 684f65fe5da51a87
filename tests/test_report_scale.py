"""The report at national scale: a network of 500 nodes or more (hundreds of overlap clusters
and agencies) is laid out too (networkx needs scipy there)."""

from __future__ import annotations

import errno
import importlib
import os
from pathlib import Path

import pytest

from compare.network import NetworkNode, layout


def test_a_network_of_hundreds_of_nodes_is_laid_out() -> None:
    counties = [f"county:{n}" for n in range(21)]
    nodes = {c: NetworkNode(c, c, "county") for c in counties}
    edges: dict[tuple[str, str], int] = {}
    for n in range(500):
        nid = f"cluster:{n}"
        nodes[nid] = NetworkNode(nid, nid, "cluster", {n})
        for c in (counties[n % 21], counties[(n * 7 + 3) % 21]):
            edges[(c, nid)] = 1 + n % 3
    positions = layout(nodes, edges)
    assert set(positions) == set(nodes)
    assert all(50 <= x <= 950 and 50 <= y <= 950 for x, y in positions.values())


def _national_network(clusters: int) -> tuple[dict[str, NetworkNode], dict[tuple[str, str], int]]:
    """21 counties, 5 objectives tied to every county, and `clusters` overlap clusters of two
    or three counties each (many sharing the same counties, as at national scale)."""
    counties = [f"county:{n:02d}" for n in range(21)]
    nodes = {c: NetworkNode(c, c, "county", set(range(n * 1000, n * 1000 + 900))) for n, c in
             enumerate(counties)}  # fmt: skip
    edges: dict[tuple[str, str], int] = {}
    for k in range(5):
        nid = f"objective:{k}"
        nodes[nid] = NetworkNode(nid, nid, "objective", set(range(k, 21000, 5)))
        for c in counties:
            edges[(c, nid)] = 180
    for n in range(clusters):
        nid = f"cluster:{n}"
        nodes[nid] = NetworkNode(nid, nid, "cluster", {n, n + 1})
        for c in {counties[n % 21], counties[(n * 7 + 3) % 21], counties[n % 5]}:
            edges[(c, nid)] = 1 + n % 3
    return nodes, edges


def test_a_large_network_is_laid_out_around_its_core_without_stacking_nodes() -> None:
    from compare.network import CORE_NODES

    nodes, edges = _national_network(1500)
    assert len(nodes) > CORE_NODES  # the core + placed-beside path
    positions = layout(nodes, edges)
    assert set(positions) == set(nodes)
    assert all(50 <= x <= 950 and 50 <= y <= 950 for x, y in positions.values())
    # clusters with the same counties are spread on a spiral, not put on one spot
    assert len(set(positions.values())) == len(nodes)
    assert layout(nodes, edges) == positions  # the same report gives the same picture


def test_a_small_network_is_the_spring_layout_as_before() -> None:
    import networkx as nx

    nodes, edges = _national_network(40)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from(sorted(edges))
    raw = nx.spring_layout(graph, seed=15, weight=None, k=2.5 / len(graph) ** 0.5, iterations=300)
    positions = layout(nodes, edges)
    xs = sorted(raw, key=lambda n: raw[n][0])
    assert sorted(positions, key=lambda n: positions[n][0])[:3] == xs[:3]


def test_figures_drawn_beside_the_pages_and_their_failure_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PNGs are drawn in a forked process beside the pages (on more than one core): they
    are all written, and a failure there (a full disk) is the parent's error, leaving the
    previous report whole."""
    import compare.report_figures as figures

    report_module = importlib.import_module("kvinnofrid.report")
    from kvinnofrid.report import write_report
    from kvinnofrid.store import connect
    from models.frameworks import DEFAULT_FRAMEWORK
    from tests.test_report import build_database

    build_database(tmp_path / "k.db")
    db = connect(tmp_path / "k.db")
    calls: list[int] = []
    real_beside = report_module.beside

    def counted(job):  # type: ignore[no-untyped-def]
        calls.append(len(os.sched_getaffinity(0)))
        return real_beside(job)

    monkeypatch.setattr(report_module, "beside", counted)
    written = write_report(db, tmp_path, DEFAULT_FRAMEWORK)
    folder = tmp_path / "report"
    names = {p.name for p in written.files}
    assert calls and {"network.png", "objectives.png", "index.html"} <= names
    assert all((folder / n).stat().st_size > 0 for n in names)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "network.png")

    monkeypatch.setattr(figures, "write_network", full_disk)
    with pytest.raises(OSError) as raised:
        write_report(db, tmp_path, DEFAULT_FRAMEWORK)
    assert raised.value.errno == errno.ENOSPC
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")]
    db.conn.close()
