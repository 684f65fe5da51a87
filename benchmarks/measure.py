"""How the benchmarks measure: a command run as a fresh process with its wall time, CPU time and
peak memory (os.wait4: the largest resident set of the process and of the children it waited
for), the environment that gives a run empty (cold) or filled (warm) caches, and ratios as the
median of per-round pairs. Pure helpers and process I/O only; what is measured is in run.py."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = Path(__file__).resolve().with_name("launch.py")


@dataclass(frozen=True)
class Timed:
    """One command, run once."""

    seconds: float  # wall clock, time.perf_counter around the process
    cpu_s: float  # user + system time of the process and its waited-for children
    peak_mb: float  # ru_maxrss of the largest process in its tree (itself or a child)
    returncode: int
    output: str
    timed_out: bool = False  # stopped when its time was up

    @property
    def ok(self) -> bool:
        return self.returncode == 0


@dataclass(frozen=True)
class Spread:
    """A figure over rounds: its median, lowest and highest value."""

    median: float
    low: float
    high: float
    values: tuple[float, ...]

    @property
    def rounds(self) -> int:
        return len(self.values)

    def as_dict(self) -> dict[str, object]:
        return {"median": self.median, "low": self.low, "high": self.high,
                "values": list(self.values)}  # fmt: skip


def spread(values: Sequence[float]) -> Spread:
    """Median, min and max of the values of the rounds."""
    if not values:
        raise ValueError("no values: nothing was measured")
    return Spread(statistics.median(values), min(values), max(values), tuple(values))


def ratio_of_pairs(pairs: Sequence[tuple[float, float]]) -> Spread:
    """The ratio ours/theirs of each round's pair (measured side by side, interleaved), as the
    median of the per-round ratios with their spread. Never the best of each side taken
    separately: a round disturbed by other work slows both of its sides."""
    if any(theirs <= 0 for _ours, theirs in pairs):
        raise ValueError("a reference time of zero or less cannot be a ratio's denominator")
    return spread([ours / theirs for ours, theirs in pairs])


def bench_env(cache_root: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment of a measured process: the project importable, and when cache_root is
    given every cache the project and its libraries keep (the project's own cache,
    $XDG_CACHE_HOME, matplotlib's font cache) inside it, so an empty folder is a cold run."""
    path = os.environ.get("PYTHONPATH", "")
    env = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{path}" if path else str(REPO)}
    env.pop("KVINNOFRID_DEBUG", None)
    if cache_root is not None:
        cache_root.mkdir(parents=True, exist_ok=True)
        env["KVINNOFRID_CACHE"] = str(cache_root / "kvinnofrid")
        env["XDG_CACHE_HOME"] = str(cache_root / "xdg")
        env["MPLCONFIGDIR"] = str(cache_root / "matplotlib")
    env.update(extra)
    return env


def run_timed(
    cmd: Sequence[str], *, env: dict[str, str], cwd: Path, log: Path, timeout: float | None = None
) -> Timed:
    """Run cmd to completion as a new process through the lean launcher (benchmarks/launch.py),
    its output into log; its wall time, CPU time and peak memory."""
    log.parent.mkdir(parents=True, exist_ok=True)
    result = log.with_suffix(".json")
    result.unlink(missing_ok=True)
    with log.open("wb") as out:
        limit = [f"--timeout={timeout}"] if timeout else []
        subprocess.run([sys.executable, str(LAUNCHER), *limit, str(result), *cmd], cwd=cwd, env=env,
                       stdout=out, stderr=subprocess.STDOUT, check=False)  # fmt: skip
    if not result.is_file():
        raise RuntimeError(f"the launcher wrote no result for {list(cmd)[:4]}; see {log}")
    figures = json.loads(result.read_text(encoding="utf-8"))
    return Timed(
        seconds=figures["seconds"],
        cpu_s=figures["cpu_s"],
        peak_mb=figures["peak_mb"],
        returncode=figures["returncode"],
        timed_out=figures.get("timed_out", False),
        output=log.read_text(encoding="utf-8", errors="replace"),
    )


def kvinnofrid_cmd(*args: str) -> list[str]:
    """The CLI as a user runs it (the installed entry point's module, this interpreter)."""
    return [sys.executable, "-m", "kvinnofrid", *args]


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"
