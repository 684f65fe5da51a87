"""Actors of the whole country (issue 11): national agencies, named municipalities, municipal
bodies, organisations the registry does not know, and sentence actors. Expectations written
from the texts: the failures a new user met, quoted in the issue."""

from __future__ import annotations

import pytest

from ingest.agencies import split_responsible
from ingest.extract import _actors
from models.agencies import load_registry
from models.outline_vocabulary import vocabulary


def roles(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in split_responsible(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skolverket och Jämställdhetsmyndigheten",
         {("Skolverket", "lead"), ("Jämställdhetsmyndigheten", "lead")}),
        ("Helsingborgs stad tillsammans med Region Skåne",
         {("Helsingborgs stad", "lead"), ("Region", "partner")}),
        ("Handelskammaren och Malmö stad", {("Handelskammaren", "lead"), ("Malmö stad", "lead")}),
        ("Kultur- och fritidsnämnden", {("Kommunerna", "lead")}),
        ("Växjö kommun i samverkan med Brottsförebyggande rådet (Brå)",
         {("Växjö kommun", "lead"), ("Brottsförebyggande rådet", "partner")}),
        ("Socialförvaltningen i samverkan med Fryshuset",
         {("Kommunerna", "lead"), ("Fryshuset", "partner")}),
        ("Göteborgs Stad och Gotlands kommun", {("Göteborgs stad", "lead"), ("Region", "lead")}),
    ],
)  # fmt: skip
def test_responsibility_texts(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_unknown_organisations_are_kept_as_themselves_and_phrases_are_not() -> None:
    found = {m.name: m for m in split_responsible("Fryshuset och RF-SISU Östergötland")}
    assert set(found) == {"Fryshuset", "RF-SISU Östergötland"}
    assert {m.kind for m in found.values()} == {"okänd"}
    assert roles("Vid handlingsplanens slut") == set()
    assert roles("Alla aktörer") == {("Ospecificerade aktörer", "lead")}


def test_every_municipality_is_in_the_registry_with_its_own_name() -> None:
    names = {a.name for a in load_registry().agencies if a.kind == "kommun"}
    assert {"Växjö kommun", "Malmö stad", "Umeå kommun", "Falu kommun", "Göteborgs stad"} <= names
    assert sum(1 for n in names if n.endswith((" kommun", " stad"))) >= 285


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Region Halland och kommunerna i länet erbjuder samtalsstöd till unga.",
         {("Region", "lead"), ("Kommunerna", "lead")}),
        ("Polisen ska tillsammans med skolan ta fram en rutin för orosanmälningar.",
         {("Polismyndigheten", "lead"), ("Kommunerna", "partner")}),
        ("Regeringen ger Socialstyrelsen i uppdrag att ta fram ett kunskapsstöd.",
         {("Socialstyrelsen", "lead")}),
        ("Brottsoffermyndigheten ges i uppdrag att förbättra informationen.",
         {("Brottsoffermyndigheten", "lead")}),
    ],
)  # fmt: skip
def test_the_actor_of_a_sentence(sentence: str, expected: set[tuple[str, str]]) -> None:
    responsible = _actors(sentence, vocabulary())
    assert responsible is not None
    assert roles(responsible) == expected


def test_a_description_is_no_measure_with_an_actor() -> None:
    assert _actors("Storsthlm är ett förbund som samordnar länets kommuner.", vocabulary()) is None
    assert _actors("Kvinnor som utsätts för våld söker ofta vård.", vocabulary()) is None


def test_abbreviations_a_document_defines_are_read_as_their_organisation() -> None:
    from ingest.agencies import defined_abbreviations, expand_abbreviations

    text = (
        "Arbetet leds av Länsstyrelsen i Skåne län (LST) och Region Skåne (RS). "
        "Rapporten (SOU 2024:1) och enkäten (ULF) nämns också."
    )
    abbreviations = defined_abbreviations(text)
    assert abbreviations == {"LST": "Länsstyrelsen i Skåne län", "RS": "Region Skåne"}
    expanded = expand_abbreviations("LST i samverkan med RS", abbreviations)
    assert roles(expanded) == {("Länsstyrelsen", "lead"), ("Region", "partner")}


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.mention, m.name, m.kind) for m in split_responsible(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every kind of the taxonomy, from the forms plans write
        ("Länsstyrelsen i Kalmar län", [("Länsstyrelsen i Kalmar län", "Länsstyrelsen", "länsstyrelse")]),
        ("Landstinget i Dalarnas län", [("Landstinget i Dalarnas län", "Region", "region")]),
        ("RJL", [("RJL", "Region", "region")]),
        ("Tingsrätten", [("Tingsrätten", "Domstolarna", "domstol")]),
        ("Ekobrottsmyndigheten", [("Ekobrottsmyndigheten", "Ekobrottsmyndigheten", "statlig myndighet")]),
        ("Sametinget", [("Sametinget", "Sametinget", "statlig myndighet")]),
        ("Unizon", [("Unizon", "Civilsamhället", "civilsamhälle")]),
        ("Linnéuniversitetet", [("Linnéuniversitetet", "Forskare", "forskning")]),
        ("Lunds universitet", [("Lunds universitet", "Forskare", "forskning")]),
        ("Centrum mot våld", [("Centrum mot våld", "Centrum mot våld", "kommunal verksamhet")]),
        # a short word that only OCR-folds to an alias is not that agency: BRIS is not "Brås"
        ("BRIS", [("BRIS", "BRIS", "civilsamhälle")]),
        # the place and the body stay in the mention; the canonical agency is the same
        ("Åklagarkammaren i Växjö", [("Åklagarkammaren i Växjö", "Åklagarmyndigheten", "statlig myndighet")]),
        ("Barnahus Västmanland", [("Barnahus Västmanland", "Barnahus", "samverkansorgan")]),
        ("Vård- och omsorgsnämnden", [("Vård- och omsorgsnämnden", "Kommunerna", "kommun")]),
    ],
)  # fmt: skip
def test_kinds_and_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


def test_every_kind_is_declared_and_described() -> None:
    registry = load_registry()
    declared = dict(registry.kinds)
    assert {a.kind for a in registry.agencies} <= set(declared)
    assert {"statlig myndighet", "länsstyrelse", "region", "kommun", "kommunal verksamhet",
            "domstol", "civilsamhälle", "forskning", "okänd"} <= set(declared)  # fmt: skip
    assert all(declared.values())


def test_a_wrong_kind_in_the_registry_is_refused() -> None:
    from models.agencies import RegistryError, parse_registry

    data = {"kinds": {"region": "r"}, "agency": [{"name": "X", "kind": "regon", "aliases": ["x"]}]}
    with pytest.raises(RegistryError, match="regon"):
        parse_registry(data)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Karlskrona kommun ska i samverkan med övriga kommuner i länet driva ett kompetenscentrum.",
         {("Karlskrona kommun", "lead"), ("Kommunerna", "partner")}),
        ("Länets kommuner ska i samverkan med kvinno- och tjejjourerna säkerställa skyddat boende.",
         {("Kommunerna", "lead"), ("Civilsamhället", "partner")}),
        ("Länsstyrelsen ska samordna ett nätverk med representanter för kommunerna, Region Blekinge och Polisen.",
         {("Länsstyrelsen", "lead"), ("Kommunerna", "partner"), ("Region", "partner"),
          ("Polismyndigheten", "partner")}),
        ("Region Västerbotten ska i samverkan med länets studieförbund ta fram ett material.",
         {("Region", "lead"), ("Civilsamhället", "partner")}),
        # a partner marker of running text: "samverka med"
        ("Polisen ska samverka med Tullverket och Kustbevakningen vid gränskontroller.",
         {("Polismyndigheten", "lead"), ("Tullverket", "partner"), ("Kustbevakningen", "partner")}),
        # an object that is no partner: "med fokus på skolan" names no one to work with
        ("Region Skåne ska utbilda personal med fokus på våld i nära relationer.",
         {("Region", "lead")}),
    ],
)  # fmt: skip
def test_partners_read_from_sentences(sentence: str, expected: set[tuple[str, str]]) -> None:
    responsible = _actors(sentence, vocabulary())
    assert responsible is not None
    assert roles(responsible) == expected


def test_a_municipality_is_the_municipal_actor_in_its_own_plan_and_itself_elsewhere() -> None:
    from ingest.agencies import as_own_municipality

    found = split_responsible("Umeå kommun och Socialnämnden i samverkan med Region Västerbotten")
    own = as_own_municipality(found, "Umeå")
    assert [(m.name, m.role, m.mention) for m in own] == [
        ("Kommunerna", "lead", "Umeå kommun"),
        ("Region", "partner", "Region Västerbotten"),
    ]
    # in another municipality's plan (or a county's) Umeå kommun stays itself
    assert {m.name for m in as_own_municipality(found, "Skellefteå")} == {
        "Umeå kommun", "Kommunerna", "Region"}  # fmt: skip


def test_a_proper_name_before_a_generic_noun_is_part_of_the_mention() -> None:
    assert mentions("Blekinge Tekniska Högskola i samverkan med Länsstyrelsen") == [
        ("Blekinge Tekniska Högskola", "Forskare", "forskning"),
        ("Länsstyrelsen", "Länsstyrelsen", "länsstyrelse"),
    ]
    responsible = _actors(
        "Blekinge Tekniska Högskola ska i samverkan med Länsstyrelsen utvärdera insatserna.",
        vocabulary(),
    )
    assert responsible is not None
    assert roles(responsible) == {("Forskare", "lead"), ("Länsstyrelsen", "partner")}


def test_a_recommendation_is_no_measure_but_where_someone_lives_is_no_recommendation() -> None:
    from ingest.extract import _not_a_measure

    vocab = vocabulary()
    assert _not_a_measure("Kommunerna bör se över sina rutiner.", vocab)
    assert not _not_a_measure(
        "Region Västerbotten ska erbjuda stödsamtal för kvinnor som bor långt från en mottagning.",
        vocab,
    )
    # OCR'd text that lost its å/ä/ö is compared folded
    assert _not_a_measure("Kommunerna bor se over sina rutiner.", vocab)
