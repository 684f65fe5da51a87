"""Overlaps: actions in different counties that do the same thing, found two ways (settings and
word lists in models/data/overlaps.toml):

- named-initiative: both actions name the same initiative (a quoted name, a web address, an
  acronym in parentheses, a run of capitalised words inside a sentence), compared folded and
  stripped to letters and digits ("webbkursheder.se" = "Webbkurs Heder"), fuzzily for OCR noise.
- wording: the actions' normalised words (folded, lemmatised, stop words removed, synonyms
  mapped to one concept word) share an activity concept and a topic concept and score at least
  `min_score`, or are near-identical.

Scale: candidates are blocked (an action is compared only with actions that share one of its
(activity, topic) concept pairs or one of its rarest words: prefix filtering), and each block is
scored with `rapidfuzz.process.cdist` (uint8 scores, all cores, in row chunks), so no
all-against-all matrix is ever built. Pairs are grouped into clusters (connected components,
networkx)."""

from __future__ import annotations

import math
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Protocol

import networkx as nx
import numpy as np
from rapidfuzz import fuzz, process

from compare.comparison_records import OverlapCluster, OverlapPair
from compare.wording import swedish_list
from models.folding import fold, fold_word
from models.lemmas import lemma

METHOD_NAMED = "named-initiative"
METHOD_WORDING = "wording"
CHUNK_ROWS = 512  # rows of one cdist call: a block of n actions costs at most 512 × n bytes


class OverlapAction(Protocol):
    """What overlap finding reads of an action (compare.comparison_records.ActionRow fits)."""

    @property
    def id(self) -> int: ...
    @property
    def county_code(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def insats(self) -> str | None: ...
    @property
    def themes(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class SimpleAction:
    """A minimal action for callers without database rows (benchmarks, tests)."""

    id: int
    county_code: str
    text: str
    insats: str | None = None
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key for word analysis
class OverlapSettings:
    min_score: int
    identical_score: int
    identical_shared: float
    topic_pairs: bool
    topic_pair_score: int
    prefix_words: int
    max_block_share: float
    max_block_min: int
    max_block: int
    max_per_county: int
    name_min_score: int
    name_min_length: int
    name_max_words: int
    not_initiatives: frozenset[str]
    web_domains: tuple[str, ...]
    theme_words: tuple[tuple[str, str], ...]  # (theme code, topic concept word)
    concepts: tuple[tuple[str, re.Pattern[str]], ...]
    activities: frozenset[str]
    topics: frozenset[str]
    stop_words: frozenset[str]


def _glob(pattern: str) -> re.Pattern[str]:
    body = ".*".join(re.escape(fold(part)) for part in pattern.split("*"))
    return re.compile(f"^{body}$")


def parse_overlap_settings(data: dict) -> OverlapSettings:
    wording = data["wording"]
    named = data["named_initiative"]
    activities = data.get("activities", {})
    topics = data.get("topics", {})
    concepts = tuple(
        (fold(name), _glob(pattern))
        for table in (activities, topics)
        for name, patterns in table.items()
        for pattern in patterns
    )
    return OverlapSettings(
        min_score=int(wording["min_score"]),
        identical_score=int(wording["identical_score"]),
        identical_shared=float(wording["identical_shared"]),
        topic_pairs=bool(wording.get("topic_pairs", False)),
        topic_pair_score=int(wording.get("topic_pair_score", wording["min_score"])),
        prefix_words=int(wording["prefix_words"]),
        max_block_share=float(wording["max_block_share"]),
        max_block_min=int(wording["max_block_min"]),
        max_block=int(wording["max_block"]),
        max_per_county=int(wording["max_per_county"]),
        name_min_score=int(named["min_score"]),
        name_min_length=int(named["min_length"]),
        name_max_words=int(named["max_words"]),
        not_initiatives=frozenset(fold(w) for w in named.get("not_initiatives", [])),
        web_domains=tuple(named.get("web_domains", [])),
        theme_words=tuple((str(k), fold(str(v))) for k, v in data.get("theme_words", {}).items()),
        concepts=concepts,
        activities=frozenset(fold(n) for n in activities),
        topics=frozenset(fold(n) for n in topics),
        stop_words=frozenset(fold(w) for w in data.get("stop_words", {}).get("words", [])),
    )


@cache
def load_overlap_settings() -> OverlapSettings:
    text = resources.files("models").joinpath("data", "overlaps.toml").read_text("utf-8")
    return parse_overlap_settings(tomllib.loads(text))


@cache
def _excluded_names() -> frozenset[str]:
    """Folded agency aliases, agency names and county names: organisations and places, not
    initiatives."""
    from models.agencies import load_registry
    from models.counties import load_counties

    names: set[str] = set()
    for agency in load_registry().agencies:
        for form in (agency.name, *agency.aliases):
            names.add(_name_key(form, ()))
    for county in load_counties():
        for form in (county.name, county.region_name, f"{county.name}s län"):
            names.add(_name_key(form, ()))
    return frozenset(n for n in names if n)


# ------------------------------------------------------------------ normalised words

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


def action_text(action: OverlapAction) -> str:
    """The words an action is compared by: its text and its concrete activity ("Insats:")."""
    return f"{action.text} {action.insats}" if action.insats else action.text


def action_words(
    text: str, themes: Iterable[str] = (), settings: OverlapSettings | None = None
) -> frozenset[str]:
    """The concept words of a text: folded lemmas without stop words, each word that matches a
    concept replaced by the concept (a word may carry several), plus the topic words of the
    action's themes."""
    settings = settings or load_overlap_settings()
    words: set[str] = set()
    for match in _WORD.finditer(text):
        words.update(_word_concepts(match.group(0), settings))
    theme_words = dict(settings.theme_words)
    words.update(theme_words[t] for t in themes if t in theme_words)
    return frozenset(words)


@lru_cache(maxsize=200_000)
def _word_concepts(word: str, settings: OverlapSettings) -> tuple[str, ...]:
    """What one written word contributes: nothing (a stop word, a number), its concepts, or its
    folded lemma."""
    surface = fold_word(word)
    if surface in settings.stop_words or surface.isdigit():
        return ()
    base = fold_word(lemma(word.lower())).replace("-", "")
    if base in settings.stop_words or len(base) < 2:
        return ()
    concepts = tuple(dict.fromkeys(n for n, pattern in settings.concepts if pattern.match(base)))
    return concepts or (base,)


# ------------------------------------------------------------------ named initiatives

_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{2,80}?)[\"“”„«»]")
_WEB = re.compile(r"\b((?:[\w-]+\.)+([a-z]{2,3}))\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\(([A-ZÅÄÖ]{2,8})\)")
_CAPITAL = re.compile(r"[A-ZÅÄÖ][^\W_]*(?:-[^\W_]+)*")
_CONNECTORS = frozenset({"i", "mot", "för", "om", "fri", "från", "av"})
_SENTENCE_END = ".!?:;\n"
_PUNCT = '"“”„«»()[],.;:!?–—-'


def _name_key(name: str, web_domains: Sequence[str]) -> str:
    key = fold(name).strip()
    for domain in web_domains:
        if key.endswith("." + domain):
            key = key[: -len(domain) - 1]
    return "".join(ch for ch in key if ch.isalnum())


def initiative_names(
    text: str,
    settings: OverlapSettings | None = None,
    common_words: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """{folded key: name as written} of the initiatives a text names. A single capitalised word
    counts only when it is not also written in lower case in `common_words` (folded words of
    the collection): "Machofabriken" is a name, "Våld" after a dash is not."""
    settings = settings or load_overlap_settings()
    found: list[str] = []
    found += [m.group(1) for m in _QUOTED.finditer(text)]
    found += [m.group(1) for m in _WEB.finditer(text) if m.group(2).lower() in settings.web_domains]
    found += [m.group(1) for m in _ACRONYM.finditer(text)]
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    for run in _capitalised_runs(unquoted, settings.name_max_words):
        if " " in run or fold(run) not in common_words:
            found.append(run)
    excluded = _excluded_names()
    names: dict[str, str] = {}
    for name in found:
        key = _name_key(name, settings.web_domains)
        if len(key) < settings.name_min_length or key.isdigit():
            continue
        if key in settings.not_initiatives or key in excluded:
            continue
        if key.endswith("s") and (key[:-1] in excluded or key[:-1] in settings.not_initiatives):
            continue  # a genitive of an agency or county ("Socialstyrelsens")
        names.setdefault(key, name.strip())
    return names


def lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """Folded words that some text writes in lower case (so they are ordinary words)."""
    return frozenset(
        fold(m.group(0)) for text in texts for m in _WORD.finditer(text) if m.group(0).islower()
    )


def _capitalised_runs(text: str, max_words: int) -> list[str]:
    """Runs of capitalised words, with connectors inside ("Mentorer i Våldsprevention"), that do
    not start a sentence; all-capital words are left to the acronym rule."""
    runs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        while current and current[-1].lower() in _CONNECTORS:
            current.pop()
        if current and len(current) <= max_words:
            runs.append(" ".join(current))
        current.clear()

    for match in re.finditer(r"\S+", text):
        raw = match.group(0)
        word = raw.strip(_PUNCT)
        before = text[: match.start()].rstrip()
        sentence_start = not before or before[-1] in _SENTENCE_END
        if word and _CAPITAL.fullmatch(word) and not sentence_start and not word.isupper():
            if raw.lstrip(_PUNCT) != raw:
                flush()  # "(Preventing" opens a new name
            current.append(word)
        elif current and raw.lower() in _CONNECTORS:
            current.append(raw)
        else:
            flush()
        if raw.rstrip(_PUNCT) != raw:
            flush()
    flush()
    return runs


# ------------------------------------------------------------------ pair finding


# a found pair before clustering: (id a < id b, score, method, detail, group)
_Row = tuple[int, int, float, str, str, str]


def find_overlaps(
    actions: Sequence[OverlapAction], settings: OverlapSettings | None = None
) -> list[OverlapPair]:
    """Pairs of actions in different counties that do the same thing, each with a score
    (0..100), a method and a cluster id (see `assign_clusters`). A pair found by both methods
    is reported as named-initiative. Per action, at most `max_per_county` partners (the best)
    in each other county are kept, so near-copies repeated many times stay bounded."""
    settings = settings or load_overlap_settings()
    rows: dict[tuple[int, int], _Row] = {}
    for row in _wording_pairs(actions, settings):
        rows[(row[0], row[1])] = row
    for row in _named_pairs(actions, settings):
        rows[(row[0], row[1])] = row
    return _clustered(list(rows.values()))


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _named_pairs(actions: Sequence[OverlapAction], settings: OverlapSettings) -> list[_Row]:
    texts = [action_text(a) for a in actions]
    common = lowercase_words(texts)
    holders: dict[str, list[int]] = defaultdict(list)  # key -> action indexes
    written: dict[str, str] = {}
    for index, text in enumerate(texts):
        for key, name in initiative_names(text, settings, common).items():
            holders[key].append(index)
            written.setdefault(key, name)
    keys = sorted(holders)
    # the same key, or keys that differ by OCR noise (blocked on their first or last 3 letters)
    similar: dict[tuple[str, str], float] = {(k, k): 100.0 for k in keys}
    for block in _key_blocks(keys):
        scores = process.cdist(
            block, block, scorer=fuzz.ratio, dtype=np.uint8, workers=1,
            score_cutoff=settings.name_min_score,
        )  # fmt: skip
        rows, cols = np.nonzero(scores)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if i < j:
                similar[(block[i], block[j])] = float(scores[i, j])
    county_ids = _county_ids(actions)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    pair_keys = list(similar)
    for n, (key_a, key_b) in enumerate(pair_keys):
        one, other = np.array(holders[key_a]), np.array(holders[key_b])
        first, second = np.repeat(one, len(other)), np.tile(other, len(one))
        ok = county_ids[first] != county_ids[second]
        if ok.any():
            low = np.minimum(first[ok], second[ok])
            high = np.maximum(first[ok], second[ok])
            score = np.full(len(low), similar[(key_a, key_b)], dtype=np.float64)
            found.append((low, high, score, np.full(len(low), n)))
    if not found:
        return []
    low, high, score, which = (np.concatenate(parts) for parts in zip(*found, strict=True))
    order = np.lexsort((which, -score, high, low))  # per pair: the best score, then first key
    out: list[_Row] = []
    for i, j, sc, n in _kept_pairs(
        low[order], high[order], score[order], which[order], county_ids, settings.max_per_county
    ):
        key_a, key_b = pair_keys[n]
        detail = written[key_a] if key_a == key_b else f"{written[key_a]} ~ {written[key_b]}"
        out.append(
            (*_ordered(actions[i].id, actions[j].id), sc, METHOD_NAMED, detail, written[key_a])
        )
    return out


def _key_blocks(keys: list[str]) -> list[list[str]]:
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        blocks[("head", key[:3])].append(key)
        blocks[("tail", key[-3:])].append(key)
    return [b for b in blocks.values() if len(b) > 1]


@dataclass(frozen=True)
class _Block:
    group: str  # the concept pair ("utbildning + heder"), or "" for near-identical wording
    members: list[int]  # action indexes
    min_score: int


def _wording_pairs(actions: Sequence[OverlapAction], settings: OverlapSettings) -> list[_Row]:
    words = [action_words(action_text(a), a.themes, settings) for a in actions]
    strings = [" ".join(sorted(w)) for w in words]
    county_ids = _county_ids(actions)
    blocks = _blocks(words, settings)
    hits = [
        (b, *_score_block(block.members, strings, county_ids, block.min_score, settings))
        for b, block in enumerate(blocks)
    ]
    if not hits:
        return []
    which = np.concatenate([np.full(len(i), b, dtype=np.int32) for b, i, _j, _s in hits])
    first = np.concatenate([i for _b, i, _j, _s in hits])
    second = np.concatenate([j for _b, _i, j, _s in hits])
    score = np.concatenate([s for _b, _i, _j, s in hits])
    low, high = np.minimum(first, second), np.maximum(first, second)
    # one row per pair: the first block that found it (blocks are in order of preference)
    pairs: list[_Row] = []
    for i, j, sc, b in _kept_pairs(low, high, score, which, county_ids, settings.max_per_county):
        shared = words[i] & words[j]
        group = blocks[b].group
        if not group and len(shared) < settings.identical_shared * min(
            len(words[i]), len(words[j])
        ):
            continue  # a near-identical candidate whose words do not agree enough
        ids = _ordered(actions[i].id, actions[j].id)
        pairs.append((*ids, float(sc), METHOD_WORDING, " ".join(sorted(shared)), group))
    return pairs


def _county_ids(actions: Sequence[OverlapAction]) -> np.ndarray:
    codes = {code: n for n, code in enumerate(sorted({a.county_code for a in actions}))}
    return np.array([codes[a.county_code] for a in actions], dtype=np.int32)


def _blocks(words: list[frozenset[str]], settings: OverlapSettings) -> list[_Block]:
    """Candidate blocks in order of preference: (activity, topic) concept pairs, larger first;
    (topic, topic) pairs; then each action's rarest words (for near-identical wording). A
    concept block larger than `max_block` is split by its members' rarest words."""
    frequency: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in ws:
            frequency[w] += 1
    too_common = max(settings.max_block_min, math.ceil(settings.max_block_share * len(words)))
    concepts = settings.activities | settings.topics
    prefix: list[list[str]] = []
    for ws in words:
        rare = sorted(
            (w for w in ws if frequency[w] <= too_common and w not in concepts),
            key=lambda w: (frequency[w], w),
        )
        prefix.append(rare[: settings.prefix_words])
    concept_blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    word_blocks: dict[str, list[int]] = defaultdict(list)
    for index, ws in enumerate(words):
        topics = sorted(ws & settings.topics)
        for activity in sorted(ws & settings.activities):
            for topic in topics:
                concept_blocks[(activity, topic)].append(index)
        if settings.topic_pairs:
            for n, one in enumerate(topics):
                for other in topics[n + 1 :]:
                    concept_blocks[(one, other)].append(index)
        for w in prefix[index]:
            word_blocks[w].append(index)

    def order(item: tuple[tuple[str, str], list[int]]) -> tuple[bool, int, tuple[str, str]]:
        key, members = item
        return key[0] not in settings.activities, -len(members), key

    blocks: list[_Block] = []
    for key, members in sorted(concept_blocks.items(), key=order):
        group = " + ".join(key)
        cutoff = settings.min_score if key[0] in settings.activities else settings.topic_pair_score
        if len(members) <= settings.max_block:
            blocks.append(_Block(group, members, cutoff))
            continue
        parts: dict[str, list[int]] = defaultdict(list)
        for m in members:
            for w in prefix[m]:
                parts[w].append(m)
        blocks += [_Block(group, part, cutoff) for _w, part in sorted(parts.items())]
    blocks += [
        _Block("", members, settings.identical_score) for _w, members in sorted(word_blocks.items())
    ]
    return [b for b in blocks if len(b.members) > 1]


def _score_block(
    members: list[int],
    strings: list[str],
    county_ids: np.ndarray,
    min_score: int,
    settings: OverlapSettings,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, score) arrays of the action indexes of one block that score at least min_score
    (rapidfuzz ratio of the sorted words by cdist, in row chunks) and are in different counties; for each
    row only its `max_per_county` best partners in each other county."""
    empty = np.empty(0, dtype=np.int64)
    members_arr = np.array(sorted(members, key=lambda m: (county_ids[m], m)), dtype=np.int64)
    counties = county_ids[members_arr]
    if len(members_arr) < 2 or counties[0] == counties[-1]:
        return empty, empty, empty.astype(np.uint8)
    texts = [strings[m] for m in members_arr.tolist()]
    bounds = np.flatnonzero(np.diff(counties)) + 1
    segments = list(zip([0, *bounds.tolist()], [*bounds.tolist(), len(members_arr)], strict=True))
    k = settings.max_per_county
    workers = -1 if len(texts) > 64 else 1
    out_i: list[np.ndarray] = []
    out_j: list[np.ndarray] = []
    out_s: list[np.ndarray] = []
    for top in range(0, len(texts), CHUNK_ROWS):
        scores = process.cdist(
            texts[top : top + CHUNK_ROWS], texts, scorer=fuzz.ratio,
            dtype=np.uint8, workers=workers, score_cutoff=min_score,
        )  # fmt: skip
        rows = np.arange(top, top + scores.shape[0])
        row_county = counties[rows]
        for start, end in segments:
            part = scores[:, start:end]
            if end - start > k:
                cols = np.argpartition(part, -k, axis=1)[:, -k:]
            else:
                cols = np.broadcast_to(np.arange(end - start), (len(rows), end - start))
            values = np.take_along_axis(part, cols, axis=1)
            ok = (values >= max(min_score, 1)) & (row_county[:, None] != counties[start])
            r, c = np.nonzero(ok)
            out_i.append(members_arr[rows[r]])
            out_j.append(members_arr[start + cols[r, c]])
            out_s.append(values[r, c])
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)


def _kept_pairs(
    low: np.ndarray,
    high: np.ndarray,
    score: np.ndarray,
    which: np.ndarray,
    county_ids: np.ndarray,
    k: int,
) -> list[tuple[int, int, float, int]]:
    """(low, high, score, which) of candidate pairs of action indexes: one row per pair (the
    first of its rows), then only those among the k best per county (_best_per_county)."""
    _keys, index = np.unique(low * len(county_ids) + high, return_index=True)
    low, high, score, which = low[index], high[index], score[index], which[index]
    keep = _best_per_county(low, high, score, county_ids, k)
    return list(zip(
        low[keep].tolist(), high[keep].tolist(), score[keep].tolist(), which[keep].tolist(),
        strict=True,
    ))  # fmt: skip


def _best_per_county(
    low: np.ndarray, high: np.ndarray, score: np.ndarray, county_ids: np.ndarray, k: int
) -> np.ndarray:
    """A mask of the pairs that are among the k best of at least one of their two actions in
    the other action's county."""
    keep = np.zeros(len(low), dtype=bool)
    for this, other in ((low, high), (high, low)):
        group = this * (int(county_ids.max()) + 1) + county_ids[other]
        order = np.lexsort((other, -score.astype(np.int32), group))
        sorted_group = group[order]
        starts = np.r_[0, np.flatnonzero(np.diff(sorted_group)) + 1]
        rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        keep[order[rank < k]] = True
    return keep


# ------------------------------------------------------------------ clusters


def assign_clusters(pairs: list[OverlapPair]) -> list[OverlapPair]:
    """The pairs with cluster ids (see `_clustered`), sorted by cluster, then ids."""
    return _clustered(
        [(p.action_id_a, p.action_id_b, p.score, p.method, p.detail, p.group) for p in pairs]
    )


def _clustered(rows: list[_Row]) -> list[OverlapPair]:
    """Within each group (one named initiative, one shared concept pair, or near-identical
    wording), the connected components of the pair graph (networkx) are the clusters, numbered
    1, 2, ... by size (largest first), then group, then smallest action id. An action can be in
    more than one cluster (a campaign that is also a training)."""
    by_group: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_group[row[5]].append(row)
    components: list[tuple[str, list[int]]] = []
    for group, members in by_group.items():
        graph = nx.Graph()
        graph.add_edges_from((r[0], r[1]) for r in members)
        components += [(group, sorted(c)) for c in nx.connected_components(graph)]
    components.sort(key=lambda gc: (-len(gc[1]), gc[0], gc[1][0]))
    cluster_of = {(group, aid): n for n, (group, comp) in enumerate(components, 1) for aid in comp}
    out = [
        OverlapPair(a, b, score, method, cluster_of[(group, a)], detail, group)
        for a, b, score, method, detail, group in rows
    ]
    out.sort(key=lambda p: (p.cluster_id, p.action_id_a, p.action_id_b))
    return out


def clusters_of(pairs: Iterable[OverlapPair]) -> list[OverlapCluster]:
    """The clusters of scored pairs, with their action ids and a label: the initiative's name,
    the concept pair the actions share ("utbildning + heder"), or the words most pairs share."""
    by_cluster: dict[int, OverlapCluster] = {}
    words: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pair in pairs:
        cluster = by_cluster.setdefault(pair.cluster_id, OverlapCluster(pair.cluster_id))
        cluster.method = pair.method
        cluster.label = pair.group
        for aid in (pair.action_id_a, pair.action_id_b):
            if aid not in cluster.action_ids:
                cluster.action_ids.append(aid)
        for word in pair.detail.split():
            words[pair.cluster_id][word] += 1
    for cid, cluster in by_cluster.items():
        cluster.action_ids.sort()
        if not cluster.label:
            counts = words[cid]
            cluster.label = " ".join(sorted(sorted(counts, key=lambda w: (-counts[w], w))[:4]))
    return [by_cluster[cid] for cid in sorted(by_cluster)]


# ------------------------------------------------------------------ stable numbers and names


def renumber_clusters(pairs: Iterable[OverlapPair], rank: dict[int, int]) -> list[OverlapPair]:
    """The pairs with their clusters numbered 1, 2, ... by the stable position (`rank`: action
    id → position in county, file name and document order) of each cluster's members, so the
    numbers follow the corpus, not the order in which the database handed out ids."""
    members: dict[int, set[int]] = defaultdict(set)
    pairs = list(pairs)
    for p in pairs:
        members[p.cluster_id or 0].update((p.action_id_a, p.action_id_b))

    def position(cid: int) -> list[int]:
        return sorted(rank.get(a, len(rank) + a) for a in members[cid])

    number = {cid: n for n, cid in enumerate(sorted(members, key=position), start=1)}
    out = [
        OverlapPair(p.action_id_a, p.action_id_b, p.score, p.method, number[p.cluster_id or 0],
                    p.detail, p.group)
        for p in pairs
    ]  # fmt: skip
    out.sort(key=lambda p: (p.cluster_id, rank.get(p.action_id_a, 0), rank.get(p.action_id_b, 0)))
    return out


@dataclass(frozen=True)
class ClusterName:
    label: str  # what the members share, as a person would name it
    reason: str  # why the members match, in Swedish
    words: tuple[str, ...]  # the shared words (folded lemmas or concepts)


def name_cluster(
    texts: Sequence[tuple[str, str]],
    method: str,
    group: str = "",
    settings: OverlapSettings | None = None,
) -> ClusterName:
    """Name a cluster from its members' texts ((county code, text), in report order): a named
    initiative by its name as written; otherwise by the words that most of the cluster's
    counties use (at least 60 %, agencies, places and stop words left out), as the first
    member that holds most of them writes them, and with the concept pair that brought the
    members together."""
    settings = settings or load_overlap_settings()
    if method == METHOD_NAMED and group:
        group = _readable_name(group, [t for _c, t in texts], settings)
        counties = sorted({c for c, _t in texts})
        who = "Båda åtgärderna" if len(texts) == 2 else f"Alla {len(texts)} åtgärder"
        return ClusterName(
            group[:1].upper() + group[1:],
            f"{who} nämner initiativet ”{group}” ({len(counties)} län: {', '.join(counties)}).",
            (fold(group),),
        )
    excluded = _excluded_names()
    by_county: dict[str, set[str]] = defaultdict(set)
    tokens: list[list[tuple[str, str]]] = []  # per text: (surface word, key or "")
    for county, text in texts:
        row = []
        for match in _WORD.finditer(text):
            word = match.group(0)
            key = _label_key(word, settings, excluded)
            row.append((word, key))
            if key:
                by_county[county].add(key)
        tokens.append(row)
    need = max(1, math.ceil(0.6 * len(by_county)))
    counts: dict[str, int] = defaultdict(int)
    for keys in by_county.values():
        for key in keys:
            counts[key] += 1
    shared = {k for k, n in counts.items() if n >= need}
    best = max(range(len(tokens)), key=lambda i: (sum(k in shared for _w, k in tokens[i]), -i))
    words = tokens[best] if tokens else []
    hits = [i for i, (_w, k) in enumerate(words) if k in shared]
    label = ""
    if hits:
        start, end = hits[0], hits[-1]
        while end - start + 1 > LABEL_WORDS or (
            end > start and words[end][1] in {k for _w, k in words[start:end]}
        ):  # too long, or ends by repeating a word
            end = max(i for i in hits if i < end) if any(i < end for i in hits) else start
        label = " ".join(w for w, _k in words[start : end + 1])
    concepts = _concept_words([t for _c, t in texts], group, settings) if group else []
    if (
        len({words[i][1] for i in hits}) < 2 and concepts
    ):  # one shared word says too little: add what brought them
        extra = [w for w in concepts if fold(w) not in fold(label)]
        label = " – ".join(p for p in (label, " och ".join(extra)) if p)
    label = label or group
    label = label[:1].upper() + label[1:]
    written = list(dict.fromkeys(w.lower() for w, k in words if k in shared))
    about = f"handlar om {' och '.join(concepts)}" if concepts else ""
    if written:
        noun = "ordet" if len(written) == 1 else "orden"
        reason = (
            f"Åtgärderna i {len(by_county)} län har {noun} {swedish_list(written[:8])} gemensamt"
        )
        reason += f" och {about}." if about and len(written) < 2 else "."
    else:
        reason = f"Åtgärderna {about}." if about else "Åtgärderna har nästan samma ordalydelse."
    return ClusterName(label, reason, tuple(sorted(shared)))


def _readable_name(name: str, texts: Sequence[str], settings: OverlapSettings) -> str:
    """Of the ways the members write the initiative ("webbkursheder.se", "Webbkurs Heder"), the
    one a reader takes in best: words apart rather than a web address, then the longest."""
    key = _name_key(name, settings.web_domains)
    forms = [name] + [
        written for text in texts
        for k, written in initiative_names(text, settings).items() if k == key
    ]  # fmt: skip
    return max(forms, key=lambda f: (" " in f, "." not in f, len(f)))


LABEL_WORDS = 8  # a cluster's name: at most this many words of one member's text


def _concept_words(texts: Sequence[str], group: str, settings: OverlapSettings) -> list[str]:
    """For each concept of a concept pair ("utbildning + skola"), the first word of the
    members' texts that stands for it, as written ("utbildningar", "förskola")."""
    out = []
    for concept in group.split(" + "):
        found = next(
            (m.group(0).lower() for text in texts for m in _WORD.finditer(text)
             if concept in _word_concepts(m.group(0), settings)),
            None,
        )  # fmt: skip
        if found:
            out.append(found)
    return out


def _label_key(word: str, settings: OverlapSettings, excluded: frozenset[str]) -> str:
    """The folded lemma a word is compared by when naming a cluster, or "" for a word that
    names nothing the members share (stop words, numbers, agencies and places)."""
    surface = fold_word(word)
    if surface in settings.stop_words or surface.isdigit() or len(surface) < 3:
        return ""
    base = fold_word(lemma(word.lower())).replace("-", "")
    if base in settings.stop_words or surface in excluded or base in excluded:
        return ""
    return base
