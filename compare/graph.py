"""The comparison as a graph (networkx): counties, documents, goals, actions, agencies,
objectives, themes and overlap clusters as nodes; county→document→goal(→subgoal)→action,
action→agency (role lead or partner), goal/action→objective (score, primary), action→theme and
action→cluster "member_of" (a cluster of actions in different counties that do the same thing,
with its name) as edges; a cluster is membership, not every pair of its members, so the graph
grows with the actions, not with their pairs. Without clusters, the pairs are "similar" edges. Every node carries its database table
and id (`db_table`, `db_id`, as text: a county's id is its code) and a `label`, so the GraphML
and GEXF files (Gephi) can be traced back to rows."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from compare.comparison_records import ComparisonData, OverlapCluster, OverlapPair

SIMILAR = "similar"
MEMBER_OF = "member_of"


def node_id(kind: str, key: object) -> str:
    """The graph id of a node: "action:17", "county:AB", "objective:3", "theme:barn"."""
    return f"{kind}:{key}"


def _clean(attrs: dict[str, object]) -> dict[str, object]:
    """GraphML and GEXF take no None values."""
    return {k: v for k, v in attrs.items() if v is not None}


def build_graph(
    data: ComparisonData,
    overlaps: Sequence[OverlapPair] = (),
    clusters: Sequence[OverlapCluster] = (),
) -> nx.DiGraph:
    graph = nx.DiGraph(framework=data.framework_id)

    def add(kind: str, key: object, table: str, db_id: object, label: str, **attrs: object) -> str:
        nid = node_id(kind, key)
        graph.add_node(nid, **_clean({"kind": kind, "db_table": table, "db_id": str(db_id),
                                      "label": label, **attrs}))  # fmt: skip
        return nid

    def link(source: str, target: str, relation: str, **attrs: object) -> None:
        graph.add_edge(source, target, **_clean({"relation": relation, **attrs}))

    counties = {c.code for c in data.counties}
    for county in data.counties:
        add("county", county.code, "counties", county.code, county.name, county_code=county.code)
    for doc in data.documents:
        nid = add("document", doc.id, "documents", doc.id, doc.title or doc.file_name,
                  county_code=doc.county_code, document_kind=doc.kind, file_name=doc.file_name)  # fmt: skip
        if doc.county_code in counties:
            link(node_id("county", doc.county_code), nid, "has_document")
    doc_county = {d.id: d.county_code for d in data.documents}
    for objective in data.objectives:
        add("objective", objective.code, "objectives", objective.db_id or objective.code,
            f"{objective.code}. {objective.title}" if not objective.cross_cutting else objective.title,
            code=objective.code, cross_cutting=objective.cross_cutting)  # fmt: skip
    for theme in data.themes:
        add("theme", theme.code, "themes", theme.db_id or theme.code, theme.title, code=theme.code)

    goal_ids = {g.id for g in data.goals}
    for goal in data.goals:
        nid = add("goal", goal.id, "goals", goal.id,
                  f"{goal.number}. {goal.title}" if goal.number else goal.title,
                  county_code=doc_county.get(goal.document_id), number=goal.number,
                  title=goal.title, page=goal.page, document_id=goal.document_id)  # fmt: skip
    for goal in data.goals:
        nid = node_id("goal", goal.id)
        if goal.parent_id in goal_ids:
            link(node_id("goal", goal.parent_id), nid, "has_goal")
        else:
            link(node_id("document", goal.document_id), nid, "has_goal")
        for label in goal.labels:
            link(nid, node_id("objective", label.objective_code), "addresses",
                 score=label.score, primary=label.is_primary)  # fmt: skip

    for action in data.actions:
        county = data.county_name(action.county_code)
        nid = add("action", action.id, "actions", action.id,
                  f"{county} {action.number}" if action.number else f"{county} #{action.id}",
                  county_code=action.county_code, number=action.number, text=action.text,
                  page=action.page, document_id=action.document_id)  # fmt: skip
        parent = (
            node_id("goal", action.goal_id) if action.goal_id in goal_ids
            else node_id("document", action.document_id)
        )  # fmt: skip
        link(parent, nid, "has_action")
        for role in action.agencies:
            aid = add("agency", role.name, "agencies", role.agency_id or role.name, role.name,
                      agency_kind=role.kind)  # fmt: skip
            link(nid, aid, "responsible", role=role.role)
        for label in action.labels:
            link(nid, node_id("objective", label.objective_code), "addresses",
                 score=label.score, primary=label.is_primary)  # fmt: skip
        for theme in action.themes:
            link(nid, node_id("theme", theme), "about")

    actions = {a.id for a in data.actions}
    for cluster in clusters:
        cid = add("cluster", cluster.cluster_id, "overlap_clusters", cluster.cluster_id,
                  cluster.label or f"Kluster {cluster.cluster_id}", method=cluster.method)  # fmt: skip
        for aid in cluster.action_ids:
            if aid in actions:
                link(node_id("action", aid), cid, MEMBER_OF)
    for pair in overlaps if not clusters else ():
        link(node_id("action", pair.action_id_a), node_id("action", pair.action_id_b), SIMILAR,
             score=pair.score, method=pair.method, cluster_id=pair.cluster_id,
             shared=pair.detail or None, group=pair.group or None)  # fmt: skip
    return graph


def write_graph(graph: nx.DiGraph, paths: dict[str, str]) -> None:
    """The graph in each format asked for ({"graphml": path, "gexf": path}; Gephi opens both)."""
    if "graphml" in paths:
        nx.write_graphml(graph, paths["graphml"])
    if "gexf" in paths:
        nx.write_gexf(graph, paths["gexf"])
