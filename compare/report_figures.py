"""The report's PNG figures from the report model (compare/report_model.py): the county ×
objective, theme and agency heatmaps and the network (index and one per county), drawn by
compare/charts.py."""

from __future__ import annotations

from pathlib import Path

from compare.charts import (
    agency_heatmap,
    objective_heatmap,
    theme_heatmap,
    write_heatmap,
    write_network,
)
from compare.report_model import Report

OBJECTIVES_PNG = "objectives.png"
THEMES_PNG = "themes.png"
AGENCIES_PNG = "agencies.png"
MAX_AGENCIES = 25  # rows of the agency × county chart: the agencies that lead most
NETWORK_PNG = "network.png"


def network_png(code: str | None) -> str:
    return NETWORK_PNG if code is None else f"network-{code}.png"


def write_network_charts(report: Report, views: dict[str | None, dict], folder: Path) -> list[Path]:
    names = {c.code: c.name for c in report.counties}
    return [
        write_network(view, folder / network_png(code),
                      "Nätverk: län, målsättningar, teman, aktörer och överlapp" if code is None
                      else f"Nätverk: {names.get(code, code)} ({code})")
        for code, view in views.items()
    ]  # fmt: skip


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
