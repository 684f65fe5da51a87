"""The comparison as a network for people: counties, objectives, themes, agencies and overlap
clusters as nodes (size by number of actions, colour by kind), linked by the actions they
share; each node carries its actions, so a click lists them with page and snippet. Built from
the report model (compare/report_model.py), laid out once (networkx spring layout, fixed seed), and
drawn twice from the same positions: interactively in the HTML report (cytoscape, vendored in
compare/static/vendor/) and as a static PNG for report.md and printing (compare/charts.py).
Pure functions; deterministic for a given report."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from compare.report_model import OSPECIFICERAD, ActionView, Report

KINDS = {  # kind -> (Swedish name, colour)
    "county": ("Län", "#7a0177"),
    "objective": ("Målsättning", "#1b7837"),
    "theme": ("Tema", "#2166ac"),
    "agency": ("Aktör", "#d6604d"),
    "cluster": ("Överlapp", "#b8860b"),
    "national": ("Nationell åtgärd", "#4d4d4d"),
}
SNIPPET = 180  # characters of an action's text in the list under the graph


@dataclass
class NetworkNode:
    id: str
    label: str
    kind: str
    actions: set[int] = field(default_factory=set)  # action ids


@dataclass
class Network:
    nodes: dict[str, NetworkNode]
    edges: dict[tuple[str, str], int]  # (county node, other node) -> shared actions
    positions: dict[str, tuple[float, float]]


def build_network(report: Report) -> Network:
    """Every compared county, objective, theme, agency (vague ones left out) and overlap
    cluster with their actions; an edge from a county to each other node it shares actions
    with, weighted by their number."""
    nodes: dict[str, NetworkNode] = {}

    def node(nid: str, label: str, kind: str) -> NetworkNode:
        return nodes.setdefault(nid, NetworkNode(nid, label, kind))

    objectives = {o.code: o for o in report.objectives}
    themes = report.theme_titles
    for county in report.compared:
        node(f"county:{county.code}", f"{county.name} ({county.code})", "county")
    for action in sorted(report.actions.values(), key=lambda a: a.order):
        if not any(c.code == action.county_code for c in report.compared):
            continue
        nodes[f"county:{action.county_code}"].actions.add(action.id)
        for label in action.objectives:
            o = objectives.get(label.objective_code)
            if o is not None:
                title = o.title if o.cross_cutting else f"{o.code}. {o.title}"
                node(f"objective:{o.code}", title, "objective").actions.add(action.id)
        for theme in action.themes:
            node(f"theme:{theme.code}", themes.get(theme.code, theme.code), "theme").actions.add(
                action.id
            )
        for link in action.leads + action.partners:
            if link.kind != OSPECIFICERAD:
                node(f"agency:{link.name}", link.name, "agency").actions.add(action.id)
    for measure in report.national:
        ids = {a.id for found in measure.counterparts.values() for a in found}
        if ids:
            text = (
                measure.text
                if len(measure.text) <= 60
                else measure.text[:59].rsplit(" ", 1)[0] + " …"
            )
            node(f"national:{measure.number}", text, "national").actions.update(ids)
    for cluster in report.clusters:
        label = cluster.label or f"Kluster {cluster.number}"
        n = node(f"cluster:{cluster.number}", label, "cluster")
        n.actions.update(m.id for m in cluster.members)
    county_of = {a.id: a.county_code for a in report.actions.values()}
    edges: dict[tuple[str, str], int] = defaultdict(int)
    for n in nodes.values():
        if n.kind == "county":
            continue
        for aid in n.actions:
            edges[(f"county:{county_of[aid]}", n.id)] += 1
    return Network(nodes, dict(sorted(edges.items())), layout(nodes, edges))


CORE_NODES = 300  # a larger network lays out this many nodes by force, the rest beside them
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def layout(
    nodes: dict[str, NetworkNode], edges: dict[tuple[str, str], int]
) -> dict[str, tuple[float, float]]:
    """Positions in 0..1000 × 0..1000: the networkx spring layout, unweighted (so the hubs do
    not collapse into one spot) and with more room between nodes than its default, a fixed
    seed, nodes and edges added in sorted order, so the same report gives the same picture.

    A network of more than CORE_NODES nodes (hundreds of overlap clusters and agencies at
    national scale) lays out its core by force: the nodes with the most actions, counties
    first. Every other node links only to nodes of the core (the counties) and is placed
    where they pull it, at the weighted mean of its neighbours, spread on a sunflower spiral
    around that spot among the nodes pulled to the same place. The spring layout's cost
    grows with the square of the nodes (40 s for 1,647 nodes); this grows with the edges."""
    if not nodes:
        return {}
    if len(nodes) <= CORE_NODES:
        return _scaled(_spring(sorted(nodes), edges))
    ranked = sorted(nodes, key=lambda n: (nodes[n].kind != "county", -len(nodes[n].actions), n))
    core = set(ranked[:CORE_NODES])
    raw = _spring(sorted(core), {e: w for e, w in edges.items() if core.issuperset(e)})
    pulls: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), weight in sorted(edges.items()):
        if a in core and b not in core:
            pulls[b].append((a, weight))
        elif b in core and a not in core:
            pulls[a].append((b, weight))
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    centre = (sum(xs) / len(xs), sum(ys) / len(ys))
    step = 0.8 * (max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0) / len(nodes) ** 0.5
    placed: dict[tuple[int, int], int] = defaultdict(int)  # spot (on a grid) -> nodes there
    for nid in ranked[CORE_NODES:]:
        near = pulls.get(nid)
        if near:
            total = sum(w for _, w in near)
            spot = (sum(raw[n][0] * w for n, w in near) / total,
                    sum(raw[n][1] * w for n, w in near) / total)  # fmt: skip
        else:
            spot = centre
        key = (round(spot[0] / step), round(spot[1] / step))
        i = placed[key] = placed[key] + 1
        radius, angle = step * math.sqrt(i), i * GOLDEN_ANGLE
        raw[nid] = (spot[0] + radius * math.cos(angle), spot[1] + radius * math.sin(angle))
    return _scaled(raw)


def _spring(order: list[str], edges: dict[tuple[str, str], int]) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(order)
    for (a, b), weight in sorted(edges.items()):
        graph.add_edge(a, b, weight=weight)
    spread = 2.5 / max(len(graph), 1) ** 0.5
    raw = nx.spring_layout(graph, seed=15, weight=None, k=spread, iterations=300)
    return {nid: (float(p[0]), float(p[1])) for nid, p in raw.items()}


def _scaled(raw: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {
        nid: (round(50 + 900 * (p[0] - min(xs)) / span_x, 1),
              round(50 + 900 * (p[1] - min(ys)) / span_y, 1))
        for nid, p in sorted(raw.items())
    }  # fmt: skip


def network_data(report: Report, net: Network, county: str | None = None) -> dict:
    """The network as the page's script reads it (cytoscape elements, the actions they list,
    the kinds with their colours). For a county page: that county, the nodes it shares actions
    with, and only its own actions."""
    keep = set(net.nodes)
    mine: set[int] | None = None  # the county's actions (its node holds every one of them)
    if county is not None:
        own = f"county:{county}"
        keep = {own} | {b for (a, b) in net.edges if a == own}
        mine = net.nodes[own].actions if own in net.nodes else set()
    actions: dict[int, ActionView] = {}
    elements: list[dict] = []
    for nid in sorted(keep, key=lambda n: (list(KINDS).index(net.nodes[n].kind), n)):
        n = net.nodes[nid]
        ids = sorted(n.actions if mine is None else n.actions & mine,
                     key=lambda i: report.actions[i].order)  # fmt: skip
        for i in ids:
            actions[i] = report.actions[i]
        x, y = net.positions.get(nid, (500.0, 500.0))
        elements.append({
            "group": "nodes",
            "data": {"id": nid, "label": n.label, "kind": n.kind, "size": len(ids),
                     "actions": [report.actions[i].order for i in ids]},
            "position": {"x": x, "y": y},
        })  # fmt: skip
    for (a, b), weight in net.edges.items():
        if a in keep and b in keep:
            elements.append(
                {"group": "edges", "data": {"id": f"{a}|{b}", "source": a, "target": b,
                                            "weight": weight}}
            )  # fmt: skip
    listed = sorted(actions.values(), key=lambda a: a.order)
    return {
        "elements": elements,
        "actions": {
            str(a.order): {
                "county": a.county_code, "file": a.file_name, "number": a.number or "–",
                "page": a.page, "href": a.href, "text": _snippet(a.text),
            }
            for a in listed
        },
        "kinds": {kind: {"title": title, "colour": colour} for kind, (title, colour) in KINDS.items()},
    }  # fmt: skip


def network_json(data: dict) -> str:
    """JSON safe inside a <script type="application/json"> element (no "</" can close it)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rsplit(" ", 1)[0] + " …"
