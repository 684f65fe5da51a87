"""Where documents are parsed. The batch plans once (kvinnofrid/inputs.py), then hands the files
to read, each an InputFile (path, size, sha256 as the plan saw them), to an executor, which
yields one ParseOutcome per file as each finishes; the main process stores each in its own
transaction (kvinnofrid/runner.py). The per-document work is always
`kvinnofrid.parsing.parse_one(file) -> ParseOutcome`, whichever executor runs it:

- local  (default): a process per document forked from the warmed-up main process, at most
  `workers` at once, under the per-document time and memory limits (kvinnofrid/limits.py).
- serial: one after another in this process, no child processes and no limits (profiling,
  benchmarks, debugging).
- dask: the documents go to an existing dask.distributed cluster (`Client(address)`,
  `client.map(parse_one, files)`, `as_completed`); the results come back here to be stored.
  The workers need kvinnofrid installed and the files at the same absolute paths (a shared
  file system). The per-document limits are then the cluster's own (a worker's memory limit
  and its nanny); a task that fails or a worker that dies fails only its file.

Nothing heavy is imported until there is something to parse: choosing an executor for a run
with nothing to do costs nothing, and `distributed` is imported only by the dask executor.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kvinnofrid.inputs import InputFile
    from kvinnofrid.limits import Limits
    from kvinnofrid.parsing import ParseOutcome

EXECUTORS = ("local", "dask")
DASK_CONNECT_TIMEOUT_S = 15.0


class ExecutorError(Exception):
    """The executor cannot run at all (no scheduler address, dask not installed, scheduler
    unreachable). The message is plain and names the fix."""


class Executor(Protocol):
    name: str

    def parse(self, files: Sequence[InputFile]) -> Iterator[ParseOutcome]:
        """One outcome per file, in the order they finish. Never raises for a bad file."""
        ...


@dataclass
class LocalExecutor:
    """A forked child per document, `workers` at once, under the per-document limits."""

    workers: int = 1
    limits: Limits | None = None
    name: str = "local"

    def parse(self, files: Sequence[InputFile]) -> Iterator[ParseOutcome]:
        from kvinnofrid.parsing import parse_all

        yield from parse_all(list(files), max(1, self.workers), self.limits)


@dataclass
class SerialExecutor:
    """Every document in this process, one after another, without limits."""

    name: str = "serial"

    def parse(self, files: Sequence[InputFile]) -> Iterator[ParseOutcome]:
        from kvinnofrid.parsing import failed_outcome, parse_one

        for file in files:
            try:
                yield parse_one(file)
            except MemoryError:
                yield failed_outcome(file, "needed more memory than this machine could give")


@dataclass
class DaskExecutor:
    """The documents parsed on an existing dask.distributed cluster at `address`
    ("tcp://host:8786")."""

    address: str
    connect_timeout: float = DASK_CONNECT_TIMEOUT_S
    name: str = "dask"

    def parse(self, files: Sequence[InputFile]) -> Iterator[ParseOutcome]:
        if not files:
            return
        from distributed import Client, as_completed

        from kvinnofrid.parsing import failed_outcome, parse_one

        try:
            client = Client(
                self.address, timeout=self.connect_timeout, set_as_default=False
            )  # fmt: skip
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(
                f"cannot reach the Dask scheduler at {self.address} ({type(exc).__name__}: "
                f"{exc}); start one (dask scheduler) or check --scheduler"
            ) from None
        try:
            futures = client.map(parse_one, list(files), pure=False)
            file_of = {future.key: file for future, file in zip(futures, files, strict=True)}
            finished = as_completed(futures, loop=client.loop)
            del futures  # as_completed holds each future until it is yielded, then we drop it
            for future in finished:
                file = file_of.pop(future.key)
                try:
                    outcome = future.result()
                except Exception as exc:  # noqa: BLE001 - sorted out just below
                    outcome = failed_outcome(file, _file_failure(exc, self.address))
                future.release()
                yield outcome
        finally:
            client.close()


def _file_failure(exc: BaseException, address: str) -> str:
    """The failure message of a file whose task failed on the cluster. parse_one never raises
    for a bad file, so anything but a dead worker or a MemoryError is the cluster's problem,
    not the file's: ExecutorError, so that nothing is recorded against the file and the run
    can be repeated once the cluster is fixed."""
    name = type(exc).__name__
    if name == "KilledWorker":
        return (
            "the Dask worker reading this file died (repeatedly); the file may be damaged or "
            "need more memory than the worker's limit"
        )
    if isinstance(exc, MemoryError):
        return "needed more memory than the Dask worker could give"
    first_line = " ".join(str(exc).split())[:240]
    raise ExecutorError(
        f"the Dask cluster at {address} could not parse the documents ({name}: {first_line}); "
        "its scheduler and workers need kvinnofrid and its dependencies installed as here, "
        "and the files at the same paths"
    ) from None


def dask_available() -> bool:
    return importlib.util.find_spec("distributed") is not None


def make_executor(
    kind: str = "local",
    *,
    workers: int = 1,
    scheduler: str | None = None,
    limits: Limits | None = None,
) -> Executor:
    """The executor named `kind` ("local", "serial" or "dask"). Cheap: checks the choice and
    imports nothing heavy. Raises ExecutorError with a plain message for a choice that cannot
    run."""
    if kind == "local":
        if scheduler:
            raise ExecutorError("--scheduler is for --executor dask")
        return LocalExecutor(workers=max(1, workers), limits=limits)
    if kind == "serial":
        return SerialExecutor()
    if kind == "dask":
        if not scheduler:
            raise ExecutorError(
                "--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)"
            )
        if not dask_available():
            raise ExecutorError(
                "--executor dask needs dask.distributed: pip install 'kvinnofrid[dask]' "
                "(or `make setup`)"
            )
        address = scheduler if "://" in scheduler else f"tcp://{scheduler}"
        return DaskExecutor(address)
    raise ExecutorError(f"unknown executor {kind!r}; choose one of: {', '.join(EXECUTORS)}")
