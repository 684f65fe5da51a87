"""The report at national scale: a network of 500 nodes or more (hundreds of overlap clusters
and agencies) is laid out too (networkx needs scipy there)."""

from __future__ import annotations

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
