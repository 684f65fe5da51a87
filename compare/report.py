"""The comparison report as data: plain rows in (read from the database by kvinnofrid/report.py),
a report model out (counties with their documents, goals and actions; county × objective, theme
and agency coverage with the actions behind every number; gaps; overlap clusters), plus the
tables behind the CSV files and the findings as Markdown for batch diffs.

Pure functions; no I/O. Ordering never depends on database ids where a person would see it
(counties by name, documents by file name, actions in document order), so two runs over the same
corpus produce the same Markdown and CSV bytes.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from compare import coverage
from compare.baseline import national_baseline
from compare.records import (
    ActionRow,
    AgencyRole,
    ComparisonData,
    DocumentRow,
    GapFinding,
    GoalRow,
    Label,
    ObjectiveRow,
    OverlapPair,
    ThemeLabel,
    ThemeRow,
)
from compare.versions import PlanChange, plan_changes
from compare.wording import percent, plural, swedish_list

OSPECIFICERAD = "ospecificerad"  # agency kind of vague "relevanta aktörer": no comparisons
CATEGORY_ORDER = ("objective", "theme", "agency", "quality")
CATEGORY_TITLES = {
    "objective": "Målsättningar",
    "theme": "Teman",
    "agency": "Aktörer",
    "quality": "Planens kvalitet",
}
SEVERITY_TITLES = {"missing": "saknas", "low": "låg täckning", "quality": "kvalitet"}
KIND_TITLES = {
    "handlingsplan": "handlingsplan",
    "strategi": "strategi",
    "avsiktsforklaring": "avsiktsförklaring",
    "presentation": "presentation",
    "lagesbild": "lägesbild",
    "uppdrag": "uppdrag",
}


def slug(text: str) -> str:
    """An HTML id fragment from a name: folded to ASCII, lowercase, words joined by '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


METHOD_TITLES = {  # how an overlap was found, in words
    "named-initiative": "samma namngivna initiativ",
    "wording": "liknande formuleringar",
}
LABEL_METHODS = {  # how an objective label was given, in words
    "lexicon": "ord i åtgärdens text",
    "heading": "rubriken som åtgärden står under",
    "inherited": "målet som åtgärden hör till",
    "cross-cutting": "tvärgående arbete (samverkan, samordning, styrning)",
    "correction": "en manuell rättelse",
}
_EVIDENCE_PART = re.compile(r"^(terms|context): (.*)$")
_INHERITED = re.compile(r"^inherited from (goal|heading) '(.*?)'(?: \(([\d.]+)\))?$")
_WEAK = re.compile(r"^best objective (\S+) only ([\d.]+)$")
_HEADING_NAMES = re.compile(r"^heading names objective (\S+) '(.*?)'(?: \(([\d.]+)\))?$")
_CORRECTION = re.compile(r"^correction (\S+?)(?:: (.*))?$")
_NO_EVIDENCE = "no term, heading or inherited evidence for any objective"
_WEIGHT = re.compile(r"\(([\d.]+)\)")


def explain_evidence(evidence: str | None, skip: str = "") -> list[str]:
    """The classifier's evidence ("terms: våld(1.2); inherited from goal 'X' (0.65)") as
    Swedish phrases ("orden våld", "ärvt från målet ”X”")."""
    parts = []
    for part in (evidence or "").split("; "):
        part = part.strip()
        if not part or part == skip:
            continue
        if m := _EVIDENCE_PART.match(part):
            words = [_WEIGHT.sub("", w).strip() for w in m.group(2).split(", ")]
            kind = "orden" if m.group(1) == "terms" else "sammanhanget"
            parts.append(f"{kind} {swedish_list([w for w in words if w])}")
        elif m := _INHERITED.match(part):
            source = "målet" if m.group(1) == "goal" else "rubriken"
            parts.append(f"ärvt från {source} ”{m.group(2)}”")
        elif m := _WEAK.match(part):
            parts.append(f"svagt utslag (starkast för målsättning {m.group(1)})")
        elif m := _HEADING_NAMES.match(part):
            parts.append(f"rubriken nämner målsättning {m.group(1)} ”{m.group(2)}”")
        elif m := _CORRECTION.match(part):
            parts.append(f"rättelse {m.group(1)}" + (f": {m.group(2)}" if m.group(2) else ""))
        elif part == _NO_EVIDENCE:
            parts.append(
                "inga ord, rubriker eller överordnade mål pekar mot någon av målsättningarna"
            )
        else:
            parts.append(LABEL_METHODS.get(part, part))
    return parts


def explain_theme(evidence: str | None) -> str:
    return "Tema givet av " + "; ".join(explain_evidence(evidence)) if evidence else ""


def explain_label(label: Label) -> str:
    """Why an action or goal got an objective label, in Swedish words: what the classifier
    looked at (its method) and the words it found (its evidence), without its notation."""
    how = LABEL_METHODS.get(label.method, label.method)
    parts = ([f"grund: {how}"] if how else []) + explain_evidence(label.evidence, label.method)
    score = f"{label.score:.2f}".replace(".", ",")
    return f"Målsättning {label.objective_code}, poäng {score}: " + "; ".join(parts)


def gap_figures(gap: GapFinding) -> str:
    """The numbers behind a gap, said in words."""
    value, reference = gap.value, gap.reference
    if gap.category == "agency":
        here = int(value or 0)
        return (f"Åtgärder som {gap.subject} leder här: {here}; i övriga län: "
                f"{int(reference or 0)}")  # fmt: skip
    if value is None and reference is None:
        return ""
    text = f"Andel av länets åtgärder: {percent(value)}"
    if reference is not None:
        text += f"; genomsnitt i övriga län: {percent(reference)}"
    return text


# ---------------------------------------------------------------------------------------------
# Input


@dataclass(frozen=True)
class ClusterRow:
    """An overlap cluster as the analysis stored it (table overlap_clusters)."""

    number: int
    label: str
    method: str
    reason: str
    members: tuple[int, ...]  # action ids, in report order


@dataclass(frozen=True)
class ReportInput:
    """The comparison records (compare/records.py: counties, documents, goals and actions with
    their agencies, labels and themes) and what the analysis found in them."""

    comparison: ComparisonData
    framework_name: str
    gaps: tuple[GapFinding, ...] = ()
    overlaps: tuple[OverlapPair, ...] = ()
    clusters: tuple[ClusterRow, ...] = ()  # named clusters; without them, from the pairs
    national: tuple[ActionRow, ...] = ()  # measures of national documents (county_code "")
    national_documents: tuple[DocumentRow, ...] = ()


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
    pairs: list[OverlapPair]
    label: str = ""
    reason: str = ""
    method: str = ""

    @property
    def methods(self) -> list[str]:
        return sorted({p.method for p in self.pairs} | ({self.method} if self.method else set()))

    @property
    def counties(self) -> list[str]:
        return sorted({m.county_code for m in self.members})

    @property
    def best_score(self) -> float:
        return max((p.score for p in self.pairs), default=0.0)

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

    counties: dict[str, CountyView] = {}
    for doc in documents:
        code = doc.county_code or ""
        view = counties.setdefault(code, CountyView(code, county_names.get(code, code), [], {}, {}))
        doc_actions = [a for a in actions.values() if a.document_id == doc.id]
        view.documents.append(_document_view(doc, goals_by_doc[doc.id], doc_actions))
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
        clusters=(
            named_clusters(data.clusters, data.overlaps, actions)
            if data.clusters
            else overlap_clusters(data.overlaps, actions)
        ),
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


def overlap_clusters(
    overlaps: Iterable[OverlapPair], actions: dict[int, ActionView]
) -> list[OverlapCluster]:
    """Group overlap pairs into clusters: by the stored cluster_id when every pair has one, else
    by connected components. Numbered 1.. in report order (by their first member)."""
    pairs = [p for p in overlaps if p.action_id_a in actions and p.action_id_b in actions]
    groups: dict[object, list[OverlapPair]] = defaultdict(list)
    if pairs and all(p.cluster_id is not None for p in pairs):
        for p in pairs:
            groups[p.cluster_id].append(p)
    else:
        root = _components((p.action_id_a, p.action_id_b) for p in pairs)
        for p in pairs:
            groups[root[p.action_id_a]].append(p)
    clusters = []
    for members_pairs in groups.values():
        ids = {i for p in members_pairs for i in (p.action_id_a, p.action_id_b)}
        members = sorted((actions[i] for i in ids), key=lambda a: a.order)
        ordered_pairs = sorted(
            members_pairs,
            key=lambda p: (actions[p.action_id_a].order, actions[p.action_id_b].order),
        )
        clusters.append(OverlapCluster(0, members, ordered_pairs))
    clusters.sort(key=lambda c: [m.order for m in c.members])
    for n, cluster in enumerate(clusters, start=1):
        cluster.number = n
    return clusters


def named_clusters(
    rows: Iterable[ClusterRow], overlaps: Iterable[OverlapPair], actions: dict[int, ActionView]
) -> list[OverlapCluster]:
    """The stored, named clusters with their members and pairs, in their stored (stable) order."""
    pairs: dict[int, list[OverlapPair]] = defaultdict(list)
    for p in overlaps:
        if p.action_id_a in actions and p.action_id_b in actions and p.cluster_id is not None:
            pairs[p.cluster_id].append(p)
    out = []
    for row in sorted(rows, key=lambda r: r.number):
        members = [actions[i] for i in row.members if i in actions]
        if len(members) < 2:
            continue
        ordered = sorted(
            pairs.get(row.number, []),
            key=lambda p: (actions[p.action_id_a].order, actions[p.action_id_b].order),
        )
        out.append(OverlapCluster(row.number, members, ordered, row.label, row.reason, row.method))
    return out


def _components(edges: Iterable[tuple[int, int]]) -> dict[int, int]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in list(parent)}


# ---------------------------------------------------------------------------------------------
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
    rows: list[dict[str, object]] = []
    for cluster in report.clusters:
        for p in cluster.pairs:
            a, b = sorted((report.actions[p.action_id_a], report.actions[p.action_id_b]),
                          key=lambda x: x.order)  # fmt: skip
            rows.append({
                "cluster": cluster.number, "label": cluster.label, "score": f"{p.score:.3f}", "method": p.method,
                "county_a": a.county_code, "document_a": a.file_name, "number_a": a.number or "",
                "text_a": a.text, "county_b": b.county_code, "document_b": b.file_name,
                "number_b": b.number or "", "text_b": b.text,
            })  # fmt: skip
    return rows


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


# ---------------------------------------------------------------------------------------------
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
    """The findings as Markdown for batch diffs: stable order, no timestamps, no database ids."""
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
