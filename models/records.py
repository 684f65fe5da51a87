"""Plain records passed between the stages. No behaviour beyond small conveniences."""

from __future__ import annotations

from dataclasses import dataclass, field

ROLE_LEAD = "lead"
ROLE_PARTNER = "partner"
ROLE_PARTICIPANT = "participant"

DOCUMENT_KINDS = (
    "strategi",
    "handlingsplan",
    "avsiktsforklaring",
    "presentation",
    "lagesbild",
    "uppdrag",
    "okand",
)


@dataclass
class AgencyMention:
    """One organisation named in a document, as written and as canonicalised."""

    mention: str  # the words as they stand in the source ("Polisens", "länets kommuner")
    name: str  # canonical name from the registry ("Polismyndigheten", "Kommunerna")
    kind: str  # organisation type from the registry ("myndighet", "region", ...)
    role: str = ROLE_LEAD  # lead | partner | participant
    score: float = 100.0  # match score 0..100 (100 = exact alias)


@dataclass
class Goal:
    """A regional goal: "MÅL 1: ...", an insatsområde, a delmål. Goals can nest."""

    key: str  # unique within the document ("1", "D3", "N2")
    title: str
    number: str | None = None
    parent_key: str | None = None
    level: int = 1
    page: int | None = None
    snippet: str = ""
    confidence: float = 1.0
    raw_title: str | None = None  # before OCR repair, when repaired
    text_quality: float | None = None  # share of its words that are dictionary words, 0..1


@dataclass
class Action:
    """A concrete measure under a goal."""

    key: str  # unique within the document
    text: str
    goal_key: str | None = None
    number: str | None = None
    responsible: str | None = None  # the responsibility text as written ("X i samverkan med Y")
    insats: str | None = None  # "Insats:" (concrete activity), when given separately
    indicators: str | None = None
    frequency: str | None = None
    timeframe: str | None = None  # when it is to be done, as printed ("2025", "Löpande")
    page: int | None = None
    snippet: str = ""
    confidence: float = 1.0
    raw_text: str | None = None  # before OCR repair, when repaired
    text_quality: float | None = None  # share of its words that are dictionary words, 0..1
    agencies: list[AgencyMention] = field(default_factory=list)


@dataclass
class ExtractedDocument:
    """What ingest makes of one file."""

    path: str
    sha256: str
    title: str | None = None
    county_code: str | None = None
    kind: str = "okand"
    level: str = "län"  # län | kommun | nationell
    municipality: str | None = None  # for level kommun: the municipality's name
    period_start: int | None = None
    period_end: int | None = None
    language: str = "sv"
    pages: int = 0
    text_source: str = "text"  # text | pdf | ocr | pdf+ocr:<pages>
    layout: str | None = None  # which layout reader produced the goals/actions
    goals: list[Goal] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    participants: list[AgencyMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
