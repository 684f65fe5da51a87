"""A SYNTHETIC national-scale corpus for the benchmarks, generated on the fly into a temporary
folder and never committed.

Every synthetic document is recombined from the real corpus texts: a base document's sections
(blocks between blank lines) with some left out, plus a prose section borrowed from another
document, and every county name rewritten to the synthetic document's county ("Stockholms län"
→ "Örebros län", "Region Stockholm" → "Region Örebro län", OCR'd "Vistmanlands" → "Örebros"),
so that each document is detected as its own county. Base documents rotate over the corpus, so
the mix of layouts (action tables, insatsområden, delmål, OCR'd text) is the corpus' mix.

Nothing here knows a corpus file by name: a source's county is what `detect_county` finds in
its text, and a source can be rendered as a PDF when tests/pdfgen.py's plan renderer finds a
plan table in it.

Also: SYNTHETIC actions for the overlap benchmark, recombined from real action wordings.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from models.counties import County, load_counties
from models.folding import fold

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
LABEL = "SYNTHETIC"
IGNORED = ("readme", "corrections", "license")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_BLOCKS = re.compile(r"\n\s*\n")
NAME_MATCH = 84  # the fuzzy score at which a word is taken for a county's name (OCR noise)
KEEP_HEAD_BLOCKS = 6  # the first blocks (title, period, county) are always kept
DROP_SHARE = 0.12  # share of the other blocks left out of a synthetic document


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    county: str | None  # code detected from the text
    renders_as_pdf: bool


@dataclass(frozen=True)
class SyntheticDocument:
    path: Path
    county: str  # the county code the document is written for
    source: str  # file name of its base document
    pdf: bool = False


@dataclass
class SyntheticCorpus:
    folder: Path
    documents: list[SyntheticDocument] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [d.path for d in self.documents]

    @property
    def size_bytes(self) -> int:
        return sum(d.path.stat().st_size for d in self.documents)


def corpus_sources(corpus: Path = CORPUS) -> list[Source]:
    """The corpus' text documents with the county each one's text names."""
    from ingest.meta import detect_county

    sources = []
    for path in sorted(corpus.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.stem.lower().startswith(IGNORED):
            continue
        text = path.read_text(encoding="utf-8")
        sources.append(Source(path, text, detect_county(text), _has_plan_table(text)))
    return sources


def _has_plan_table(text: str) -> bool:
    """Whether tests/pdfgen.py's plan renderer gives this text a real body (an INLEDNING
    heading and numbered table rows)."""
    return bool(re.search(r"^#+\s*INLEDNING\s*$", text, re.M | re.I)) and bool(
        re.search(r"^(<b>)?\d+\.\d+ .*\t", text, re.M)
    )


def genitive(name: str) -> str:
    """ "Örebro" → "Örebros", "Västmanland" → "Västmanlands" (synthetic: always an s)."""
    return name if name.endswith("s") else name + "s"


def rename_county(text: str, source: County, target: County) -> str:
    """The text with the source county's names (plain, genitive, region, OCR-damaged forms)
    replaced by the target county's."""
    if source.code == target.code:
        return text
    text = re.sub(re.escape(source.region_name), target.region_name, text, flags=re.I)
    wanted = fold(source.name).replace(" ", "")
    replacements: dict[str, str] = {}
    for word in set(_WORD.findall(text)):
        folded = fold(word)
        if len(folded) < 5:
            continue
        stem, s = (folded[:-1], True) if folded.endswith("s") else (folded, False)
        if stem == wanted or fuzz.ratio(stem, wanted) >= NAME_MATCH:
            replacements[word] = genitive(target.name) if s else target.name
        elif fuzz.ratio(folded, wanted) >= NAME_MATCH:
            replacements[word] = target.name
    if not replacements:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(replacements, key=len,
                                                                   reverse=True))) + r")\b")  # fmt: skip
    return pattern.sub(lambda m: replacements[m.group(1)], text)


def recombine(base: str, borrowed: str, rng: random.Random) -> str:
    """The base document's blocks with DROP_SHARE of them (never the first ones, never a
    table row block) left out, and one prose block of another document added before the end."""
    blocks = [b for b in _BLOCKS.split(base) if b.strip()]
    kept = blocks[:KEEP_HEAD_BLOCKS]
    for block in blocks[KEEP_HEAD_BLOCKS:]:
        if "\t" in block or rng.random() >= DROP_SHARE:
            kept.append(block)
    prose = [b for b in _BLOCKS.split(borrowed) if len(b) > 200 and "\t" not in b and "#" not in b]
    if prose:
        kept.insert(max(KEEP_HEAD_BLOCKS, len(kept) - 1), rng.choice(prose))
    return "\n\n".join(kept) + "\n"


def build_corpus(
    folder: Path | None = None,
    *,
    per_county: int = 4,
    pdfs: int = 0,
    seed: int = 2017,
    sources: Sequence[Source] | None = None,
) -> SyntheticCorpus:
    """21 counties × `per_county` SYNTHETIC text documents in `folder` (default: a new
    tempfile.mkdtemp()), plus `pdfs` PDFs rendered from the sources that have a plan table.
    File names start with SYNTHETIC."""
    folder = Path(folder or tempfile.mkdtemp(prefix=f"kvinnofrid-{LABEL.lower()}-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = list(sources or corpus_sources())
    known = [s for s in sources if s.county]
    counties = {c.code: c for c in load_counties()}
    corpus = SyntheticCorpus(folder)
    n = 0
    for county in counties.values():
        for k in range(per_county):
            base = known[n % len(known)]
            other = (
                known[(n + 1 + rng.randrange(len(known) - 1)) % len(known)]
                if len(known) > 1
                else base
            )
            text = _for_county(
                recombine(base.text, other.text, rng), [base, other], county, counties
            )
            path = folder / f"{LABEL}_{county.code}_{k + 1:02d}_{base.path.stem}.txt"
            path.write_text(text, encoding="utf-8")
            corpus.documents.append(SyntheticDocument(path, county.code, base.path.name))
            n += 1
    corpus.documents += build_pdfs(folder, pdfs, sources=sources, seed=seed)
    return corpus


def _for_county(
    text: str, sources: Sequence[Source], county: County, counties: dict[str, County]
) -> str:
    for code in dict.fromkeys(s.county for s in sources if s.county):
        text = rename_county(text, counties[code], county)
    return text


def build_pdfs(
    folder: Path, count: int, *, sources: Sequence[Source] | None = None, seed: int = 2017
) -> list[SyntheticDocument]:
    """`count` SYNTHETIC PDFs (tests/pdfgen.py:build_plan_pdf) of plan-table sources, each
    renamed to another county and with some prose blocks left out."""
    if count <= 0:
        return []
    from tests.pdfgen import build_plan_pdf

    rng = random.Random(seed + 1)
    sources = list(sources or corpus_sources())
    renderable = [s for s in sources if s.renders_as_pdf and s.county]
    if not renderable:
        return []
    counties = {c.code: c for c in load_counties()}
    order = list(counties.values())
    rng.shuffle(order)
    made = []
    for k in range(count):
        base = renderable[k % len(renderable)]
        county = order[k % len(order)]
        text = _for_county(_drop_prose(base.text, rng), [base], county, counties)
        path = folder / f"{LABEL}_{county.code}_pdf{k + 1:02d}_{base.path.stem}.pdf"
        build_plan_pdf(path, text)
        made.append(SyntheticDocument(path, county.code, base.path.name, pdf=True))
    return made


def _drop_prose(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    kept = [
        ln for i, ln in enumerate(lines)
        if i < 40 or "\t" in ln or ln.lstrip().startswith("#") or rng.random() >= DROP_SHARE
    ]  # fmt: skip
    return "\n".join(kept) + "\n"


# ------------------------------------------------------------------ actions for overlaps

NEAR_COPY_SHARE = 0.1  # share of synthetic actions that stay close to their real wording
NEAR_COPY_KEEP = 0.9  # ... keeping this share of its words
VARIANT_KEEP = 0.45  # the others keep this share of their words; the rest is drawn from the corpus


def synthetic_actions(
    texts: Sequence[str], count: int, *, vocabulary: Sequence[str] = (), seed: int = 2017
) -> Iterator[tuple[int, str, str]]:
    """`count` SYNTHETIC actions (id, county code, text), spread over the 21 counties, each a
    real action wording with some of its words swapped for words of the corpus: NEAR_COPY_SHARE
    of them stay close to the wording (the same measure in several counties: real overlaps),
    the others keep VARIANT_KEEP of their words (related, mostly not overlapping)."""
    rng = random.Random(seed)
    codes = [c.code for c in load_counties()]
    bases = [" ".join(t.split()).split(" ") for t in texts if t.strip()]
    words = list(vocabulary) or [w for t in texts for w in _WORD.findall(t) if len(w) > 3]
    for i in range(1, count + 1):
        base = rng.choice(bases)
        keep = NEAR_COPY_KEEP if rng.random() < NEAR_COPY_SHARE else VARIANT_KEEP
        text = " ".join(w if rng.random() < keep else rng.choice(words) for w in base)
        yield i, codes[i % len(codes)], text


def corpus_vocabulary(sources: Sequence[Source] | None = None) -> list[str]:
    """The distinct words (4 letters or more) of the corpus texts, in order of appearance."""
    sources = list(sources or corpus_sources())
    return list(dict.fromkeys(w for s in sources for w in _WORD.findall(s.text) if len(w) > 3))
