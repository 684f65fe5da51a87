"""The SQLite schema: the researchers' interface. Every table and column is documented in
docs/schema.md (a test checks that). Change it only with a migration in MIGRATIONS."""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS counties (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seat TEXT,
    region_name TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    title TEXT,
    county_code TEXT REFERENCES counties(code),
    kind TEXT,
    period_start INTEGER,
    period_end INTEGER,
    language TEXT,
    pages INTEGER,
    size_bytes INTEGER,
    text_source TEXT,
    layout TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'needs_ocr')),
    error TEXT,
    warnings TEXT,
    ingested_at TEXT NOT NULL,
    pipeline_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE TABLE IF NOT EXISTS goals (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    number TEXT,
    title TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 1,
    page INTEGER,
    snippet TEXT,
    confidence REAL,
    raw_title TEXT,
    corrected_by TEXT,
    UNIQUE (document_id, key)
);
CREATE INDEX IF NOT EXISTS goals_document ON goals(document_id);
CREATE TABLE IF NOT EXISTS actions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    number TEXT,
    text TEXT NOT NULL,
    responsible TEXT,
    insats TEXT,
    indicators TEXT,
    frequency TEXT,
    page INTEGER,
    snippet TEXT,
    confidence REAL,
    raw_text TEXT,
    corrected_by TEXT,
    UNIQUE (document_id, key)
);
CREATE INDEX IF NOT EXISTS actions_document ON actions(document_id);
CREATE INDEX IF NOT EXISTS actions_goal ON actions(goal_id);
CREATE TABLE IF NOT EXISTS agencies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT
);
CREATE TABLE IF NOT EXISTS action_agencies (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
    mention TEXT NOT NULL,
    score REAL,
    corrected_by TEXT,
    PRIMARY KEY (action_id, agency_id)
);
CREATE INDEX IF NOT EXISTS action_agencies_agency ON action_agencies(agency_id);
CREATE TABLE IF NOT EXISTS frameworks (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT,
    source TEXT
);
CREATE TABLE IF NOT EXISTS objectives (
    id INTEGER PRIMARY KEY,
    framework_id TEXT NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    scope TEXT,
    UNIQUE (framework_id, code)
);
CREATE TABLE IF NOT EXISTS goal_objectives (
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    evidence TEXT NOT NULL CHECK (evidence <> ''),
    method TEXT NOT NULL,
    corrected_by TEXT,
    PRIMARY KEY (goal_id, objective_id)
);
CREATE INDEX IF NOT EXISTS goal_objectives_objective ON goal_objectives(objective_id);
CREATE TABLE IF NOT EXISTS action_objectives (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    evidence TEXT NOT NULL CHECK (evidence <> ''),
    method TEXT NOT NULL,
    corrected_by TEXT,
    PRIMARY KEY (action_id, objective_id)
);
CREATE INDEX IF NOT EXISTS action_objectives_objective ON action_objectives(objective_id);
CREATE TABLE IF NOT EXISTS themes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS action_themes (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    evidence TEXT NOT NULL CHECK (evidence <> ''),
    PRIMARY KEY (action_id, theme_id)
);
CREATE TABLE IF NOT EXISTS overlaps (
    action_id_a INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    action_id_b INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    method TEXT NOT NULL,
    cluster_id INTEGER,
    PRIMARY KEY (action_id_a, action_id_b),
    CHECK (action_id_a < action_id_b)
);
CREATE TABLE IF NOT EXISTS gap_findings (
    id INTEGER PRIMARY KEY,
    framework_id TEXT REFERENCES frameworks(id) ON DELETE CASCADE,
    county_code TEXT NOT NULL REFERENCES counties(code),
    category TEXT NOT NULL CHECK (category IN ('objective', 'theme', 'agency', 'quality')),
    subject TEXT NOT NULL,
    subject_title TEXT,
    value REAL,
    reference REAL,
    severity TEXT NOT NULL CHECK (severity IN ('missing', 'low', 'quality')),
    explanation TEXT NOT NULL,
    evidence TEXT NOT NULL,
    examples TEXT
);
CREATE INDEX IF NOT EXISTS gap_findings_county ON gap_findings(county_code);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    entry TEXT NOT NULL,
    document TEXT,
    target TEXT NOT NULL,
    selector TEXT,
    change TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'unmatched', 'invalid')),
    message TEXT,
    applied_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_agencies (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    role TEXT NOT NULL,
    mention TEXT NOT NULL,
    PRIMARY KEY (document_id, agency_id)
);
"""

DOCUMENT_COLUMNS = (
    "sha256", "path", "file_name", "title", "county_code", "kind", "period_start",
    "period_end", "language", "pages", "size_bytes", "text_source", "layout", "status",
    "error", "warnings", "ingested_at", "pipeline_version",
)  # fmt: skip

# Views are dropped and re-created whenever the schema is ensured, so they always match the
# current definitions. Each entry: (name, SELECT ...).
VIEWS: tuple[tuple[str, str], ...] = ()
