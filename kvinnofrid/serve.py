"""`kvinnofrid serve`: Datasette on the database, on 127.0.0.1, read-only.

Metadata (titles, descriptions of every table and column, sources, canned queries) lives in
`kvinnofrid/datasette/metadata.json`; its table and column descriptions are the ones in
docs/schema.md (`python -m kvinnofrid.serve` rewrites them from the docs; a test keeps the two
equal). Read-only, three times over: a plugin (datasette/plugins/read_only.py) answers every request
other than GET/HEAD/OPTIONS with 405; Datasette reads a mutable database through `mode=ro`
connections and writes only through canned queries marked `write`, of which there are none; and
arbitrary SQL is limited to SELECT by Datasette itself. `immutable=True` serves a frozen snapshot (the WAL is folded into
the file first) for publishing a finished database.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

METADATA_FILE = Path(__file__).parent / "datasette" / "metadata.json"
PLUGINS_DIR = Path(__file__).parent / "datasette" / "plugins"  # read_only.py, errors.py
DOCS_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema.md"
DATABASE_KEY = "kvinnofrid"  # the key used in metadata.json; renamed to the served file's stem
HOST = "127.0.0.1"
SETTINGS = {"sql_time_limit_ms": "5000", "max_returned_rows": "5000", "allow_download": "off"}

_HEADING = re.compile(r"^### `([^`]+)`\s*$")
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|\s*(.*?)\s*\|\s*$")


def docs_tables(markdown: str) -> dict[str, dict[str, Any]]:
    """Tables documented in docs/schema.md: name → {"description", "columns": {col: text}}.
    A table is a "### `name`" heading, a paragraph, and a | column | type | meaning | table."""
    tables: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    paragraph: list[str] = []
    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        if heading:
            current = {"description": "", "columns": {}}
            tables[heading.group(1)] = current
            paragraph = []
            continue
        if line.startswith("## "):
            current = None
            continue
        if current is None:
            continue
        row = _ROW.match(line)
        if row:
            column, _type, meaning = row.groups()
            current["columns"][column] = _plain(meaning)
        elif line.strip() and not line.startswith("|") and not current["columns"]:
            paragraph.append(line.strip())
            current["description"] = _plain(" ".join(paragraph))
    return tables


def _plain(text: str) -> str:
    return text.replace("`", "").replace("&lt;", "<").replace("&gt;", ">").strip()


def sync_metadata_tables(docs: Path = DOCS_FILE, metadata: Path = METADATA_FILE) -> None:
    """Rewrite the table and column descriptions in metadata.json from docs/schema.md,
    keeping the other per-table settings (label_column, searchmode, hidden)."""
    data = json.loads(metadata.read_text(encoding="utf-8"))
    tables = data["databases"][DATABASE_KEY].setdefault("tables", {})
    for name, doc in docs_tables(docs.read_text(encoding="utf-8")).items():
        entry = tables.setdefault(name, {})
        entry["description"] = doc["description"]
        entry["columns"] = doc["columns"]
    metadata.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load_metadata(database_name: str = DATABASE_KEY) -> dict[str, Any]:
    """The metadata for Datasette, with the database entry named after the served file."""
    data = json.loads(METADATA_FILE.read_text(encoding="utf-8"))
    databases = data.get("databases", {})
    if DATABASE_KEY in databases and database_name != DATABASE_KEY:
        databases[database_name] = databases.pop(DATABASE_KEY)
    return data


def port_problem(port: int, host: str = HOST) -> str | None:
    """None when Datasette can listen on host:port, else why not in plain words (checked by
    binding it for a moment, before "serving ..." is said)."""
    import errno
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"port {port} is already in use (another server?); choose one with --port"
            if exc.errno == errno.EACCES:
                return f"port {port} needs more privileges; choose one above 1023 with --port"
            return f"{exc.strerror or exc}"
    return None


def checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the database file (for an immutable snapshot)."""
    conn = sqlite3.connect(db_path, timeout=120)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def datasette_args(
    db_path: Path, port: int, metadata_path: Path, *, immutable: bool = False
) -> list[str]:
    args = ["serve", "--host", HOST, "--port", str(port), "--metadata", str(metadata_path),
            "--plugins-dir", str(PLUGINS_DIR)]  # fmt: skip
    for name, value in SETTINGS.items():
        args += ["--setting", name, value]
    args += ["--immutable", str(db_path)] if immutable else [str(db_path)]
    return args


def serve(db_path: Path, port: int, *, immutable: bool = False) -> int:
    """Run Datasette in this process until interrupted; returns its exit status."""
    from datasette.cli import cli

    from kvinnofrid.store import writable

    if immutable and writable(db_path):  # a file nobody can write has no log to fold in
        checkpoint(db_path)
    metadata = load_metadata(db_path.stem)
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-serve-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
        try:
            cli.main(args=datasette_args(db_path, port, metadata_path, immutable=immutable),
                     prog_name="datasette", standalone_mode=False)  # fmt: skip
        except KeyboardInterrupt:
            return 0
        except SystemExit as exc:
            return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["sync-metadata"]:
        sys.exit("usage: python -m kvinnofrid.serve sync-metadata")
    sync_metadata_tables()
