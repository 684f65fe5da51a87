"""The agency registry: canonical organisation types with their aliases, read from
models/data/agencies.toml. Pure data access; recognition in text lives in ingest/agencies.py."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from models.counties import County, Municipality, load_counties, load_municipalities
from models.folding import fold

REGISTRY_FILE = "agencies.toml"


@dataclass(frozen=True)
class Agency:
    """One canonical organisation type ("Polismyndigheten", "Kommunerna")."""

    name: str
    kind: str
    aliases: tuple[str, ...]  # lowercase written forms
    lemmas: tuple[str, ...] = ()  # single-word lemmas whose inflections name it
    heads: tuple[str, ...] = ()  # compound endings that identify it in a responsibility text
    suffixes: tuple[str, ...] = ()  # word endings that name one of its bodies ("…nämnden")


@dataclass(frozen=True)
class MatchingSettings:
    ocr_confusions: tuple[tuple[str, str], ...]
    fuzzy_min_similarity: float
    fuzzy_min_token_length: int
    fuzzy_max_length_difference: int
    inflection_endings: frozenset[str] = frozenset()
    # first words of a phrase that is not an organisation's name ("Vid planens slut")
    not_a_name_start: frozenset[str] = frozenset()
    # words after a name that say which part of it acts ("Kriminalvården nationellt")
    mention_qualifiers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AgencyRegistry:
    agencies: tuple[Agency, ...]
    partner_markers: tuple[str, ...]  # "i samverkan med", ... longest first
    matching: MatchingSettings
    kinds: tuple[tuple[str, str], ...] = ()  # (kind, description), the organisation kinds
    own_municipality: str = ""  # the entry a municipality's own plan names itself as
    sentence_partner_markers: tuple[str, ...] = ()  # partner phrases of running text only
    partner_lead_ins: tuple[str, ...] = ()  # "representanter för": between "med" and partners
    own_units: tuple[str, ...] = ()  # word endings of a unit a municipality's own plan names
    glossary_headings: tuple[str, ...] = ()  # headings of a list of abbreviations, lowercase

    def by_name(self, name: str) -> Agency:
        return self._by_name[name]

    # lookup tables built once per registry (a frozen dataclass hashes all its fields, so a
    # cache keyed on the registry would cost more than the lookup)
    @cached_property
    def _by_name(self) -> dict[str, Agency]:
        return {agency.name: agency for agency in self.agencies}

    @cached_property
    def _by_folded_alias(self) -> dict[str, Agency]:
        return {_alias_key(a): agency for agency in self.agencies for a in agency.aliases}

    def names(self) -> list[str]:
        return [agency.name for agency in self.agencies]

    def lookup(self, mention: str) -> Agency | None:
        """The agency a whole mention names exactly (case- and diacritic-insensitive,
        genitive -s tolerated), or None. For fuzzy/OCR matching use ingest.agencies."""
        key = _alias_key(mention)
        table = self._by_folded_alias
        if key in table:
            return table[key]
        if key.endswith("s"):
            return table.get(key[:-1])
        return None

    def ocr_fold(self, text: str) -> str:
        """Diacritic-folded, lowercased text with OCR-confused letters merged
        ("Linsstyrelsen" and "Länsstyrelsen" both become "lansstyrelsen")."""
        folded = fold(text)
        for wrong, right in self.matching.ocr_confusions:
            folded = folded.replace(wrong, right)
        return folded


def _alias_key(text: str) -> str:
    return " ".join(fold(text).split())


class RegistryError(ValueError):
    """The registry data file is inconsistent (duplicate name or alias, missing field)."""


def parse_registry(data: dict) -> AgencyRegistry:
    """Build and validate a registry from parsed TOML."""
    agencies: list[Agency] = []
    kinds = data.get("kinds", {})
    for entry in data.get("agency", []):
        try:
            name, kind, aliases = entry["name"], entry["kind"], entry["aliases"]
        except KeyError as missing:
            raise RegistryError(f"agency entry {entry!r} lacks {missing}") from None
        if kinds and kind not in kinds:
            raise RegistryError(f"agency {name!r} has kind {kind!r}, not one of [kinds]")
        aliases = [*aliases, *county_forms(entry.get("county_forms", ()))]
        agencies.append(
            Agency(
                name=name,
                kind=kind,
                aliases=tuple(" ".join(a.lower().split()) for a in aliases),
                lemmas=tuple(entry.get("lemmas", ())),
                heads=tuple(entry.get("heads", ())),
                suffixes=tuple(entry.get("suffixes", ())),
            )
        )
    _check_unique(agencies)
    roles = data.get("roles", {})
    markers = sorted(roles.get("partner_markers", ()), key=len, reverse=True)
    settings = data.get("matching", {})
    matching = MatchingSettings(
        ocr_confusions=tuple(settings.get("ocr_confusions", {}).items()),
        fuzzy_min_similarity=float(settings.get("fuzzy_min_similarity", 0.85)),
        fuzzy_min_token_length=int(settings.get("fuzzy_min_token_length", 6)),
        fuzzy_max_length_difference=int(settings.get("fuzzy_max_length_difference", 2)),
        inflection_endings=frozenset(settings.get("inflection_endings", ())),
        not_a_name_start=frozenset(settings.get("not_a_name_start", ())),
        mention_qualifiers=frozenset(settings.get("mention_qualifiers", ())),
    )
    own = roles.get("own_municipality", "")
    if own and own not in {a.name for a in agencies}:
        raise RegistryError(f"roles.own_municipality {own!r} is no agency entry")
    return AgencyRegistry(
        tuple(agencies),
        tuple(markers),
        matching,
        tuple(kinds.items()),
        own,
        tuple(roles.get("sentence_partner_markers", ())),
        tuple(roles.get("partner_lead_ins", ())),
        tuple(roles.get("own_units", ())),
        tuple(roles.get("glossary_headings", ())),
    )


def county_forms(templates: list[str] | tuple[str, ...]) -> list[str]:
    """Each template ("länsstyrelsen i {lan}", "region {name}", "{region}") written out for
    the 21 counties of models/data/counties.csv, lowercased, each form once."""
    forms: dict[str, None] = {}
    for county in load_counties():
        for template in templates:
            forms[_county_form(template, county)] = None
    return list(forms)


def _county_form(template: str, county: County) -> str:
    lan = county.lan_name or f"{county.name} län"
    return " ".join(
        template.format(name=county.name, lan=lan, region=county.region_name).lower().split()
    )


def _check_unique(agencies: list[Agency]) -> None:
    names: set[str] = set()
    owner: dict[str, str] = {}
    for agency in agencies:
        if agency.name in names:
            raise RegistryError(f"agency {agency.name!r} is listed twice")
        names.add(agency.name)
        if not agency.aliases:
            raise RegistryError(f"agency {agency.name!r} has no aliases")
        for alias in agency.aliases:
            key = _alias_key(alias)
            if key in owner and owner[key] != agency.name:
                raise RegistryError(
                    f"alias {alias!r} belongs to both {owner[key]!r} and {agency.name!r}"
                )
            owner[key] = agency.name


def municipality_name(name: str, form: str) -> str:
    """The name a municipality uses for itself: "Malmö stad", "Lunds kommun", "Västerås stad",
    "Region Gotland" (a genitive s after a consonant, none after a vowel or an s)."""
    if form == "region":
        return f"Region {name}"
    genitive = name if name[-1].lower() in "aeiouyåäös" or name[-1] in "xz" else f"{name}s"
    return f"{genitive} {form}"


def municipality_forms(municipality: Municipality) -> set[str]:
    """How a municipality is written as an organisation: "X kommun", "Xs kommun", "X stad",
    "Xs stad", and its own name ("Falu kommun")."""
    name = municipality.name
    forms = {f"{name} {suffix}" for suffix in ("kommun", "stad")}
    forms |= {f"{name}s {suffix}" for suffix in ("kommun", "stad") if not name.endswith("s")}
    if municipality.own_name:
        forms.add(municipality.own_name)
    if municipality.form == "region":
        forms.add(f"Region {name}")
    return forms


def municipality_entries() -> list[dict]:
    """Registry entries for Sweden's municipalities (models/data/municipalities.csv): each as
    itself, kind "kommun". Region Gotland is the region and the municipality: the Region entry
    names it."""
    entries = []
    for municipality in load_municipalities():
        if municipality.form == "region":
            continue
        entries.append(
            {
                "name": municipality.own_name
                or municipality_name(municipality.name, municipality.form),
                "kind": "kommun",
                "aliases": sorted(f.lower() for f in municipality_forms(municipality)),
            }
        )
    return entries


@lru_cache(maxsize=1)
def load_registry() -> AgencyRegistry:
    """The registry shipped in models/data/agencies.toml, with every municipality of
    models/data/municipalities.csv that the TOML does not already name (read once)."""
    data_dir = resources.files("models").joinpath("data")
    data = tomllib.loads(data_dir.joinpath(REGISTRY_FILE).read_text(encoding="utf-8"))
    named = {e["name"] for e in data.get("agency", [])}
    taken = {_alias_key(a) for e in data.get("agency", []) for a in e["aliases"]}
    for entry in municipality_entries():
        if entry["name"] in named:
            continue
        # names that fold alike (Habo, Håbo) keep the exact spelling only for the first
        entry["aliases"] = [a for a in entry["aliases"] if _alias_key(a) not in taken]
        taken.update(_alias_key(a) for a in entry["aliases"])
        if entry["aliases"]:
            data.setdefault("agency", []).append(entry)
    return parse_registry(data)
