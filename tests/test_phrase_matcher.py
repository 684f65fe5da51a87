"""The agency recogniser's tokenizer and phrase matcher (ingest/phrase_matcher.py), and that
recognising agencies needs no spaCy."""

from __future__ import annotations

import subprocess
import sys

from ingest.phrase_matcher import PhraseMatcher, Token, tokenise


def test_tokens_keep_offsets_and_following_space():
    text = "Polisen, Region Skåne\n och www.polisen.se"
    tokens = tokenise(text)
    assert [t.text for t in tokens] == ["Polisen", ",", "Region", "Skåne", "och", "www.polisen.se"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[3].space == "\n " and tokens[3].line_ends
    assert tokens[2].space == " " and not tokens[2].line_ends
    assert tokens[-1].is_address and not tokens[0].is_address


def test_addresses_and_abbreviations_are_one_token():
    words = [t.text for t in tokenise("info@umea.se skriver till polisen.se och soc.förv.")]
    assert words == ["info@umea.se", "skriver", "till", "polisen.se", "och", "soc.förv", "."]
    assert [t.text for t in tokenise("RF-SISU")] == ["RF", "-", "SISU"]


def _lower(token: Token) -> tuple[str, ...]:
    return (token.lower,)


def test_longest_match_wins_then_earliest():
    matcher = PhraseMatcher(_lower)
    matcher.add(["region"], "short")
    matcher.add(["region", "skåne"], "long")
    matcher.add(["skåne", "län"], "other")
    tokens = tokenise("Region Skåne län")
    found = [(m.start, m.end, m.label) for m in matcher(tokens)]
    assert found == [(0, 2, "long")]  # "Skåne län" overlaps the earlier match of equal length


def test_first_label_of_a_phrase_wins_and_matches_cross_line_breaks():
    matcher = PhraseMatcher(_lower)
    matcher.add(["barnahus"], "first")
    matcher.add(["barnahus"], "second")
    matcher.add(["socialtjänsten", "i", "umeå"], "soc")
    tokens = tokenise("Barnahus och socialtjänsten i\nUmeå")
    assert [(m.label, tokens[m.start].text) for m in matcher(tokens)] == [
        ("first", "Barnahus"),
        ("soc", "socialtjänsten"),
    ]


def test_agency_recognition_does_not_import_spacy():
    code = (
        "import sys\n"
        "from ingest.agencies import split_responsible\n"
        "found = split_responsible('Socialnämnden i samverkan med Polisen')\n"
        "assert [m.role for m in found] == ['lead', 'partner'], found\n"
        "print('spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
