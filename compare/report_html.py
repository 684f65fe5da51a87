"""The report's HTML pages from the report model (compare/report_model.py): index.html and one
county page per county, rendered with the jinja2 templates in compare/templates/ (all document
text HTML-escaped), with the network's data for the interactive view (compare/network.py)."""

from __future__ import annotations

from collections.abc import Iterator

from jinja2 import Environment, PackageLoader

from compare.explanations import (
    CATEGORY_TITLES,
    KIND_TITLES,
    SEVERITY_TITLES,
    explain_label,
    explain_theme,
    gap_figures,
)
from compare.network import KINDS, build_network, network_data, network_json
from compare.report_figures import (
    AGENCIES_PNG,
    NETWORK_PNG,
    OBJECTIVES_PNG,
    THEMES_PNG,
    network_png,
)
from compare.report_model import Report, slug
from compare.wording import plural


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


def render_pages(report: Report, views: dict[str | None, dict] | None = None) -> dict[str, str]:
    """File name → HTML for index.html and every county page."""
    return dict(pages(report, views))


def pages(report: Report, views: dict[str | None, dict] | None = None) -> Iterator[tuple[str, str]]:
    """(file name, HTML) of index.html and then every county page, one at a time, so a writer
    holds one page in memory, not all of them."""
    env = _environment()
    views = network_views(report) if views is None else views
    kinds = {
        kind: {"title": t, "colour": c} for kind, (t, c) in KINDS.items() if kind != "national"
    }
    yield "index.html", env.get_template("index.html.j2").render(
        report=report, objectives_png=OBJECTIVES_PNG, themes_png=THEMES_PNG,
        agencies_png=AGENCIES_PNG,
        graph_json=network_json(views[None]), network_png=NETWORK_PNG, graph_kinds=kinds,
        not_counted=report.not_counted,
    )  # fmt: skip
    county_template = env.get_template("county.html.j2")
    for county in report.counties:
        view = views.get(county.code)
        yield county.page, county_template.render(
            report=report, county=county, county_gaps=report.county_gaps(county.code),
            graph_json=network_json(view) if view else "", network_png=network_png(county.code),
            graph_kinds=kinds,
        )  # fmt: skip
