"""How the report says things in Swedish: plural forms, lists and percentages."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources


def plural(n: int, one: str, many: str) -> str:
    """ "1 åtgärd", "2 åtgärder", "0 åtgärder"."""
    return f"{n} {one if n == 1 else many}"


def swedish_list(items: Sequence[str]) -> str:
    """ "a", "a och b", "a, b och c"."""
    items = list(items)
    return " och ".join(items) if len(items) < 3 else f"{', '.join(items[:-1])} och {items[-1]}"


def percent(share: float | None) -> str:
    """ "42 %" (Swedish spacing), "–" for no value."""
    return "–" if share is None else f"{round(share * 100)} %"


@cache
def _reasons() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("compare").joinpath("data/reasons_sv.toml").read_text("utf-8")
    return tuple((re.compile(r["pattern"], re.I), r["sv"]) for r in tomllib.loads(text)["reason"])


def reason_sv(message: str) -> str:
    """A reason a file could not be read, in Swedish (compare/data/reasons_sv.toml), with a
    library's technical detail after a colon kept as it is; an unknown message as it is."""
    message = " ".join(message.split())
    for pattern, sv in _reasons():
        found = pattern.match(message)
        if found is None:
            continue
        groups = found.groups()
        words = re.sub(r"\{(\d)\}", lambda m, g=groups: g[int(m.group(1)) - 1] or "", sv)
        rest = message[found.end() :].strip()
        if rest.startswith(":") and rest[1:].strip():  # a library's technical detail
            return f"{words} (teknisk uppgift: {rest[1:].strip()})"
        return words
    return message
