"""How the report says things in Swedish: plural forms, lists and percentages."""

from __future__ import annotations

from collections.abc import Sequence


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
