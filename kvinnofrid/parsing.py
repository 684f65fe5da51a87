"""Parsing one file, in the process that runs it: read and extract (ingest.pipeline), every
fault turned into a ParseOutcome with a plain message, and the batch parse of many files in
child processes under the time and memory limits. Each file comes as the batch looked at it
(kvinnofrid/inputs.py: InputFile, with its size and sha256): nothing here hashes a file again.
Used by the executors (kvinnofrid/executor.py) and the batch (kvinnofrid/runner.py); imports
neither."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.source import IngestError, NeedsOCR
from kvinnofrid.inputs import InputFile
from kvinnofrid.limits import Breach, Limits, run_each
from models.records import ExtractedDocument


@dataclass
class ParseOutcome:
    path: str
    sha256: str
    size: int
    document: ExtractedDocument | None = None
    status: str = "ok"  # ok | failed | needs_ocr
    error: str | None = None


def parse_one(file: InputFile) -> ParseOutcome:
    """Runs in a child: read and extract one file. Never raises, except MemoryError (also one
    that a reader wrapped in an IngestError), which the limits turn into a message naming the
    memory limit."""
    from ingest.pipeline import ingest_file

    path_str, sha, size = file.path, file.sha256, file.size
    if file.error is not None:
        return ParseOutcome(path_str, sha, size, status="failed", error=file.error)
    try:
        return ParseOutcome(path_str, sha, size, document=ingest_file(Path(path_str), sha256=sha))
    except NeedsOCR as exc:
        return ParseOutcome(path_str, sha, size, status="needs_ocr", error=str(exc))
    except IngestError as exc:
        if _caused_by_memory(exc):
            raise MemoryError from None
        return ParseOutcome(path_str, sha, size, status="failed", error=str(exc))
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch or show a traceback
        if _caused_by_memory(exc):
            raise MemoryError from None
        error = f"internal error while reading ({type(exc).__name__}: {exc})"
        return ParseOutcome(path_str, sha, size, status="failed", error=error)


def failed_outcome(file: InputFile, message: str) -> ParseOutcome:
    """A failed ParseOutcome for a file that produced no result, with the sha256 and size the
    batch saw (so that an unchanged file is not retried needlessly)."""
    return ParseOutcome(file.path, file.sha256, file.size, status="failed", error=message)


# CPython's SystemError for a C function that failed without setting an exception: under the
# child's address-space limit that is an allocation that failed where no MemoryError could be
# raised (seen inside pdfminer's page parsing of a decompression bomb)
_NO_EXCEPTION_SET = ("without setting an exception", "error return without exception set")


def _caused_by_memory(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        if isinstance(seen, SystemError) and any(m in str(seen) for m in _NO_EXCEPTION_SET):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def warm_up() -> None:
    """Load what every parse needs (lexicons, the agency recogniser) once in this process, so
    that the child processes forked for each document start warm. Best effort: a failure here
    shows up again, per file, when the file is parsed."""
    from ingest.pipeline import extract
    from ingest.source import Line, SourceDocument

    sample = [
        Line(1, "Handlingsplan mot vald i nara relationer i lanet 2020-2022"),
        Line(1, "MAL 1: Vald ska forebyggas"),
        Line(1, "Atgard | Ansvarig", cells=("Atgard", "Ansvarig"), table=1),
        Line(1, "1.1 Utbilda | Lansstyrelsen i samverkan med lanets kommuner",
             cells=("1.1 Utbilda", "Lansstyrelsen i samverkan med lanets kommuner"), table=1),
    ]  # fmt: skip
    with contextlib.suppress(Exception):  # best effort
        extract(SourceDocument(path="warm-up", sha256="", media_type="text", pages=1, lines=sample))


def parse_all(
    files: list[InputFile], workers: int, limits: Limits | None = None
) -> Iterator[ParseOutcome]:
    """Parse each file in its own child process under the limits (time, memory), at most
    `workers` at once; yields as each finishes. A blown limit or a crashed child fails only its
    file, with a plain message."""
    if not files:
        return
    limits = limits or Limits.from_env()
    warm_up()
    by_path = {f.path: f for f in files}

    def parse(path_str: str) -> ParseOutcome:  # runs in the forked child
        return parse_one(by_path[path_str])

    for path_str, result in run_each(parse, list(by_path), workers=workers, limits=limits):
        file = by_path[path_str]
        if isinstance(result, ParseOutcome):
            yield result
        elif isinstance(result, Breach):
            yield failed_outcome(file, result.message)
        else:
            yield failed_outcome(file, "the reader returned nothing usable")
