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
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'needs_ocr', 'duplicate')),
    error TEXT,
    warnings TEXT,
    ingested_at TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    level TEXT,
    municipality TEXT,
    duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL
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
    text_quality REAL,
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
    timeframe TEXT,
    page INTEGER,
    snippet TEXT,
    confidence REAL,
    raw_text TEXT,
    corrected_by TEXT,
    text_quality REAL,
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
CREATE TABLE IF NOT EXISTS overlap_clusters (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    method TEXT NOT NULL,
    reason TEXT NOT NULL,
    shared_words TEXT NOT NULL,
    counties TEXT NOT NULL,
    actions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS overlap_cluster_members (
    cluster_id INTEGER NOT NULL REFERENCES overlap_clusters(id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, action_id)
);
CREATE TABLE IF NOT EXISTS classified_items (
    framework_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    classifier_version TEXT NOT NULL,
    labels TEXT NOT NULL,
    themes TEXT NOT NULL,
    PRIMARY KEY (framework_id, digest)
);
"""

DOCUMENT_COLUMNS = (
    "sha256", "path", "file_name", "title", "county_code", "kind", "period_start",
    "period_end", "language", "pages", "size_bytes", "text_source", "layout", "status",
    "error", "warnings", "ingested_at", "pipeline_version", "level", "municipality",
)  # fmt: skip

# Columns added after the first release: a database made before them gets them on open.
ADDED_COLUMNS = (
    ("documents", "level", "TEXT"),
    ("documents", "municipality", "TEXT"),
    ("actions", "timeframe", "TEXT"),
    ("documents", "duplicate_of", "INTEGER REFERENCES documents(id) ON DELETE SET NULL"),
    ("goals", "text_quality", "REAL"),
    ("actions", "text_quality", "REAL"),
)

# Values a CHECK constraint of an older database does not yet allow: (table, column, the last
# value it allowed, the values added after it). Relaxing a CHECK leaves every stored row valid,
# so the stored definition is rewritten in place (store.ensure_schema).
ADDED_CHECK_VALUES = (("documents", "status", "'needs_ocr'", ("'duplicate'",)),)

# Views are re-created whenever their definition here differs from the stored one, so they
# always match the current definitions. Each entry: (name, SELECT ...).
_COUNTY_ACTIONS = """
    SELECT d.county_code AS county_code, a.id AS action_id
    FROM actions a JOIN documents d ON d.id = a.document_id
    WHERE d.status = 'ok' AND d.county_code IS NOT NULL"""

_COVERAGE = f"""
WITH county_actions AS ({_COUNTY_ACTIONS}),
totals AS (SELECT county_code, count(*) AS actions_total FROM county_actions GROUP BY county_code),
counts AS (
    SELECT t.county_code, o.id AS objective_id, t.actions_total,
        (SELECT count(*) FROM county_actions ca
         JOIN action_objectives ao ON ao.action_id = ca.action_id
         WHERE ca.county_code = t.county_code AND ao.objective_id = o.id AND ao.is_primary = 1)
            AS actions_primary,
        (SELECT count(*) FROM county_actions ca
         JOIN action_objectives ao ON ao.action_id = ca.action_id
         WHERE ca.county_code = t.county_code AND ao.objective_id = o.id) AS actions_any
    FROM totals t CROSS JOIN objectives o
)
SELECT o.framework_id, k.county_code, c.name AS county_name, o.code AS objective_code,
    o.title AS objective_title, k.actions_total, k.actions_primary, k.actions_any,
    round(1.0 * k.actions_primary / k.actions_total, 4) AS share_primary,
    round(1.0 * k.actions_any / k.actions_total, 4) AS share_any
FROM counts k JOIN objectives o ON o.id = k.objective_id
LEFT JOIN counties c ON c.code = k.county_code
ORDER BY o.framework_id, k.county_code, o.id"""

_THEME_COVERAGE = f"""
WITH county_actions AS ({_COUNTY_ACTIONS}),
totals AS (SELECT county_code, count(*) AS actions_total FROM county_actions GROUP BY county_code),
counts AS (
    SELECT t.county_code, th.id AS theme_id, t.actions_total,
        (SELECT count(*) FROM county_actions ca
         JOIN action_themes at ON at.action_id = ca.action_id
         WHERE ca.county_code = t.county_code AND at.theme_id = th.id) AS actions
    FROM totals t CROSS JOIN themes th
)
SELECT k.county_code, c.name AS county_name, th.code AS theme_code, th.title AS theme_title,
    k.actions_total, k.actions, round(1.0 * k.actions / k.actions_total, 4) AS share
FROM counts k JOIN themes th ON th.id = k.theme_id
LEFT JOIN counties c ON c.code = k.county_code
ORDER BY k.county_code, th.id"""

# vague "relevanta aktörer" (kind 'ospecificerad') is no agency to compare
_AGENCY_COVERAGE = f"""
WITH county_actions AS ({_COUNTY_ACTIONS}),
totals AS (SELECT county_code, count(*) AS actions_total FROM county_actions GROUP BY county_code),
named AS (
    SELECT DISTINCT ag.id, ag.name, ag.kind FROM agencies ag
    JOIN action_agencies aa ON aa.agency_id = ag.id
    WHERE ag.kind IS NOT 'ospecificerad'
),
counts AS (
    SELECT t.county_code, n.id AS agency_id, t.actions_total,
        (SELECT count(*) FROM county_actions ca
         JOIN action_agencies aa ON aa.action_id = ca.action_id
         WHERE ca.county_code = t.county_code AND aa.agency_id = n.id AND aa.role = 'lead')
            AS actions_led,
        (SELECT count(*) FROM county_actions ca
         JOIN action_agencies aa ON aa.action_id = ca.action_id
         WHERE ca.county_code = t.county_code AND aa.agency_id = n.id AND aa.role = 'partner')
            AS actions_partner
    FROM totals t CROSS JOIN named n
)
SELECT k.county_code, c.name AS county_name, n.id AS agency_id, n.name AS agency,
    n.kind AS agency_kind, k.actions_total, k.actions_led, k.actions_partner
FROM counts k JOIN named n ON n.id = k.agency_id
LEFT JOIN counties c ON c.code = k.county_code
ORDER BY k.county_code, n.name"""

_GAPS = """
SELECT g.id, g.framework_id, f.name AS framework_name, g.county_code, c.name AS county_name,
    g.category, g.severity, g.subject, g.subject_title, g.value, g.reference, g.explanation,
    g.evidence, json_array_length(g.evidence) AS evidence_count, g.examples
FROM gap_findings g
LEFT JOIN frameworks f ON f.id = g.framework_id
LEFT JOIN counties c ON c.code = g.county_code
ORDER BY g.framework_id, g.county_code,
    CASE g.category WHEN 'objective' THEN 1 WHEN 'theme' THEN 2 WHEN 'agency' THEN 3 ELSE 4 END,
    g.id"""

_OVERLAP_MEMBERS = """
SELECT m.cluster_id, m.action_id, d.county_code, c.name AS county_name, d.id AS document_id,
    coalesce(d.title, d.file_name) AS document, a.number, a.text, a.page,
    max(m.score) AS score, min(m.method) AS method, count(*) AS pairs
FROM (
    SELECT cluster_id, action_id_a AS action_id, score, method FROM overlaps
    UNION ALL
    SELECT cluster_id, action_id_b AS action_id, score, method FROM overlaps
) m
JOIN actions a ON a.id = m.action_id
JOIN documents d ON d.id = a.document_id
LEFT JOIN counties c ON c.code = d.county_code
GROUP BY m.cluster_id, m.action_id
ORDER BY m.cluster_id, d.county_code, a.id"""

VIEWS: tuple[tuple[str, str], ...] = (
    ("coverage", _COVERAGE),
    ("theme_coverage", _THEME_COVERAGE),
    ("agency_coverage", _AGENCY_COVERAGE),
    ("gaps", _GAPS),
    ("overlap_members", _OVERLAP_MEMBERS),
)
