"""Bounded time and memory per document: each document is parsed in its own child process
(forked from a warmed-up parent, so it starts at once) with an address-space limit
(RLIMIT_AS) and a wall-clock deadline. A child that blows a limit is killed with its whole
process group (Tesseract included) and its document gets a plain failure message; the batch
goes on.

Defaults: 120 s and 2 GB per document, overridable with KVINNOFRID_TIME_LIMIT (seconds) and
KVINNOFRID_MEMORY_LIMIT (MB) or by passing Limits to the runner."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

DEFAULT_SECONDS = 120.0
DEFAULT_MEMORY_MB = 2048
ENV_SECONDS = "KVINNOFRID_TIME_LIMIT"
ENV_MEMORY = "KVINNOFRID_MEMORY_LIMIT"
TIME_PREFIX = "took longer than"
MEMORY_PREFIX = "needed more than"
CPU_GRACE_S = (
    30  # the child's CPU-time limit (a backstop if the parent dies) is the time limit plus this
)


@dataclass(frozen=True)
class Limits:
    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """Limits from KVINNOFRID_TIME_LIMIT / KVINNOFRID_MEMORY_LIMIT, else the defaults.
        Raises ValueError with a plain message for a value that is not a positive number."""
        env = os.environ if environ is None else environ
        seconds = _positive(env.get(ENV_SECONDS), ENV_SECONDS, float) or DEFAULT_SECONDS
        memory = _positive(env.get(ENV_MEMORY), ENV_MEMORY, int) or DEFAULT_MEMORY_MB
        return cls(seconds=float(seconds), memory_mb=int(memory))

    def time_message(self) -> str:
        return (
            f"{TIME_PREFIX} {self.seconds:g} s to read; the file may be damaged or far larger "
            f"than a plan (allow more with {ENV_SECONDS}=<seconds>)"
        )

    def memory_message(self) -> str:
        return (
            f"{MEMORY_PREFIX} {_size(self.memory_mb)} of memory to read; the file may be "
            f"damaged or built to inflate (allow more with {ENV_MEMORY}=<MB>)"
        )


def is_limit_error(message: str) -> bool:
    """Whether a stored error message is one of the limits' (time or memory)."""
    return message.startswith((TIME_PREFIX, MEMORY_PREFIX))


def _positive(value: str | None, name: str, kind: type) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        number = kind(value)
    except ValueError:
        raise ValueError(f"{name} must be a positive number, not {value!r}") from None
    if number <= 0:
        raise ValueError(f"{name} must be a positive number, not {value!r}")
    return number


def _size(mb: int) -> str:
    return f"{mb / 1024:g} GB" if mb >= 1024 and mb % 256 == 0 else f"{mb} MB"


@dataclass(frozen=True)
class Breach:
    """A child that did not return a result: what went wrong, in plain words."""

    kind: str  # time | memory | crash
    message: str


MAX_SCALED_PAGES = 400  # a longer PDF gets no more time than a scan of this many pages


def document_seconds(limits: Limits, item: str) -> float:
    """The time one document may take: the limit, or for a PDF at least OCR's own budget for
    all its pages plus the limit (a long scan is OCR'd page by page under that budget, which
    keeps the pages it read and says so; this limit is only for a file that hangs)."""
    if not item.lower().endswith(".pdf"):
        return limits.seconds
    try:
        import pypdfium2

        from ingest.ocr import page_seconds

        pdf = pypdfium2.PdfDocument(item)
        try:
            pages = min(len(pdf), MAX_SCALED_PAGES)
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - an unreadable PDF gets the plain limit, and its reader's message
        return limits.seconds
    return max(limits.seconds, pages * page_seconds() + limits.seconds)


def run_each(
    fn: Callable[[str], Any], items: Iterable[str], *, workers: int, limits: Limits
) -> Iterator[tuple[str, Any]]:
    """fn(item) for every item, each in a fresh child process under the limits, at most
    `workers` at a time. Yields (item, result) as each finishes, where result is fn's return
    value or a Breach. fn should not raise; if it does, that is reported as a crash."""
    ctx = mp.get_context("fork")
    pending = list(items)
    # each child's own limits: the time one document may take depends on it (document_seconds)
    running: dict[Connection, tuple[Any, str, float, Limits]] = {}
    try:
        while pending or running:
            while pending and len(running) < max(1, workers):
                item = pending.pop(0)
                own = replace(limits, seconds=document_seconds(limits, item))
                receive, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_child, args=(fn, item, send, own), daemon=True)
                proc.start()
                send.close()
                running[receive] = (proc, item, time.monotonic() + own.seconds, own)
            soonest = min(deadline for _, _, deadline, _ in running.values())
            ready = wait(list(running), timeout=max(0.0, soonest - time.monotonic()))
            for conn in ready:
                proc, item, _, own = running.pop(conn)  # type: ignore[index]
                yield item, _collect(conn, proc, own)
            now = time.monotonic()
            for conn, (proc, item, deadline, own) in list(running.items()):
                if now >= deadline and not conn.poll(0):
                    del running[conn]
                    _kill(proc)
                    conn.close()
                    yield item, Breach("time", own.time_message())
    finally:
        for conn, (proc, _, _, _) in running.items():
            _kill(proc)
            conn.close()


def _collect(conn: Any, proc: Any, limits: Limits) -> Any:
    try:
        result = conn.recv()
    except (EOFError, OSError):
        result = None
    except MemoryError:
        result = Breach("memory", limits.memory_message())
    conn.close()
    proc.join(10)
    if proc.is_alive():
        _kill(proc)
    if result is None:
        return _death(proc.exitcode, limits)
    return result


def _death(exitcode: int | None, limits: Limits) -> Breach:
    if exitcode is not None and exitcode < 0:
        name = (
            signal.Signals(-exitcode).name
            if -exitcode in signal.valid_signals()
            else str(-exitcode)
        )
        if -exitcode == signal.SIGXCPU:
            return Breach("time", limits.time_message())
        return Breach(
            "crash",
            f"the reader stopped unexpectedly ({name}); the file may be damaged or need more "
            f"than {_size(limits.memory_mb)} of memory",
        )
    return Breach("crash", f"the reader stopped unexpectedly (exit status {exitcode})")


def _kill(proc: Any) -> None:
    """SIGKILL the child's process group (the child and anything it started), then reap it."""
    if proc.pid is None:
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
    proc.join(10)


def _child(fn: Callable[[str], Any], item: str, send: Connection, limits: Limits) -> None:
    """In the child: own process group, die with the parent, limits, run, send the result."""
    import resource

    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it kills us on Ctrl-C
    memory = limits.memory_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(
            resource.RLIMIT_AS,
            (memory if hard == resource.RLIM_INFINITY else min(memory, hard), hard),
        )
    with contextlib.suppress(ValueError, OSError):
        cpu = int(limits.seconds) + CPU_GRACE_S
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(
            resource.RLIMIT_CPU, (cpu if hard == resource.RLIM_INFINITY else min(cpu, hard), hard)
        )
    result: Any
    try:
        result = fn(item)
    except MemoryError:
        result = Breach("memory", limits.memory_message())
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, never a traceback
        result = Breach("crash", f"internal error while reading ({type(exc).__name__}: {exc})")
    try:
        send.send(result)
    except MemoryError:
        with contextlib.suppress(Exception):
            send.send(Breach("memory", limits.memory_message()))
    except (BrokenPipeError, OSError):
        pass  # the parent is gone
    finally:
        send.close()


def _die_with_parent() -> None:
    """Linux: get SIGKILL when the parent dies, so a killed batch leaves no reader running."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
