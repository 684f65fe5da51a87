"""A cache folder for data derived from the project's own data files and installed packages
(never downloaded): $KVINNOFRID_CACHE, else $XDG_CACHE_HOME/kvinnofrid, else
~/.cache/kvinnofrid. Entries are keyed by a digest of their inputs, written atomically, and a
missing, unreadable or stale entry is simply built again."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    explicit = os.environ.get("KVINNOFRID_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kvinnofrid"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value stored under name-key, or build() it and store it (best effort)."""
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # read-only home: still correct, only slower next time
    return value
