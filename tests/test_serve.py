"""`kvinnofrid serve`: Datasette on 127.0.0.1, read-only, with documented tables and canned
queries. The server is started on a free loopback port through the real CLI, queried over HTTP
and stopped."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kvinnofrid.serve import DATABASE_KEY, METADATA_FILE, datasette_args, docs_tables, load_metadata
from models.folding import fold
from tests.conftest import ROOT

START_TIMEOUT = 60.0
CANNED = ("coverage", "gaps", "overlap_clusters", "agencies", "actions_by_agency",
          "actions_without_agency", "search", "corrections")  # fmt: skip


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, base: str, name: str) -> None:
        self.base, self.name = base, name

    def request(self, path: str, *, data: bytes | None = None) -> tuple[int, bytes]:
        req = urllib.request.Request(
            self.base + path, data=data, method="POST" if data is not None else "GET"
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def json(self, path: str, **params: str) -> dict | list:
        query = urllib.parse.urlencode(params)
        status, body = self.request(path + ("?" + query if query else ""))
        assert status == 200, (path, status, body[:500])
        return json.loads(body)

    def canned(self, query: str, **params: str) -> list[dict]:
        return self.json(f"/{self.name}/{query}.json", _shape="array", **params)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def server(research_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("serve") / "server.log"
    log = log_path.open("w")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "kvinnofrid", "serve", "--db", str(research_db), "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert proc.poll() is None, f"server exited: {log_path.read_text()}"
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        yield Server(base, research_db.stem)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


def db_tables(db: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
            " AND name NOT GLOB '*_fts_*'")]  # fmt: skip
        return {n: [r[1] for r in conn.execute(f"PRAGMA table_info([{n}])")] for n in names}
    finally:
        conn.close()


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in ("documents", "goals", "actions", "action_agencies")
        }
    finally:
        conn.close()


def test_database_json_lists_tables_with_full_text_search(
    server: Server, research_db: Path
) -> None:
    data = server.json(f"/{server.name}.json")
    tables = {t["name"]: t for t in data["tables"]}
    assert {"documents", "goals", "actions", "agencies", "action_agencies", "counties"} <= set(
        tables
    )
    assert tables["actions"]["fts_table"] == "actions_fts"
    assert tables["goals"]["fts_table"] == "goals_fts"
    assert tables["actions"]["count"] == counts(research_db)["actions"] > 0
    assert {q["name"] for q in data["queries"]} == set(CANNED)


def test_metadata_describes_every_table_and_column_and_names_sources(
    server: Server, research_db: Path
) -> None:
    metadata = server.json("/-/metadata.json")
    assert "Skr. 2016/17:10" in metadata["source"]
    database = metadata["databases"][server.name]
    assert database["description"] and database["source"]
    undocumented = []
    for table, columns in db_tables(research_db).items():
        entry = database["tables"].get(table, {})
        if not entry.get("description"):
            undocumented.append(table)
        undocumented += [f"{table}.{c}" for c in columns if not entry.get("columns", {}).get(c)]
    assert undocumented == []


def test_metadata_file_matches_docs() -> None:
    """metadata.json's descriptions are docs/schema.md's (regenerate: python -m kvinnofrid.serve sync-metadata)."""
    tables = json.loads(METADATA_FILE.read_text(encoding="utf-8"))["databases"][DATABASE_KEY][
        "tables"
    ]
    for name, doc in docs_tables((ROOT / "docs" / "schema.md").read_text(encoding="utf-8")).items():
        assert tables[name]["description"] == doc["description"], name
        assert tables[name]["columns"] == doc["columns"], name


def test_canned_queries(server: Server, research_db: Path) -> None:
    coverage = server.canned("coverage")
    assert coverage, "compare ran on the research database"
    assert {r["county_code"] for r in coverage} == {"AB", "U", "G"}
    assert {r["framework"] for r in coverage} == {"nationell-strategi-2017"}  # the one compared
    assert all(
        0 <= r["share"] <= 1 and r["primary_actions"] <= r["actions"] <= r["county_actions"]
        for r in coverage
        if r["share"] is not None
    )
    national = [
        r
        for r in coverage
        if r["framework"] == "nationell-strategi-2017" and r["county_code"] == "U"
    ]
    assert sum(r["primary_actions"] for r in national) == _primary_labels(research_db, "U") > 0
    gaps = server.canned("gaps")  # the analysis's findings, as in the report
    with sqlite3.connect(research_db) as conn:
        found = conn.execute("SELECT count(*) FROM gap_findings").fetchone()[0]
    assert len(gaps) == found > 0
    missing = {(r["county_code"], r["subject"]) for r in gaps
               if r["category"] == "objective" and r["severity"] == "missing"}  # fmt: skip
    covered = {(r["county_code"], r["objective"]) for r in coverage if r["actions"]}
    assert not covered & missing
    clusters = server.canned("overlap_clusters")  # compare also finds overlaps across counties
    assert clusters and all(r["actions"] >= 2 and r["pairs"] >= 1 for r in clusters)
    agencies = {(r["agency"], r["role"]): r for r in server.canned("agencies")}
    assert agencies[("Kriminalvården", "lead")]["actions"] >= 2
    led = server.canned("actions_by_agency", agency="Kriminalvården", role="lead")
    assert len(led) == agencies[("Kriminalvården", "lead")]["actions"]
    assert all(r["county"] and r["file_name"] for r in led)  # page: NULL for a text dump
    assert len(server.canned("actions_by_agency", agency="Kriminalvården", role="")) >= len(led)
    without = server.canned("actions_without_agency")
    assert without and all(r["text"] for r in without)
    assert {r["entry"] for r in server.canned("corrections")} >= {"U-5.6-stod-till-valdsutovare"}


def _primary_labels(db: Path, county: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT count(*) FROM action_objectives ao JOIN objectives o ON o.id = ao.objective_id"
            " JOIN actions a ON a.id = ao.action_id JOIN documents d ON d.id = a.document_id"
            " WHERE d.county_code = ? AND ao.is_primary = 1 AND o.framework_id = 'nationell-strategi-2017'",
            (county,),
        ).fetchone()[0]
    finally:
        conn.close()


def test_search_query_ignores_diacritics_and_takes_prefixes(server: Server) -> None:
    plain = server.canned("search", q="valdsutsatta")
    marked = server.canned("search", q="våldsutsatta")
    assert plain and [(r["file_name"], r["number"]) for r in plain] == [
        (r["file_name"], r["number"]) for r in marked
    ]
    prefix = server.canned("search", q="våld*")
    assert len(prefix) > len(marked)
    assert any("[" in r["passage"] for r in prefix)
    table_search = server.json(f"/{server.name}/actions.json", _search="vald*", _shape="array")
    indexed = ("text", "insats", "responsible", "indicators")
    assert table_search and all(
        "vald" in fold(" ".join(r[c] or "" for c in indexed)) for r in table_search
    )


def test_writes_are_refused(server: Server, research_db: Path) -> None:
    before = counts(research_db)
    for sql in ("DELETE FROM actions", "UPDATE actions SET text = 'x'", "DROP TABLE goals",
                "INSERT INTO agencies (name) VALUES ('x')", "SELECT 1; DELETE FROM actions"):  # fmt: skip
        status, _ = server.request(f"/{server.name}.json?" + urllib.parse.urlencode({"sql": sql}))
        assert status >= 400, sql
    for path, body in ((f"/{server.name}/search", b"q=x"),
                       (f"/{server.name}/actions/-/insert", b'{"row": {"text": "x"}}'),
                       (f"/{server.name}/-/create", b'{"table": "x", "row": {"a": 1}}'),
                       (f"/{server.name}.json?sql=select+1", b"")):  # fmt: skip
        status, _ = server.request(path, data=body)
        assert status == 405, path
    assert counts(research_db) == before
    assert server.json(f"/{server.name}.json")["tables"]


def test_server_binds_loopback_only(tmp_path: Path) -> None:
    args = datasette_args(tmp_path / "k.db", 8123, tmp_path / "m.json")
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert "0.0.0.0" not in args
    assert load_metadata("k")["databases"].keys() == {"k"}


def test_canned_queries_run_on_an_empty_database(tmp_path: Path) -> None:
    from kvinnofrid.search import ensure_search, register_functions
    from kvinnofrid.store import connect

    db = connect(tmp_path / "empty.db")
    ensure_search(db)
    register_functions(db.conn)  # kvinnofrid_fts, as the Datasette plugin gives it
    queries = load_metadata()["databases"][DATABASE_KEY]["queries"]
    assert set(queries) == set(CANNED)
    for name, query in queries.items():
        params = {"q": "våld*", "agency": "Länsstyrelsen", "role": ""}
        assert db.execute(query["sql"], params).fetchall() == [], name
        assert query["title"] and query["description"] and not query.get("write")


def test_gaps_query_finds_an_objective_a_county_lost(research_db: Path, tmp_path: Path) -> None:
    """The canned query shows the analysis's gaps: after Kronoberg's labels for an objective it
    covers are gone and the analysis has run again, that objective is a missing one of G."""
    from kvinnofrid.findings import analyse_database
    from kvinnofrid.store import connect
    from tests.conftest import copy_database

    db = copy_database(research_db, tmp_path / "k.db")
    sql = load_metadata()["databases"][DATABASE_KEY]["queries"]["gaps"]["sql"]

    def objective_gaps() -> set[tuple[str, str]]:
        conn = sqlite3.connect(db)
        try:
            conn.row_factory = sqlite3.Row
            return {(r["county_code"], r["subject"]) for r in conn.execute(sql)
                    if r["category"] == "objective" and r["severity"] == "missing"}  # fmt: skip
        finally:
            conn.close()

    conn = sqlite3.connect(db)
    covered = {
        code
        for (code,) in conn.execute(
            "SELECT DISTINCT o.code FROM action_objectives ao JOIN objectives o ON o.id ="
            " ao.objective_id JOIN actions a ON a.id = ao.action_id JOIN documents d ON"
            " d.id = a.document_id WHERE d.county_code = 'G' AND o.framework_id ="
            " 'nationell-strategi-2017' AND o.code != 'X'"
        )
    }
    conn.close()
    objective = sorted(covered)[-1]
    assert ("G", objective) not in objective_gaps()
    conn = sqlite3.connect(db)
    try:
        with conn:
            for table, item, owner in (
                ("action_objectives", "action_id", "actions"),
                ("goal_objectives", "goal_id", "goals"),
            ):
                conn.execute(
                    f"DELETE FROM {table} WHERE objective_id = (SELECT id FROM objectives WHERE"
                    f" framework_id = 'nationell-strategi-2017' AND code = '{objective}') AND"
                    f" {item} IN (SELECT x.id FROM {owner} x JOIN documents d ON d.id = x.document_id"
                    " WHERE d.county_code = 'G')"
                )  # fmt: skip
    finally:
        conn.close()
    analyse_database(connect(db))
    assert ("G", objective) in objective_gaps()
