"""Shared fixtures: the corpus, the real CLI in a subprocess, one ingested database per session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def corpus_documents() -> list[Path]:
    return sorted(
        p
        for p in CORPUS.iterdir()
        if p.is_file() and not p.name.lower().startswith(("readme", "corrections"))
    )


def run_cli(
    *args: str | os.PathLike[str],
    cwd: Path | None = None,
    timeout: float = 600,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real `kvinnofrid` CLI in a subprocess."""
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kvinnofrid", *map(str, args)],
        cwd=cwd or ROOT, capture_output=True, text=True, timeout=timeout, env=full_env,
    )  # fmt: skip


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of corpus/ (tests may not touch the real one)."""
    target = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def ingested_db(tmp_path_factory: pytest.TempPathFactory, corpus_copy: Path) -> Path:
    """The corpus ingested once through the real CLI into a real SQLite file."""
    db = tmp_path_factory.mktemp("db") / "kvinnofrid.db"
    result = run_cli("ingest", corpus_copy, "--db", db)
    assert result.returncode == 0, result.stdout + result.stderr
    return db


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (WAL included), via the backup API."""
    import sqlite3

    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


@pytest.fixture(scope="session")
def research_db(tmp_path_factory: pytest.TempPathFactory, ingested_db: Path) -> Path:
    """A private copy of the ingested corpus for the research tests (serve, search, export,
    schema docs), compared and with corpus/corrections.toml applied, through the real CLI.
    Tests must not write to it."""
    db = copy_database(ingested_db, tmp_path_factory.mktemp("research") / "kvinnofrid.db")
    for args in (("compare",), ("corrections", "--file", CORPUS / "corrections.toml")):
        result = run_cli(*args, "--db", db)
        assert result.returncode == 0, result.stdout + result.stderr
    return db


@pytest.fixture(scope="session")
def run_out(tmp_path_factory: pytest.TempPathFactory, corpus_copy: Path) -> Path:
    """`kvinnofrid run` once on a copy of the corpus: OUT with the database, report and graph."""
    out = tmp_path_factory.mktemp("run") / "out"
    result = run_cli("run", "--corpus", corpus_copy, "--out", out, "--graph", "graphml,gexf")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "report: 3 counties" in result.stdout, result.stdout
    return out


@pytest.fixture(scope="session")
def comparison_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kvinnofrid run` once on a copy of tests/comparison_set (two Stockholm plans, Västmanland,
    Kronoberg): OUT with the database and report, for the tests that only read them."""
    folder = tmp_path_factory.mktemp("comparison_set")
    shutil.copytree(Path(__file__).parent / "comparison_set", folder / "corpus")
    result = run_cli("run", "--corpus", folder / "corpus", "--out", folder / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "out"


# Whole modules that read many documents or drive a browser: left out of `make test-fast`.
SLOW_MODULES = frozenset(
    {
        "test_devset_quality.py",
        "test_classify_eval.py",
        "test_executor.py",
        "test_report_graph.py",
        "test_report_determinism.py",
        "test_cli_layouts_e2e.py",
        "test_pdf_e2e.py",
        "test_overlaps_scale.py",
        "test_ocr_budget.py",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
