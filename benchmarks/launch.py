"""Run one command and write its wall time, CPU time and peak memory to a JSON file:

    python benchmarks/launch.py RESULT.json COMMAND [ARG ...]

A lean launcher (the standard library only, a few MB resident) so that the measured process,
which starts as a fork of its parent, does not inherit the memory of the benchmark that
generated the corpora: ru_maxrss counts what a forked child shares with its parent until it
execs. Peak memory is ru_maxrss from os.wait4: the command or the largest of its waited-for
children. The command's own output goes to this process' stdout and stderr."""

from __future__ import annotations

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: launch.py RESULT.json COMMAND [ARG ...]", file=sys.stderr)
        return 2
    result, cmd = argv[0], argv[1:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child becomes the command
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _pid, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    with open(result, "w", encoding="utf-8") as fh:
        json.dump({"seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime,
                   "peak_mb": usage.ru_maxrss / 1024, "returncode": code}, fh)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
