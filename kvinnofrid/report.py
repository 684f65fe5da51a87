"""`kvinnofrid report`: read the compared database and write out/report/: index.html (overview,
heatmaps, gaps, overlap clusters), one county-<code>.html per county with every goal and action,
report.md (the same findings for batch diffs), the PNG figures and CSVs of coverage, gaps and
overlaps. Every database read of the report is in `load_report_input`, which reads the
comparison records the way the analysis does (kvinnofrid.analysis.load_comparison_data)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import sqlite_utils
from jinja2 import Environment, PackageLoader

from compare.charts import (
    agency_heatmap,
    objective_heatmap,
    theme_heatmap,
    write_heatmap,
    write_network,
)
from compare.network import KINDS, build_network, network_data, network_json
from compare.records import ActionRow, DocumentRow, GapFinding, OverlapPair
from compare.report import (
    CATEGORY_TITLES,
    KIND_TITLES,
    SEVERITY_TITLES,
    ClusterRow,
    Report,
    ReportInput,
    agency_coverage_table,
    build_report,
    coverage_table,
    explain_label,
    explain_theme,
    gap_figures,
    gaps_table,
    overlaps_table,
    render_markdown,
    slug,
    theme_coverage_table,
)
from compare.wording import plural, reason_sv
from kvinnofrid.analysis import load_comparison_data
from models.frameworks import DEFAULT_FRAMEWORK

OBJECTIVES_PNG = "objectives.png"
THEMES_PNG = "themes.png"
AGENCIES_PNG = "agencies.png"
MAX_AGENCIES = 25  # rows of the agency × county chart: the agencies that lead most
NETWORK_PNG = "network.png"
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


def load_report_input(
    db: sqlite_utils.Database, framework_id: str = DEFAULT_FRAMEWORK
) -> ReportInput:
    """Everything the report shows, for one framework: the comparison records the analysis
    reads (kvinnofrid.analysis.load_comparison_data) and the gaps and overlaps it stored."""
    fw = _rows(db, "SELECT id, name FROM frameworks WHERE id = ?", [framework_id])
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
        national_documents=(national := load_national(db))[0],
        national=national[1],
        overlaps=tuple(
            OverlapPair(
                r["action_id_a"], r["action_id_b"], r["score"], r["method"], r["cluster_id"]
            )
            for r in _rows(
                db, "SELECT action_id_a, action_id_b, score, method, cluster_id FROM overlaps"
            )
        ),
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
    """The named overlap clusters with their members in stored (report) order."""
    members: dict[int, list[int]] = {}
    for cid, aid in db.execute(
        "SELECT cluster_id, action_id FROM overlap_cluster_members ORDER BY cluster_id, position"
    ):
        members.setdefault(cid, []).append(aid)
    return tuple(
        ClusterRow(r["id"], r["label"], r["method"], r["reason"], tuple(members.get(r["id"], ())))
        for r in _rows(db, "SELECT id, label, method, reason FROM overlap_clusters ORDER BY id")
    )


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


def not_counted(db: sqlite_utils.Database) -> list[dict[str, str | None]]:
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
        found.append({"file_name": row["file_name"], "county": row["county"], "reason": reason})
    return found


def not_counted_markdown(rows: list[dict[str, str | None]]) -> str:
    lines = ["", f"## Dokument som inte räknas ({len(rows)})", ""]
    if not rows:
        return "\n".join([*lines, "Alla inlästa dokument räknas.", ""])
    lines += ["| Dokument | Län | Orsak |", "|---|---|---|"]
    for r in rows:
        cells = (r["file_name"], r["county"] or "–", r["reason"])
        lines.append("| " + " | ".join(_md_cell(str(c)) for c in cells) + " |")
    return "\n".join([*lines, ""])


def _md_cell(text: str) -> str:
    """Document text in a Markdown table cell: no HTML, no table breaks, no line breaks."""
    import html

    return html.escape(" ".join(text.split())).replace("|", "\\|")


# ---------------------------------------------------------------------------------------------
# Rendering


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("compare", "templates"),
        autoescape=True,  # all document text is HTML-escaped
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda x: f"{x:.0%}"
    env.filters["score"] = lambda x: f"{x:.2f}"
    env.filters["slug"] = slug
    env.filters["number"] = lambda x: "–" if x is None else f"{x:.2f}".rstrip("0").rstrip(".")
    env.filters["plural"] = plural
    env.filters["explain"] = explain_label
    env.filters["explain_theme"] = explain_theme
    env.filters["figures"] = gap_figures
    env.globals.update(
        CATEGORY_TITLES=CATEGORY_TITLES, SEVERITY_TITLES=SEVERITY_TITLES, KIND_TITLES=KIND_TITLES
    )
    return env


def network_views(report: Report) -> dict[str | None, dict]:
    """The network's data for index.html (key None) and for each compared county's page."""
    net = build_network(report)
    views: dict[str | None, dict] = {None: network_data(report, net)}
    for county in report.compared:
        views[county.code] = network_data(report, net, county.code)
    return views


def network_png(code: str | None) -> str:
    return NETWORK_PNG if code is None else f"network-{code}.png"


def render_pages(
    report: Report,
    views: dict[str | None, dict] | None = None,
    not_counted: list | None = None,
) -> dict[str, str]:
    """File name → HTML for index.html and every county page."""
    env = _environment()
    views = network_views(report) if views is None else views
    kinds = {
        kind: {"title": t, "colour": c} for kind, (t, c) in KINDS.items() if kind != "national"
    }
    pages = {"index.html": env.get_template("index.html.j2").render(
        report=report, objectives_png=OBJECTIVES_PNG, themes_png=THEMES_PNG,
        agencies_png=AGENCIES_PNG,
        graph_json=network_json(views[None]), network_png=NETWORK_PNG, graph_kinds=kinds,
        not_counted=not_counted or [],
    )}  # fmt: skip
    county_template = env.get_template("county.html.j2")
    for county in report.counties:
        view = views.get(county.code)
        pages[county.page] = county_template.render(
            report=report, county=county, county_gaps=report.county_gaps(county.code),
            graph_json=network_json(view) if view else "", network_png=network_png(county.code),
            graph_kinds=kinds,
        )  # fmt: skip
    return pages


def write_network_charts(report: Report, views: dict[str | None, dict], folder: Path) -> list[Path]:
    names = {c.code: c.name for c in report.counties}
    return [
        write_network(view, folder / network_png(code),
                      "Nätverk: län, målsättningar, teman, aktörer och överlapp" if code is None
                      else f"Nätverk: {names.get(code, code)} ({code})")
        for code, view in views.items()
    ]  # fmt: skip


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


def write_charts(report: Report, folder: Path) -> list[Path]:
    counties = [f"{c.name} ({c.code})" for c in report.compared]
    totals = [c.n_actions for c in report.compared]
    primary, labelled = [], []
    for county in report.compared:
        cells = [report.cell(county.code, o.code) for o in report.objectives]
        primary.append([len(c.primary) if c else 0 for c in cells])
        labelled.append([len(c.labelled) if c else 0 for c in cells])
    objectives = [f"{o.code}. {o.title}" for o in report.objectives]
    themes_matrix = [
        [
            len(c.labelled) if (c := report.cell(county.code, t.code, "theme")) else 0
            for county in report.compared
        ]
        for t in report.themes
    ]
    led: dict[str, list[int]] = {}
    for cell in report.agency_coverage:
        led.setdefault(cell.subject, [0] * len(report.compared))
    index = {c.code: n for n, c in enumerate(report.compared)}
    for cell in report.agency_coverage:
        led[cell.subject][index[cell.county_code]] += len(cell.primary)
    leading = sorted((name for name in led if sum(led[name])), key=lambda n: (-sum(led[n]), n))
    leading = leading[:MAX_AGENCIES]
    return [
        write_heatmap(
            objective_heatmap(counties, objectives, primary, labelled, totals),
            folder / OBJECTIVES_PNG,
        ),
        write_heatmap(
            agency_heatmap(leading, counties, [led[n] for n in leading], totals),
            folder / AGENCIES_PNG,
            cell_width=2.2,
            cell_height=0.36,
        ),
        write_heatmap(
            theme_heatmap(counties, [t.title for t in report.themes], themes_matrix, totals),
            folder / THEMES_PNG,
            cell_width=2.2,
            cell_height=0.42,
        ),
    ]


def csv_text(rows: list[dict[str, object]], columns: list[str] | None = None) -> str:
    buffer = io.StringIO()
    fields = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_report(
    db: sqlite_utils.Database, out_dir: Path, framework_id: str = DEFAULT_FRAMEWORK
) -> ReportFiles:
    """Write out_dir/report/ from the database and return what was written."""
    report = build_report(load_report_input(db, framework_id))
    final = out_dir / "report"
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".report-", dir=out_dir))
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)  # mkdtemp makes it private; the report is for reading
    try:
        result = _write_files(db, report, folder)
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


def _write_files(db: sqlite_utils.Database, report: Report, folder: Path) -> ReportFiles:
    result = ReportFiles(folder, counties=len(report.counties), actions=report.n_actions,
                         gaps=len(report.gaps), clusters=len(report.clusters))  # fmt: skip
    for pattern in ("county-*.html", "network-*.png"):
        for stale in folder.glob(pattern):
            stale.unlink()
    views = network_views(report)
    result.files += write_charts(report, folder)
    result.files += write_network_charts(report, views, folder)
    result.files += copy_static(folder)
    skipped = not_counted(db)
    texts = render_pages(report, views, skipped)
    texts["report.md"] = render_markdown(report) + not_counted_markdown(skipped)
    tables = {
        "coverage.csv": coverage_table(report),
        "theme_coverage.csv": theme_coverage_table(report),
        "agency_coverage.csv": agency_coverage_table(report),
        "gaps.csv": gaps_table(report),
        "overlaps.csv": overlaps_table(report),
    }
    for name, rows in tables.items():
        texts[name] = csv_text(rows, CSV_COLUMNS[name])
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        result.files.append(path)
    return result


CSV_COLUMNS: dict[str, list[str]] = {
    "coverage.csv": [
        "county_code", "county", "framework", "objective", "objective_title", "actions", "primary",
        "any_label", "share", "primary_share", "actions_any_label",
    ],
    "theme_coverage.csv": [
        "county_code", "county", "theme", "theme_title", "actions", "labelled", "share", "actions_labelled",
    ],
    "agency_coverage.csv": [
        "county_code", "county", "agency", "agency_kind", "led", "partner", "actions_led", "actions_partner",
    ],
    "gaps.csv": [
        "county_code", "county", "category", "subject", "subject_title", "severity", "value", "reference",
        "explanation", "evidence", "examples",
    ],
    "overlaps.csv": [
        "cluster", "label", "score", "method", "county_a", "document_a", "number_a", "text_a", "county_b",
        "document_b", "number_b", "text_b",
    ],
}  # fmt: skip
