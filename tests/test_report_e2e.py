"""End to end: `kvinnofrid run` on a copy of the corpus leaves the whole report in OUT/report/,
and headless Chromium renders index.html into a real screenshot."""

from __future__ import annotations

import csv
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import run_cli

CHROMIUM = shutil.which("chromium")
COUNTIES = {"AB", "G", "U"}
OBJECTIVES = {"1", "2", "3", "4"}


@pytest.fixture(scope="module")
def out_dir(run_out: Path) -> Path:
    return run_out


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
def test_run_writes_the_whole_report(out_dir: Path) -> None:
    folder = out_dir / "report"
    for name in ("index.html", "report.md", "objectives.png", "themes.png", "coverage.csv",
                 "theme_coverage.csv", "agency_coverage.csv", "gaps.csv", "overlaps.csv"):  # fmt: skip
        assert (folder / name).is_file(), name
    assert {p.name for p in folder.glob("county-*.html")} == {f"county-{c}.html" for c in COUNTIES}
    with (folder / "coverage.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    cells = {(r["county_code"], r["objective"]) for r in rows}
    assert {(c, o) for c in COUNTIES for o in OBJECTIVES} <= cells
    totals = {r["county_code"]: int(r["actions"]) for r in rows}
    assert set(totals) == COUNTIES and min(totals.values()) >= 15, totals  # AB 41, U 36, G 20 today
    # every county has actions under at least three of the four objectives
    for county in COUNTIES:
        covered = [r for r in rows if r["county_code"] == county and r["objective"] in OBJECTIVES]
        assert sum(int(r["any_label"]) > 0 for r in covered) >= 3, county
    for name in ("objectives.png", "themes.png"):
        width, height = _png_size(folder / name)
        assert width >= 600 and height >= 250
    index = (folder / "index.html").read_text(encoding="utf-8")
    for code in COUNTIES:
        assert f'href="county-{code}.html"' in index
    for code in COUNTIES:  # every action of the county is a row on its page
        page = (folder / f"county-{code}.html").read_text(encoding="utf-8")
        assert page.count('<tr id="action-') == totals[code], code


@pytest.mark.slow
def test_report_command_is_repeatable(out_dir: Path, tmp_path: Path) -> None:
    """`kvinnofrid report` on the same database gives the same report.md byte for byte."""
    before = (out_dir / "report" / "report.md").read_bytes()
    result = run_cli("report", "--db", out_dir / "kvinnofrid.db", "--out", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "report" / "report.md").read_bytes() == before


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_index_renders_in_headless_chromium(out_dir: Path) -> None:
    index = out_dir / "report" / "index.html"
    shot = out_dir / "report" / "index.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", f"--screenshot={shot}",
             "--window-size=1280,2000", index.resolve().as_uri()],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
    assert shot.is_file(), "chromium wrote no screenshot"
    assert shot.stat().st_size > 10_000
    assert _png_size(shot) == (1280, 2000)
    import matplotlib.image

    pixels = matplotlib.image.imread(shot)
    # the page rendered: the header band is the accent colour, not a blank white page
    assert pixels[:, :, :3].std() > 0.05
    top = pixels[20, 640, :3]
    assert top[0] > 0.35 and top[1] < 0.15 and top[2] > 0.35, top
