"""The pipeline version recorded on every document: the package version plus a digest of the
domain data files and of the ingest code, so that a change to a lexicon, the agency registry or
the way documents are read re-ingests."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from kvinnofrid import __version__


@cache
def pipeline_version() -> str:
    digest = hashlib.sha256()
    for package, folder in (("models", "data"), ("ingest", "")):
        root = resources.files(package).joinpath(folder) if folder else resources.files(package)
        for entry in sorted(_walk(root, package), key=lambda e: e[0]):
            if entry[0].endswith((".py", ".toml", ".csv", ".txt", ".json")):
                digest.update(entry[0].encode())
                digest.update(entry[1])
    return f"{__version__}+{digest.hexdigest()[:10]}"


def _walk(node, prefix: str = ""):  # type: ignore[no-untyped-def]
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir():
            yield from _walk(child, name)
        elif child.name != "__pycache__" and not child.name.endswith((".pyc",)):
            yield name, child.read_bytes()
