"""Start-up is paid only when needed: importing the CLI, its help, listing the frameworks, and
an ingest or a run with nothing to do load none of the heavy libraries (numpy, networkx,
jinja2, matplotlib, spaCy, sqlite-utils, pydantic, the readers), and opening the database does
not load numpy.
Structural: each case runs in a fresh interpreter and looks at sys.modules; the timings are
measured outside the suite (docs/decisions.md, issue 17)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, ROOT, run_cli

HEAVY = (
    "numpy", "pandas", "networkx", "jinja2", "matplotlib", "spacy", "sqlite_utils",
    "datasette", "openpyxl", "pdfplumber", "pypdfium2", "docx", "marisa_trie", "rapidfuzz",
    "distributed", "ingest.agencies", "ingest.repair", "ingest.pipeline", "pydantic",
)  # fmt: skip


def _loaded(code: str) -> set[str]:
    """The HEAVY modules and the modules of compare/ (its package alone is light: the code
    digest reads its files) loaded after running `code` in a fresh interpreter."""
    script = (
        "import json, sys\n" + code + "\n"
        f"print(json.dumps([m for m in sys.modules if m in {HEAVY!r} or m.startswith('compare.')]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _cli(*args: str) -> str:
    return (
        "from kvinnofrid.cli import app\n"
        "try:\n"
        f"    app({list(args)!r})\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
    )


def test_importing_the_cli_loads_nothing_heavy() -> None:
    assert _loaded("import kvinnofrid.cli") == set()
    assert _loaded("import kvinnofrid") == set()


def test_the_input_plan_needs_only_the_standard_library() -> None:
    code = "import kvinnofrid.inputs, kvinnofrid.fastpath\nassert 'kvinnofrid.store' not in sys.modules"
    assert _loaded(code) == set()


def test_help_and_listing_frameworks_load_nothing_heavy() -> None:
    assert _loaded(_cli("--help")) == set()
    # typer 0.29 would convert option values through pydantic (pyproject.toml keeps it below)
    assert _loaded(_cli("frameworks")) == set()


def test_a_rerun_with_nothing_to_do_loads_nothing_heavy(tmp_path: Path) -> None:
    plan = CORPUS / "kronoberg_handlingsplan_2018-2026.txt"
    db = tmp_path / "k.db"
    first = run_cli("ingest", plan, "--db", db)
    assert first.returncode == 0, first.stdout + first.stderr
    assert _loaded(_cli("ingest", str(plan), "--db", str(db))) == set()


def test_a_run_with_nothing_to_do_loads_nothing_heavy(run_out: Path, corpus_copy: Path) -> None:
    # run_out was written with --graph graphml,gexf: the same request is the one with nothing to do
    again = _cli(
        "run", "--corpus", str(corpus_copy), "--out", str(run_out), "--graph", "graphml,gexf"
    )
    assert _loaded(again) == set()


def test_the_database_opens_without_numpy(tmp_path: Path) -> None:
    opened = (
        "from pathlib import Path\n"
        "from kvinnofrid.store import connect\n"
        f"db = connect(Path({str(tmp_path / 'a.db')!r}))\n"
        "assert db.execute('SELECT count(*) FROM counties').fetchone()[0] == 21\n"
    )
    assert _loaded(opened) == {"sqlite_utils"}
    # numpy stays importable for everyone else, and a process that already has it is fine
    assert "numpy" in _loaded(opened + "import numpy\nassert numpy.zeros(2).sum() == 0\n")
    before = "import numpy\n" + opened.replace("a.db", "b.db")
    assert {"numpy", "sqlite_utils"} <= _loaded(before)


def test_ingesting_a_text_file_loads_no_spacy_numpy_or_report_libraries(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Handlingsplan mot våld i nära relationer, Umeå kommun 2024\n\n"
        "Mål 1: Fler våldsutsatta upptäcks\n\n"
        "Åtgärd: Utbilda personal. Ansvar: Socialnämnden i samverkan med Polisen.\n",
        encoding="utf-8",
    )
    loaded = _loaded(_cli("ingest", str(plan), "--db", str(tmp_path / "k.db")))
    assert "ingest.agencies" in loaded  # the document was read in this process's children …
    not_needed = {"spacy", "numpy", "pandas", "networkx", "jinja2", "matplotlib", "pydantic"}
    assert loaded & not_needed == set()  # … with none of what only compare and report need
