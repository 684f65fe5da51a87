"""The two ways kvinnofrid runs Tesseract on a page image, both giving Tesseract's TSV (words
with their boxes):

- in-process through tesserocr (the PyPI wheel carries its own libtesseract): the language
  model is loaded once per worker and kept for the process's later pages and documents, the
  image is handed over in memory, and the page's time budget is Tesseract's own timeout;
- the `tesseract` program, one process per page reading a PGM file (the model loaded each
  time), stopped by a subprocess timeout.

tesserocr is used when it imports and finds the Swedish model in a tessdata folder (that of
the installed `tesseract`, TESSDATA_PREFIX or the usual system folders); otherwise, or when
KVINNOFRID_OCR_ENGINE=cli or KVINNOFRID_TESSERACT names a binary, the program. Both read with
the same settings (TESSERACT_SETTINGS), so they read a page alike."""

from __future__ import annotations

import glob
import os
import queue
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ENV_ENGINE = "KVINNOFRID_OCR_ENGINE"  # "cli" forces the program; "tesserocr" prefers it
ENV_BINARY = "KVINNOFRID_TESSERACT"
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe"
TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
# Tesseract variables both engines set (`-c name=value` for the program); measured in
# benchmarks/ocr_eval.py. Empty: Tesseract's defaults read the degraded set best.
TESSERACT_SETTINGS: dict[str, str] = {}
SYSTEM_TESSDATA = (
    "/usr/share/tesseract-ocr/*/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/usr/local/share/tesseract-ocr/*/tessdata",
)


class EngineError(Exception):
    """Tesseract failed on a page (the message says how)."""


def tesseract_binary() -> str:
    return os.environ.get(ENV_BINARY, "tesseract")


def cli_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


# --------------------------------------------------------------------------- the program


def cli_tsv(image: Path, lang: str, deadline: float | None = None) -> str | None:
    """Tesseract's TSV of one page image file (the program); None when the deadline passed
    before or while it read (it is then stopped). Raises EngineError when it fails and
    FileNotFoundError/OSError when it cannot be started."""
    timeout = None if deadline is None else deadline - time.monotonic()
    if timeout is not None and timeout <= 0:
        return None
    settings = [
        arg for name, value in TESSERACT_SETTINGS.items() for arg in ("-c", f"{name}={value}")
    ]
    command = [shutil.which(tesseract_binary()) or tesseract_binary(), str(image), "-"]
    try:
        done = subprocess.run(
            [*command, "-l", lang, *settings, "tsv"],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=cli_env(),
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise EngineError(detail[:200])
    return done.stdout


# --------------------------------------------------------------------------- in-process


def tessdata_folders() -> list[str]:
    """Folders that may hold Tesseract's language models, most specific first."""
    folders: list[str] = []
    prefix = os.environ.get("TESSDATA_PREFIX", "").strip()
    if prefix:
        folders += [prefix, os.path.join(prefix, "tessdata")]
    found = shutil.which(tesseract_binary())
    if found:
        try:
            out = subprocess.run(
                [found, "--list-langs"], capture_output=True, text=True, timeout=30,
                env=cli_env(),
            )  # fmt: skip
            match = re.search(r'"([^"]+)"', out.stdout + out.stderr)
            if match:
                folders.append(match.group(1))
        except (OSError, subprocess.SubprocessError):
            pass
    for pattern in SYSTEM_TESSDATA:
        folders += sorted(glob.glob(pattern), reverse=True)
    return folders


@cache
def tessdata_for(lang: str) -> str | None:
    """The first tessdata folder holding every model of `lang` ("swe", "swe+eng")."""
    for folder in tessdata_folders():
        if all(
            os.path.isfile(os.path.join(folder, f"{part}.traineddata")) for part in lang.split("+")
        ):
            return folder.rstrip("/") + "/"
    return None


@cache
def _tesserocr() -> Any | None:
    """The tesserocr module, or None when it does not import (then the program is used)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # read when libtesseract starts
    try:
        import tesserocr
    except Exception:  # ImportError, or a wheel whose library does not load
        return None
    return tesserocr


@dataclass
class _Apis:
    """Loaded Tesseract instances of one language, handed to one worker at a time and kept
    for later pages: the model is loaded once per worker."""

    lang: str
    folder: str
    free: queue.SimpleQueue

    def take(self) -> Any:
        try:
            return self.free.get_nowait()
        except queue.Empty:
            module = _tesserocr()
            api = module.PyTessBaseAPI(path=self.folder, lang=self.lang)
            for name, value in TESSERACT_SETTINGS.items():
                api.SetVariable(name, value)
            return api

    def give_back(self, api: Any) -> None:
        api.Clear()
        self.free.put(api)


@cache
def _apis(lang: str, folder: str) -> _Apis:
    return _Apis(lang, folder, queue.SimpleQueue())


def inprocess_tsv(image: Any, lang: str, deadline: float | None = None) -> str | None:
    """Tesseract's TSV of a page image (PIL, grey) read in-process; None when the deadline
    passed before or while it read."""
    folder = tessdata_for(lang)
    if folder is None:
        raise EngineError(f"no tessdata folder with '{lang}'")
    pool = _apis(lang, folder)
    api = pool.take()
    try:
        timeout_ms = 0
        if deadline is not None:
            timeout_ms = int((deadline - time.monotonic()) * 1000)
            if timeout_ms <= 0:
                return None
        api.SetImage(image)
        if not api.Recognize(timeout=timeout_ms):
            return None
        return TSV_HEADER + "\n" + api.GetTSVText(0)
    except RuntimeError as exc:
        raise EngineError(str(exc)[:200]) from None
    finally:
        pool.give_back(api)


# --------------------------------------------------------------------------- which one


def engine(lang: str) -> str:
    """ "tesserocr" when Tesseract can run in-process with `lang`, else "cli"."""
    wanted = os.environ.get(ENV_ENGINE, "").strip().lower()
    if wanted == "cli" or os.environ.get(ENV_BINARY):
        return "cli"
    if _tesserocr() is not None and tessdata_for(lang) is not None:
        return "tesserocr"
    return "cli"
