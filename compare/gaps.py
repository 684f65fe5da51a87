"""Gaps: for each county with actions, the objectives and themes its plan does not address (or
addresses far less than the others), the agency types that lead actions elsewhere but none
here, and the actions that lack a named responsible agency, an indicator or a time frame. Each
finding has a plain-Swedish explanation, this county's actions as evidence and, where another
county covers the gap, that county's actions as examples. Thresholds: models/data/gaps.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from compare.comparison_records import ActionRow, ComparisonData, GapFinding
from compare.coverage import actions_by_county
from compare.wording import percent


@dataclass(frozen=True)
class ShareRule:
    low_ratio: float
    min_other_actions: int
    missing_without_others: bool
    share: str = "any"


@dataclass(frozen=True)
class QualityCheck:
    subject: str
    title: str
    lacks: str
    field: str  # agencies | indicators | frequency


@dataclass(frozen=True)
class GapSettings:
    objective: ShareRule
    theme: ShareRule
    compared_agencies: tuple[str, ...]
    min_other_counties: int
    skip_kinds: frozenset[str]
    examples_per_county: int
    quality: tuple[QualityCheck, ...]
    kind_words: dict[str, str]


def parse_gap_settings(data: dict[str, Any]) -> GapSettings:
    def rule(raw: dict[str, Any]) -> ShareRule:
        share = str(raw.get("share", "any"))
        if share not in ("any", "primary"):
            raise ValueError(f"gaps.toml: share must be 'any' or 'primary', not {share!r}")
        return ShareRule(float(raw["low_ratio"]), int(raw["min_other_actions"]),
                         bool(raw.get("missing_without_others", False)), share)  # fmt: skip

    checks = tuple(QualityCheck(**raw) for raw in data.get("quality", []))
    for check in checks:
        if check.field not in ("agencies", "indicators", "frequency"):
            raise ValueError(f"gaps.toml: unknown quality field {check.field!r}")
    agency = data["agency"]
    return GapSettings(
        objective=rule(data["objective"]),
        theme=rule(data["theme"]),
        compared_agencies=tuple(agency["compared"]),
        min_other_counties=int(agency.get("min_other_counties", 1)),
        skip_kinds=frozenset(agency.get("skip_kinds", [])),
        examples_per_county=int(data.get("examples", {}).get("per_county", 3)),
        quality=checks,
        kind_words=dict(data.get("kind_words", {})),
    )


@cache
def load_gap_settings() -> GapSettings:
    text = resources.files("models").joinpath("data", "gaps.toml").read_text("utf-8")
    return parse_gap_settings(tomllib.loads(text))


# ------------------------------------------------------------------ wording helpers


def genitive(name: str) -> str:
    """Swedish genitive of a name: "Kronoberg" → "Kronobergs", "Västerås" → "Västerås"."""
    return name if name[-1:].lower() in ("s", "x", "z") else name + "s"


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


class _Words:
    """How a county's plan and actions are named in explanations."""

    def __init__(self, data: ComparisonData, settings: GapSettings) -> None:
        self.data = data
        kinds: dict[str, set[str]] = {}
        doc_kind = {d.id: d.kind or "okand" for d in data.documents}
        for action in data.actions:
            kinds.setdefault(action.county_code, set()).add(
                doc_kind.get(action.document_id, "okand")
            )
        self.plan: dict[str, str] = {}
        for code, found in kinds.items():
            word = (
                settings.kind_words.get(next(iter(found)), "plan") if len(found) == 1 else "planer"
            )
            self.plan[code] = f"{genitive(data.county_name(code))} {word}"
        self.by_id = {a.id: a for a in data.actions}
        self.agency_kinds = {r.name: r.kind for a in data.actions for r in a.agencies}

    def action(self, action_id: int, with_county: bool = True) -> str:
        action = self.by_id[action_id]
        number = action.number or f"#{action.id}"
        return f"{self.data.county_name(action.county_code)} {number}" if with_county else number

    def examples(self, ids: Sequence[int]) -> str:
        """ "Stockholm 5.1, 5.2; Kronoberg 11.1" (counties in the order of the ids)."""
        grouped: dict[str, list[str]] = {}
        for aid in ids:
            action = self.by_id[aid]
            grouped.setdefault(action.county_code, []).append(action.number or f"#{aid}")
        return "; ".join(
            f"{self.data.county_name(code)} {', '.join(numbers)}"
            for code, numbers in grouped.items()
        )


# ------------------------------------------------------------------ the findings


def find_gaps(data: ComparisonData, settings: GapSettings | None = None) -> list[GapFinding]:
    """Every gap of every county with actions, ordered by county, category, subject. Which
    actions of each county address a subject is worked out once per subject, not once per
    county and subject, so the work grows with the actions, not with actions × counties."""
    settings = settings or load_gap_settings()
    run = _Run(data, settings, _Words(data, settings), actions_by_county(data), {})
    findings: list[GapFinding] = []
    for county in run.by_county:
        findings += _objective_gaps(county, run)
        findings += _theme_gaps(county, run)
        findings += _agency_gaps(county, run)
        findings += _quality_gaps(county, run)
    return findings


@dataclass(frozen=True)
class _Run:
    """What every kind of gap reads: the data, the thresholds, the wording, each county's
    actions, and the subjects worked out so far (shared across counties)."""

    data: ComparisonData
    settings: GapSettings
    words: _Words
    by_county: dict[str, list[ActionRow]]
    subjects: dict[tuple[str, str], _Subject]

    def subject(
        self,
        key: tuple[str, str],
        addresses: Callable[[ActionRow], bool],
        rank: Callable[[ActionRow], float] = lambda a: 0.0,
        per_county: int = 0,
    ) -> _Subject:
        return _subject(self.subjects, key, self.by_county, addresses, rank, per_county)

    def share_gap(
        self,
        county: str,
        kind: tuple[str, str, str],
        about: str,
        rule: ShareRule,
        addresses: Callable[[ActionRow], bool],
        rank: Callable[[ActionRow], float] = lambda a: 0.0,
    ) -> GapFinding | None:
        """The gap of `county` in a subject (`kind`: category, code, title) found by its share
        of the county's actions, explained, or None."""
        category, code, title = kind
        subject = self.subject((category, code), addresses, rank, self.settings.examples_per_county)
        found = _share_gaps(county, self.by_county, rule, subject)
        if found is None:
            return None
        return _share_finding(
            county, category, code, title, about, found, self.by_county, self.words
        )


@dataclass(frozen=True)
class _Subject:
    """The actions of each county that address one subject (an objective, a theme, an agency
    in a role, a lacking field), in the county's action order, and each county's best
    examples of it (at most `per_county`, best first by the subject's rank)."""

    hits: dict[str, list[ActionRow]]
    top: dict[str, list[int]]

    def share(self, county: str, by_county: dict[str, list[ActionRow]]) -> float:
        return len(self.hits[county]) / len(by_county[county])

    def elsewhere(self, county: str, by_county: dict[str, list[ActionRow]]) -> list[str]:
        return [code for code in by_county if code != county]

    def mean_elsewhere(self, county: str, by_county: dict[str, list[ActionRow]]) -> float:
        others = self.elsewhere(county, by_county)
        return sum(self.share(c, by_county) for c in others) / len(others) if others else 0.0

    def examples(self, county: str, by_county: dict[str, list[ActionRow]]) -> list[int]:
        """The best examples of the other counties, counties in code order."""
        return [i for code in sorted(self.elsewhere(county, by_county)) for i in self.top[code]]


def _subject(
    subjects: dict[tuple[str, str], _Subject],
    key: tuple[str, str],
    by_county: dict[str, list[ActionRow]],
    addresses: Callable[[ActionRow], bool],
    rank: Callable[[ActionRow], float] = lambda a: 0.0,
    per_county: int = 0,
) -> _Subject:
    if key not in subjects:
        hits = {code: [a for a in acts if addresses(a)] for code, acts in by_county.items()}
        top = {
            code: [a.id for a in sorted(mine, key=lambda a: -rank(a))[:per_county]]
            for code, mine in hits.items()
        }  # stable sort: data order among equals
        subjects[key] = _Subject(hits, top)
    return subjects[key]


def _share_gaps(
    county: str,
    by_county: dict[str, list[ActionRow]],
    rule: ShareRule,
    subject: _Subject,
) -> tuple[str, float, float, list[int], list[int]] | None:
    """(severity, share here, mean share elsewhere, evidence ids, example ids) or None."""
    mine = subject.hits[county]
    share = subject.share(county, by_county)
    other_hits = sum(len(subject.hits[c]) for c in subject.elsewhere(county, by_county))
    mean = subject.mean_elsewhere(county, by_county)
    examples = subject.examples(county, by_county)
    if not mine:
        if other_hits >= rule.min_other_actions or rule.missing_without_others:
            return "missing", 0.0, mean, [], examples
        return None
    if other_hits >= rule.min_other_actions and share < rule.low_ratio * mean:
        return "low", share, mean, [a.id for a in mine], examples
    return None


def _objective_gaps(county: str, run: _Run) -> list[GapFinding]:
    findings: list[GapFinding] = []
    rule = run.settings.objective
    for objective in run.data.objectives:
        if objective.cross_cutting:
            continue
        code = objective.code

        def addresses(a: ActionRow, code: str = code) -> bool:
            return a.primary == code if rule.share == "primary" else a.has_objective(code)

        def rank(a: ActionRow, code: str = code) -> float:
            label = next(lab for lab in a.labels if lab.objective_code == code)
            return (1000.0 if label.is_primary else 0.0) + label.score

        how = "främst gäller" if rule.share == "primary" else "gäller"
        about = f"som {how} målsättning {code} ({_lower_first(objective.title)})"
        kind = ("objective", code, objective.title)
        found = run.share_gap(county, kind, about, rule, addresses, rank)
        findings += [found] if found else []
    return findings


def _theme_gaps(county: str, run: _Run) -> list[GapFinding]:
    findings: list[GapFinding] = []
    for theme in run.data.themes:

        def addresses(a: ActionRow, code: str = theme.code) -> bool:
            return code in a.themes

        about = f"om {_lower_first(theme.title)}"
        kind = ("theme", theme.code, theme.title)
        found = run.share_gap(county, kind, about, run.settings.theme, addresses)
        findings += [found] if found else []
    return findings


def _share_finding(
    county: str,
    category: str,
    subject: str,
    subject_title: str,
    about: str,
    found: tuple[str, float, float, list[int], list[int]],
    by_county: dict[str, list[ActionRow]],
    words: _Words,
) -> GapFinding:
    """A gap found by _share_gaps, explained: "<plan> har inga/få åtgärder <about>" with the
    count and share, and what the other counties do."""
    severity, share, mean, evidence, examples = found
    plan = words.plan[county].capitalize()
    if severity == "missing":
        text = f"{plan} har inga åtgärder {about}"
    else:
        total = len(by_county[county])
        text = f"{plan} har få åtgärder {about}: {len(evidence)} av {total} ({percent(share)})"
    text += _elsewhere(mean, examples, words, len(by_county) > 1)
    return GapFinding(county, category, subject, subject_title, share, mean, severity, text,
                      tuple(evidence), tuple(examples))  # fmt: skip


def _elsewhere(mean: float, examples: Sequence[int], words: _Words, has_others: bool) -> str:
    if not has_others:
        return "."
    if not examples:
        return "; inte heller de andra länen har någon sådan åtgärd."
    text = f"; i de andra länen gäller i genomsnitt {percent(mean)} av åtgärderna detta"
    if examples:
        text += f" (t.ex. {words.examples(examples)})"
    return text + "."


def _agency_gaps(county: str, run: _Run) -> list[GapFinding]:
    data, settings, words, by_county = run.data, run.settings, run.words, run.by_county
    findings: list[GapFinding] = []
    for name in settings.compared_agencies:
        if words.agency_kinds.get(name) in settings.skip_kinds:
            continue

        def role_of(a: ActionRow, role: str, name: str = name) -> bool:
            return any(r.name == name and r.role == role for r in a.agencies)

        leads = run.subject(("agency-lead", name), lambda a: role_of(a, "lead"),
                            per_county=settings.examples_per_county)  # fmt: skip
        if leads.hits[county]:
            continue
        led_elsewhere = [a for code in leads.elsewhere(county, by_county) for a in leads.hits[code]]
        leading_counties = sorted({a.county_code for a in led_elsewhere})
        if len(leading_counties) < settings.min_other_counties:
            continue
        partners = run.subject(("agency-partner", name), lambda a: role_of(a, "partner"))
        partner_here = [a.id for a in partners.hits[county]]
        examples = leads.examples(county, by_county)
        counts = ", ".join(
            f"{data.county_name(code)} {len(leads.hits[code])}" for code in leading_counties
        )
        text = f"I {words.plan[county]} leder {name} ingen åtgärd"
        if partner_here:
            listed = ", ".join(words.action(aid, with_county=False) for aid in partner_here)
            text += f" (men är samverkanspart i {len(partner_here)}: {listed})"
        text += f"; i andra län leder {name} åtgärder ({counts}), t.ex. {words.examples(examples)}."
        findings.append(
            GapFinding(county, "agency", name, name, 0.0, float(len(led_elsewhere)), "missing",
                       text, tuple(partner_here), tuple(examples))
        )  # fmt: skip
    return findings


def _lacks(action: ActionRow, field: str, skip_kinds: frozenset[str]) -> bool:
    if field == "agencies":
        return not any(r.kind not in skip_kinds for r in action.agencies)
    value = getattr(action, field)
    return value is None or not str(value).strip()


def _quality_gaps(county: str, run: _Run) -> list[GapFinding]:
    settings, words, by_county = run.settings, run.words, run.by_county
    findings: list[GapFinding] = []
    actions = by_county[county]
    for check in settings.quality:
        lacks = run.subject(("quality", check.field),
                            lambda a, f=check.field: _lacks(a, f, settings.skip_kinds))  # fmt: skip
        lacking = [a.id for a in lacks.hits[county]]
        if not lacking:
            continue
        share = len(lacking) / len(actions)
        mean = lacks.mean_elsewhere(county, by_county) if len(by_county) > 1 else None
        text = (
            f"{len(lacking)} av {len(actions)} åtgärder ({percent(share)}) i {words.plan[county]}"
            f" saknar {check.lacks}"
        )
        text += f"; i de andra länen i genomsnitt {percent(mean)}." if mean is not None else "."
        findings.append(
            GapFinding(county, "quality", check.subject, check.title, share, mean, "quality",
                       text, tuple(lacking), ())
        )  # fmt: skip
    return findings
