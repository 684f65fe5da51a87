"""Full-text search over goals and actions.

Two SQLite FTS5 tables with external content, `goals_fts` (over goals) and `actions_fts` (over
actions), kept in sync by plain SQL triggers (`goals_ai/_ad/_au`, `actions_ai/_ad/_au`, the
names sqlite-utils uses). The triggers call no Python function, so rows written by any program
(the sqlite3 shell, Datasette, a re-ingest that deletes a document and cascades to its goals and
actions) keep the index right.

Diacritics: the tokenizer is `unicode61 remove_diacritics 2`, which lowercases and strips
diacritics from both the indexed text and the query (å/ä→a, ö→o, é→e), so "våldsutsatta",
"valdsutsatta" and "VÅLDSUTSATTA" find the same rows, and OCR'd text that lost its å/ä/ö is
found by a query written correctly. This is the same folding as `models.folding.fold` for
Swedish text, done inside SQLite (an index whose folding needed a Python function would break
for every other program that writes to the database).

Compounds: a term ending in `*` is a prefix ("våld*" finds "våldsutsatta", "våldsförebyggande").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

TOKENIZE = "unicode61 remove_diacritics 2"
INDEX_VERSION = "1"

# table -> indexed columns (all real columns of the table)
INDEXED: dict[str, tuple[str, ...]] = {
    "goals": ("title",),
    "actions": ("text", "insats", "responsible", "indicators"),
}


def fts_table(table: str) -> str:
    return f"{table}_fts"


def _create_sql(table: str) -> str:
    cols = ", ".join(f"[{c}]" for c in INDEXED[table])
    return (
        f"CREATE VIRTUAL TABLE [{fts_table(table)}] USING FTS5 ({cols}, "
        f"tokenize='{TOKENIZE}', content=\"{table}\")"
    )


def _trigger_sql(table: str) -> dict[str, str]:
    fts = fts_table(table)
    cols = INDEXED[table]
    names = ", ".join(f"[{c}]" for c in cols)
    new = ", ".join(f"new.[{c}]" for c in cols)
    old = ", ".join(f"old.[{c}]" for c in cols)
    insert = f"INSERT INTO [{fts}] (rowid, {names}) VALUES (new.rowid, {new});"
    delete = f"INSERT INTO [{fts}] ([{fts}], rowid, {names}) VALUES ('delete', old.rowid, {old});"
    return {
        f"{table}_ai": f"CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN {insert} END",
        f"{table}_ad": f"CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN {delete} END",
        f"{table}_au": (
            f"CREATE TRIGGER [{table}_au] AFTER UPDATE ON [{table}] BEGIN {delete} {insert} END"
        ),
    }


@contextmanager
def in_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Join the caller's transaction if there is one, else run in our own (BEGIN IMMEDIATE ...
    COMMIT, ROLLBACK on any error). The search index and the corrections both write this way."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def ensure_search(db: sqlite_utils.Database) -> None:
    """Create or repair the FTS tables and their triggers; idempotent and cheap when all is in
    place. Rebuilds an index whose definition changed or whose row count disagrees with its
    table (e.g. rows written while the triggers were missing). Joins an open transaction."""
    from kvinnofrid.store import replace_if_changed

    with in_transaction(db.conn) as conn:
        for table in INDEXED:
            fts = fts_table(table)
            expected = _create_sql(table)
            row = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (fts,)
            ).fetchone()
            rebuild = False
            if row is None or row[0] != expected:
                for trigger in _trigger_sql(table):
                    conn.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
                if row is not None:
                    conn.execute(f"DROP TABLE [{fts}]")
                conn.execute(expected)
                rebuild = True
            for name, sql in _trigger_sql(table).items():
                rebuild = replace_if_changed(conn, "trigger", name, sql) or rebuild
            if not rebuild:
                indexed = conn.execute(f"SELECT count(*) FROM [{fts}_docsize]").fetchone()[0]
                rows = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                rebuild = indexed != rows
            if rebuild:
                conn.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('rebuild')")
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('search_index_version', ?) ON CONFLICT(key)"
            " DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value",
            (INDEX_VERSION,),
        )


_TERM = re.compile(r'"([^"]*)"(\*?)|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"OR", "AND", "NOT"}


def fts_query(text: str, *, prefix: bool = False) -> str:
    """Turn what a person types into a safe FTS5 query: words are ANDed, "quoted words" are a
    phrase, a trailing `*` makes a prefix (every word is a prefix with prefix=True), OR/AND/NOT
    in capitals are operators. Punctuation never causes a syntax error ("hälso- och sjukvård")."""
    parts: list[str] = []
    for match in _TERM.finditer(text):
        phrase, phrase_star, bare = match.groups()
        if bare is not None and bare in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS:
                parts.append(bare)
            continue
        raw = phrase if phrase is not None else bare
        star = bool(phrase_star) or (bare is not None and bare.endswith("*")) or prefix
        words = _WORD.findall(raw)
        if not words:
            continue
        parts.append('"' + " ".join(words) + '"' + ("*" if star else ""))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    return " ".join(parts)


SEARCH_HELP = (
    "words are all found (AND is implied), OR between alternatives, NOT before a word to leave"
    ' it out, "quotes" around a phrase, a trailing * for a prefix (våld* finds våldsutsatta)'
)
_COLUMN_FILTER = re.compile(r"(?:^|\s)[\w-]+:(?!//)\S")
_SIGN = re.compile(r"(?:^|\s)[-+]\w")


def query_problem(text: str) -> str | None:
    """None when `text` reads as a search (see fts_query), else what is wrong with it in plain
    words: the FTS5 syntax a person may try (brackets, NEAR, column:, -word, an operator with
    nothing on one side, an unclosed quote) that the search would otherwise silently read as
    other words and answer "0 matches"."""
    outside = re.sub(r'"[^"]*"', " ", text)
    if outside.count('"') % 2:
        return 'a quote (") is not closed'
    if "(" in outside or ")" in outside:
        return "brackets ( ) are not part of the search language (NEAR(...) neither)"
    if _COLUMN_FILTER.search(outside):
        return "word: (a column filter) is not supported; search all text"
    if _SIGN.search(outside):
        return "-word and +word are not supported; write NOT word to leave a word out"
    if "^" in outside:
        return "^ is not part of the search language"
    tokens = [m.group(0) for m in _TERM.finditer(text)]
    for i, token in enumerate(tokens):
        if token not in _OPERATORS:
            continue
        before = tokens[i - 1] if i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if before is None or after is None or before in _OPERATORS or after in _OPERATORS:
            return f"{token} needs a word on each side"
    if not fts_query(text):
        return "there are no words to search for"
    return None


def explain(text: str) -> str:
    """A sentence for a person whose search could not be read (CLI and Datasette)."""
    problem = query_problem(text) or "SQLite could not read it as a full-text search"
    return f"cannot search for {text!r}: {problem}. How to search: {SEARCH_HELP}."


def register_functions(conn: sqlite3.Connection) -> None:
    """`kvinnofrid_fts(text)` in SQL: the FTS5 query fts_query makes of what a person typed
    (used by the Datasette canned search, so that it reads queries as the CLI does)."""
    conn.create_function(
        "kvinnofrid_fts", 1, lambda text: fts_query(str(text or "")) or '""', deterministic=True
    )


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "goal" | "action"
    id: int
    document_id: int
    file_name: str
    document_title: str | None
    county_code: str | None
    county: str | None
    page: int | None
    number: str | None
    text: str
    snippet: str  # the matching passage, matched words in [brackets]
    rank: float  # bm25, lower is better


def _hits_sql(table: str, kind: str, text_col: str) -> str:
    fts = fts_table(table)
    return f"""
        SELECT '{kind}' AS kind, t.id AS id, t.document_id AS document_id, d.file_name, d.title AS document_title,
               d.county_code, c.name AS county, t.page, t.number, t.{text_col} AS text,
               snippet([{fts}], -1, '[', ']', '…', 16) AS snippet, bm25([{fts}]) AS rank
        FROM [{fts}]
        JOIN [{table}] t ON t.rowid = [{fts}].rowid
        JOIN documents d ON d.id = t.document_id
        LEFT JOIN counties c ON c.code = d.county_code
        WHERE [{fts}] MATCH :q
    """


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    prefix: bool = False,
    kinds: tuple[str, ...] = ("goal", "action"),
    limit: int = 50,
) -> list[SearchHit]:
    """Goals and actions matching `query` (see fts_query), best first."""
    q = fts_query(query, prefix=prefix)
    if not q:
        return []
    sql = _union(kinds) + " ORDER BY rank, kind, id LIMIT :limit"
    rows = db.execute(sql, {"q": q, "limit": limit}).fetchall()
    return [SearchHit(*row) for row in rows]


def count_matches(
    db: sqlite_utils.Database,
    query: str,
    *,
    prefix: bool = False,
    kinds: tuple[str, ...] = ("goal", "action"),
) -> int:
    """How many goals and actions match `query`: all of them, however many are shown."""
    q = fts_query(query, prefix=prefix)
    if not q:
        return 0
    return int(db.execute(f"SELECT count(*) FROM ({_union(kinds)})", {"q": q}).fetchone()[0])


def _union(kinds: tuple[str, ...]) -> str:
    selects = []
    if "goal" in kinds:
        selects.append(_hits_sql("goals", "goal", "title"))
    if "action" in kinds:
        selects.append(_hits_sql("actions", "action", "text"))
    return " UNION ALL ".join(selects)
