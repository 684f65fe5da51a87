"""Reading corpus/corrections.toml (format: docs/corrections.md): standard library only, so
that `kvinnofrid run` can check the file before anything else, also on its fast path."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any


class _Invalid(ValueError):
    pass


def load_entries(path: Path) -> list[dict[str, Any]]:
    """The `[[correction]]` entries of a corrections file ([] when there is no file).
    Raises _Invalid (a ValueError) on a TOML syntax error."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise _Invalid(f"{path}: {_toml_problem(str(exc))}") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise _Invalid(f"{path} line {line}: not UTF-8 text") from None
    except OSError as exc:
        raise _Invalid(f"{path}: cannot be read ({exc.strerror or exc})") from None
    entries = data.get("correction", [])
    if not isinstance(entries, list):
        raise _Invalid(f"{path}: 'correction' must be an array of tables ([[correction]])")
    return entries


_TOML_AT = re.compile(r"^(.*?)\s*\(at line (\d+), column (\d+)\)$")


def _toml_problem(message: str) -> str:
    """tomllib's "Expected '=' ... (at line 3, column 5)" as "line 3, column 5: not valid
    TOML: Expected '=' ..."."""
    found = _TOML_AT.match(message)
    if not found:
        return f"not valid TOML: {message}"
    return f"line {found.group(2)}, column {found.group(3)}: not valid TOML: {found.group(1)}"


def check_file(path: Path) -> str | None:
    """None when the corrections file can be read as corrections, else what is wrong with it
    (naming the line)."""
    try:
        load_entries(path)
    except _Invalid as exc:
        return str(exc)
    return None
