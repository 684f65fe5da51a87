"""report.md from the report model (compare/report_model.py): the findings as Markdown for
batch diffs, in a stable order, without timestamps or database ids. Pure functions."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from compare.explanations import CATEGORY_TITLES, KIND_TITLES, SEVERITY_TITLES, gap_figures
from compare.report_model import ActionView, CoverageCell, NotCounted, Report
from compare.wording import percent, plural

# Markdown


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|#!~])")


def _md(text: str | None) -> str:
    """Document text inside Markdown: one line, HTML escaped (a tag in a plan is shown as text,
    never run) and Markdown's own marks escaped (no link, emphasis or table cell from it)."""
    one_line = " ".join((text or "").split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(one_line, quote=False))


def _md_action(a: ActionView, with_county: bool = True) -> str:
    where = f"{a.county_code} " if with_county else ""
    page = f", s. {a.page}" if a.page else ""
    return f"{where}{_md(a.file_name)} {a.number or '–'}{page}: {_md(a.text)}"


def _md_by_county(
    report: Report,
    heading: str,
    kind: str,
    subjects: list[tuple[str, str]],
    cell_text: Callable[[CoverageCell], str],
) -> list[str]:
    """A Markdown table of coverage cells: a row per (subject, title), a column per compared
    county; `kind` is the kind of cell (theme | agency)."""
    lines = [
        f"| {heading} | " + " | ".join(f"{c.name} ({c.code})" for c in report.compared) + " |",
        "|---" + "|---" * len(report.compared) + "|",
    ]
    for subject, title in subjects:
        cells = [report.cell(c.code, subject, kind) for c in report.compared]
        lines.append(
            f"| {_md(title)} | " + " | ".join(cell_text(c) if c else "" for c in cells) + " |"
        )
    return lines


def render_markdown(report: Report) -> str:
    """The findings as Markdown for batch diffs: stable order, no timestamps, no database ids;
    last, the documents not counted."""
    return _md_findings(report) + _md_not_counted(report.not_counted)


def _md_findings(report: Report) -> str:
    lines = [
        "# Jämförelse av länens strategier och handlingsplaner mot mäns våld mot kvinnor",
        "",
        f"Ramverk: {report.framework_name} (`{report.framework_id}`). "
        f"{len(report.counties)} län, {report.n_documents} dokument, {plural(report.n_actions, 'åtgärd', 'åtgärder')}.",
        "",
        "## Dokument",
        "",
        "| Län | Dokument | Typ | Period | Sidor | Mål | Åtgärder |",
        "|---|---|---|---|---|---|---|",
    ]
    for county in report.counties:
        for d in county.documents:
            kind = KIND_TITLES.get(d.row.kind or "", d.row.kind or "")
            if d.row.level == "kommun":
                kind += f" (kommunal: {_md(d.row.municipality or '')})"
            lines.append(
                f"| {county.name} ({county.code}) | {_md(d.row.file_name)} | {kind}"
                f" | {d.period} | {d.row.pages or ''} | {d.n_goals} | {d.n_actions} |"
            )
    if report.national_documents:
        lines += ["", "Nationella dokument (egen kolumn i jämförelsen, inte något läns):", ""]
        lines += [
            f"- {_md(d.title or d.file_name)} ({_md(d.file_name)})"
            for d in report.national_documents
        ]
    lines += ["", "## Täckning: län × målsättning", ""]
    lines.append(
        "Varje ruta: åtgärder med målsättningen som huvudsaklig / med den bland sina målsättningar (andel av länets åtgärder)."
    )
    lines.append("")
    lines.append(
        "| Län | Åtgärder | "
        + " | ".join(f"{o.code}. {_md(o.title)}" for o in report.objectives)
        + " |"
    )
    lines.append("|---|---" + "|---" * len(report.objectives) + "|")
    for county in report.compared:
        cells = [report.cell(county.code, o.code) for o in report.objectives]
        lines.append(
            f"| {county.name} ({county.code}) | {county.n_actions} | "
            + " | ".join(
                f"{len(c.primary)} / {len(c.labelled)} ({c.share:.0%})" if c else "" for c in cells
            )
            + " |"
        )
    lines += ["", "## Täckning: län × tema", ""]
    lines += _md_by_county(
        report, "Tema", "theme", [(t.code, t.title) for t in report.themes],
        lambda c: f"{len(c.labelled)} ({c.share:.0%})",
    )  # fmt: skip
    lines += ["", "## Aktörer: leder / partner", ""]
    agencies = sorted({c.subject for c in report.agency_coverage})
    lines += _md_by_county(
        report, "Aktör", "agency", [(name, name) for name in agencies],
        lambda c: f"{len(c.primary)} / {len(c.labelled)}",
    )  # fmt: skip
    lines += ["", "## Brister och luckor", ""]
    if not report.gaps:
        lines.append("Inga brister har hittats (eller jämförelsen av brister har inte körts).")
    current = None
    for gap in report.gaps:
        if gap.row.county_code != current:
            current = gap.row.county_code
            lines += [f"### {gap.county_name} ({gap.row.county_code})", ""]
        title = gap.row.subject_title or gap.row.subject
        lines.append(
            f"- **{CATEGORY_TITLES.get(gap.row.category, gap.row.category)}: {_md(title)}**"
            f" ({SEVERITY_TITLES.get(gap.row.severity, gap.row.severity)}). {_md(gap.row.explanation)}"
        )
        if figures := gap_figures(gap.row):
            lines.append(f"  - {figures}.")
        if gap.evidence:
            lines.append(
                f"  - Underlag i länet ({plural(len(gap.evidence), 'åtgärd', 'åtgärder')}):"
            )
            lines += [f"    - {_md_action(a, with_county=False)}" for a in gap.evidence]
        if gap.examples:
            lines.append("  - Exempel från andra län:")
            lines += [f"    - {_md_action(a)}" for a in gap.examples]
    if report.gaps:
        lines.append("")
    lines += ["", "## Överlapp mellan län", ""]
    if not report.clusters:
        lines.append(
            "Inga överlappande åtgärder har hittats (eller överlappsjämförelsen har inte körts)."
        )
    for cluster in report.clusters:
        counties = ", ".join(cluster.counties)
        name = f"{_md(cluster.label)} ({counties})" if cluster.label else counties
        lines.append(f"### Kluster {cluster.number}: {name}")
        lines.append("")
        lines.append(_md(cluster.why))
        lines.append("")
        lines += [f"- {_md_action(a)}" for a in cluster.members]
        lines.append("")
    lines += _md_national(report) + _md_changes(report)
    lines += [
        "", "## Diagram", "",
        "![Nätverk: län, målsättningar, teman, aktörer och överlapp](network.png)", "",
        "![Län × målsättning](objectives.png)", "", "![Tema × län](themes.png)", "",
        "![Aktör × län: åtgärder som aktören leder](agencies.png)",
    ]  # fmt: skip
    return "\n".join(lines).rstrip() + "\n"


def _md_national(report: Report) -> list[str]:
    if not report.national:
        return []
    lines = [
        "", "## Nationell nivå: har länen en motsvarighet?", "",
        "| Nationell åtgärd | " + " | ".join(f"{c.name} ({c.code})" for c in report.compared) + " |",
        "|---" + "|---" * len(report.compared) + "|",
    ]  # fmt: skip
    for n in report.national:
        cells = [
            ", ".join(a.number or "–" for a in n.counterparts.get(c.code, [])) or "–"
            for c in report.compared
        ]
        lines.append(f"| {_md(n.text)} ({_md(n.file_name)}) | " + " | ".join(cells) + " |")
    counts = [
        f"{len(report.national_in(c.code)[0])} av {len(report.national)}" for c in report.compared
    ]
    lines.append("| **Med motsvarighet** | " + " | ".join(counts) + " |")
    return lines


def _md_changes(report: Report) -> list[str]:
    if not report.changes:
        return []
    lines = ["", "## Förändringar mellan planversioner"]
    for ch in report.changes:
        c = ch.change
        lines += [
            "", f"### {ch.county_name} ({c.county_code}): {KIND_TITLES.get(c.kind, c.kind)} {ch.periods}", "",
            f"{_md(c.old.file_name)} → {_md(c.new.file_name)}: åtgärder {len(ch.kept)} kvar,"
            f" {len(ch.added)} nya, {len(ch.removed)} borttagna; mål {len(c.goals_kept)} kvar,"
            f" {len(c.goals_added)} nya, {len(c.goals_removed)} borttagna.", "",
        ]  # fmt: skip
        lines += [f"- Nytt mål: {_md(g.title)}" for g in c.goals_added]
        lines += [f"- Borttaget mål: {_md(g.title)}" for g in c.goals_removed]
        lines += [f"- Ny åtgärd: {_md_action(a, with_county=False)}" for a in ch.added]
        lines += [f"- Borttagen åtgärd: {_md_action(a, with_county=False)}" for a in ch.removed]
        lines.append(f"- Aktörer som tillkommit: {_md(', '.join(c.agencies_entered)) or 'inga'}")
        lines.append(f"- Aktörer som försvunnit: {_md(', '.join(c.agencies_left)) or 'inga'}")
        shares = "; ".join(f"{code}: {percent(b)} → {percent(a)}" for code, b, a in c.shares)
        lines.append(f"- Andel av åtgärderna per målsättning: {shares}")
    return lines


def _md_not_counted(rows: list[NotCounted]) -> str:
    lines = ["", f"## Dokument som inte räknas ({len(rows)})", ""]
    if not rows:
        return "\n".join([*lines, "Alla inlästa dokument räknas.", ""])
    lines += ["| Dokument | Län | Orsak |", "|---|---|---|"]
    for r in rows:
        cells = (r.file_name, r.county or "–", r.reason)
        lines.append("| " + " | ".join(_md_cell(str(c)) for c in cells) + " |")
    return "\n".join([*lines, ""])


def _md_cell(text: str) -> str:
    """Document text in a Markdown table cell: no HTML, no table breaks, no line breaks."""
    return html.escape(" ".join(text.split())).replace("|", "\\|")
