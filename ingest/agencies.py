"""Agency recognition: find the organisations a text names and canonicalise them against the
registry (models/data/agencies.toml).

Matching runs in tiers, strongest first:
  1. a phrase matcher (ingest/phrase_matcher.py) with token patterns built from the
     registry's aliases (and their genitives): exact lowercase words (score 100), lemma
     patterns (95), and the same words diacritic- and OCR-folded (95 folded, 90 OCR-folded:
     "Lansstyrelsen", "Linsstyrelsen", "Ridda Barnen");
  2. rapidfuzz on OCR-folded word windows the phrases left uncovered ("Kriminalvirden" is
     caught by tier 1; "Visterds stad", "Min for jimstilldher", "kvinngjourerna" by this one),
     only for windows holding a word of >= 6 letters, with a high cutoff and a small length
     difference (score = 90 x similarity);
  3. inside a responsibility text only: a list item no tier recognised whose last word ends
     with an agency's distinctive compound head ("z‘ik/agm‘kammaren" → Åklagarmyndigheten,
     score 70).
Overlapping mentions resolve to the longest.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ingest.phrase_matcher import Match, PhraseMatcher, Token, tokenise
from models.agencies import Agency, AgencyRegistry, load_registry
from models.counties import load_counties, load_municipalities
from models.folding import fold
from models.lemmas import lemma_in, lemma_subset
from models.records import ROLE_LEAD, ROLE_PARTNER, AgencyMention

DASHES = ("–", "-", "—")

SCORE_EXACT = 100.0
SCORE_FOLDED = 95.0
SCORE_LEMMA = 95.0
SCORE_OCR = 90.0
FUZZY_SCALE = 90.0
SCORE_HEAD = 70.0

_WORD = re.compile(r"[^\W\d_]+")
# characters OCR puts inside words ("z‘åk/agm‘kammaren"): only such a word is matched by its head
_OCR_DAMAGE = re.compile(r"[\w][‘’'`/|\\{}\[\]<>~^@#$%*][\w]")
# a responsibility item no registry entry names, that reads as an organisation's name
_ORGANISATION = re.compile(r"^[A-ZÅÄÖ][\w.&'’-]*(?:\s+[\w.&'’-]+){0,5}$")
KIND_OTHER = "okänd"  # an organisation the registry does not know
SCORE_UNKNOWN = 50.0
_LIST_DELIMITER = re.compile(r"[,;&]|(?<!-)\s(?:och|samt)\s", re.IGNORECASE)


@dataclass(frozen=True)
class _Hit:
    start: int  # character offsets in the text
    end: int
    mention: AgencyMention


# ---------------------------------------------------------------------- normalisation


def _skeleton(registry: AgencyRegistry, text: str) -> str:
    """OCR-folded letters and digits only: "Linsstyrelsen," → "lansstyrelsen"."""
    return "".join(ch for ch in registry.ocr_fold(text) if ch.isalnum())


@lru_cache(maxsize=1 << 16)
def _word_skeleton(word: str) -> str:
    """_skeleton with the shipped registry, cached per word."""
    return _skeleton(load_registry(), word)


def _token_norm(word: str) -> str:
    """A word's key in the alias patterns: its OCR-folded form, any dash one dash."""
    if word in DASHES:
        return DASHES[0]
    return _word_skeleton(word) or word.lower()


def _genitive(alias: str) -> str | None:
    if not alias[-1].isalpha() or alias[-1] in "sxz":
        return None
    return alias + "s"


def _alias_forms(agency: Agency) -> list[str]:
    forms: list[str] = []
    for alias in agency.aliases:
        forms.append(alias)
        genitive = _genitive(alias)
        if genitive:
            forms.append(genitive)
    return forms


# ---------------------------------------------------------------------- the recogniser


class _Recogniser:
    """The phrase matcher plus the registry-derived lookup tables. Built once."""

    def __init__(self, registry: AgencyRegistry) -> None:
        self.registry = registry
        # the lemmas of spacy-lookups-data (models/lemmas.py), limited to the lemmas the
        # registry's lemma patterns match, so the whole table is never loaded here
        wanted = frozenset(lemma for agency in registry.agencies for lemma in agency.lemmas)
        self._lemmas = lemma_subset(wanted) if wanted else {}
        self.matcher = PhraseMatcher(self._keys)
        self._exact: dict[str, set[str]] = {}
        # a written form → the agency it names exactly, so an OCR-folded pattern that two
        # agencies share ("bris" and "brås" both fold to "bras") resolves to the exact owner
        self._exact_owner: dict[str, str] = {}
        self._folded_owner: dict[str, str] = {}
        self._folded: dict[str, set[str]] = {}
        self._ocr: dict[str, set[str]] = {}
        # fuzzy candidates by (number of words, length, first letter of the folded string)
        self._fuzzy: dict[tuple[int, int, str], list[tuple[str, str]]] = {}
        self._max_words = 1
        self._suffixes: list[tuple[str, Agency]] = []
        self._add_patterns()

    def _keys(self, token: Token) -> tuple[tuple[str, str], ...]:
        """What a token matches a pattern word by: its OCR-folded form (a clean word's norm is
        its skeleton too, so one pattern matches the clean and the OCR'd form) and its lemma."""
        return (("norm", _token_norm(token.text)), ("lemma", lemma_in(self._lemmas, token.text)))

    def _add_patterns(self) -> None:
        for agency in self.registry.agencies:
            exact, folded, ocr = set(), set(), set()
            for form in _alias_forms(agency):
                words = [t.text for t in tokenise(form)]
                exact.add(" ".join(words))
                folded.add(fold(" ".join(words)))
                skeletons = [s for s in (_skeleton(self.registry, w) for w in words) if s]
                ocr.add(" ".join(skeletons))
                # the exact form is scored in _phrase_hit
                self.matcher.add([("norm", _token_norm(w)) for w in words], agency.name)
                self._add_fuzzy(" ".join(skeletons), len(skeletons), agency.name)
            for lemma in agency.lemmas:
                self.matcher.add([("lemma", lemma)], agency.name)
            if agency.suffixes:  # matched after the phrases
                self._suffixes.extend((suffix, agency) for suffix in agency.suffixes)
                # the longest ending first: "sjukvårdsförvaltningen" before "förvaltningen"
                self._suffixes.sort(key=lambda item: -len(item[0]))
            self._exact[agency.name], self._folded[agency.name] = exact, folded
            for form in exact:
                self._exact_owner.setdefault(form, agency.name)
            for form in folded:
                self._folded_owner.setdefault(form, agency.name)
            self._ocr[agency.name] = ocr

    def _add_fuzzy(self, skeleton: str, words: int, name: str) -> None:
        key = (words, len(skeleton), skeleton[:1])
        self._fuzzy.setdefault(key, []).append((skeleton, name))
        self._max_words = max(self._max_words, words)

    # -- recognition ---------------------------------------------------------------

    def hits(self, text: str) -> list[_Hit]:
        tokens = tokenise(text)
        matches = self.matcher(tokens)
        hits = [self._phrase_hit(text, tokens, match) for match in matches]
        hits = [hit for hit in hits if hit is not None]
        covered = {i for match in matches for i in range(match.start, match.end)}
        hits.extend(self._suffix_hits(tokens, covered))
        hits.extend(self._fuzzy_hits(text, tokens, covered | self._suffix_tokens(tokens)))
        return sorted((_extended(text, hit) for hit in hits), key=lambda hit: hit.start)

    def _suffix_tokens(self, tokens: list[Token]) -> set[int]:
        return {i for i, t in enumerate(tokens) if self._suffix_agency(t.lower)}

    def _suffix_agency(self, word: str) -> Agency | None:
        for suffix, agency in self._suffixes:
            if word.endswith(suffix) and len(word) >= len(suffix):
                return agency
        return None

    def _suffix_hits(self, tokens: list[Token], covered: set[int]) -> list[_Hit]:
        """A body named by its ending ("Socialnämnden", "Utbildningsförvaltningen")."""
        found = []
        for i, token in enumerate(tokens):
            if i in covered or not token.is_alpha:
                continue
            agency = self._suffix_agency(token.lower)
            if agency is not None:
                mention = _mention(token.text, agency, SCORE_LEMMA)
                found.append(_Hit(token.start, token.end, mention))
        return found

    def _phrase_hit(self, text: str, tokens: list[Token], match: Match) -> _Hit | None:
        words = [t.lower for t in tokens[match.start : match.end]]
        written = " ".join(words)
        skeleton = " ".join(s for s in map(_word_skeleton, words) if s)
        if written in self._exact_owner:
            agency, score = self.registry.by_name(self._exact_owner[written]), SCORE_EXACT
        elif fold(written) in self._folded_owner:
            agency, score = self.registry.by_name(self._folded_owner[fold(written)]), SCORE_FOLDED
        else:
            agency = self.registry.by_name(match.label)
            if skeleton not in self._ocr[agency.name]:
                score = SCORE_LEMMA
            elif max(map(len, words)) < self.registry.matching.fuzzy_min_token_length:
                return None  # a short word that only OCR-folds to an alias ("BRIS" ≠ "Brås")
            else:
                score = SCORE_OCR
        start, end = tokens[match.start].start, tokens[match.end - 1].end
        return _Hit(start, end, _mention(text[start:end], agency, score))

    def _fuzzy_hits(self, text: str, tokens: list[Token], covered: set[int]) -> list[_Hit]:
        settings = self.registry.matching
        candidates: list[tuple[int, int, float, str]] = []  # start, end (tokens), sim, name
        for start in range(len(tokens)):
            for end, words in self._windows(tokens, start, covered):
                if max(len(w) for w in words) < settings.fuzzy_min_token_length:
                    continue
                found = self._fuzzy_lookup(" ".join(words), len(words))
                if found:
                    candidates.append((start, end, found[0], found[1]))
        chosen: list[tuple[int, int, float, str]] = []
        taken: set[int] = set()
        for start, end, sim, name in sorted(candidates, key=lambda c: (c[0] - c[1], -c[2])):
            if taken.isdisjoint(range(start, end)):
                chosen.append((start, end, sim, name))
                taken.update(range(start, end))
        hits = []
        for start, end, sim, name in chosen:
            first, last = tokens[start].start, tokens[end - 1].end
            agency = self.registry.by_name(name)
            score = round(FUZZY_SCALE * sim, 1)
            hits.append(_Hit(first, last, _mention(text[first:last], agency, score)))
        return hits

    def _windows(
        self, tokens: list[Token], start: int, covered: set[int]
    ) -> Iterator[tuple[int, list[str]]]:
        """Token windows starting at `start` that hold 1..max_words words, as
        (end token index, OCR-folded words). A window never crosses a recognised mention,
        a line break or punctuation other than a dash."""
        words: list[str] = []
        for i in range(start, len(tokens)):
            token = tokens[i]
            if i in covered:
                return
            skeleton = _word_skeleton(token.text)
            if not skeleton:
                if i == start or token.text not in DASHES:
                    return
                continue
            if not any(ch.isalpha() for ch in skeleton) or token.is_address:
                return
            words.append(skeleton)
            yield i + 1, list(words)
            if len(words) >= self._max_words or token.line_ends:
                return

    def _fuzzy_lookup(self, query: str, words: int) -> tuple[float, str] | None:
        settings = self.registry.matching
        slack = settings.fuzzy_max_length_difference
        choices: list[tuple[str, str]] = []
        for length in range(len(query) - slack, len(query) + slack + 1):
            # same first letter: OCR rarely garbles it, and it keeps the candidates few
            choices.extend(self._fuzzy.get((words, length, query[0]), ()))
        if not choices:
            return None
        best = process.extractOne(
            query,
            [c[0] for c in choices],
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=settings.fuzzy_min_similarity,
        )
        if best is None or self._is_inflection(query, best[0]):
            return None
        return float(best[1]), choices[best[2]][1]

    def _is_inflection(self, query: str, alias: str) -> bool:
        """True when the two differ only by an inflection ending ("regioner"/"regionen")."""
        prefix = len(os.path.commonprefix([query, alias]))
        endings = self.registry.matching.inflection_endings
        return query[prefix:] in endings and alias[prefix:] in endings

    def head_hit(self, text: str, start: int, end: int) -> _Hit | None:
        """A list item in a responsibility text that no tier recognised: match by compound
        head ("…kammaren" → Åklagarmyndigheten)."""
        words = _WORD.findall(text[start:end])
        if not words:
            return None
        if not _OCR_DAMAGE.search(text[start:end]):
            return None  # a clean compound ("Handelskammaren") is its own organisation
        last = _skeleton(self.registry, words[-1])
        for agency in self.registry.agencies:
            for head in agency.heads:
                if last.endswith(_skeleton(self.registry, head)):
                    mention = text[start:end].strip().rstrip(".")
                    offset = start + text[start:end].index(mention)
                    return _Hit(
                        offset, offset + len(mention), _mention(mention, agency, SCORE_HEAD)
                    )
        return None


@lru_cache(maxsize=1)
def _place_skeletons() -> frozenset[str]:
    """The places that follow an agency's name to say which one ("Barnahus Västmanland",
    "Åklagarkammaren i Växjö", OCR'd "Polisomrade Vastmanland"): counties, their "län" forms
    and municipalities, as OCR-folded word skeletons."""
    places = {c.name for c in load_counties()} | {c.lan_name for c in load_counties() if c.lan_name}
    places |= {m.name for m in load_municipalities()}
    return frozenset(" ".join(map(_word_skeleton, place.split())) for place in places)


_FOLLOWING_WORDS = re.compile(r"(?:[ \t]+(?:i|I)(?=[ \t]))?((?:[ \t]+[^\W\d_]+){1,3})")


def _place_after(text: str, end: int) -> int:
    """Where a place named right after position `end` ends, or `end`."""
    found = _FOLLOWING_WORDS.match(text, end)
    if not found:
        return end
    words = list(re.finditer(r"[^\W\d_]+", text[: found.end()][found.start(1) :]))
    places = _place_skeletons()
    for n in range(len(words), 0, -1):
        if " ".join(_word_skeleton(w.group()) for w in words[:n]) in places:
            return found.start(1) + words[n - 1].end()
    return end


# a coordinated compound before a body's name: "Kultur- och fritidsnämnden", "Vård-, omsorgs-
# och socialnämnden"
_COORDINATED = re.compile(r"(?:[^\W\d_]+-(?:,[ \t]*|[ \t]+(?:och|samt|eller)[ \t]+))+$")
# a proper name before a generic noun: "Lunds universitet", "Blekinge Tekniska Högskola"
_PROPER_NAME = re.compile(r"(?:(?<![\w.])[A-ZÅÄÖ][^\W\d_]+[ \t]+){1,3}$")


def _generic(hit: _Hit) -> bool:
    """Whether a mention is one of its agency's generic nouns ("universitet", "Högskola",
    "kvinnojouren"), which a proper name may precede."""
    agency = load_registry().by_name(hit.mention.name) if hit.mention.kind != KIND_OTHER else None
    if agency is None:
        return False
    word = fold(hit.mention.mention)
    return any(word.startswith(fold(lemma)[:-1]) for lemma in agency.lemmas)


def _proper_name_before(before: str) -> re.Match[str] | None:
    """The capitalised words of a proper name right before a generic noun, without a
    sentence's first word that is no name ("Under", "Vid")."""
    found = _PROPER_NAME.search(before)
    if found is None:
        return None
    stop = load_registry().matching.not_a_name_start
    for word in re.finditer(r"[^\W\d_]+", found.group()):
        if word.group().lower() not in stop:
            return _PROPER_NAME.search(before, found.start() + word.start())
    return None


def _extended(text: str, hit: _Hit) -> _Hit:
    """The mention with what names which body it is: a place after it, and for a body named
    by a generic word (a suffix or lemma match: "…nämnden", "universitet") the coordinated
    compound or proper name before it. The canonical agency stays the same."""
    start, end = hit.start, hit.end
    end = _place_after(text, end)
    qualifier = re.match(r"[ \t]+([^\W\d_]+)", text[end:])
    if qualifier and qualifier.group(1).lower() in load_registry().matching.mention_qualifiers:
        end += qualifier.end()
    before = text[:start]
    found = _COORDINATED.search(before) if text[start:end][:1].islower() else None
    if found is None and _generic(hit):
        found = _proper_name_before(before)
    if found:
        start = found.start()
    if (start, end) == (hit.start, hit.end):
        return hit
    return _Hit(start, end, replace(hit.mention, mention=text[start:end]))


def _mention(text: str, agency: Agency, score: float) -> AgencyMention:
    return AgencyMention(mention=text, name=agency.name, kind=agency.kind, score=score)


@lru_cache(maxsize=1)
def _recogniser() -> _Recogniser:
    return _Recogniser(load_registry())


# ---------------------------------------------------------------------- responsibility texts


def _partner_marker(registry: AgencyRegistry) -> re.Pattern[str]:
    return _marker_regex(registry.partner_markers)


@lru_cache(maxsize=4)
def _marker_regex(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for all markers, longest first; tolerates a line-break hyphen inside a word
    ("till-sammans med")."""

    def word(w: str) -> str:
        return r"(?:-\s*)?".join(re.escape(ch) for ch in w)

    alternatives = [r"\s+".join(word(w) for w in marker.split()) for marker in markers]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def partner_phrase() -> re.Pattern[str]:
    """A phrase that introduces partners in running text: the partner markers of
    responsibility texts and the sentence-only ones ("samverka med", "och med")."""
    registry = load_registry()
    markers = registry.partner_markers + registry.sentence_partner_markers
    return _marker_regex(tuple(sorted(markers, key=len, reverse=True)))


def _split(recogniser: _Recogniser, text: str) -> list[AgencyMention]:
    hits = recogniser.hits(text)
    marker = _partner_marker(recogniser.registry).search(text)
    boundary = marker.start() if marker else len(text)
    hits.extend(_head_hits(recogniser, text, hits, marker))
    hits.sort(key=lambda hit: hit.start)
    result: list[AgencyMention] = []
    seen: set[str] = set()
    for hit in hits:
        if hit.mention.name in seen:
            continue  # the first mention wins; leads come first
        seen.add(hit.mention.name)
        role = ROLE_LEAD if hit.start < boundary else ROLE_PARTNER
        result.append(replace(hit.mention, role=role))
    return result


def _head_hits(
    recogniser: _Recogniser, text: str, hits: list[_Hit], marker: re.Match[str] | None
) -> list[_Hit]:
    cuts = sorted(
        [(m.start(), m.end()) for m in _LIST_DELIMITER.finditer(text)]
        + ([(marker.start(), marker.end())] if marker else [])
    )
    segments, position = [], 0
    for cut_start, cut_end in cuts:
        if cut_start >= position:
            segments.append((position, cut_start))
            position = cut_end
    segments.append((position, len(text)))
    found = []
    for start, end in segments:
        if any(hit.start < end and start < hit.end for hit in hits):
            continue
        hit = recogniser.head_hit(text, start, end) or _unknown_organisation(text, start, end)
        if hit:
            found.append(hit)
    return found


def _unknown_organisation(text: str, start: int, end: int) -> _Hit | None:
    """An item of a responsibility text that names an organisation the registry does not know
    ("Fryshuset", "RF-SISU Östergötland"): kept as itself, never dropped."""
    mention = text[start:end].strip(" .()[]:–-\t\n")
    if not mention or not _ORGANISATION.match(mention) or len(mention) > 60:
        return None
    if any(ch.isdigit() for ch in mention):
        return None  # a year or a date, not an organisation
    words = mention.split()
    if words[0].lower() in load_registry().matching.not_a_name_start:
        return None  # "Vid handlingsplanens slut", "Alla aktörer": a phrase, not a name
    if len(words) >= 3 and all(w[:1].islower() for w in words[1:]):
        return None
    offset = start + text[start:end].index(mention)
    agency = AgencyMention(mention=mention, name=mention, kind=KIND_OTHER, score=SCORE_UNKNOWN)
    return _Hit(offset, offset + len(mention), agency)


# ---------------------------------------------------------------------- public API


def find_agencies(text: str) -> list[AgencyMention]:
    """Every agency mention in running text, in order, with the raw words, the canonical
    name and kind, and a score (100 exact alias .. ~77 fuzzy OCR match). Role is left at its
    default; use split_responsible for responsibility texts."""
    return [hit.mention for hit in _recogniser().hits(text)]


def split_responsible(text: str) -> list[AgencyMention]:
    """Agencies of a responsibility text ("X och Y i samverkan med Z, W"): mentions before the
    first partner marker are lead, after it partner. Each canonical agency once (the first
    mention and its role win)."""
    return _split(_recogniser(), text)


def recognise_many(texts: Iterable[str], *, responsible: bool = False) -> list[list[AgencyMention]]:
    """find_agencies (or, with responsible=True, split_responsible) for many texts."""
    recogniser = _recogniser()
    if responsible:
        return [_split(recogniser, text) for text in texts]
    return [[hit.mention for hit in recogniser.hits(text)] for text in texts]


@lru_cache(maxsize=64)
def _own_municipality_names(municipality: str) -> frozenset[str]:
    """The registry entries that name the municipality `municipality` ("Umeå" → "Umeå
    kommun"), found by its written forms."""
    from models.agencies import municipality_forms

    own = next((m for m in load_municipalities() if m.name == municipality), None)
    if own is None:
        return frozenset()
    registry = load_registry()
    return frozenset(a.name for f in municipality_forms(own) if (a := registry.lookup(f)))


def as_own_municipality(mentions: list[AgencyMention], municipality: str) -> list[AgencyMention]:
    """Mentions in the plan of `municipality` (its plain name, "Umeå"): the municipality's own
    name is the registry's own_municipality entry there (roles.own_municipality), like its
    bodies and the units the registry does not know (roles.own_units: "Kommunikationsenheten");
    each canonical agency once, a lead before a partner."""
    registry = load_registry()
    names = _own_municipality_names(municipality)
    if not names or not registry.own_municipality:
        return mentions
    target = registry.by_name(registry.own_municipality)
    result: dict[str, AgencyMention] = {}
    units = tuple(registry.own_units)
    for mention in mentions:
        own_unit = mention.kind == KIND_OTHER and units and mention.name.lower().endswith(units)
        if mention.name in names or own_unit:
            mention = replace(mention, name=target.name, kind=target.kind)
        kept = result.get(mention.name)
        if kept is None or (kept.role != ROLE_LEAD and mention.role == ROLE_LEAD):
            result[mention.name] = mention
    return list(result.values())


# ---------------------------------------------------------------------- abbreviations

_DEFINED_ABBREVIATION = re.compile(r"((?:[A-ZÅÄÖ][\w-]*)(?:\s+[\w-]+){0,5})\s+\(([A-ZÅÄÖ]{2,6})\)")


_NAME_REST = re.compile(r"(?:\s+(?:i|län|läns|[A-ZÅÄÖ][\w-]*))*\s*")


def defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a document defines for organisations it names ("Länsstyrelsen i Skåne län
    (LST)", "Brottsförebyggande rådet (Brå)" is in the registry already): abbreviation → the
    organisation's name as written, when the registry recognises what stands before it."""
    found: dict[str, str] = {}
    for match in _DEFINED_ABBREVIATION.finditer(text):
        before, abbreviation = match.group(1), match.group(2)
        if abbreviation in found:
            continue
        mentions = find_agencies(before)
        if not mentions:
            continue
        last = mentions[-1].mention
        rest = before[before.rfind(last) + len(last) :]
        if _NAME_REST.fullmatch(rest):  # "Länsstyrelsen i Skåne län (LST)"
            found[abbreviation] = (last + rest).strip()
    entries = [(m.group(1), m.group(2)) for m in _GLOSSARY_ENTRY.finditer(text)]
    for abbreviation, meaning in entries + _glossary_pairs(text):
        if abbreviation in found or sum(ch.isupper() for ch in abbreviation) < 2:
            continue
        name = _glossary_name(meaning.strip())
        if name:
            found[abbreviation] = name
    return found


def _glossary_name(meaning: str) -> str | None:
    """The organisation a glossary entry's meaning names, when it names one and nothing else."""
    mentions = find_agencies(meaning)
    if mentions and meaning.startswith(mentions[0].mention):
        rest = meaning[len(mentions[0].mention) :].lstrip()
        if not rest or rest.startswith(_GLOSSARY_QUALIFIERS):
            return mentions[0].mention
    return None


def _glossary_pairs(text: str) -> list[tuple[str, str]]:
    """(abbreviation, meaning) of a glossary under its heading whose columns were read as lines
    of their own: a line that is only an abbreviation and the line before or after it."""
    headings = load_registry().glossary_headings
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = next((k for k, line in enumerate(lines) if line.lower().rstrip(":") in headings), None)
    if start is None:
        return []
    body = lines[start + 1 :]
    # the meaning stands after its abbreviation when the glossary opens with one, else before
    step = 1 if body and _ABBREVIATION_LINE.fullmatch(body[0]) else -1
    return [
        (line, body[k + step])
        for k, line in enumerate(body)
        if _ABBREVIATION_LINE.fullmatch(line) and 0 <= k + step < len(body)
    ]


_ABBREVIATION_LINE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}")


# a glossary's line or table row: "IFO – Individ- och familjeomsorgen", "SoF | Socialförvaltningen"
_GLOSSARY_ENTRY = re.compile(r"(?m)^\s*([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\s*(?:\||–|—|-|:|=)\s*(\S.*)$")
# what may follow the organisation a glossary entry names ("... inom socialförvaltningen",
# "..., Västra Götalandsregionen"); anything else ("Socialstyrelsens bedömningsinstrument")
# means the entry defines something else
_GLOSSARY_QUALIFIERS = (",", "(", "inom ", "i ", "vid ", "på ", "hos ")


def expand_abbreviations(text: str, abbreviations: dict[str, str]) -> str:
    """A responsibility text with the document's own abbreviations written out."""
    for abbreviation, name in abbreviations.items():
        text = re.sub(rf"\b{re.escape(abbreviation)}\b", name, text)
    return text
