"""Run one command and write its wall time, CPU time and peak memory to a JSON file:

    python benchmarks/launch.py [--timeout=SECONDS] RESULT.json COMMAND [ARG ...]

A lean launcher (the standard library only, a few MB resident) so that the measured process,
which starts as a fork of its parent, does not inherit the memory of the benchmark that
generated the corpora: ru_maxrss counts what a forked child shares with its parent until it
execs. Peak memory is ru_maxrss from os.wait4: the command or the largest of its waited-for
children. The command's own output goes to this process' stdout and stderr. With a timeout
the command (its own process group) is stopped when the time is up, and the result says so."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time


def _stop(pid: int) -> tuple[int, int, object]:
    """Stop the command's process group: SIGTERM, then SIGKILL after a grace period."""
    for sig, grace in ((signal.SIGTERM, 20.0), (signal.SIGKILL, 60.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, sig)
        until = time.monotonic() + grace
        while time.monotonic() < until:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                return done, status, usage
            time.sleep(0.2)
    return os.wait4(pid, 0)


def main(argv: list[str]) -> int:
    timeout = None
    if argv and argv[0].startswith("--timeout="):
        timeout = float(argv[0].split("=", 1)[1])
        argv = argv[1:]
    if len(argv) < 2:
        print("usage: launch.py [--timeout=SECONDS] RESULT.json COMMAND [ARG ...]", file=sys.stderr)
        return 2
    result, cmd = argv[0], argv[1:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child becomes the command
        try:
            os.setpgid(0, 0)  # its own process group, so that a timeout stops all of it
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    timed_out = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG if timeout else 0)
        if done:
            break
        if time.perf_counter() - start > timeout:  # type: ignore[operator]
            timed_out = True
            _pid, status, usage = _stop(pid)
            break
        time.sleep(0.5)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    with open(result, "w", encoding="utf-8") as fh:
        json.dump({"seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime,  # type: ignore[attr-defined]
                   "peak_mb": usage.ru_maxrss / 1024, "returncode": code,  # type: ignore[attr-defined]
                   "timed_out": timed_out}, fh)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
