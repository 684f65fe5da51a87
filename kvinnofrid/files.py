"""Which files a batch takes, and their content digests. Light on purpose (standard library
only), so that a run with nothing to do can decide that quickly."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

IGNORED_NAMES = ("readme", "corrections", "license")
DATABASE_SUFFIXES = ("-wal", "-shm", "-journal")


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly are always taken; folders are walked for every regular file except
    hidden ones and the corpus' own README/corrections files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel_parts = child.relative_to(path).parts
                if not child.is_file() or any(p.startswith(".") for p in rel_parts):
                    continue
                if child.stem.lower().startswith(IGNORED_NAMES):
                    continue
                found.append(child)
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for f in found:
        unique.setdefault(f.resolve(), f)
    return list(unique.values())


def database_paths(main: Path) -> set[Path]:
    """A SQLite database's own files: main, -wal, -shm, -journal."""
    main = main.resolve()
    return {main, *(main.with_name(main.name + s) for s in DATABASE_SUFFIXES)}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
