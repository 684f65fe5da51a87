"""Plain records the cross-county analysis (graph, coverage, gaps, overlaps) and the report
(compare/report_model.py) read and write. They are filled from the database by
kvinnofrid/findings.py (`load_comparison_data`, which the report's loader uses too); the
functions in compare/ never touch the database."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AgencyRole:
    """One agency named as responsible for an action."""

    name: str  # canonical name ("Polismyndigheten")
    kind: str  # organisation type from the registry ("statlig myndighet", "ospecificerad")
    role: str  # lead | partner
    agency_id: int | None = None
    mention: str = ""  # the words of the document that named it

    @property
    def agency(self) -> str:
        """The canonical name (the report's templates call it `agency`)."""
        return self.name


@dataclass(frozen=True)
class Label:
    """An objective label of a goal or action."""

    objective_code: str
    score: float
    is_primary: bool
    evidence: str = ""  # the words that gave the label
    method: str = ""  # how the label was given

    @property
    def code(self) -> str:
        """The objective code (the report's templates call it `code`)."""
        return self.objective_code


@dataclass(frozen=True)
class ThemeLabel:
    """A theme of an action, with the words that gave it."""

    code: str
    evidence: str = ""


@dataclass(frozen=True)
class ActionRow:
    id: int
    county_code: str
    document_id: int
    goal_id: int | None
    number: str | None
    text: str
    responsible: str | None = None
    insats: str | None = None
    indicators: str | None = None
    frequency: str | None = None
    page: int | None = None
    agencies: tuple[AgencyRole, ...] = ()
    labels: tuple[Label, ...] = ()
    themes: tuple[str, ...] = ()  # theme codes
    theme_labels: tuple[ThemeLabel, ...] = ()  # the same themes with their evidence

    @property
    def primary(self) -> str | None:
        return next((lab.objective_code for lab in self.labels if lab.is_primary), None)

    def has_objective(self, code: str) -> bool:
        return any(lab.objective_code == code for lab in self.labels)


@dataclass(frozen=True)
class GoalRow:
    id: int
    document_id: int
    parent_id: int | None
    number: str | None
    title: str
    page: int | None = None
    labels: tuple[Label, ...] = ()
    level: int = 1  # 1 for a top goal, 2 for its sub-goals, ...


@dataclass(frozen=True)
class DocumentRow:
    id: int
    county_code: str | None
    title: str | None
    kind: str | None
    file_name: str
    period_start: int | None = None
    period_end: int | None = None
    pages: int | None = None
    status: str = "ok"  # ok | failed | needs_ocr
    level: str | None = None  # län | kommun | nationell
    municipality: str | None = None  # the municipality of a municipal document


@dataclass(frozen=True)
class CountyRow:
    code: str
    name: str


@dataclass(frozen=True)
class ObjectiveRow:
    code: str
    title: str
    cross_cutting: bool = False
    db_id: int | None = None  # objectives.id


@dataclass(frozen=True)
class ThemeRow:
    code: str
    title: str
    db_id: int | None = None  # themes.id


@dataclass(frozen=True)
class ComparisonData:
    """Everything the analysis needs for one framework."""

    framework_id: str
    counties: tuple[CountyRow, ...]
    documents: tuple[DocumentRow, ...]
    goals: tuple[GoalRow, ...]
    actions: tuple[ActionRow, ...]
    objectives: tuple[ObjectiveRow, ...]  # the framework's objectives, cross-cutting last
    themes: tuple[ThemeRow, ...]

    def county_name(self, code: str) -> str:
        return next((c.name for c in self.counties if c.code == code), code)

    def acting_counties(self) -> list[str]:
        """Codes of the counties with at least one action, in code order."""
        return sorted({a.county_code for a in self.actions})


@dataclass(frozen=True)
class GapFinding:
    county_code: str
    category: str  # objective | theme | agency | quality
    subject: str  # objective code, theme code, agency name, or quality check name
    subject_title: str | None
    value: float | None
    reference: float | None
    severity: str  # missing | low | quality
    explanation: str  # plain Swedish
    evidence: tuple[int, ...] = ()  # this county's action ids
    examples: tuple[int, ...] = ()  # other counties' action ids


@dataclass(frozen=True)
class OverlapPair:
    action_id_a: int  # always < action_id_b
    action_id_b: int
    score: float  # 0..100
    method: str  # named-initiative | wording
    cluster_id: int | None = 0  # None: read from a database row without a cluster
    detail: str = ""  # the initiative name as written, or the normalised words both share
    group: str = ""  # what the pair has in common: the initiative, the concept pair, or ""


@dataclass
class OverlapCluster:
    cluster_id: int
    action_ids: list[int] = field(default_factory=list)
    label: str = ""  # the initiative, the shared concept pair ("utbildning + heder"), or words
    method: str = ""
