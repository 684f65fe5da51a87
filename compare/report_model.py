"""The comparison report as one typed model: plain rows in (read from the database by
kvinnofrid/report.py: `load_report`), a `Report` out (counties with their documents, goals and
actions; county × objective, theme and agency coverage with the actions behind every number;
gaps; overlap clusters as membership; national measures; plan versions; the documents not
counted). Everything a writer shows is here; the writers (compare/report_html.py,
report_markdown.py, report_tables.py, report_figures.py) only render it.

Pure functions; no I/O. Ordering never depends on database ids where a person would see it
(counties by name, documents by file name, actions in document order), so two runs over the same
corpus produce the same Markdown and CSV bytes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from compare import coverage
from compare.baseline import national_baseline
from compare.comparison_records import (
    ActionRow,
    AgencyRole,
    ComparisonData,
    DocumentRow,
    GapFinding,
    GoalRow,
    Label,
    ObjectiveRow,
    ThemeLabel,
    ThemeRow,
)
from compare.explanations import METHOD_TITLES
from compare.versions import PlanChange, plan_changes
from compare.wording import plural, swedish_list
from models.folding import fold

OSPECIFICERAD = "ospecificerad"  # agency kind of vague "relevanta aktörer": no comparisons
CATEGORY_ORDER = ("objective", "theme", "agency", "quality")


def slug(text: str) -> str:
    """An HTML id fragment from a name: folded to ASCII, lowercase, words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


# ---------------------------------------------------------------------------------------------
# Input


@dataclass(frozen=True)
class ClusterRow:
    """An overlap cluster as membership: its actions and what its pairs say in sum (how they
    were found, the closest pair's score, each member's best score), as the analysis stored it
    (tables overlap_clusters, overlap_cluster_members; the sums over table overlaps). Number 0:
    grouped from the pairs of a database without stored clusters, numbered here in report
    order."""

    number: int
    label: str
    method: str
    reason: str
    members: tuple[int, ...]  # action ids, in report order
    methods: tuple[str, ...] = ()  # how its pairs were found
    best_score: float = 0.0  # its closest pair's score
    scores: tuple[tuple[int, float], ...] = ()  # (action id, the member's best pair score)


@dataclass(frozen=True)
class NotCounted:
    """A stored document the comparison does not count, with the reason in words."""

    file_name: str
    county: str | None
    reason: str


@dataclass(frozen=True)
class ReportInput:
    """The comparison records (compare/comparison_records.py: counties, documents, goals and actions with
    their agencies, labels and themes) and what the analysis found in them."""

    comparison: ComparisonData
    framework_name: str
    gaps: tuple[GapFinding, ...] = ()
    clusters: tuple[ClusterRow, ...] = ()
    national: tuple[ActionRow, ...] = ()  # measures of national documents (county_code "")
    national_documents: tuple[DocumentRow, ...] = ()
    not_counted: tuple[NotCounted, ...] = ()


# ---------------------------------------------------------------------------------------------
# The report model


@dataclass
class ActionView:
    id: int
    document_id: int
    goal_id: int | None
    county_code: str
    county_name: str
    file_name: str
    number: str | None
    text: str
    indicators: str | None
    frequency: str | None
    page: int | None
    leads: list[AgencyRole] = field(default_factory=list)
    partners: list[AgencyRole] = field(default_factory=list)
    objectives: list[Label] = field(default_factory=list)  # primary first
    themes: list[ThemeLabel] = field(default_factory=list)
    order: int = 0  # position in the stable report order
    anchor: str = ""  # "action-<document>-<n>": stable across runs (no database id)

    @property
    def href(self) -> str:
        return f"{county_page(self.county_code)}#{self.anchor}"

    @property
    def label(self) -> str:
        """How a person names this action: county, document, number."""
        return f"{self.county_code} {self.file_name} {self.number or '–'}"

    @property
    def primary(self) -> Label | None:
        return next((o for o in self.objectives if o.is_primary), None)


@dataclass
class GoalView:
    id: int
    number: str | None
    title: str
    level: int
    page: int | None
    objectives: list[Label]
    actions: list[ActionView]
    anchor: str = ""


@dataclass
class DocumentView:
    row: DocumentRow
    goals: list[GoalView]
    loose_actions: list[ActionView]  # actions without a goal

    @property
    def anchor(self) -> str:
        return document_anchor(self.row.file_name)

    @property
    def n_goals(self) -> int:
        return len(self.goals)

    @property
    def n_actions(self) -> int:
        return sum(len(g.actions) for g in self.goals) + len(self.loose_actions)

    @property
    def period(self) -> str:
        return period_text(self.row.period_start, self.row.period_end)


@dataclass
class CoverageCell:
    county_code: str
    subject: str  # objective code, theme code or agency name
    title: str
    primary: tuple[int, ...]  # action ids (objectives: as primary; agencies: led)
    labelled: tuple[
        int, ...
    ]  # action ids (objectives: any label; themes: labelled; agencies: partner)
    total: int  # the county's actions

    @property
    def share(self) -> float:
        return len(self.labelled) / self.total if self.total else 0.0

    @property
    def primary_share(self) -> float:
        return len(self.primary) / self.total if self.total else 0.0


@dataclass
class CountyView:
    code: str
    name: str
    documents: list[DocumentView]
    objective_actions: dict[str, list[ActionView]]  # objective code -> actions with that label
    theme_actions: dict[str, list[ActionView]]

    @property
    def n_actions(self) -> int:
        return sum(d.n_actions for d in self.documents)

    @property
    def n_goals(self) -> int:
        return sum(d.n_goals for d in self.documents)

    @property
    def page(self) -> str:
        return county_page(self.code)


@dataclass
class GapView:
    number: int
    row: GapFinding
    county_name: str
    evidence: list[ActionView]
    examples: list[ActionView]

    @property
    def anchor(self) -> str:
        return f"gap-{self.number}"


@dataclass
class OverlapCluster:
    number: int
    members: list[ActionView]
    label: str = ""
    reason: str = ""
    method: str = ""
    methods: list[str] = field(default_factory=list)  # how its pairs were found (and `method`)
    best_score: float = 0.0  # the closest pair's score
    scores: dict[int, float] = field(default_factory=dict)  # action id -> its best pair score

    @property
    def counties(self) -> list[str]:
        return sorted({m.county_code for m in self.members})

    @property
    def why(self) -> str:
        """Why the members match, in words: the stored reason, how the overlap was found and
        how alike the closest pair is (0–100)."""
        how = swedish_list([METHOD_TITLES.get(m, m) for m in self.methods])
        alike = self.best_score * 100 if self.best_score <= 1 else self.best_score  # 0..1 or 0..100
        reason = f"{self.reason} " if self.reason else ""
        return (f"{reason}Hittat genom {how}; {plural(len(self.members), 'åtgärd', 'åtgärder')}"
                f" i {plural(len(self.counties), 'län', 'län')}, likhet {alike:.0f} av 100.")  # fmt: skip

    @property
    def anchor(self) -> str:
        return f"overlap-{self.number}"


@dataclass
class NationalView:
    """A national measure and its counterparts in each county (compare/baseline.py)."""

    number: int
    text: str
    file_name: str
    page: int | None
    counterparts: dict[str, list[ActionView]]  # county code -> its actions that do the same

    @property
    def anchor(self) -> str:
        return f"nationell-{self.number}"

    @property
    def counties(self) -> list[str]:
        return sorted(code for code, actions in self.counterparts.items() if actions)


@dataclass
class ChangeView:
    """Two versions of a county's plan compared (compare/versions.py), with report views."""

    change: PlanChange
    added: list[ActionView]
    removed: list[ActionView]
    kept: list[tuple[ActionView, ActionView]]
    county_name: str = ""

    @property
    def anchor(self) -> str:
        return f"forandring-{slug(self.change.old.file_name)}"

    @property
    def periods(self) -> str:
        old, new = self.change.old, self.change.new
        return f"{period_text(old.period_start, old.period_end)} → {period_text(new.period_start, new.period_end)}"


@dataclass
class Report:
    framework_id: str
    framework_name: str
    objectives: list[ObjectiveRow]
    themes: list[ThemeRow]
    counties: list[CountyView]  # every county with a stored document, by name
    compared: list[CountyView]  # counties with at least one action
    coverage: list[CoverageCell]  # compared county × objective (framework order)
    theme_coverage: list[CoverageCell]  # compared county × theme
    agency_coverage: list[CoverageCell]  # compared county × agency (led / partner)
    gaps: list[GapView]
    clusters: list[OverlapCluster]
    actions: dict[int, ActionView]
    national: list[NationalView] = field(default_factory=list)
    national_documents: list[DocumentRow] = field(default_factory=list)  # level nationell
    changes: list[ChangeView] = field(default_factory=list)
    not_counted: list[NotCounted] = field(default_factory=list)
    _cells: dict[tuple[str, str, str], CoverageCell] | None = field(default=None, repr=False)

    def cell(self, county_code: str, subject: str, kind: str = "objective") -> CoverageCell | None:
        """The coverage cell of a county and an objective code, theme code or agency name."""
        if self._cells is None:
            self._cells = {
                (k, c.county_code, c.subject): c
                for k, cells in (
                    ("objective", self.coverage),
                    ("theme", self.theme_coverage),
                    ("agency", self.agency_coverage),
                )
                for c in cells
            }
        return self._cells.get((kind, county_code, subject))

    @property
    def n_actions(self) -> int:
        return sum(c.n_actions for c in self.counties)

    @property
    def theme_titles(self) -> dict[str, str]:
        return {t.code: t.title for t in self.themes}

    def views(self, ids: Iterable[int]) -> list[ActionView]:
        """The actions with these ids, in report order."""
        return sorted(
            (self.actions[i] for i in set(ids) if i in self.actions), key=lambda a: a.order
        )

    def county_gaps(self, code: str) -> list[GapView]:
        return [g for g in self.gaps if g.row.county_code == code]

    def county_changes(self, code: str) -> list[ChangeView]:
        return [c for c in self.changes if c.change.county_code == code]

    def national_in(self, code: str) -> tuple[list[NationalView], list[NationalView]]:
        """The national measures with a counterpart in the county, and those without."""
        have = [n for n in self.national if n.counterparts.get(code)]
        return have, [n for n in self.national if not n.counterparts.get(code)]

    @property
    def n_documents(self) -> int:
        return sum(len(c.documents) for c in self.counties)


# ---------------------------------------------------------------------------------------------
# Building


def county_page(code: str) -> str:
    return f"county-{code}.html"


def document_anchor(file_name: str) -> str:
    return f"document-{slug(file_name)}"


def period_text(start: int | None, end: int | None) -> str:
    if start and end and end != start:
        return f"{start}–{end}"
    return str(start or end or "")


def build_report(data: ReportInput) -> Report:
    """The report model from the comparison records. Counties without any stored document are
    left out; counties whose documents hold no actions are listed but not compared."""
    comparison = data.comparison
    county_names = {c.code: c.name for c in comparison.counties}
    documents = sorted(
        (d for d in comparison.documents if d.status == "ok" and d.county_code),
        key=lambda d: (county_names.get(d.county_code or "", d.county_code or ""), d.file_name),
    )
    doc_by_id = {d.id: d for d in documents}
    actions = _action_views(comparison, doc_by_id, county_names)
    goals_by_doc: dict[int, list[GoalRow]] = defaultdict(list)
    for g in sorted(comparison.goals, key=lambda g: g.id):
        if g.document_id in doc_by_id:
            goals_by_doc[g.document_id].append(g)

    actions_by_doc: dict[int, list[ActionView]] = defaultdict(list)
    for a in actions.values():
        actions_by_doc[a.document_id].append(a)
    counties: dict[str, CountyView] = {}
    for doc in documents:
        code = doc.county_code or ""
        view = counties.setdefault(code, CountyView(code, county_names.get(code, code), [], {}, {}))
        view.documents.append(_document_view(doc, goals_by_doc[doc.id], actions_by_doc[doc.id]))
    ordered = [a for c in counties.values() for d in c.documents for a in _document_actions(d)]
    for position, action in enumerate(ordered):
        action.order = position
    for view in counties.values():
        for d in view.documents:
            base = slug(d.row.file_name)
            for n, action in enumerate(_document_actions(d), start=1):
                action.anchor = f"action-{base}-{n}"
            for n, goal in enumerate(d.goals, start=1):
                goal.anchor = f"goal-{base}-{n}"
    for view in counties.values():
        county_actions = [a for d in view.documents for a in _document_actions(d)]
        view.objective_actions = {
            o.code: [
                a
                for a in county_actions
                if any(label.objective_code == o.code for label in a.objectives)
            ]
            for o in comparison.objectives
        }
        view.theme_actions = {
            t.code: [a for a in county_actions if any(label.code == t.code for label in a.themes)]
            for t in comparison.themes
        }
    county_list = list(counties.values())
    compared = [c for c in county_list if c.n_actions]
    counted = replace(comparison, actions=tuple(a for a in comparison.actions if a.id in actions))
    return Report(
        framework_id=comparison.framework_id,
        framework_name=data.framework_name,
        objectives=list(comparison.objectives),
        themes=list(comparison.themes),
        counties=county_list,
        compared=compared,
        coverage=objective_coverage(counted, {o.code: o.title for o in comparison.objectives}),
        theme_coverage=theme_coverage(counted, {t.code: t.title for t in comparison.themes}),
        agency_coverage=agency_coverage(counted),
        gaps=_gap_views(data.gaps, actions, county_names),
        clusters=cluster_views(data.clusters, actions),
        actions=actions,
        national=_national_views(data, counted, actions, compared),
        national_documents=list(data.national_documents),
        changes=[
            ChangeView(c, [actions[a.id] for a in c.actions_added if a.id in actions],
                       [actions[a.id] for a in c.actions_removed if a.id in actions],
                       [(actions[o.id], actions[n.id]) for o, n in c.actions_kept
                        if o.id in actions and n.id in actions],
                       county_names.get(c.county_code, c.county_code))
            for c in plan_changes(documents, comparison.goals, counted.actions,
                                  comparison.objectives)
        ],
        not_counted=list(data.not_counted),
    )  # fmt: skip


def _national_views(
    data: ReportInput,
    counted: ComparisonData,
    actions: dict[int, ActionView],
    compared: list[CountyView],
) -> list[NationalView]:
    files = {d.id: d.file_name for d in data.national_documents}
    views = []
    for n, measure in enumerate(national_baseline(data.national, counted.actions), start=1):
        found: dict[str, list[ActionView]] = {c.code: [] for c in compared}
        for c in measure.counterparts:
            if c.action_id in actions and c.county_code in found:
                found[c.county_code].append(actions[c.action_id])
        for code in found:
            found[code].sort(key=lambda a: a.order)
        a = measure.action
        views.append(NationalView(n, a.text, files.get(a.document_id, ""), a.page, found))
    return views


def _label_order(labels: Iterable[Label]) -> list[Label]:
    """Primary first, then by score (highest first), then by objective code."""
    return sorted(labels, key=lambda o: (not o.is_primary, -o.score, o.objective_code))


def _action_views(
    data: ComparisonData, doc_by_id: dict[int, DocumentRow], county_names: dict[str, str]
) -> dict[int, ActionView]:
    theme_order = {t.code: i for i, t in enumerate(data.themes)}
    views: dict[int, ActionView] = {}
    for a in sorted(data.actions, key=lambda a: a.id):
        doc = doc_by_id.get(a.document_id)
        if doc is None:
            continue
        code = doc.county_code or ""
        view = views[a.id] = ActionView(
            id=a.id, document_id=a.document_id, goal_id=a.goal_id, county_code=code, county_name=county_names.get(code, code),
            file_name=doc.file_name, number=a.number, text=a.text, indicators=a.indicators,
            frequency=a.frequency, page=a.page, objectives=_label_order(a.labels),
            themes=sorted(_theme_labels(a), key=lambda t: theme_order.get(t.code, 99)),
        )  # fmt: skip
        for role in sorted(a.agencies, key=lambda x: (x.role != "lead", x.name)):
            (view.leads if role.role == "lead" else view.partners).append(role)
    return views


def _theme_labels(action: ActionRow) -> tuple[ThemeLabel, ...]:
    """The action's themes with their evidence, or without it where only the codes were read."""
    return action.theme_labels or tuple(ThemeLabel(code) for code in action.themes)


def _document_view(
    doc: DocumentRow, goals: list[GoalRow], doc_actions: list[ActionView]
) -> DocumentView:
    by_goal: dict[int | None, list[ActionView]] = defaultdict(list)
    for action in doc_actions:
        by_goal[action.goal_id].append(action)
    goal_ids = {g.id for g in goals}
    views = [
        GoalView(
            g.id,
            g.number,
            g.title,
            g.level,
            g.page,
            _label_order(g.labels),
            by_goal.get(g.id, []),
        )
        for g in _goal_order(goals)
    ]
    loose = [a for gid, items in by_goal.items() if gid not in goal_ids for a in items]
    return DocumentView(doc, views, loose)


def _goal_order(goals: list[GoalRow]) -> list[GoalRow]:
    """Depth first: each goal followed by its sub-goals, siblings in document (id) order."""
    children: dict[int | None, list[GoalRow]] = defaultdict(list)
    ids = {g.id for g in goals}
    for g in goals:
        children[g.parent_id if g.parent_id in ids else None].append(g)
    out: list[GoalRow] = []

    def visit(parent: int | None) -> None:
        for g in children.get(parent, []):
            out.append(g)
            visit(g.id)

    visit(None)
    return out


def _document_actions(doc: DocumentView) -> list[ActionView]:
    return [a for g in doc.goals for a in g.actions] + doc.loose_actions


def objective_coverage(data: ComparisonData, names: dict[str, str]) -> list[CoverageCell]:
    """County × objective from the one definition of coverage (compare/coverage.py, the same
    numbers as the database view `coverage`): actions with the objective as primary label, with
    it as any label, and the county's action count."""
    return [
        CoverageCell(c.county_code, c.objective_code, names[c.objective_code], c.primary_ids,
                     c.any_ids, c.actions_total)
        for c in coverage.objective_coverage(data)
    ]  # fmt: skip


def theme_coverage(data: ComparisonData, names: dict[str, str]) -> list[CoverageCell]:
    """County × theme (compare/coverage.py; the view `theme_coverage`)."""
    return [
        CoverageCell(c.county_code, c.theme_code, names[c.theme_code], (), c.action_ids,
                     c.actions_total)
        for c in coverage.theme_coverage(data)
    ]  # fmt: skip


def agency_coverage(data: ComparisonData) -> list[CoverageCell]:
    """County × agency: actions led (`primary`) and as partner (`labelled`)
    (compare/coverage.py; the view `agency_coverage`); vague "relevanta aktörer" (kind
    ospecificerad) left out. Every agency named anywhere gets a cell in every county, so a
    zero is visible."""
    totals = {code: len(acts) for code, acts in coverage.actions_by_county(data).items()}
    return [
        CoverageCell(c.county_code, c.agency, c.kind or "", c.led_ids, c.partner_ids,
                     totals[c.county_code])
        for c in coverage.agency_coverage(data, frozenset({OSPECIFICERAD}))
    ]  # fmt: skip


def _gap_views(
    gaps: Iterable[GapFinding], actions: dict[int, ActionView], county_names: dict[str, str]
) -> list[GapView]:
    def key(g: GapFinding) -> tuple:
        category = CATEGORY_ORDER.index(g.category) if g.category in CATEGORY_ORDER else 9
        return (county_names.get(g.county_code, g.county_code), category, g.subject, g.severity)

    def views(ids: Iterable[int]) -> list[ActionView]:
        return sorted((actions[i] for i in set(ids) if i in actions), key=lambda a: a.order)

    return [
        GapView(
            n,
            g,
            county_names.get(g.county_code, g.county_code),
            views(g.evidence),
            views(g.examples),
        )
        for n, g in enumerate(sorted(gaps, key=key), start=1)
    ]


def cluster_views(
    rows: Iterable[ClusterRow], actions: dict[int, ActionView]
) -> list[OverlapCluster]:
    """The overlap clusters with their member actions: stored clusters in their stored (stable)
    order and member order; clusters grouped from pairs (number 0) with members in report order,
    numbered 1.. by their first member. A cluster with fewer than two counted members is left
    out."""
    out = []
    for row in rows:
        members = [actions[i] for i in row.members if i in actions]
        if len(members) < 2:
            continue
        if not row.number:
            members.sort(key=lambda a: a.order)
        methods = sorted(set(row.methods) | ({row.method} if row.method else set()))
        out.append(OverlapCluster(row.number, members, row.label, row.reason, row.method,
                                  methods, row.best_score, dict(row.scores)))  # fmt: skip
    if any(not c.number for c in out):
        out.sort(key=lambda c: [m.order for m in c.members])
        for n, cluster in enumerate(out, start=1):
            cluster.number = n
    else:
        out.sort(key=lambda c: c.number)
    return out
