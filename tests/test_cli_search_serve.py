"""Search explains what it cannot read and counts what it finds; `serve` says which port is
busy before it starts, logs a 404 in one line without a traceback, explains a full-text search
it cannot read in plain words, and serves a database the user cannot write. Real CLI, real
database, real server on a loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.test_cli_faults import clean_failure
from tests.test_cli_faults import read_only_db as read_only_db  # the fixture, shared


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("våld AND", "AND needs a word on each side"),
        ("OR barn", "OR needs a word on each side"),
        ("(våld OR stöd)", "brackets"),
        ("NEAR(våld stöd)", "brackets"),
        ("title:våld", "column filter"),
        ("våld -barn", "NOT word"),
        ('"mäns våld', "not closed"),
        ("* ^", "^"),
    ],
)
def test_search_syntax_errors_are_explained(research_db: Path, query: str, words: str) -> None:
    line = clean_failure(run_cli("search", query, "--db", research_db), 2)
    assert words in line and "How to search" in line


def test_search_counts_every_match_not_only_those_shown(research_db: Path) -> None:
    every = run_cli("search", "våld*", "--json", "--limit", "1000", "--db", research_db)
    total = len(every.stdout.splitlines())
    assert total > 2
    shown = run_cli("search", "våld*", "-n", "2", "--db", research_db)
    assert shown.returncode == 0
    assert f"{total} matches (2 shown" in shown.stderr, shown.stderr
    assert len(shown.stdout.splitlines()) == 2


def test_search_of_ordinary_text_still_works(research_db: Path) -> None:
    result = run_cli("search", "hälso- och sjukvård", "--db", research_db)
    assert result.returncode == 0 and "match" in result.stderr


# ---------------------------------------------------------------- serve


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(base: str, path: str, **params: str) -> tuple[int, bytes]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def start(db: Path, port: int, log_path: Path) -> subprocess.Popen:
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kvinnofrid", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, log_path.read_text()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2):
                return proc
        except OSError:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.3)


@pytest.fixture
def served(read_only_db: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:  # noqa: F811
    """The server on a database this user cannot write."""
    port, log = free_port(), tmp_path / "server.log"
    proc = start(read_only_db, port, log)
    try:
        yield f"http://127.0.0.1:{port}", log
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_on_a_read_only_database_explains_and_logs_without_tracebacks(
    served: tuple[str, Path],
) -> None:
    base, log = served
    status, body = get(base, "/kvinnofrid/actions.json", _search="våld AND")
    assert status == 400
    error = json.loads(body)["error"]
    assert "AND needs a word on each side" in error and "fts5" not in error
    status, body = get(base, "/kvinnofrid/search.json", q="våld AND", _shape="array")
    assert status == 200 and json.loads(body), body[:300]  # read as the CLI reads it
    status, _ = get(base, "/no-such-page")
    assert status == 404
    status, body = get(base, "/kvinnofrid/documents.json", _shape="array")
    assert status == 200 and json.loads(body)
    time.sleep(0.5)
    text = log.read_text()
    assert "Traceback" not in text and "╭" not in text, text[:2000]
    assert sum("/no-such-page" in line for line in text.splitlines()) == 1, text


def test_serve_names_a_busy_port_before_starting(research_db: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("serve", "--db", research_db, "--port", port, timeout=60)
    line = clean_failure(result)
    assert f"port {port} is already in use" in line
    assert "serving" not in result.stdout + result.stderr
