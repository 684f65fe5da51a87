"""The comparison stage's database side: frameworks and themes into their tables, every
document's goals and actions classified (compare/classify.py, compare/themes.py) and the labels
stored with their evidence. Incremental: a document is classified again only when its rows were
replaced (its labels are gone) or the classifier's inputs (framework/theme data, code version)
changed; and within such a document, an item whose text and context (its goals up the outline,
OCR'd or not) were classified before by the same classifier takes the stored result (table
classified_items, keyed by a digest of them), so re-ingesting a plan with one action edited
classifies that action only."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from kvinnofrid.store import transaction
from kvinnofrid.version import pipeline_version
from models.frameworks import DEFAULT_FRAMEWORK, Framework, load_frameworks
from models.themes import load_themes

if TYPE_CHECKING:
    import sqlite_utils

    from compare.classify import ClassItem


@dataclass
class ClassifyStats:
    framework: str
    documents: int = 0
    goals: int = 0
    actions: int = 0
    skipped: int = 0
    paths: list[str] = field(default_factory=list)  # documents (re)classified
    items_classified: int = 0  # goals and actions run through the classifier
    items_reused: int = 0  # ... and those that took a stored result (same text and context)


CLASSIFIER_CODE = (  # the code a label depends on, besides the data pipeline_version digests
    ("compare", "classify.py"), ("compare", "themes.py"), ("compare", "terms.py"),
    ("models", "frameworks.py"), ("models", "themes.py"), ("models", "lemmas.py"),
    ("models", "folding.py"),
)  # fmt: skip


def classifier_version(framework: Framework) -> str:
    """A digest of everything a label depends on but the item: the domain data and ingest code
    (pipeline_version), the classifier's code, the framework and its objectives."""
    digest = hashlib.sha256(pipeline_version().encode())
    digest.update(json.dumps([framework.id, [o.code for o in framework.objectives]]).encode())
    for package, module in CLASSIFIER_CODE:
        digest.update(resources.files(package).joinpath(module).read_bytes())
    return digest.hexdigest()[:16]


def item_digests(items: Sequence[ClassItem], version: str) -> dict[str, str]:
    """Per item key, a digest of what its labels and themes are computed from: the classifier
    version, the item's kind, text and folded flag, and the same of each goal above it (an
    item inherits from its goal, the goal from its parent goal)."""
    by_key = {item.key: item for item in items}
    out: dict[str, str] = {}
    for item in items:
        chain: list[list[object]] = []
        seen = {item.key}
        current: ClassItem | None = item
        while current is not None:
            chain.append([current.kind, current.folded, current.text])
            parent = current.parent_key
            current = by_key.get(parent) if parent and parent not in seen else None
            seen.add(parent or "")
        text = json.dumps([version, chain], ensure_ascii=False)
        out[item.key] = hashlib.sha256(text.encode()).hexdigest()[:32]
    return out


def _ancestors_included(wanted: Sequence[ClassItem], items: Sequence[ClassItem]) -> list[ClassItem]:
    """`wanted` and every goal above them, in the document's item order: what classifying
    them needs (their inherited evidence)."""
    by_key = {item.key: item for item in items}
    keep = set()
    for item in wanted:
        current: ClassItem | None = item
        while current is not None and current.key not in keep:
            keep.add(current.key)
            current = by_key.get(current.parent_key) if current.parent_key else None
    return [item for item in items if item.key in keep]


def _stored_results(
    db: sqlite_utils.Database, framework_id: str, digests: Iterable[str]
) -> dict[str, tuple[list, list]]:
    """digest → (labels, themes) of the items classified before."""
    wanted = sorted(set(digests))
    found: dict[str, tuple[list, list]] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        for digest, labels, themes in db.execute(
            "SELECT digest, labels, themes FROM classified_items WHERE framework_id = ?"
            f" AND digest IN ({','.join('?' * len(part))})",
            [framework_id, *part],
        ):
            found[digest] = (json.loads(labels), json.loads(themes))
    return found


def sync_reference_data(db: sqlite_utils.Database, frameworks: dict[str, Framework]) -> None:
    """Frameworks, their objectives (and the cross-cutting pseudo-objective) and themes."""
    with transaction(db) as conn:
        for fw in frameworks.values():
            conn.execute(
                "INSERT INTO frameworks (id, name, title, source) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET name = excluded.name, title = excluded.title,"
                " source = excluded.source",
                (fw.id, fw.name, fw.title, fw.source),
            )
            rows = [(o.code, o.title, o.scope) for o in fw.objectives]
            rows.append((fw.cross_cutting.code, fw.cross_cutting.title, fw.cross_cutting.scope))
            for code, title, scope in rows:
                conn.execute(
                    "INSERT INTO objectives (framework_id, code, title, scope) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(framework_id, code) DO UPDATE SET title = excluded.title,"
                    " scope = excluded.scope",
                    (fw.id, code, title, scope),
                )
        for theme in load_themes():
            conn.execute(
                "INSERT INTO themes (code, title) VALUES (?, ?)"
                " ON CONFLICT(code) DO UPDATE SET title = excluded.title",
                (theme.code, theme.title),
            )


def _objective_ids(db: sqlite_utils.Database, framework_id: str) -> dict[str, int]:
    return {
        code: oid
        for oid, code in db.execute(
            "SELECT id, code FROM objectives WHERE framework_id = ?", [framework_id]
        ).fetchall()
    }


def _documents_to_classify(db: sqlite_utils.Database, framework_id: str, force: bool) -> list[int]:
    ids = [r[0] for r in db.execute("SELECT id FROM documents WHERE status = 'ok' ORDER BY id")]
    if force:
        return ids
    labelled = {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT a.document_id FROM action_objectives ao"
            " JOIN actions a ON a.id = ao.action_id JOIN objectives o ON o.id = ao.objective_id"
            " WHERE o.framework_id = ?"
            " UNION SELECT DISTINCT g.document_id FROM goal_objectives go"
            " JOIN goals g ON g.id = go.goal_id JOIN objectives o ON o.id = go.objective_id"
            " WHERE o.framework_id = ?",
            [framework_id, framework_id],
        )
    }
    return [i for i in ids if i not in labelled]


def database_state(db: sqlite_utils.Database, *parts: str) -> str:
    """A digest of everything the analysis and the report are computed from (documents and
    their versions, labels, agencies, corrections), cheap to compute, so that a run with
    nothing changed can skip them."""
    digest = hashlib.sha256("|".join(parts).encode())
    digest.update(comparison_code_version().encode())
    for sql in (
        "SELECT group_concat(id || ':' || sha256 || ':' || pipeline_version || ':' || status, ',')"
        " FROM (SELECT * FROM documents ORDER BY id)",
        "SELECT count(*), total(score), total(is_primary), max(action_id) FROM action_objectives",
        "SELECT count(*), total(score), total(is_primary), max(goal_id) FROM goal_objectives",
        "SELECT count(*), total(agency_id), max(action_id) FROM action_agencies",
        "SELECT count(*), total(theme_id) FROM action_themes",
        "SELECT count(*), max(id), total(length(text)) FROM actions",
        "SELECT group_concat(entry || status || change, ',') FROM (SELECT * FROM corrections ORDER BY id)",
    ):
        digest.update(repr(db.execute(sql).fetchone()).encode())
    return digest.hexdigest()[:20]


@functools.cache
def comparison_code_version() -> str:
    """A digest of the code and templates the analysis and the report are made with (compare/,
    kvinnofrid/findings.py and report.py): a new version redoes them on an unchanged database."""
    from kvinnofrid.version import _walk

    digest = hashlib.sha256()
    for name, data in sorted(_walk(resources.files("compare"), "compare")):
        if name.endswith((".py", ".j2", ".js", ".toml", ".txt")):
            digest.update(name.encode())
            digest.update(data)
    for module in ("findings.py", "report.py"):
        digest.update(resources.files("kvinnofrid").joinpath(module).read_bytes())
    return digest.hexdigest()[:12]


def _goal_id(key: str | None) -> int | None:
    return int(key.split(":", 1)[1]) if key else None


def meta_value(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value",
            (key, value),
        )


def classify_database(
    db: sqlite_utils.Database, framework_id: str = DEFAULT_FRAMEWORK, *, force: bool = False
) -> ClassifyStats:
    frameworks = load_frameworks()
    if framework_id not in frameworks:
        raise KeyError(framework_id)
    framework = frameworks[framework_id]
    version_key = f"classifier:{framework_id}"
    version = classifier_version(framework)
    force = force or meta_value(db, version_key) != version
    stats = ClassifyStats(framework_id)
    doc_ids = _documents_to_classify(db, framework_id, force)
    total = db.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    stats.skipped = total - len(doc_ids)
    if not doc_ids and not force:
        return stats  # nothing new: no heavy imports, no writes

    from compare.classify import ClassItem, classify
    from compare.terms import looks_folded
    from compare.themes import classify_themes

    sync_reference_data(db, frameworks)
    if force:  # another classifier: its stored results no longer hold
        with transaction(db) as conn:
            conn.execute(
                "DELETE FROM classified_items WHERE framework_id = ? AND classifier_version <> ?",
                (framework_id, version),
            )
    objective_ids = _objective_ids(db, framework_id)
    theme_ids = {code: tid for tid, code in db.execute("SELECT id, code FROM themes").fetchall()}
    for doc_id in doc_ids:
        goals = db.execute(
            "SELECT id, parent_id, title FROM goals WHERE document_id = ? ORDER BY id", [doc_id]
        ).fetchall()
        actions = db.execute(
            "SELECT id, goal_id, text FROM actions WHERE document_id = ? ORDER BY id", [doc_id]
        ).fetchall()
        sample = " ".join(t for *_, t in goals) + " " + " ".join(t for *_, t in actions)
        folded = looks_folded(sample)
        items = [
            ClassItem(f"goal:{gid}", title, "goal", f"goal:{pid}" if pid else None, folded)
            for gid, pid, title in goals
        ] + [
            ClassItem(f"action:{aid}", text, "action", f"goal:{gid}" if gid else None, folded)
            for aid, gid, text in actions
        ]
        digests = item_digests(items, version)
        stored = _stored_results(db, framework_id, digests.values())
        new_items = [item for item in items if digests[item.key] not in stored]
        labels = classify(_ancestors_included(new_items, items), framework) if new_items else {}
        goal_titles = {gid: title for gid, _pid, title in goals}
        results: dict[str, tuple[list, list]] = {}
        for item in new_items:
            themes = (
                classify_themes(item.text, goal_titles.get(_goal_id(item.parent_key), ""))
                if item.kind == "action"
                else []
            )
            results[digests[item.key]] = (
                [[lab.objective_code, lab.score, lab.is_primary, lab.evidence, lab.method]
                 for lab in labels.get(item.key, [])],
                [list(t) for t in themes],
            )  # fmt: skip
        results.update(stored)
        with transaction(db) as conn:
            for table, column, rows in (
                ("goal_objectives", "goal_id", goals),
                ("action_objectives", "action_id", actions),
            ):
                ids = [r[0] for r in rows]
                for chunk in range(0, len(ids), 500):
                    part = ids[chunk : chunk + 500]
                    conn.execute(
                        f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(part))})"
                        f" AND objective_id IN (SELECT id FROM objectives WHERE framework_id = ?)",
                        [*part, framework_id],
                    )
            conn.executemany(
                "INSERT OR REPLACE INTO classified_items (framework_id, digest,"
                " classifier_version, labels, themes) VALUES (?, ?, ?, ?, ?)",
                [(framework_id, digests[item.key], version,
                  json.dumps(results[digests[item.key]][0], ensure_ascii=False),
                  json.dumps(results[digests[item.key]][1], ensure_ascii=False))
                 for item in {digests[i.key]: i for i in new_items}.values()],
            )  # fmt: skip
            for item in items:
                kind, raw_id = item.key.split(":", 1)
                table, column = (
                    ("goal_objectives", "goal_id")
                    if kind == "goal"
                    else ("action_objectives", "action_id")
                )
                item_labels, item_themes = results[digests[item.key]]
                conn.executemany(
                    f"INSERT OR REPLACE INTO {table} ({column}, objective_id, score, is_primary,"
                    " evidence, method) VALUES (?, ?, ?, ?, ?, ?)",
                    [(int(raw_id), objective_ids[code], score, int(primary), evidence or method,
                      method) for code, score, primary, evidence, method in item_labels],
                )  # fmt: skip
                if kind == "action":
                    conn.execute("DELETE FROM action_themes WHERE action_id = ?", (int(raw_id),))
                    conn.executemany(
                        "INSERT OR REPLACE INTO action_themes (action_id, theme_id, evidence)"
                        " VALUES (?, ?, ?)",
                        [
                            (int(raw_id), theme_ids[code], evidence)
                            for code, evidence in item_themes
                        ],
                    )
        stats.documents += 1
        stats.paths.append(
            db.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
        )
        stats.goals += len(goals)
        stats.actions += len(actions)
        stats.items_classified += len(new_items)
        stats.items_reused += len(items) - len(new_items)
    set_meta(db, version_key, version)
    return stats
