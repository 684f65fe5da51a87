"""`kvinnofrid report`: read the compared database into the report model and write
out/report/: index.html (overview, heatmaps, gaps, overlap clusters), one county-<code>.html per
county with every goal and action, report.md (the same findings for batch diffs), the PNG
figures and CSVs of coverage, gaps and overlaps. Every database read of the report is in
`load_report` (the comparison records as the analysis reads them,
kvinnofrid.findings.load_comparison_data, plus what the analysis stored); the writers in
compare/ (report_html.py, report_markdown.py, report_tables.py, report_figures.py) render that
model only."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from compare.comparison_records import ActionRow, DocumentRow, GapFinding
from compare.report_model import ClusterRow, NotCounted, Report, ReportInput, build_report
from compare.wording import reason_sv
from kvinnofrid.findings import load_comparison_data
from models.frameworks import DEFAULT_FRAMEWORK

STATIC_FILES = (
    "graph.js", "vendor/cytoscape.min.js", "vendor/cytoscape.LICENSE", "vendor/VENDOR.txt",
)  # fmt: skip


@dataclass
class ReportFiles:
    folder: Path
    files: list[Path] = field(default_factory=list)
    counties: int = 0
    actions: int = 0
    gaps: int = 0
    clusters: int = 0


# ---------------------------------------------------------------------------------------------
# Database reads


def _rows(db: sqlite_utils.Database, sql: str, params: list | None = None) -> list[dict]:
    return list(db.query(sql, params or []))


def load_report(db: sqlite_utils.Database, framework_id: str = DEFAULT_FRAMEWORK) -> Report:
    """The report model of the database for one framework: everything the report shows."""
    return build_report(load_report_input(db, framework_id))


def load_report_input(
    db: sqlite_utils.Database, framework_id: str = DEFAULT_FRAMEWORK
) -> ReportInput:
    """Everything the report shows, for one framework: the comparison records the analysis
    reads (kvinnofrid.findings.load_comparison_data), the gaps and overlap clusters it stored,
    the national level and the documents not counted."""
    fw = _rows(db, "SELECT id, name FROM frameworks WHERE id = ?", [framework_id])
    national_documents, national = load_national(db)
    return ReportInput(
        comparison=load_comparison_data(db, framework_id),
        framework_name=fw[0]["name"] if fw else framework_id,
        gaps=tuple(
            GapFinding(
                r["county_code"],
                r["category"],
                r["subject"],
                r["subject_title"],
                r["value"],
                r["reference"],
                r["severity"],
                r["explanation"],
                _ids(r["evidence"]),
                _ids(r["examples"]),
            )  # fmt: skip
            for r in _rows(
                db,
                "SELECT * FROM gap_findings WHERE framework_id = ? OR framework_id IS NULL",
                [framework_id],
            )
        ),
        clusters=load_clusters(db),
        national_documents=national_documents,
        national=national,
        not_counted=tuple(not_counted(db)),
    )


def load_national(
    db: sqlite_utils.Database,
) -> tuple[tuple[DocumentRow, ...], tuple[ActionRow, ...]]:
    """The national level's documents (documents.level = 'nationell', stored ok) and their
    measures, in file name and document order."""
    documents = tuple(
        DocumentRow(*r)
        for r in db.execute(
            "SELECT id, county_code, title, kind, file_name, period_start, period_end, pages,"
            " status, level, municipality FROM documents WHERE level = 'nationell' AND status = 'ok'"
            " ORDER BY file_name, id"
        )
    )
    rank = {d.id: n for n, d in enumerate(documents)}
    rows = db.execute(
        "SELECT a.id, a.document_id, a.goal_id, a.number, a.text, a.insats, a.page FROM actions a"
        " JOIN documents d ON d.id = a.document_id"
        " WHERE d.level = 'nationell' AND d.status = 'ok' ORDER BY a.id"
    ).fetchall()
    actions = tuple(
        ActionRow(id=r[0], county_code="", document_id=r[1], goal_id=r[2], number=r[3],
                  text=r[4], insats=r[5], page=r[6])
        for r in sorted(rows, key=lambda r: (rank[r[1]], r[0]))
    )  # fmt: skip
    return documents, actions


def load_clusters(db: sqlite_utils.Database) -> tuple[ClusterRow, ...]:
    """The overlap clusters as membership, with their members in stored (report) order and the
    sums of their pairs (methods, closest score, each member's best score) computed by SQLite,
    so no pair is held in memory. A database whose pairs were stored without named clusters
    gets clusters grouped from its pairs (`clusters_from_pairs`)."""
    stored = _rows(db, "SELECT id, label, method, reason FROM overlap_clusters ORDER BY id")
    if not stored:
        return clusters_from_pairs(db)
    members: dict[int, list[int]] = defaultdict(list)
    for cid, aid in db.execute(
        "SELECT cluster_id, action_id FROM overlap_cluster_members ORDER BY cluster_id, position"
    ):
        members[cid].append(aid)
    methods: dict[int, set[str]] = defaultdict(set)
    for cid, method in db.execute("SELECT DISTINCT cluster_id, method FROM overlaps"):
        methods[cid].add(method)
    scores: dict[int, dict[int, float]] = defaultdict(dict)
    for cid, aid, score in db.execute(
        "SELECT cluster_id, action_id, max(score) FROM overlap_members"
        " GROUP BY cluster_id, action_id"
    ):
        scores[cid][aid] = score
    return tuple(
        ClusterRow(r["id"], r["label"], r["method"], r["reason"], tuple(members.get(r["id"], ())),
                   tuple(sorted(methods.get(r["id"], ()))),
                   max(scores.get(r["id"], {}).values(), default=0.0),
                   tuple(sorted(scores.get(r["id"], {}).items())))
        for r in stored
    )  # fmt: skip


def clusters_from_pairs(db: sqlite_utils.Database) -> tuple[ClusterRow, ...]:
    """Clusters of the stored overlap pairs where no cluster is stored: by the pairs' cluster
    ids when every pair has one, else the connected components of the pairs (networkx).
    Numbered 0: the report model numbers them in report order."""
    import networkx as nx

    pairs = db.execute("SELECT action_id_a, action_id_b, score, method, cluster_id FROM overlaps")
    groups: dict[object, list[tuple]] = defaultdict(list)
    rows = pairs.fetchall()
    if rows and all(r[4] is not None for r in rows):
        for r in rows:
            groups[r[4]].append(r)
    else:
        graph = nx.Graph((r[0], r[1]) for r in rows)
        component = {a: n for n, c in enumerate(nx.connected_components(graph)) for a in c}
        for r in rows:
            groups[component[r[0]]].append(r)
    out = []
    for group in groups.values():
        best: dict[int, float] = {}
        for a, b, score, _method, _cid in group:
            for aid in (a, b):
                best[aid] = max(best.get(aid, score), score)
        out.append(ClusterRow(0, "", "", "", tuple(sorted(best)), tuple(sorted({r[3] for r in group})),
                              max(r[2] for r in group), tuple(sorted(best.items()))))  # fmt: skip
    return tuple(out)


def _ids(value: str | None) -> tuple[int, ...]:
    if not value:
        return ()
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return ()
    return tuple(int(x) for x in parsed if isinstance(x, int | str) and str(x).isdigit())


NOT_COUNTED_SQL = """
SELECT d.file_name, d.status, d.error, c.name AS county, k.file_name AS kept,
       EXISTS (SELECT 1 FROM goals g WHERE g.document_id = d.id)
       OR EXISTS (SELECT 1 FROM actions a WHERE a.document_id = d.id) AS has_items
FROM documents d
LEFT JOIN counties c ON c.code = d.county_code
LEFT JOIN documents k ON k.id = d.duplicate_of
WHERE d.status <> 'ok' OR d.county_code IS NULL OR NOT (
    EXISTS (SELECT 1 FROM goals g WHERE g.document_id = d.id)
    OR EXISTS (SELECT 1 FROM actions a WHERE a.document_id = d.id))
ORDER BY d.file_name, d.path
"""


def not_counted(db: sqlite_utils.Database) -> list[NotCounted]:
    """The stored documents the comparison does not count, each with its reason in words:
    failed, needing OCR, the same plan as another, without a county, or without goals and
    actions. Ordered by file name."""
    found = []
    for row in db.query(NOT_COUNTED_SQL):
        status, error = row["status"], row["error"] or ""
        if status == "failed":
            reason = f"kunde inte läsas: {reason_sv(error)}"
        elif status == "needs_ocr":
            reason = f"skannad utan textlager och kunde inte läsas med OCR: {reason_sv(error)}"
        elif status == "duplicate":
            reason = f"samma plan som {row['kept'] or 'ett annat dokument'}: räknas en gång, där"
        elif not row["has_items"]:
            reason = "inga mål eller åtgärder kunde läsas ut"
        else:
            reason = "inget län kunde bestämmas"
        found.append(NotCounted(row["file_name"], row["county"], reason))
    return found


# ---------------------------------------------------------------------------------------------
# Writing


def copy_static(folder: Path) -> list[Path]:
    """The page script and the vendored graph library (with its licence) into the report, so
    the folder opens offline on its own."""
    static = resources.files("compare").joinpath("static")
    out = []
    for name in STATIC_FILES:
        source = static.joinpath(*name.split("/"))
        target = folder / name.rsplit("/", 1)[-1]
        target.write_bytes(source.read_bytes())
        out.append(target)
    return out


def write_report(
    db: sqlite_utils.Database, out_dir: Path, framework_id: str = DEFAULT_FRAMEWORK
) -> ReportFiles:
    """Write out_dir/report/ from the database and return what was written."""
    report = load_report(db, framework_id)
    final = out_dir / "report"
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".report-", dir=out_dir))
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)  # mkdtemp makes it private; the report is for reading
    try:
        result = _write_files(report, folder)
        _move_into_place(folder, final)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result.folder = final
    result.files = [final / f.name for f in result.files]
    return result


def _move_into_place(folder: Path, final: Path) -> None:
    """Replace the report folder by the finished one: the old one is renamed aside, the new
    one renamed into place, the old one removed (renames within out_dir: no partial state a
    reader could see, and a failure before this point leaves the previous report whole)."""
    old = final.with_name(f".{final.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    try:
        folder.rename(final)
    except OSError:
        if old.exists() and not final.exists():
            old.rename(final)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _write_files(report: Report, folder: Path) -> ReportFiles:
    from compare.report_figures import write_charts, write_network_charts
    from compare.report_html import network_views, pages
    from compare.report_markdown import render_markdown
    from compare.report_tables import tables

    result = ReportFiles(folder, counties=len(report.counties), actions=report.n_actions,
                         gaps=len(report.gaps), clusters=len(report.clusters))  # fmt: skip
    views = network_views(report)

    # the network PNGs (one per county; a third of the report's work at national scale) are
    # drawn beside the other figures and the pages when a second core is free
    charts: list[Path] = []
    others: list[Path] = []
    with beside(lambda: write_network_charts(report, views, folder)) as drawn:
        charts += write_charts(report, folder)
        others += copy_static(folder)
        written = itertools.chain(
            pages(report, views), [("report.md", render_markdown(report))], tables(report).items()
        )  # one page at a time: rendered, written, let go
        for name, text in written:
            path = folder / name
            path.write_text(text, encoding="utf-8")
            others.append(path)
    result.files = charts + drawn.result + others
    return result


@dataclass
class _Drawn:
    result: list[Path] = field(default_factory=list)


@contextmanager
def beside(job: Callable[[], list[Path]]) -> Iterator[_Drawn]:
    """Run `job` in a forked child while the body runs, when the process may use more than
    one core and runs no other thread (forking then is safe); else run it first, here. The
    job's paths are in the yielded object after the block; its error is raised here (the
    exception itself, e.g. OSError for a full disk). Leaving the block with an error stops
    the child before it returns, so nothing writes into a folder that is being removed."""
    drawn = _Drawn()
    if len(os.sched_getaffinity(0)) < 2 or threading.active_count() > 1 or os.name != "posix":
        drawn.result = job()
        yield drawn
        return
    import multiprocessing

    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_child, args=(job, send))
    child.start()
    send.close()
    try:
        yield drawn
        try:
            outcome = receive.recv()
        except EOFError:
            outcome = None
        child.join()
    finally:
        if child.is_alive():
            child.terminate()
            child.join()
        receive.close()
    if outcome is None:
        raise RuntimeError(f"the report's figures were not drawn (exit status {child.exitcode})")
    ok, value = outcome
    if not ok:
        raise value
    drawn.result = value


def _child(job: Callable[[], list[Path]], send: Any) -> None:
    try:
        outcome: tuple[bool, Any] = (True, job())
    except BaseException as exc:  # handed to the parent, which raises it
        outcome = (False, exc)
    try:
        send.send(outcome)
    except Exception:  # an exception that does not pickle: its words
        send.send((False, RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))
    send.close()
