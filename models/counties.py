"""The 21 Swedish counties (län) with their letter codes, from models/data/counties.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class County:
    code: str  # letter code: AB, U, G, ...
    name: str  # plain name: Stockholm, Västmanland, Kronoberg
    seat: str  # residence city of the länsstyrelse
    region_name: str  # the county's region ("Region Stockholm")


@cache
def load_counties() -> tuple[County, ...]:
    text = resources.files("models").joinpath("data/counties.csv").read_text(encoding="utf-8")
    return tuple(County(**row) for row in csv.DictReader(text.splitlines()))


def county_by_code(code: str) -> County | None:
    return next((c for c in load_counties() if c.code == code), None)
