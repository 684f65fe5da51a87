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
    lan_name: str = ""  # the county as "län" is written ("Stockholms län", "Kalmar län")


@cache
def load_counties() -> tuple[County, ...]:
    text = resources.files("models").joinpath("data/counties.csv").read_text(encoding="utf-8")
    return tuple(County(**row) for row in csv.DictReader(text.splitlines()))


def county_by_code(code: str) -> County | None:
    return next((c for c in load_counties() if c.code == code), None)


@dataclass(frozen=True)
class Municipality:
    name: str  # "Malmö", "Upplands Väsby", "Gotland"
    county_code: str
    form: str  # kommun | stad | region (Region Gotland is both region and municipality)
    own_name: str = ""  # the name it uses for itself where the genitive is irregular


@cache
def load_municipalities() -> tuple[Municipality, ...]:
    """Sweden's 290 municipalities with their county, from models/data/municipalities.csv."""
    text = resources.files("models").joinpath("data/municipalities.csv").read_text("utf-8")
    return tuple(
        Municipality(
            name=row["name"].strip(),
            county_code=row["county_code"].strip(),
            form=row["form"].strip(),
            own_name=(row.get("own_name") or "").strip(),
        )
        for row in csv.DictReader(text.splitlines())
    )
