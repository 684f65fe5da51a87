"""Detect a document's county, kind, period, title and language from its text alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from ingest.source import Line
from models.counties import load_counties
from models.document_vocabulary import document_vocabulary
from models.folding import fold

_WORD = re.compile(r"[a-z]+")
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—]|till)\s*((?:19|20)\d\d)\b")
_VALID_UNTIL = re.compile(
    r"(?:galler|giller|gäller)\s+(?:till\s+och\s+med|t\.?o\.?m\.?)\s+((?:19|20)\d\d)"
)
_DATE_COMPACT = re.compile(r"\b((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)\b")


@dataclass
class DocumentMeta:
    title: str | None
    county_code: str | None
    kind: str
    period_start: int | None
    period_end: int | None
    language: str
    level: str = "län"  # län | kommun | nationell
    municipality: str | None = None


# Who speaks in a document's first lines: the national level (models/data/documents.toml,
# [publishers]), a county (länsstyrelsen, a region) — folded words.
_LANSSTYRELSE = re.compile(r"\bl\S{1,2}nsstyrelse")  # OCR-tolerant: "Linsstyrelsen"
_REGION = re.compile(r"\bregion [a-z]")
HEAD_CHARS = 1200  # the title page and first lines, whatever the reader's line length
TITLE_LINES = 6  # the title block: who publishes the document stands here
TITLE_LINE_CHARS = 120  # a longer line there is the introduction's running text
RUNNING_MIN_PAGES = 3  # a line repeated this often is a running header or footer
TITLE_HEAD_LINES = 8  # a heading among the first lines of the first page names the document
# a kind marker as a word or a compound's last part, inflected (-en, -er, -erna, -et, -s ...)
_KIND_ENDING = r"(?:en|n|er|erna|et|ets|ens|ns|s)?\b"


@cache
def _municipality_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern on folded text for every municipality as an organisation ("Malmö stad",
    "Umeå kommun", "Region Gotland"), the longest form first, and {folded form: (municipality
    name, county code)}."""
    from models.agencies import municipality_forms
    from models.counties import load_municipalities

    owner: dict[str, tuple[str, str]] = {}
    for m in load_municipalities():
        for form in municipality_forms(m):
            owner.setdefault(fold(form), (m.name, m.county_code))
    forms = sorted(owner, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b"), owner


def _municipality_counts(text: str) -> Counter[tuple[str, str]]:
    pattern, owner = _municipality_pattern()
    return Counter(owner[found] for found in pattern.findall(text))


def detect_level(
    lines: Sequence[Line], county_code: str | None
) -> tuple[str, str | None, str | None]:
    """(level, municipality, county code) from who speaks in the document's first lines: a
    municipality ("Umeå kommun", "Malmö stad") with no länsstyrelse beside it makes it a
    municipal document of that municipality's county; the government (and no county
    authority) a national one, which has no county."""
    nonempty = _nonempty(lines)
    head = fold(" ".join(ln.text for ln in nonempty[:40]))[:HEAD_CHARS]
    # the publisher: the title block and the running header or footer of every page
    title_block = [ln.text for ln in nonempty[:TITLE_LINES] if len(ln.text) <= TITLE_LINE_CHARS]
    publisher = fold(" ".join(title_block + _running_lines(lines)))
    county_author = bool(_LANSSTYRELSE.search(head))
    in_head, in_publisher = _municipality_counts(head), _municipality_counts(publisher)
    counts = [
        (in_publisher[key], in_head[key], *key) for key in sorted(set(in_head) | set(in_publisher))
    ]
    published_by = [c for c in counts if c[0]]
    if published_by and not _LANSSTYRELSE.search(publisher):
        *_, name, code = max(published_by)
        return "kommun", name, code
    if counts and not county_author:
        *_, name, code = max(counts, key=lambda c: (c[1], c[0]))
        return "kommun", name, code
    if _government_speaks(head, title_block):
        return "nationell", None, None
    return "län", None, county_code


def _government_speaks(head: str, title_block: Sequence[str]) -> bool:
    """A national document: the government (a department, the Riksdag) in the first lines and
    no county authority or region; or the government named before any county authority while
    the title names no county: "Regeringen ger länsstyrelserna i uppdrag …" addresses the
    counties, it is not theirs."""
    national = [head.find(a) for a in document_vocabulary().national_publishers if a in head]
    if not national:
        return False
    county = [m.start() for m in (_LANSSTYRELSE.search(head), _REGION.search(head)) if m]
    if not county:
        return True
    return min(national) < min(county) and not _names_county(fold(" ".join(title_block)))


def _names_county(text: str) -> bool:
    """Whether a (folded) text names a county: "Jämtlands län", "Region Skåne", "Västra
    Götaland"."""
    return any(re.search(r"\b" + re.escape(fold(c.name)) + r"s?\b", text) for c in load_counties())


def _running_lines(lines: Sequence[Line]) -> list[str]:
    """Lines printed on several pages alike (a running header or footer: "Karlstads kommun –
    Handlingsplan … Sida 2 av 4"), once each, page numbers aside."""
    seen: Counter[str] = Counter()
    first: dict[str, str] = {}
    for line in lines:
        key = re.sub(r"\d+", "#", " ".join(line.text.split()))
        if 8 <= len(key) <= 160:
            seen[key] += 1
            first.setdefault(key, line.text)
    return [first[key] for key, n in seen.items() if n >= RUNNING_MIN_PAGES]


def _nonempty(lines: Sequence[Line]) -> list[Line]:
    return [ln for ln in lines if ln.text.strip()]


def detect_language(text: str) -> str:
    words = _WORD.findall(fold(text))
    vocabulary = document_vocabulary().language_words
    sv = sum(1 for w in words if w in vocabulary["sv"])
    en = sum(1 for w in words if w in vocabulary["en"])
    return "en" if en > sv else "sv"


def detect_county(text: str) -> str | None:
    """The county named most often ("Stockholms län", "Vastmanlands lan", OCR'd
    "Vistmanland", "Stockholm County", "Västra Götalands län"), by phrase match of multi-word
    names and fuzzy match of words against the other county names."""
    counties = load_counties()
    folded = fold(text)
    votes: Counter[str] = Counter()
    for county in counties:
        words = fold(county.name).split()
        if len(words) > 1:  # "Västra Götaland": counted as a phrase, then taken out of the text
            phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\w*")
            votes[county.code] += len(phrase.findall(folded))
            folded = phrase.sub(" ", folded)
    names = {fold(c.name).replace(" ", ""): c.code for c in counties if " " not in c.name}
    words = Counter(w for w in _WORD.findall(folded) if len(w) >= 5)
    choices = list(names)
    for word, n in words.items():
        stem = word[:-1] if word.endswith("s") and word[:-1] in names else word
        if stem in names:
            votes[names[stem]] += n
            continue
        if len(word) < 7:
            continue
        match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=84)
        if match is None:
            match = process.extractOne(
                word.rstrip("s"), choices, scorer=fuzz.ratio, score_cutoff=84
            )
        if match is not None:
            votes[names[match[0]]] += n
    votes = +votes
    if not votes:
        return None
    (code, count), *rest = votes.most_common(2) + [("", 0)]
    return code if count >= 2 and count > rest[0][1] else None


def _kind_counts(text: str, kinds: frozenset[str] | None = None) -> Counter[str]:
    """How often each kind's markers stand in a folded text, as words or at the end of a
    compound, inflected ("Länsstrategin", "handlingsplanens"; not "strategiska")."""
    counts: Counter[str] = Counter()
    for marker, kind in document_vocabulary().kind_markers:
        if kinds is None or kind in kinds:
            counts[kind] += len(re.findall(re.escape(marker) + _KIND_ENDING, text))
    return +counts


def _best_kind(counts: Counter[str]) -> str:
    """The most named kind; a tie goes to the kind whose marker comes first in the vocabulary."""
    order = [kind for _, kind in document_vocabulary().kind_markers]
    return max(counts, key=lambda kind: (counts[kind], -order.index(kind)))


def _title_lines(nonempty: Sequence[Line]) -> list[Line]:
    """The lines that carry a document's name: the headings among the first lines of its first
    page, else (no heading styled) its first three lines."""
    first_page = nonempty[0].page if nonempty else 0
    head = nonempty[:TITLE_HEAD_LINES]
    headings = [ln for ln in head if ln.heading and ln.page == first_page]
    return headings or list(nonempty[:3])


def detect_kind(lines: Sequence[Line], language: str) -> str:
    """The kind a document names itself: in its title first, then in its first lines; the
    body's mentions count only for the kinds that hold a plan and only when the head names no
    kind ("enligt länets lägesbild" in a plan's text does not make it a situation report); a
    declaration of intent says so; slides look like slides."""
    nonempty = _nonempty(lines)
    head_text = fold(" ".join(ln.text for ln in nonempty[:15]))
    whole = fold(" ".join(ln.text for ln in nonempty))
    if "avsiktsforklaring" in head_text:
        return "avsiktsforklaring"
    vocabulary = document_vocabulary()
    title = _kind_counts(fold(" ".join(ln.text for ln in _title_lines(nonempty))))
    if "lagesbild" in title and not any(kind in vocabulary.plan_kinds for kind in title):
        return "lagesbild"  # a situation report names itself in its title
    assignments = whole.count(vocabulary.assignment_phrase)
    if assignments >= vocabulary.assignment_min_count and not title:
        return "uppdrag"  # the government's assignments and measures, no plan of its own
    if _slide_like(lines) and not any(kind in vocabulary.plan_kinds for kind in title):
        return "presentation"  # slides, unless the title names the plan they are
    title.pop("lagesbild", None)  # a plan that names the situation report it builds on
    if title:
        return _best_kind(title)
    head = _kind_counts(head_text, vocabulary.plan_kinds)
    if head:
        return _best_kind(head)
    body = _kind_counts(whole, vocabulary.plan_kinds)
    if body:
        return _best_kind(body)
    return "presentation" if language == "en" else "okand"


def _slide_like(lines: Sequence[Line]) -> bool:
    """Slides: many short one-line paragraphs, no tables, little running prose."""
    if any(ln.cells for ln in lines):
        return False
    paragraphs: list[int] = []
    run = 0
    for ln in lines:
        if ln.text.strip():
            run += 1
        elif run:
            paragraphs.append(run)
            run = 0
    if run:
        paragraphs.append(run)
    if len(paragraphs) < 20:
        return False
    return sum(paragraphs) / len(paragraphs) < 1.6


def _range_score(line: Line, index: int, start: int, kind: str) -> float:
    """How likely a year range names the document's own period: in a heading or short line,
    early, right after the document's own kind word; less when another kind precedes it
    ("en del av Strategi ... 2020–2026" inside a handlingsplan)."""
    score = 0.0
    if line.heading or len(line.text) <= 80:
        score += 2.0
    score += max(0.0, 1.0 - index / 30)
    before = fold(line.text[max(0, start - 80) : start])
    markers = document_vocabulary().kind_markers
    own = [m for m, k in markers if k == kind]
    other = [m for m, k in markers if k != kind]
    if any(m in before for m in own):
        score += 1.5
    elif any(m in before for m in other):
        score -= 1.5
    return score


def detect_period(lines: Sequence[Line], kind: str = "okand") -> tuple[int | None, int | None]:
    head = _nonempty(lines)
    d = _DATE_COMPACT.search(" ".join(ln.text for ln in head[:3]))
    if d and kind in ("avsiktsforklaring", "presentation"):
        return int(d.group(1)), None
    best: tuple[float, int, int] | None = None
    for index, line in enumerate(head[:60]):
        for m in _RANGE.finditer(line.text):
            a, b = int(m.group(1)), int(m.group(2))
            if not 0 < b - a <= 12:
                continue
            score = _range_score(line, index, m.start(), kind)
            if best is None or score > best[0]:
                best = (score, a, b)
    if best is None:
        if d:
            return int(d.group(1)), None
        return None, None
    start, end = best[1], best[2]
    until = _VALID_UNTIL.search(fold(" ".join(ln.text for ln in head[:40])))
    if until and int(until.group(1)) > end:
        end = int(until.group(1))
    return start, end


def _paragraphs(lines: Sequence[Line], limit: int) -> list[str]:
    """Paragraphs: runs of lines that a blank line, a page break or a change of heading style
    does not separate."""
    paras: list[str] = []
    parts: list[str] = []
    previous: Line | None = None
    for ln in lines[: limit * 4]:
        text = ln.text.strip()
        new_block = previous is not None and (
            ln.page != previous.page or ln.heading != previous.heading
        )
        if (not text or ln.cells or new_block) and parts:
            paras.append(re.sub(r"\s+", " ", " ".join(parts[:3])))
            parts = []
        if text and not ln.cells:
            parts.append(text)
        previous = ln if text else None
    if parts:
        paras.append(re.sub(r"\s+", " ", " ".join(parts[:3])))
    return paras[:limit]


def detect_title(lines: Sequence[Line]) -> str | None:
    """The first paragraph that names the document's kind, else the first paragraph unless it
    is a generic section heading ("Inledning")."""
    paras = _paragraphs(lines, 12)
    vocabulary = document_vocabulary()
    for para in paras[:3]:
        folded = fold(para)
        if any(marker in folded for marker, _ in vocabulary.kind_markers) and len(para) <= 160:
            return para
    if paras and fold(paras[0]).strip(" .:") not in vocabulary.generic_headings:
        return paras[0][:300]
    return None


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _single_title_year(title: str | None) -> int | None:
    """The year of a title that names exactly one year and no period."""
    if not title or _RANGE.search(title):
        return None
    years = set(_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


def detect_meta(lines: Sequence[Line]) -> DocumentMeta:
    text = "\n".join(ln.text for ln in lines)
    language = detect_language(text)
    kind = detect_kind(lines, language)
    start, end = detect_period(lines, kind)
    title = detect_title(lines)
    year = _single_title_year(title)
    if year is not None and (start is None or kind == "lagesbild"):
        start, end = year, year  # "Lägesbild 2024", "Regeringens åtgärder ... 2025": one year
    level, municipality, county = detect_level(lines, detect_county(text))
    return DocumentMeta(
        title=title,
        county_code=county,
        kind=kind,
        period_start=start,
        period_end=end,
        language=language,
        level=level,
        municipality=municipality,
    )
