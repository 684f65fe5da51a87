"""The analysis stage's database side: read what the comparison needs (compare/comparison_records.py),
find gaps and overlaps (compare/gaps.py, compare/overlaps.py), write them in one transaction
(tables gap_findings and overlaps), and, when asked for, export the graph (compare/graph.py) as
GraphML and/or GEXF.
Coverage needs no writing: the views `coverage`, `theme_coverage` and `agency_coverage`
(models/schema.py) compute it from the labels whenever they are read."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from compare.comparison_records import (
    ActionRow,
    AgencyRole,
    ComparisonData,
    CountyRow,
    DocumentRow,
    GapFinding,
    GoalRow,
    Label,
    ObjectiveRow,
    OverlapCluster,
    OverlapPair,
    ThemeLabel,
    ThemeRow,
)
from kvinnofrid.graph_files import GRAPH_FILES, graph_formats
from kvinnofrid.store import transaction
from models.frameworks import DEFAULT_FRAMEWORK


@dataclass
class AnalysisStats:
    framework: str
    counties: int = 0
    actions: int = 0
    gaps: int = 0
    gaps_by_category: dict[str, int] = field(default_factory=dict)
    overlap_pairs: int = 0
    overlap_clusters: int = 0
    graph_nodes: int = 0
    graph_edges: int = 0
    graphml: Path | None = None
    gexf: Path | None = None

    def summary(self) -> str:
        cats = ", ".join(f"{n} {c}" for c, n in sorted(self.gaps_by_category.items()))
        return (
            f"analysed {self.actions} actions in {self.counties} counties against {self.framework}:"
            f" {self.gaps} gaps ({cats or 'none'}), {self.overlap_pairs} overlapping pairs in"
            f" {self.overlap_clusters} clusters; " + self.graph_summary()
        )

    def graph_summary(self) -> str:
        written = [p.name for p in (self.graphml, self.gexf) if p is not None]
        if not written:
            return "graph files not asked for (--graph graphml,gexf)"
        return (f"graph {self.graph_nodes} nodes, {self.graph_edges} edges"
                f" -> {', '.join(written)}")  # fmt: skip


def load_comparison_data(
    db: sqlite_utils.Database, framework_id: str = DEFAULT_FRAMEWORK
) -> ComparisonData:
    """Counties, documents, goals and actions (of documents stored ok and placed in a county),
    with their agencies, labels for `framework_id` and themes (each with its evidence)."""
    conn = db.conn
    documents = tuple(
        DocumentRow(*r)
        for r in conn.execute(
            "SELECT id, county_code, title, kind, file_name, period_start, period_end, pages,"
            " status, level, municipality FROM documents WHERE status = 'ok' AND county_code IS NOT NULL"
            " ORDER BY county_code, file_name, id"
        )
    )
    doc_county = {d.id: d.county_code for d in documents}
    # documents in a stable order (county, file name), items in document order: every later
    # tie-break by position then follows the corpus, not the order the database ids were given
    doc_rank = {d.id: n for n, d in enumerate(documents)}
    codes = sorted({d.county_code for d in documents if d.county_code})
    names = dict(conn.execute("SELECT code, name FROM counties").fetchall())
    counties = tuple(CountyRow(code, names.get(code, code)) for code in codes)

    objective_rows = conn.execute(
        "SELECT o.code, o.title, o.id FROM objectives o WHERE o.framework_id = ? ORDER BY o.id",
        [framework_id],
    ).fetchall()
    from models.frameworks import load_frameworks

    framework = load_frameworks().get(framework_id)
    cross = framework.cross_cutting.code if framework else None
    order = framework.codes if framework else []
    objectives = tuple(
        sorted(
            (ObjectiveRow(code, title, code == cross, oid) for code, title, oid in objective_rows),
            key=lambda o: (o.cross_cutting, order.index(o.code) if o.code in order else 99, o.code),
        )
    )
    themes = tuple(
        ThemeRow(code, title, tid)
        for code, title, tid in conn.execute("SELECT code, title, id FROM themes ORDER BY id")
    )

    action_labels = _labels(conn, "action", framework_id)
    goal_labels = _labels(conn, "goal", framework_id)
    agencies: dict[int, list[AgencyRole]] = defaultdict(list)
    for aid, agency_id, name, kind, role, mention in conn.execute(
        "SELECT aa.action_id, ag.id, ag.name, ag.kind, aa.role, aa.mention FROM action_agencies aa"
        " JOIN agencies ag ON ag.id = aa.agency_id ORDER BY aa.action_id, aa.role, ag.name"
    ):
        agencies[aid].append(AgencyRole(name, kind or "", role, agency_id, mention))
    themes_of: dict[int, list[ThemeLabel]] = defaultdict(list)
    for aid, code, evidence in conn.execute(
        "SELECT at.action_id, t.code, at.evidence FROM action_themes at"
        " JOIN themes t ON t.id = at.theme_id ORDER BY at.action_id, t.id"
    ):
        themes_of[aid].append(ThemeLabel(code, evidence))

    goals = tuple(
        GoalRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(goal_labels.get(r[0], ())), r[6])
        for r in conn.execute(
            "SELECT id, document_id, parent_id, number, title, page, level FROM goals ORDER BY id"
        )
        if r[1] in doc_county
    )
    goals = tuple(sorted(goals, key=lambda g: (doc_rank[g.document_id], g.id)))
    actions = tuple(
        ActionRow(
            id=r[0], county_code=doc_county[r[1]] or "", document_id=r[1], goal_id=r[2],
            number=r[3], text=r[4], responsible=r[5], insats=r[6], indicators=r[7],
            frequency=r[8], page=r[9], agencies=tuple(agencies.get(r[0], ())),
            labels=tuple(action_labels.get(r[0], ())),
            themes=tuple(t.code for t in themes_of.get(r[0], ())),
            theme_labels=tuple(themes_of.get(r[0], ())),
        )
        for r in conn.execute(
            "SELECT id, document_id, goal_id, number, text, responsible, insats, indicators,"
            " frequency, page FROM actions ORDER BY id"
        )
        if r[1] in doc_county
    )  # fmt: skip
    actions = tuple(sorted(actions, key=lambda a: (doc_rank[a.document_id], a.id)))
    return ComparisonData(
        framework_id=framework_id,
        counties=counties,
        documents=documents,
        goals=goals,
        actions=actions,
        objectives=objectives,
        themes=themes,
    )


def _labels(conn: sqlite3.Connection, item: str, framework_id: str) -> dict[int, list[Label]]:
    """The objective labels of every action or goal (`item`), primary first, then by score."""
    labels: dict[int, list[Label]] = defaultdict(list)
    for item_id, code, score, primary, evidence, method in conn.execute(
        f"SELECT l.{item}_id, o.code, l.score, l.is_primary, l.evidence, l.method"
        f" FROM {item}_objectives l JOIN objectives o ON o.id = l.objective_id"
        f" WHERE o.framework_id = ? ORDER BY l.{item}_id, l.is_primary DESC, l.score DESC, o.code",
        [framework_id],
    ):
        labels[item_id].append(Label(code, float(score), bool(primary), evidence, method))
    return labels


@dataclass(frozen=True)
class NamedCluster:
    """An overlap cluster as stored: its stable number, name, why its members match, and its
    members in report order."""

    number: int
    label: str
    method: str
    reason: str
    words: tuple[str, ...]
    counties: tuple[str, ...]
    members: tuple[int, ...]


def name_clusters(data: ComparisonData, overlaps: list[OverlapPair]) -> list[NamedCluster]:
    """Every cluster of the (renumbered) pairs, named by what its members share."""
    from compare.overlaps import name_cluster

    by_id = {a.id: a for a in data.actions}
    rank = {a.id: n for n, a in enumerate(data.actions)}
    pairs: dict[int, list[OverlapPair]] = defaultdict(list)
    for p in overlaps:
        pairs[p.cluster_id or 0].append(p)
    out = []
    for number in sorted(pairs):
        members = sorted({i for p in pairs[number] for i in (p.action_id_a, p.action_id_b)},
                         key=lambda i: rank.get(i, i))  # fmt: skip
        method = min(p.method for p in pairs[number])  # named-initiative before wording
        group = next((p.group for p in pairs[number] if p.method == method), "")
        texts = [(by_id[i].county_code, by_id[i].text) for i in members if i in by_id]
        name = name_cluster(texts, method, group)
        out.append(NamedCluster(number, name.label, method, name.reason, name.words,
                                tuple(sorted({c for c, _t in texts})), tuple(members)))  # fmt: skip
    return out


def store_findings(
    db: sqlite_utils.Database,
    framework_id: str,
    gaps: list[GapFinding],
    overlaps: list[OverlapPair],
    clusters: list[NamedCluster] = (),  # type: ignore[assignment]
) -> None:
    """Replace the framework's gap findings and all overlaps and clusters, in one transaction."""
    with transaction(db) as conn:
        conn.execute("DELETE FROM gap_findings WHERE framework_id = ?", (framework_id,))
        conn.execute("DELETE FROM overlaps")
        conn.execute("DELETE FROM overlap_cluster_members")
        conn.execute("DELETE FROM overlap_clusters")
        conn.executemany(
            "INSERT INTO overlap_clusters (id, label, method, reason, shared_words, counties,"
            " actions) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(c.number, c.label, c.method, c.reason, json.dumps(list(c.words), ensure_ascii=False),
              ",".join(c.counties), len(c.members)) for c in clusters],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO overlap_cluster_members (cluster_id, action_id, position)"
            " VALUES (?, ?, ?)",
            [(c.number, aid, n) for c in clusters for n, aid in enumerate(c.members, start=1)],
        )
        conn.executemany(
            "INSERT INTO gap_findings (framework_id, county_code, category, subject, subject_title,"
            " value, reference, severity, explanation, evidence, examples)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (framework_id, g.county_code, g.category, g.subject, g.subject_title,
                 g.value, g.reference, g.severity, g.explanation,
                 json.dumps(list(g.evidence)), json.dumps(list(g.examples)))
                for g in gaps
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO overlaps (action_id_a, action_id_b, score, method, cluster_id)"
            " VALUES (?, ?, ?, ?, ?)",
            [(p.action_id_a, p.action_id_b, p.score, p.method, p.cluster_id) for p in overlaps],
        )


def analyse_database(
    db: sqlite_utils.Database,
    framework_id: str = DEFAULT_FRAMEWORK,
    out_dir: Path | None = None,
    graph: Iterable[str] = (),
) -> AnalysisStats:
    """Gaps and overlaps into the database (one transaction); the graph, only when asked for, as
    OUT/graph.graphml and/or OUT/graph.gexf (`graph`: formats, see `graph_formats`). The
    report's network view is drawn from the report model, not from these files, so by default
    none is written; a graph file of an earlier analysis that was not asked for again is
    removed, so what is in OUT always describes the database. Classification
    (kvinnofrid.classification.classify_database) must have run for the framework."""
    from compare.gaps import find_gaps
    from compare.overlaps import find_overlaps, renumber_clusters

    formats = graph_formats(list(graph))
    data = load_comparison_data(db, framework_id)
    gaps = find_gaps(data) if data.actions else []
    overlaps = find_overlaps(data.actions) if data.actions else []
    rank = {a.id: n for n, a in enumerate(data.actions)}
    overlaps = renumber_clusters(overlaps, rank)
    clusters = name_clusters(data, overlaps)
    store_findings(db, framework_id, gaps, overlaps, clusters)
    stats = AnalysisStats(
        framework=framework_id,
        counties=len(data.acting_counties()),
        actions=len(data.actions),
        gaps=len(gaps),
        overlap_pairs=len(overlaps),
        overlap_clusters=len({p.cluster_id for p in overlaps}),
    )
    for gap in gaps:
        stats.gaps_by_category[gap.category] = stats.gaps_by_category.get(gap.category, 0) + 1
    if out_dir is None:
        return stats
    for fmt, name in GRAPH_FILES.items():
        if fmt not in formats:
            (out_dir / name).unlink(missing_ok=True)  # stale: from an earlier analysis
    if formats:
        _write_graph_files(stats, data, overlaps, clusters, out_dir, formats)
    return stats


def _write_graph_files(
    stats: AnalysisStats,
    data: ComparisonData,
    overlaps: list[OverlapPair],
    clusters: list[NamedCluster],
    out_dir: Path,
    formats: tuple[str, ...],
) -> None:
    """The graph (compare/graph.py) in the formats asked for, each written aside and renamed
    into place when whole: a failure (a full disk) leaves the previous file as it was."""
    from compare.graph import build_graph, write_graph

    graph = build_graph(data, overlaps, [
        OverlapCluster(c.number, list(c.members), c.label, c.method) for c in clusters
    ])  # fmt: skip
    stats.graph_nodes, stats.graph_edges = graph.number_of_nodes(), graph.number_of_edges()
    out_dir.mkdir(parents=True, exist_ok=True)
    finals = {fmt: out_dir / GRAPH_FILES[fmt] for fmt in formats}
    aside = {fmt: p.with_name(f".{p.name}.part") for fmt, p in finals.items()}
    try:
        write_graph(graph, {fmt: str(p) for fmt, p in aside.items()})
        for fmt, final in finals.items():
            aside[fmt].replace(final)
    finally:
        for part in aside.values():
            part.unlink(missing_ok=True)
    stats.graphml, stats.gexf = finals.get("graphml"), finals.get("gexf")
