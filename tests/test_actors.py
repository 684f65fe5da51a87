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
