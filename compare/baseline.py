"""The national baseline: the measures of national documents (documents.level = 'nationell':
government assignments, the åtgärdsprogram) set beside the counties. For each national
measure, the actions in each county that do the same thing (found the way overlaps between
counties are found, compare/overlaps.py), and the counties where none does. Pure functions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from compare.comparison_records import ActionRow
from compare.overlaps import find_overlaps

NATIONAL = "SE"  # the national level's code while matching (no county has it)


@dataclass(frozen=True)
class Counterpart:
    action_id: int
    county_code: str
    score: float
    method: str


@dataclass(frozen=True)
class NationalMeasure:
    action: ActionRow  # the national measure (its county_code is "")
    counterparts: tuple[Counterpart, ...]  # regional actions that do the same, by county

    def counties(self) -> list[str]:
        return sorted({c.county_code for c in self.counterparts})

    def in_county(self, code: str) -> list[Counterpart]:
        return [c for c in self.counterparts if c.county_code == code]


def national_baseline(
    national: Sequence[ActionRow], regional: Sequence[ActionRow]
) -> list[NationalMeasure]:
    """Every national measure (in the given order) with its regional counterparts: the
    regional actions it overlaps with (named initiative or wording), best first per county."""
    if not national:
        return []
    tagged = [replace(a, county_code=NATIONAL) for a in national]
    national_ids = {a.id for a in national}
    county_of = {a.id: a.county_code for a in regional}
    found: dict[int, list[Counterpart]] = defaultdict(list)
    for pair in find_overlaps([*tagged, *regional]) if regional else []:
        ends = {pair.action_id_a, pair.action_id_b}
        ours = ends & national_ids
        if len(ours) != 1:
            continue
        (measure,) = ours
        (other,) = ends - ours
        if other in county_of:
            found[measure].append(Counterpart(other, county_of[other], pair.score, pair.method))
    order = {a.id: n for n, a in enumerate(regional)}
    return [
        NationalMeasure(a, tuple(sorted(found.get(a.id, []),
                                        key=lambda c: (c.county_code, -c.score, order[c.action_id]))))
        for a in national
    ]  # fmt: skip
