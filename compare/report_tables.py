"""The report's CSV files from the report model (compare/report_model.py): coverage, theme and
agency coverage, gaps and overlap clusters (one row per member). Stable order, no database ids.
Pure functions."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from compare.report_model import Report

# Tables for the CSV files (stable order, no database ids except as a link column)


def _action_refs(report: Report, ids: Iterable[int]) -> str:
    views = sorted((report.actions[i] for i in ids if i in report.actions), key=lambda a: a.order)
    return "; ".join(f"{a.file_name} {a.number or '–'}" for a in views)


def coverage_table(report: Report) -> list[dict[str, object]]:
    names = {c.code: c.name for c in report.compared}
    return [
        {
            "county_code": c.county_code,
            "county": names[c.county_code],
            "framework": report.framework_id,
            "objective": c.subject,
            "objective_title": c.title,
            "actions": c.total,
            "primary": len(c.primary),
            "any_label": len(c.labelled),
            "share": f"{c.share:.3f}",
            "primary_share": f"{c.primary_share:.3f}",
            "actions_any_label": _action_refs(report, c.labelled),
        }  # fmt: skip
        for c in report.coverage
    ]


def theme_coverage_table(report: Report) -> list[dict[str, object]]:
    names = {c.code: c.name for c in report.compared}
    return [
        {
            "county_code": c.county_code,
            "county": names[c.county_code],
            "theme": c.subject,
            "theme_title": c.title,
            "actions": c.total,
            "labelled": len(c.labelled),
            "share": f"{c.share:.3f}",
            "actions_labelled": _action_refs(report, c.labelled),
        }  # fmt: skip
        for c in report.theme_coverage
    ]


def agency_coverage_table(report: Report) -> list[dict[str, object]]:
    names = {c.code: c.name for c in report.compared}
    return [
        {
            "county_code": c.county_code,
            "county": names[c.county_code],
            "agency": c.subject,
            "agency_kind": c.title,
            "led": len(c.primary),
            "partner": len(c.labelled),
            "actions_led": _action_refs(report, c.primary),
            "actions_partner": _action_refs(report, c.labelled),
        }  # fmt: skip
        for c in report.agency_coverage
    ]


def gaps_table(report: Report) -> list[dict[str, object]]:
    return [
        {
            "county_code": g.row.county_code,
            "county": g.county_name,
            "category": g.row.category,
            "subject": g.row.subject,
            "subject_title": g.row.subject_title or "",
            "severity": g.row.severity,
            "value": _number(g.row.value),
            "reference": _number(g.row.reference),
            "explanation": g.row.explanation,
            "evidence": "; ".join(f"{a.file_name} {a.number or '–'}" for a in g.evidence),
            "examples": "; ".join(
                f"{a.county_code} {a.file_name} {a.number or '–'}" for a in g.examples
            ),
        }  # fmt: skip
        for g in report.gaps
    ]


def overlaps_table(report: Report) -> list[dict[str, object]]:
    """One row per member of each overlap cluster (membership, not every pair: the pairs stay
    in the database's `overlaps` table), with the member's best pair score in its cluster."""
    return [
        {
            "cluster": cluster.number,
            "label": cluster.label,
            "method": ", ".join(cluster.methods),
            "score": f"{cluster.scores.get(a.id, cluster.best_score):.3f}",
            "county": a.county_code,
            "document": a.file_name,
            "number": a.number or "",
            "text": a.text,
        }  # fmt: skip
        for cluster in report.clusters
        for a in cluster.members
    ]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def tables(report: Report) -> dict[str, str]:
    """File name → CSV text of every table of the report."""
    rows = {
        "coverage.csv": coverage_table(report),
        "theme_coverage.csv": theme_coverage_table(report),
        "agency_coverage.csv": agency_coverage_table(report),
        "gaps.csv": gaps_table(report),
        "overlaps.csv": overlaps_table(report),
    }
    return {name: csv_text(table, CSV_COLUMNS[name]) for name, table in rows.items()}


def csv_text(rows: list[dict[str, object]], columns: list[str] | None = None) -> str:
    buffer = io.StringIO()
    fields = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


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
    "overlaps.csv": ["cluster", "label", "method", "score", "county", "document", "number", "text"],
}  # fmt: skip
