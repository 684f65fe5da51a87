"""Coverage: how much of each county's plan addresses each objective, theme and agency. Pure
functions over compare/comparison_records.py; the same numbers are the database views `coverage`,
`theme_coverage` and `agency_coverage` (models/schema.py), which a test keeps in agreement."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from compare.comparison_records import ActionRow, ComparisonData


@dataclass(frozen=True)
class ObjectiveCoverage:
    county_code: str
    objective_code: str
    actions_total: int
    primary_ids: tuple[int, ...]  # actions with the objective as primary label
    any_ids: tuple[int, ...]  # actions with the objective as any label

    @property
    def actions_primary(self) -> int:
        return len(self.primary_ids)

    @property
    def actions_any(self) -> int:
        return len(self.any_ids)

    @property
    def share_primary(self) -> float:
        return self.actions_primary / self.actions_total if self.actions_total else 0.0

    @property
    def share_any(self) -> float:
        return self.actions_any / self.actions_total if self.actions_total else 0.0


@dataclass(frozen=True)
class ThemeCoverage:
    county_code: str
    theme_code: str
    actions_total: int
    action_ids: tuple[int, ...]

    @property
    def actions(self) -> int:
        return len(self.action_ids)

    @property
    def share(self) -> float:
        return self.actions / self.actions_total if self.actions_total else 0.0


@dataclass(frozen=True)
class AgencyCoverage:
    county_code: str
    agency: str
    kind: str
    led_ids: tuple[int, ...]
    partner_ids: tuple[int, ...]

    @property
    def actions_led(self) -> int:
        return len(self.led_ids)

    @property
    def actions_partner(self) -> int:
        return len(self.partner_ids)


def actions_by_county(data: ComparisonData) -> dict[str, list[ActionRow]]:
    grouped: dict[str, list[ActionRow]] = defaultdict(list)
    for action in data.actions:
        grouped[action.county_code].append(action)
    return {code: grouped[code] for code in sorted(grouped)}


def objective_coverage(data: ComparisonData) -> list[ObjectiveCoverage]:
    """Every county with actions × every objective of the framework (the cross-cutting label
    included), zero rows too."""
    rows: list[ObjectiveCoverage] = []
    for county, actions in actions_by_county(data).items():
        for objective in data.objectives:
            code = objective.code
            rows.append(
                ObjectiveCoverage(
                    county_code=county,
                    objective_code=code,
                    actions_total=len(actions),
                    primary_ids=tuple(a.id for a in actions if a.primary == code),
                    any_ids=tuple(a.id for a in actions if a.has_objective(code)),
                )
            )
    return rows


def theme_coverage(data: ComparisonData) -> list[ThemeCoverage]:
    """Every county with actions × every theme, zero rows too."""
    return [
        ThemeCoverage(county, theme.code, len(actions),
                      tuple(a.id for a in actions if theme.code in a.themes))
        for county, actions in actions_by_county(data).items()
        for theme in data.themes
    ]  # fmt: skip


def agency_coverage(
    data: ComparisonData, skip_kinds: frozenset[str] = frozenset()
) -> list[AgencyCoverage]:
    """Every county with actions × every agency named in any county's actions (kinds in
    `skip_kinds` left out), zero rows too."""
    agencies = sorted(
        {(r.name, r.kind) for a in data.actions for r in a.agencies if r.kind not in skip_kinds}
    )
    rows: list[AgencyCoverage] = []
    for county, actions in actions_by_county(data).items():
        named: dict[tuple[str, str], list[int]] = defaultdict(list)  # (name, role) -> actions
        for a in actions:
            for r in a.agencies:
                ids = named[(r.name, r.role)]
                if not ids or ids[-1] != a.id:
                    ids.append(a.id)
        for name, kind in agencies:
            led, partner = named.get((name, "lead"), ()), named.get((name, "partner"), ())
            rows.append(AgencyCoverage(county, name, kind, tuple(led), tuple(partner)))
    return rows
