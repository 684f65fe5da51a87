"""Staff corrections that survive re-ingest: `corpus/corrections.toml` (format: docs/corrections.md).

Every entry names a document (by file name, never a database id) and a goal or action in it (by
number/key and/or by a piece of its text), and says what to change: fields, responsible agencies,
objective labels; or adds a missed action; or deletes a spurious one. `apply_corrections` runs
after extraction (stage "extraction": fields, agencies, added and deleted actions) and again after
the comparison recomputed the labels (stage "comparison": objective labels). It is idempotent:
applying the same file twice changes nothing. Corrected rows carry the entry ids in their
`corrected_by` column; the `corrections` table holds one row per entry and part with its outcome.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kvinnofrid.corrections_file import _Invalid, check_file, load_entries  # noqa: F401
from kvinnofrid.search import in_transaction
from models.agencies import load_registry
from models.folding import fold
from models.frameworks import DEFAULT_FRAMEWORK

if TYPE_CHECKING:
    import sqlite_utils

STAGES = ("extraction", "comparison")
APPLIED, UNMATCHED, INVALID = "applied", "unmatched", "invalid"
ACTION_FIELDS = (
    "text",
    "number",
    "responsible",
    "insats",
    "indicators",
    "frequency",
    "page",
    "goal",
)
GOAL_FIELDS = ("title", "number", "page", "parent")
ROLES = ("lead", "partner")
ENTRY_KEYS = {
    "id", "document", "action", "goal", "match", "all", "note", "set", "agencies",
    "objectives", "add_action", "delete",
}  # fmt: skip
FILE_ENTRY = "(file)"
STAGE_TARGETS = {
    "extraction": ("action", "goal", "add_action"),
    "comparison": ("action.objectives", "goal.objectives"),
}


@dataclass(frozen=True)
class CorrectionResult:
    """The outcome of one part of one entry: target is "action", "goal", "add_action",
    "action.objectives" or "goal.objectives"."""

    entry: str
    document: str | None
    target: str
    status: str  # applied | unmatched | invalid
    message: str
    rows: int = 0  # database rows the part selected
    selector: str | None = None
    change: dict[str, Any] = field(default_factory=dict)
    pending: bool = False  # waits for a later step (labels before the comparison has run)


def _check_entry(entry: dict[str, Any], seen: set[str]) -> None:
    entry_id = entry.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise _Invalid("every entry needs an id (a short unique name)")
    if entry_id in seen:
        raise _Invalid(f"id {entry_id!r} is used twice")
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise _Invalid(f"unknown key(s) {', '.join(sorted(unknown))}")
    if not isinstance(entry.get("document"), str) or not entry["document"].strip():
        raise _Invalid("'document' (the file name) is required")
    targets = [k for k in ("action", "goal", "add_action") if k in entry]
    if "match" in entry and "goal" not in entry:
        targets = targets or ["action"]
    if len(set(targets)) != 1:
        raise _Invalid("name exactly one of 'action' (or 'match'), 'goal' or 'add_action'")
    allowed = GOAL_FIELDS if "goal" in entry else ACTION_FIELDS
    unknown_fields = set(entry.get("set", {})) - set(allowed)
    if unknown_fields:
        raise _Invalid(
            f"cannot set {', '.join(sorted(unknown_fields))} (allowed: {', '.join(allowed)})"
        )
    if "agencies" in entry and "goal" in entry:
        raise _Invalid("agencies can only be corrected on actions")
    if "add_action" in entry and not str(entry["add_action"].get("text", "")).strip():
        raise _Invalid("add_action needs a text")
    if "objectives" in entry and "primary" not in entry["objectives"]:
        raise _Invalid("objectives needs a 'primary' objective code")


# ---------------------------------------------------------------- helpers


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _add_mark(conn: sqlite3.Connection, table: str, where: str, params: tuple, entry: str) -> None:
    """Append the entry id to corrected_by (comma-separated, each id once)."""
    conn.execute(
        f"UPDATE {table} SET corrected_by = CASE"
        " WHEN corrected_by IS NULL OR corrected_by = '' THEN :e"
        " WHEN ',' || corrected_by || ',' LIKE '%,' || :e || ',%' THEN corrected_by"
        f" ELSE corrected_by || ',' || :e END WHERE {where}",
        {"e": entry, **{f"p{i}": v for i, v in enumerate(params)}},
    )


def _marked(corrected_by: str | None, entry: str) -> bool:
    return entry in (corrected_by or "").split(",")


def _documents(conn: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    """Stored documents whose file name is `name` or whose path ends with it."""
    name = name.strip().replace("\\", "/")
    return [
        row
        for row in conn.execute("SELECT id, path, file_name, status FROM documents ORDER BY id")
        if row["file_name"] == name or row["path"].replace("\\", "/").endswith("/" + name)
    ]


def _contains(haystacks: Iterable[str | None], needle: str) -> bool:
    folded = " ".join(fold(needle).split())
    return any(folded in " ".join(fold(h).split()) for h in haystacks if h)


def _select(
    conn: sqlite3.Connection, table: str, doc_id: int, entry: dict[str, Any], selector_key: str
) -> list[sqlite3.Row]:
    text_cols = ("title", "raw_title") if table == "goals" else ("text", "raw_text")
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE document_id = ? ORDER BY id", (doc_id,)
    ).fetchall()
    wanted = entry.get(selector_key)
    if wanted is not None:
        wanted = str(wanted).strip()
        rows = [r for r in rows if r["number"] == wanted or r["key"] == wanted]
    match = entry.get("match")
    if match:
        rows = [
            r for r in rows
            if _contains((r[c] for c in text_cols), str(match)) or _marked(r["corrected_by"], entry["id"])
        ]  # fmt: skip
    return rows


def _selector_text(entry: dict[str, Any], key: str) -> str:
    parts = []
    if entry.get(key) is not None:
        parts.append(f"{key} {entry[key]}")
    if entry.get("match"):
        parts.append(f"match {entry['match']!r}")
    return ", ".join(parts)


def _goal_id(conn: sqlite3.Connection, doc_id: int, ref: Any) -> int | None:
    if ref is None or str(ref).strip() == "":
        return None
    ref = str(ref).strip()
    rows = conn.execute(
        "SELECT id FROM goals WHERE document_id = ? AND (number = ? OR key = ?) ORDER BY key = ? DESC, id",
        (doc_id, ref, ref, ref),
    ).fetchall()
    if not rows:
        raise _Invalid(f"no goal {ref!r} in this document")
    return int(rows[0][0])


def _agency(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    """(agency id, canonical name) for a canonical name or any registry alias."""
    registry = load_registry()
    known = registry.lookup(name)
    canonical, kind = (known.name, known.kind) if known else (name.strip(), None)
    row = conn.execute("SELECT id FROM agencies WHERE name = ?", (canonical,)).fetchone()
    if row:
        return int(row[0]), canonical
    if known is None:
        raise _Invalid(f"unknown agency {name!r} (use a name from models/data/agencies.toml)")
    cur = conn.execute("INSERT INTO agencies (name, kind) VALUES (?, ?)", (canonical, kind))
    return int(cur.lastrowid), canonical


# ---------------------------------------------------------------- extraction stage


def _set_fields(
    conn: sqlite3.Connection, table: str, row: sqlite3.Row, values: dict[str, Any]
) -> dict[str, Any]:
    before: dict[str, Any] = {}
    for name, value in values.items():
        column = {"goal": "goal_id", "parent": "parent_id"}.get(name, name)
        if name in ("goal", "parent"):
            value = _goal_id(conn, row["document_id"], value)
        if name == "page" and value is not None:
            value = int(value)
        before[name] = row[column]
        if name in WORDING_FIELDS and value != row[column]:
            _unclassify(conn, row["document_id"])
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row["id"]))
    return before


WORDING_FIELDS = ("text", "title", "goal", "parent")  # what the classifier reads


def _unclassify(conn: sqlite3.Connection, document_id: int) -> None:
    """Forget the labels and themes of a document whose wording (or goal structure) a
    correction changed, so that the next comparison classifies it again (as it does a document
    read anew); objective corrections are applied again after that comparison."""
    for labels, table, column in (
        ("action_objectives", "actions", "action_id"),
        ("action_themes", "actions", "action_id"),
        ("goal_objectives", "goals", "goal_id"),
    ):
        conn.execute(
            f"DELETE FROM {labels} WHERE {column} IN"
            f" (SELECT id FROM {table} WHERE document_id = ?)",
            (document_id,),
        )


def _fix_agencies(
    conn: sqlite3.Connection, action_id: int, spec: dict[str, Any], entry: str
) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    replace = spec.get("replace")
    if replace is not None:
        conn.execute("DELETE FROM action_agencies WHERE action_id = ?", (action_id,))
        changed["replaced"] = True
    for name in spec.get("remove", []):
        agency_id, canonical = _agency(conn, name)
        conn.execute(
            "DELETE FROM action_agencies WHERE action_id = ? AND agency_id = ?",
            (action_id, agency_id),
        )
        changed.setdefault("removed", []).append(canonical)
    for item in [*(replace or []), *spec.get("add", [])]:
        if isinstance(item, str):
            item = {"name": item}
        role = item.get("role", "lead")
        if role not in ROLES:
            raise _Invalid(f"agency role must be lead or partner, not {role!r}")
        agency_id, canonical = _agency(conn, str(item["name"]))
        conn.execute(
            "INSERT OR REPLACE INTO action_agencies (action_id, agency_id, role, mention, score,"
            " corrected_by) VALUES (?, ?, ?, ?, ?, ?)",
            (action_id, agency_id, role, item.get("mention") or canonical, 100.0, entry),
        )
        changed.setdefault("added", []).append(f"{canonical} ({role})")
    return changed


def _apply_extraction(
    conn: sqlite3.Connection, entry: dict[str, Any], doc: sqlite3.Row
) -> CorrectionResult | None:
    entry_id = entry["id"]
    if "add_action" in entry:
        return _add_action(conn, entry, doc)
    table, key = ("goals", "goal") if "goal" in entry else ("actions", "action")
    if not any(k in entry for k in ("set", "agencies", "delete")):
        return None  # only a comparison-stage part
    selector = _selector_text(entry, key)
    rows = _select(conn, table, doc["id"], entry, key)
    if not rows and entry.get("delete") and _was_applied(conn, entry_id, key, doc["file_name"]):
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            key,
            APPLIED,
            f"already deleted ({selector})",
            0,
            selector,
            {"delete": True},
        )
    if not rows:
        return CorrectionResult(
            entry_id, doc["file_name"], key, UNMATCHED, f"no {key} matches {selector}", 0, selector
        )
    if len(rows) > 1 and not entry.get("all"):
        numbers = ", ".join(str(r["number"] or r["key"]) for r in rows[:8])
        return CorrectionResult(
            entry_id, doc["file_name"], key, INVALID,
            f"{selector} matches {len(rows)} {table} ({numbers}); make it narrower or set all = true",
            len(rows), selector,
        )  # fmt: skip
    if entry.get("delete"):
        conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(r["id"],) for r in rows])
        change = {
            "delete": True,
            "before": [r["text" if table == "actions" else "title"] for r in rows],
        }
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            key,
            APPLIED,
            f"deleted {len(rows)} {table}",
            len(rows),
            selector,
            change,
        )
    change: dict[str, Any] = {}
    for row in rows:
        if entry.get("set"):
            change.setdefault("set", dict(entry["set"]))
            change.setdefault("before", []).append(_set_fields(conn, table, row, entry["set"]))
        if entry.get("agencies"):
            change["agencies"] = _fix_agencies(conn, row["id"], entry["agencies"], entry_id)
        _add_mark(conn, table, "id = :p0", (row["id"],), entry_id)
    return CorrectionResult(
        entry_id,
        doc["file_name"],
        key,
        APPLIED,
        f"corrected {len(rows)} {table}",
        len(rows),
        selector,
        change,
    )


def _was_applied(conn: sqlite3.Connection, entry: str, target: str, document: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM corrections WHERE entry = ? AND target = ? AND document = ? AND status = ?",
            (entry, target, document, APPLIED),
        ).fetchone()
        is not None
    )


def _add_action(
    conn: sqlite3.Connection, entry: dict[str, Any], doc: sqlite3.Row
) -> CorrectionResult:
    spec = entry["add_action"]
    entry_id = entry["id"]
    key = f"correction:{entry_id}"
    goal_id = _goal_id(conn, doc["id"], spec.get("goal"))
    values = {
        "document_id": doc["id"], "goal_id": goal_id, "key": key,
        "number": None if spec.get("number") is None else str(spec["number"]),
        "text": str(spec["text"]).strip(), "responsible": spec.get("responsible"),
        "insats": spec.get("insats"), "indicators": spec.get("indicators"),
        "frequency": spec.get("frequency"), "page": spec.get("page"),
        "snippet": spec.get("snippet", str(spec["text"]).strip()), "confidence": 1.0,
        "corrected_by": entry_id,
    }  # fmt: skip
    existing = conn.execute(
        "SELECT id FROM actions WHERE document_id = ? AND key = ?", (doc["id"], key)
    ).fetchone()
    if existing:
        action_id = int(existing[0])
        sets = ", ".join(f"{c} = :{c}" for c in values if c not in ("document_id", "key"))
        conn.execute(f"UPDATE actions SET {sets} WHERE id = :id", {**values, "id": action_id})
    else:
        cols = ", ".join(values)
        marks = ", ".join(f":{c}" for c in values)
        action_id = int(
            conn.execute(f"INSERT INTO actions ({cols}) VALUES ({marks})", values).lastrowid
        )
    change: dict[str, Any] = {"add_action": dict(spec)}
    if entry.get("agencies"):
        change["agencies"] = _fix_agencies(conn, action_id, entry["agencies"], entry_id)
    return CorrectionResult(
        entry_id, doc["file_name"], "add_action", APPLIED, f"action {key} in place", 1, key, change
    )


# ---------------------------------------------------------------- comparison stage


def _classified(conn: sqlite3.Connection, doc_id: int, framework: str) -> bool:
    """Whether the comparison has labelled this document against the framework."""
    return (
        conn.execute(
            "SELECT 1 FROM action_objectives ao JOIN actions a ON a.id = ao.action_id"
            " JOIN objectives o ON o.id = ao.objective_id"
            " WHERE a.document_id = :d AND o.framework_id = :f AND ao.method <> 'correction'"
            " UNION ALL SELECT 1 FROM goal_objectives go JOIN goals g ON g.id = go.goal_id"
            " JOIN objectives o ON o.id = go.objective_id"
            " WHERE g.document_id = :d AND o.framework_id = :f AND go.method <> 'correction' LIMIT 1",
            {"d": doc_id, "f": framework},
        ).fetchone()
        is not None
    )


def _apply_comparison(
    conn: sqlite3.Connection, entry: dict[str, Any], doc: sqlite3.Row
) -> CorrectionResult | None:
    if "objectives" not in entry:
        return None
    entry_id = entry["id"]
    spec = entry["objectives"]
    is_goal = "goal" in entry
    target = "goal.objectives" if is_goal else "action.objectives"
    table, item_col, labels = (
        ("goals", "goal_id", "goal_objectives")
        if is_goal
        else ("actions", "action_id", "action_objectives")
    )
    if "add_action" in entry:
        rows = conn.execute(
            "SELECT * FROM actions WHERE document_id = ? AND key = ?",
            (doc["id"], f"correction:{entry_id}"),
        ).fetchall()
        selector = f"correction:{entry_id}"
    else:
        key = "goal" if is_goal else "action"
        rows = _select(conn, table, doc["id"], entry, key)
        selector = _selector_text(entry, key)
    if not rows:
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            target,
            UNMATCHED,
            f"nothing matches {selector}",
            0,
            selector,
        )
    if len(rows) > 1 and not entry.get("all"):
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            target,
            INVALID,
            f"{selector} matches {len(rows)} rows; set all = true",
            len(rows),
            selector,
        )
    framework = str(spec.get("framework", DEFAULT_FRAMEWORK))
    objectives = {
        r["code"]: int(r["id"])
        for r in conn.execute(
            "SELECT id, code FROM objectives WHERE framework_id = ?", (framework,)
        )
    }
    if not objectives:
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            target,
            UNMATCHED,
            f"framework {framework!r} has no objectives in the database yet (run compare)",
            len(rows),
            selector,
            pending=True,
        )
    if not _classified(conn, doc["id"], framework):
        # labels of our own would make the comparison think this document is done
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            target,
            UNMATCHED,
            f"document not yet classified against {framework!r} (run compare)",
            len(rows),
            selector,
            pending=True,
        )
    wanted = [str(spec["primary"]), *[str(c) for c in spec.get("secondary", [])]]
    missing = [c for c in wanted if c not in objectives]
    if missing:
        return CorrectionResult(
            entry_id,
            doc["file_name"],
            target,
            INVALID,
            f"framework {framework!r} has no objective {', '.join(missing)}",
            len(rows),
            selector,
        )
    evidence = f"correction {entry_id}" + (f": {entry['note']}" if entry.get("note") else "")
    ids = ", ".join(str(i) for i in objectives.values())
    for row in rows:
        conn.execute(
            f"DELETE FROM {labels} WHERE {item_col} = ? AND objective_id IN ({ids})", (row["id"],)
        )
        for position, code in enumerate(dict.fromkeys(wanted)):
            conn.execute(
                f"INSERT INTO {labels} ({item_col}, objective_id, score, is_primary, evidence, method,"
                " corrected_by) VALUES (?, ?, 1.0, ?, ?, 'correction', ?)",
                (row["id"], objectives[code], int(position == 0), evidence, entry_id),
            )
        _add_mark(conn, table, "id = :p0", (row["id"],), entry_id)
    change = {"framework": framework, "primary": wanted[0], "secondary": wanted[1:]}
    return CorrectionResult(
        entry_id,
        doc["file_name"],
        target,
        APPLIED,
        f"labels set on {len(rows)} {table}",
        len(rows),
        selector,
        change,
    )


# ---------------------------------------------------------------- entry point


def apply_corrections(
    db: sqlite_utils.Database,
    corrections_path: Path,
    *,
    stage: str = "extraction",
    documents: Iterable[str] | None = None,
) -> list[CorrectionResult]:
    """Apply every entry of the corrections file that belongs to `stage` ("extraction":
    fields, agencies, added/deleted actions; "comparison": objective labels), to all stored
    documents or only to those whose path is in `documents`. Idempotent. Records each outcome
    in the `corrections` table (replacing the previous outcome of the same entry and part) and
    returns the outcomes. One transaction (joins the caller's if one is open)."""
    if stage not in STAGES:
        raise ValueError(f"stage must be one of {STAGES}, not {stage!r}")
    only = {str(p) for p in documents} if documents is not None else None
    try:
        entries = load_entries(corrections_path)
    except _Invalid as exc:
        results = [CorrectionResult(FILE_ENTRY, None, "file", INVALID, str(exc))]
        entries, only = [], set()  # keep what earlier runs recorded
    else:
        results = []
    conn = db.conn
    previous_factory = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        with in_transaction(conn) as tx:
            seen: set[str] = set()
            for number, entry in enumerate(entries, start=1):
                result = _apply_entry(tx, entry, number, seen, stage, only)
                results.extend(result)
            _record(tx, results, stage, seen if only is None else None)
    finally:
        conn.row_factory = previous_factory
    return results


def _apply_entry(
    conn: sqlite3.Connection,
    entry: dict[str, Any],
    number: int,
    seen: set[str],
    stage: str,
    only: set[str] | None,
) -> list[CorrectionResult]:
    entry_id = str(entry.get("id") or f"entry #{number}")
    try:
        _check_entry(entry, seen)
    except _Invalid as exc:
        seen.add(entry_id)
        if only is not None:
            return []
        return [CorrectionResult(entry_id, entry.get("document"), "entry", INVALID, str(exc))]
    seen.add(entry_id)
    docs = _documents(conn, entry["document"])
    if only is not None:
        docs = [d for d in docs if d["path"] in only]
        if not docs:
            return []
    if not docs:
        return [
            CorrectionResult(
                entry_id,
                entry["document"],
                "document",
                UNMATCHED,
                f"no stored document named {entry['document']!r}",
            )
        ]
    out: list[CorrectionResult] = []
    for doc in docs:
        if doc["status"] != "ok":
            out.append(
                CorrectionResult(
                    entry_id,
                    doc["file_name"],
                    "document",
                    UNMATCHED,
                    f"document not stored (status {doc['status']})",
                )
            )
            continue
        apply = _apply_extraction if stage == "extraction" else _apply_comparison
        conn.execute(f"SAVEPOINT entry_{number}")
        try:
            result = apply(conn, entry, doc)
        except _Invalid as exc:
            conn.execute(f"ROLLBACK TO entry_{number}")
            result = CorrectionResult(entry_id, doc["file_name"], "entry", INVALID, str(exc))
        conn.execute(f"RELEASE entry_{number}")
        if result is not None:
            out.append(result)
    return out


def _record(
    conn: sqlite3.Connection, results: list[CorrectionResult], stage: str, current: set[str] | None
) -> None:
    """Keep one row per entry and part; forget entries that left the file (full runs only)."""
    if current is not None:
        marks = ", ".join("?" for _ in current)
        conn.execute(f"DELETE FROM corrections WHERE entry NOT IN ({marks})", tuple(current))
    stamp = _now()
    for r in results:
        conn.execute(
            "DELETE FROM corrections WHERE entry = ? AND target = ? AND coalesce(document, '') = ?",
            (r.entry, r.target, r.document or ""),
        )
        if r.target in ("entry", "document", "file"):
            # an entry-level outcome replaces this stage's part outcomes of the same entry
            targets = STAGE_TARGETS[stage]
            marks = ", ".join("?" for _ in targets)
            conn.execute(
                f"DELETE FROM corrections WHERE entry = ? AND target IN ({marks})",
                (r.entry, *targets),
            )
        conn.execute(
            "INSERT INTO corrections (entry, document, target, selector, change, status, message,"
            " applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (r.entry, r.document, r.target, r.selector, json.dumps(r.change, ensure_ascii=False, default=str),
             r.status, r.message, stamp),
        )  # fmt: skip


# ---------------------------------------------------------------- review


@dataclass(frozen=True)
class ReviewItem:
    """One extraction to check by hand, lowest confidence first."""

    kind: str  # document (nothing extracted) | goal | action | agency | objective
    confidence: float  # 0..1 (agency match scores are divided by 100)
    county_code: str | None
    file_name: str
    page: int | None
    number: str | None
    text: str
    detail: str  # what to check: the agency mention, the objective label


REVIEW_SQL = """
SELECT 'document' AS kind, 0.0 AS confidence, d.county_code, d.file_name, NULL AS page,
       NULL AS number, coalesce(d.title, d.file_name) AS text,
       'no goals or actions recognised (' || coalesce(nullif(d.kind, 'okand'), 'kind not recognised')
       || ', ' || coalesce(d.pages || CASE d.pages WHEN 1 THEN ' page' ELSE ' pages' END, 'no pages')
       || '): check whether it holds a plan' AS detail
FROM documents d
WHERE d.status = 'ok' AND coalesce(d.kind, '') NOT IN ('lagesbild')
  AND NOT EXISTS (SELECT 1 FROM goals g WHERE g.document_id = d.id)
  AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.document_id = d.id)
UNION ALL
SELECT 'goal', g.confidence AS confidence, d.county_code, d.file_name, g.page, g.number,
       g.title AS text,
       CASE WHEN g.text_quality < 0.9 THEN 'OCR-skadad text: ' || CAST(round(g.text_quality * 100)
            AS INTEGER) || ' % ordboksord' ELSE '' END AS detail
FROM goals g JOIN documents d ON d.id = g.document_id
WHERE g.corrected_by IS NULL AND g.confidence IS NOT NULL
UNION ALL
SELECT 'action', a.confidence, d.county_code, d.file_name, a.page, a.number, a.text,
       trim(coalesce('ansvar: ' || a.responsible, '') || CASE WHEN a.text_quality < 0.9
            THEN '  OCR-skadad text: ' || CAST(round(a.text_quality * 100) AS INTEGER)
            || ' % ordboksord' ELSE '' END)
FROM actions a JOIN documents d ON d.id = a.document_id
WHERE a.corrected_by IS NULL AND a.confidence IS NOT NULL
UNION ALL
SELECT 'agency', aa.score / 100.0, d.county_code, d.file_name, a.page, a.number, a.text,
       '"' || aa.mention || '" read as ' || ag.name || ' (' || aa.role || ')'
FROM action_agencies aa JOIN agencies ag ON ag.id = aa.agency_id
JOIN actions a ON a.id = aa.action_id JOIN documents d ON d.id = a.document_id
WHERE aa.corrected_by IS NULL AND aa.score IS NOT NULL AND a.corrected_by IS NULL
UNION ALL
SELECT 'objective', ao.score, d.county_code, d.file_name, a.page, a.number, a.text,
       'primary objective ' || o.code || ' ' || o.title || ' (' || ao.method || ': ' || ao.evidence || ')'
FROM action_objectives ao JOIN objectives o ON o.id = ao.objective_id
JOIN actions a ON a.id = ao.action_id JOIN documents d ON d.id = a.document_id
WHERE ao.is_primary = 1 AND ao.corrected_by IS NULL
ORDER BY confidence, county_code, file_name, page, number
LIMIT :limit
"""


def review_items(
    db: sqlite_utils.Database, *, limit: int = 30, kinds: Iterable[str] | None = None
) -> list[ReviewItem]:
    """The lowest-confidence extractions not yet corrected, to check first."""
    rows = db.execute(REVIEW_SQL, {"limit": limit if kinds is None else -1}).fetchall()
    items = [ReviewItem(*row) for row in rows]
    if kinds is not None:
        wanted = set(kinds)
        items = [i for i in items if i.kind in wanted][:limit]
    return items
