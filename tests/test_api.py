"""The library API (kvinnofrid/api.py): the README's example runs as written, and the results
it returns are the database's figures."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## As a library") :]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_example_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "tests" / "comparison_set" / "stockholm_handlingsplan_2023-2025.md", corpus)
    shutil.copy(ROOT / "tests" / "comparison_set" / "kronoberg_handlingsplan_2022-2025.md", corpus)
    result = subprocess.run(
        [sys.executable, "-c", _readme_example()],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    conn = sqlite3.connect(tmp_path / "out" / "kvinnofrid.db")
    actions = conn.execute("SELECT count(*) FROM actions").fetchone()[0]
    assert lines[0] == "2 stored, 0 unchanged, 0 failed"
    assert lines[1] == f"{actions} actions classified against nationell-strategi-2017"
    assert lines[2] == "out/report/index.html"
    assert (tmp_path / "out" / "report" / "index.html").is_file()


def test_a_problem_the_user_can_fix_is_one_error(tmp_path: Path) -> None:
    import kvinnofrid

    with pytest.raises(kvinnofrid.KvinnofridError, match="no such file or folder") as missing:
        kvinnofrid.ingest([tmp_path / "nowhere"], tmp_path / "k.db")
    assert missing.value.status == 2
    with pytest.raises(kvinnofrid.KvinnofridError, match="unknown framework"):
        kvinnofrid.compare(tmp_path / "k.db", "no-such-framework", tmp_path)


def test_run_skips_what_is_up_to_date(tmp_path: Path) -> None:
    import kvinnofrid
    from kvinnofrid.api import close_databases

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "tests" / "comparison_set" / "vastmanland_strategi_2021-2024.md", corpus)
    first = kvinnofrid.run(corpus, tmp_path / "out")
    assert first.ingest is not None and first.ingest.stored == 1 and first.report is not None
    close_databases()
    again = kvinnofrid.run(corpus, tmp_path / "out")
    assert again.unchanged_files == 1 and again.ingest is None and again.report is None
    close_databases()
