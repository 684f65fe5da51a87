"""Frameworks of objectives as data: every `models/data/frameworks/*.toml` is one framework.

A framework file holds an `id`, a `name`, a `title`, a `source`, a `[cross_cutting]` table and an
array of `[[objectives]]`, each with a `code`, an official `title`, a `scope` (what the objective
covers), optional `headings` (other ways a document names it) and weighted `terms`. Adding a
framework is adding a file; `load_frameworks(extra_dirs=...)` or the environment variable
`KVINNOFRID_FRAMEWORKS_DIR` (paths separated by os.pathsep) adds folders outside the package.

Term syntax (interpreted by `compare.terms`): a term is compared with folded text (lowercase,
å/ä→a, ö→o); "*" marks where a term may continue inside a word, so "förebygg*" is a word prefix,
"*förebygg*" also matches inside a compound ("våldsförebyggande"), "*brott" a word ending, and a
term without "*" a whole word or lemma; a space separates the words of a phrase.

Codebook rules as data (docs/codebook.md): `[instrument]` says how the instrument of an item
is found (the words after a trigger such as "ska" or "i uppdrag att", up to a purpose clause),
and each `[[rules]]` entry gives an objective (or the cross-cutting code) `weight` when one of
its `terms` is found in the instrument (`scope = "head"`) or anywhere in the item's own text
(`scope = "text"`), unless one of its `unless` terms is found in the text. `codebook` names the
codebook rule it implements and `name` is how the evidence names it.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

DEFAULT_FRAMEWORK = "nationell-strategi-2017"
ENV_FRAMEWORKS_DIR = "KVINNOFRID_FRAMEWORKS_DIR"
CROSS_CUTTING_CODE = "X"


class FrameworkError(ValueError):
    """A framework file is missing a field or is inconsistent."""


@dataclass(frozen=True)
class Objective:
    code: str
    title: str
    scope: str
    terms: dict[str, float] = field(default_factory=dict)
    headings: tuple[str, ...] = ()  # other titles a document may use for this objective


@dataclass(frozen=True)
class CrossCutting:
    """What an item is labelled when it is coordination that fits no objective."""

    code: str = CROSS_CUTTING_CODE
    title: str = "Tvärgående (samverkan och samordning)"
    scope: str = ""
    terms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """A codebook rule: `terms` found in the item's instrument or text give `code` `weight`."""

    name: str
    code: str
    weight: float
    terms: dict[str, float]
    scope: str = "text"  # "head": the instrument words; "text": the item's whole own text
    unless: tuple[str, ...] = ()
    codebook: str = ""


@dataclass(frozen=True)
class Instrument:
    """How the instrument of an item is read: the words after the last trigger found among the
    first `reach` words (or the opening words), at most `window` words, cut at a stop phrase."""

    triggers: tuple[str, ...] = ()
    stops: tuple[str, ...] = ()
    window: int = 10
    reach: int = 14


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    title: str
    source: str
    objectives: list[Objective]
    cross_cutting: CrossCutting = field(default_factory=CrossCutting)
    description: str = ""
    period: str = ""
    rules: tuple[Rule, ...] = ()
    instrument: Instrument = field(default_factory=Instrument)

    @property
    def codes(self) -> list[str]:
        return [objective.code for objective in self.objectives]

    def objective(self, code: str) -> Objective:
        for objective in self.objectives:
            if objective.code == code:
                return objective
        raise KeyError(code)

    def title_of(self, code: str) -> str:
        """The title of an objective, or of the cross-cutting label."""
        if code == self.cross_cutting.code:
            return self.cross_cutting.title
        return self.objective(code).title


def load_frameworks(extra_dirs: Iterable[str | os.PathLike[str]] = ()) -> dict[str, Framework]:
    """Every framework shipped in models/data/frameworks plus those in `extra_dirs` and in the
    folders named by KVINNOFRID_FRAMEWORKS_DIR, by id. Two files with one id are an error."""
    frameworks: dict[str, Framework] = {}
    sources: dict[str, str] = {}
    for name, text in _framework_texts(extra_dirs):
        framework = parse_framework(tomllib.loads(text), origin=name)
        if framework.id in frameworks:
            raise FrameworkError(
                f"framework id {framework.id!r} defined twice: {sources[framework.id]} and {name}"
            )
        frameworks[framework.id] = framework
        sources[framework.id] = name
    return frameworks


def load_framework(framework_id: str = DEFAULT_FRAMEWORK, **kwargs: Any) -> Framework:
    frameworks = load_frameworks(**kwargs)
    try:
        return frameworks[framework_id]
    except KeyError:
        known = ", ".join(sorted(frameworks))
        raise FrameworkError(f"unknown framework {framework_id!r}; known: {known}") from None


def parse_framework(data: Mapping[str, Any], origin: str = "<data>") -> Framework:
    """A Framework from the parsed TOML of one file."""
    for key in ("id", "name", "objectives"):
        if key not in data:
            raise FrameworkError(f"{origin}: missing {key!r}")
    objectives = [_parse_objective(raw, origin) for raw in data["objectives"]]
    if not objectives:
        raise FrameworkError(f"{origin}: no objectives")
    codes = [objective.code for objective in objectives]
    if len(set(codes)) != len(codes):
        raise FrameworkError(f"{origin}: objective codes repeat: {codes}")
    raw_cross = data.get("cross_cutting", {})
    cross = CrossCutting(
        code=str(raw_cross.get("code", CROSS_CUTTING_CODE)),
        title=str(raw_cross.get("title", CrossCutting.title)),
        scope=str(raw_cross.get("scope", "")),
        terms=_parse_terms(raw_cross.get("terms", {}), f"{origin} cross_cutting"),
    )
    if cross.code in codes:
        raise FrameworkError(f"{origin}: cross-cutting code {cross.code!r} is an objective code")
    rules = tuple(_parse_rule(raw, origin, {*codes, cross.code}) for raw in data.get("rules", ()))
    raw_instrument = data.get("instrument", {})
    instrument = Instrument(
        triggers=tuple(str(t) for t in raw_instrument.get("triggers", ())),
        stops=tuple(str(t) for t in raw_instrument.get("stops", ())),
        window=int(raw_instrument.get("window", Instrument.window)),
        reach=int(raw_instrument.get("reach", Instrument.reach)),
    )
    return Framework(
        id=str(data["id"]),
        name=str(data["name"]),
        title=str(data.get("title", data["name"])),
        source=str(data.get("source", "")),
        objectives=objectives,
        cross_cutting=cross,
        description=str(data.get("description", "")),
        period=str(data.get("period", "")),
        rules=rules,
        instrument=instrument,
    )


def _parse_rule(raw: Mapping[str, Any], origin: str, codes: set[str]) -> Rule:
    for key in ("name", "code", "weight", "terms"):
        if key not in raw:
            raise FrameworkError(f"{origin}: a rule lacks {key!r}")
    name = str(raw["name"])
    code = str(raw["code"])
    if code not in codes:
        raise FrameworkError(f"{origin}: rule {name!r} names unknown code {code!r}")
    scope = str(raw.get("scope", "text"))
    if scope not in ("head", "text"):
        raise FrameworkError(f"{origin}: rule {name!r} has scope {scope!r} (head or text)")
    terms = raw["terms"]
    if isinstance(terms, list):
        terms = {str(term): 1.0 for term in terms}
    return Rule(
        name=name,
        code=code,
        weight=float(raw["weight"]),
        terms=_parse_terms(terms, f"{origin} rule {name}"),
        scope=scope,
        unless=tuple(str(t) for t in raw.get("unless", ())),
        codebook=str(raw.get("codebook", "")),
    )


def _parse_objective(raw: Mapping[str, Any], origin: str) -> Objective:
    for key in ("code", "title"):
        if key not in raw:
            raise FrameworkError(f"{origin}: an objective lacks {key!r}")
    code = str(raw["code"])
    return Objective(
        code=code,
        title=str(raw["title"]),
        scope=str(raw.get("scope", "")),
        terms=_parse_terms(raw.get("terms", {}), f"{origin} objective {code}"),
        headings=tuple(str(h) for h in raw.get("headings", ())),
    )


def _parse_terms(raw: Mapping[str, Any], where: str) -> dict[str, float]:
    terms: dict[str, float] = {}
    for term, weight in raw.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise FrameworkError(f"{where}: weight of {term!r} is not a number")
        if not term.strip("* "):
            raise FrameworkError(f"{where}: empty term")
        terms[str(term)] = float(weight)
    return terms


def _framework_texts(extra_dirs: Iterable[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    packaged = resources.files("models").joinpath("data", "frameworks")
    for entry in sorted(packaged.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            texts.append((f"models/data/frameworks/{entry.name}", entry.read_text("utf-8")))
    dirs = [Path(d) for d in extra_dirs]
    env = os.environ.get(ENV_FRAMEWORKS_DIR, "")
    dirs += [Path(d) for d in env.split(os.pathsep) if d]
    for folder in dirs:
        if not folder.is_dir():
            raise FrameworkError(f"frameworks folder {folder} does not exist")
        for path in sorted(folder.glob("*.toml")):
            texts.append((str(path), path.read_text("utf-8")))
    return texts
