"""Objective classification of goals and actions against a framework (models/frameworks.py),
following the codebook (docs/codebook.md): what an item *does* (its instrument) and what it is
*about* (its topic), each with its evidence; what its goal says only breaks ties.

Every item gets a score per objective and one or more labels: a primary and any secondaries.
Evidence comes from four sources, kept apart so the evidence can name them:

- rule: the framework's codebook rules (`[[rules]]`) whose terms are found in the item's
  instrument (the words after "ska", "i uppdrag att", "kommer att", ... or its opening words, up
  to a purpose clause; `instrument_text`) or in its whole own text: Kriminalvården's work with
  the convicted (R2), a knowledge deliverable (R3), legal instruments (R4), umbrella
  programmes, budgets and strategies (R6, the cross-cutting code). The weights give the
  codebook's precedence.
- lexicon: the framework's weighted topic terms found in the item's own text (folded,
  lemmatised, compound stems matched inside words; see compare/terms.py);
- heading: a goal whose title names an objective (fuzzy match against the objective's title and
  its `headings`, so OCR'd "Effektivare brotts- bekdmpning." counts) gets `heading_weight`;
- inherited: an item inherits from its parent (an action from its goal, a goal from its parent
  goal): `inherit_weight` × the parent's lexicon and inherited totals (not its rules: a goal's
  instrument is not its actions'), and `heading_inherit_weight` × its heading evidence. The
  weights are small, so a goal breaks ties and decides only for an item whose own words name no
  objective (codebook R1). Coordination (the cross-cutting code) is never inherited.

An objective's total is the sum. The primary is the objective with the highest total, provided
it reaches `min_score` and the cross-cutting total stays under `cross_margin` × it; secondaries
are the other objectives whose total reaches both `secondary_min` and `secondary_ratio` × the
primary's, or whose own terms reach `secondary_lexicon`; when a rule decided the primary, the
next objective (the topic, in the item's words or its goal's) is a secondary once it reaches
`secondary_topic_min` (codebook R2, R3).

Cross-cutting: the framework's `cross_cutting` terms (samverkan, samordning, nätverk, visions,
gender-equality policy beyond violence) and its cross-cutting rules give a cross-cutting total.
When it is at least `cross_margin` × the best objective total, or no objective reaches
`min_score`, the item gets exactly one label with the cross-cutting code (default "X"), method
"cross-cutting", and no objective labels: coordination that fits no objective is never forced
into one, and coordination about a topic takes the topic (codebook R5).

Label.score is the total squashed to 0..1 as total / (total + 1). Label.method names the largest
contributor: "rule", "lexicon", "heading", "inherited" or "cross-cutting". Label.evidence is
never empty and in Swedish: "regel R3 kunskapsleverans: kartlägga; termer: stödet(0.5); ärvt
från målet '…' (0.36)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from compare.terms import (
    PreparedText,
    Term,
    TermHit,
    compile_terms,
    find_terms,
    fold,
    format_hits,
    normalise,
    prepare,
)
from models.frameworks import Framework, Instrument, Rule
from models.records import Action, Goal

METHOD_LEXICON = "lexicon"
METHOD_RULE = "rule"
METHOD_HEADING = "heading"
METHOD_INHERITED = "inherited"
METHOD_CROSS_CUTTING = "cross-cutting"


@dataclass(frozen=True)
class ClassItem:
    """A goal or an action of one document, as input to classification."""

    key: str
    text: str
    kind: Literal["goal", "action"] = "action"
    parent_key: str | None = None
    folded: bool = False  # OCR'd/folded text: lemmatising is skipped (the lookup needs å/ä/ö)


@dataclass(frozen=True)
class Label:
    objective_code: str
    score: float
    is_primary: bool
    evidence: str
    method: str


@dataclass(frozen=True)
class ClassifyParams:
    """The tunable numbers of the classifier (tests tune them leave-one-county-out)."""

    inherit_weight: float = 0.3  # share of a parent's own/inherited total passed down
    heading_weight: float = 3.0  # a goal title that names an objective
    heading_inherit_weight: float = 0.3  # share of heading evidence passed down per level
    heading_threshold: float = 90.0  # rapidfuzz ratio for "this heading names the objective"
    min_score: float = 0.5
    secondary_ratio: float = 0.5  # a secondary reaches this share of the primary's total ...
    secondary_min: float = 0.8  # ... and this absolute total,
    secondary_lexicon: float = 0.9  # or its own text alone gives this much
    cross_margin: float = 1.5
    secondary_topic_min: float = 0.4  # the topic of an item whose primary a rule decided


@dataclass
class Contribution:
    """One objective's (or the cross-cutting) evidence for one item."""

    lexicon: float = 0.0
    rule: float = 0.0  # codebook rules (framework `[[rules]]`) that fired on the item's own text
    heading: float = 0.0
    inherited: float = 0.0
    inherited_heading: float = 0.0  # the part of `inherited` that began as heading evidence
    hits: list[TermHit] = field(default_factory=list)
    rule_notes: list[str] = field(default_factory=list)
    heading_note: str = ""
    inherited_notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.lexicon + self.rule + self.heading + self.inherited

    def method(self) -> str:
        parts = {
            METHOD_RULE: self.rule,
            METHOD_LEXICON: self.lexicon,
            METHOD_HEADING: self.heading,
            METHOD_INHERITED: self.inherited,
        }
        return max(parts, key=lambda name: parts[name])

    def evidence(self) -> str:
        notes: list[str] = list(self.rule_notes)
        if self.hits:
            notes.append("termer: " + format_hits(self.hits))
        if self.heading_note:
            notes.append(self.heading_note)
        notes.extend(self.inherited_notes)
        return "; ".join(notes)


@dataclass(frozen=True)
class ItemEvidence:
    """What the text of one item says, before parameters: term hits and heading matches."""

    hits: dict[str, list[TermHit]]  # by objective code, and the cross-cutting code
    heading: tuple[str, float] | None  # (objective code, fuzzy ratio) when the title names one
    rules: tuple[tuple[Rule, tuple[TermHit, ...]], ...] = ()  # the rules that fired, with hits
    instrument: str = ""  # the words read as the item's instrument

    @property
    def rule_hits(self) -> list[TermHit]:
        return [hit for _rule, hits in self.rules for hit in hits]


@dataclass(frozen=True)
class _CompiledFramework:
    framework: Framework
    terms: dict[str, tuple[Term, ...]]
    headings: dict[str, tuple[str, ...]]  # folded titles/aliases per objective code
    rules: tuple[tuple[Rule, tuple[Term, ...], tuple[Term, ...]], ...]  # rule, terms, unless


_COMPILED: dict[int, _CompiledFramework] = {}
_ENUMERATION = re.compile(
    r"^\W*(?:(?:delm[a-z]l|m[a-z]l|insatsomr[a-z]de|m[a-z]ls[a-z]ttning)\s*)?"
    r"(?:\d+(?:[.,]\d+)*|[ivx]+)?\s*[:.)\-–]?\s*"
)
_NON_WORD = re.compile(r"[\W_]+")


def _compiled(framework: Framework) -> _CompiledFramework:
    cached = _COMPILED.get(id(framework))
    if cached is not None and cached.framework is framework:
        return cached
    terms = {o.code: compile_terms(o.terms) for o in framework.objectives}
    terms[framework.cross_cutting.code] = compile_terms(framework.cross_cutting.terms)
    headings = {
        o.code: tuple(_heading_key(t) for t in (o.title, *o.headings)) for o in framework.objectives
    }
    rules = tuple(
        (rule, compile_terms(rule.terms), compile_terms(dict.fromkeys(rule.unless, 1.0)))
        for rule in framework.rules
    )
    compiled = _CompiledFramework(framework, terms, headings, rules)
    _COMPILED[id(framework)] = compiled
    return compiled


def _heading_key(title: str) -> str:
    folded = fold(normalise(title))
    folded = _ENUMERATION.sub("", folded, count=1)
    return _NON_WORD.sub(" ", folded).strip()


def heading_objective(
    title: str, framework: Framework, threshold: float = 90.0
) -> tuple[str, float] | None:
    """The objective a heading names (code, ratio), if its title is close enough to one."""
    key = _heading_key(title)
    if not key:
        return None
    best: tuple[str, float] | None = None
    for code, titles in _compiled(framework).headings.items():
        for candidate in titles:
            ratio = fuzz.ratio(key, candidate)
            if ratio >= threshold and (best is None or ratio > best[1]):
                best = (code, ratio)
    return best


def collect_evidence(
    items: Sequence[ClassItem], framework: Framework, heading_threshold: float = 90.0
) -> dict[str, ItemEvidence]:
    """The parameter-free part of classification: term hits and heading matches per item."""
    compiled = _compiled(framework)
    evidence: dict[str, ItemEvidence] = {}
    for item in items:
        prepared: PreparedText = prepare(item.text, lemmatize=not item.folded)
        hits = {code: find_terms(prepared, terms) for code, terms in compiled.terms.items()}
        heading = (
            heading_objective(item.text, framework, heading_threshold)
            if item.kind == "goal"
            else None
        )
        head = instrument_text(item.text, framework.instrument, folded=item.folded)
        prepared_head = prepare(head, lemmatize=not item.folded) if head else None
        fired: list[tuple[Rule, tuple[TermHit, ...]]] = []
        for rule, terms, unless in compiled.rules:
            where = prepared if rule.scope == "text" else prepared_head
            if where is None:
                continue
            rule_hits = find_terms(where, terms)
            if rule_hits and not (unless and find_terms(prepared, unless)):
                fired.append((rule, tuple(rule_hits)))
        evidence[item.key] = ItemEvidence(hits, heading, tuple(fired), head)
    return evidence


_TOKEN_EDGE = re.compile(r"^\W+|\W+$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def instrument_text(text: str, instrument: Instrument, folded: bool = False) -> str:
    """The words that say what an item does: after the last trigger ("ska", "i uppdrag att",
    "kommer att", ...) found among the first `reach` words, or from the start when there is
    none; at most `window` words, cut at a stop phrase ("i syfte att", "för att", ...) that comes
    after the first two of them. Words are compared in lower case, and folded only for an OCR'd
    (folded) text, so "bör" is not "bor" in a clean one."""
    key = fold if folded else str.lower
    words = _SENTENCE_END.split(normalise(text), maxsplit=1)[0].split()
    keys = [key(_TOKEN_EDGE.sub("", word)) for word in words]
    start = 0
    for trigger in instrument.triggers:
        parts = key(trigger).split()
        for i in range(min(instrument.reach, len(keys)) - len(parts) + 1):
            if keys[i : i + len(parts)] == parts and i + len(parts) > start:
                start = i + len(parts)
    end = min(len(words), start + instrument.window)
    for stop in instrument.stops:
        parts = key(stop).split()
        for i in range(start + 2, end - len(parts) + 1):
            if keys[i : i + len(parts)] == parts:
                end = i
                break
    return " ".join(words[start:end])


def score_items(
    items: Sequence[ClassItem],
    framework: Framework,
    params: ClassifyParams | None = None,
    evidence: dict[str, ItemEvidence] | None = None,
) -> dict[str, dict[str, Contribution]]:
    """Per item key, per code (objectives and the cross-cutting code): the contributions."""
    params = params or ClassifyParams()
    if evidence is None:
        evidence = collect_evidence(items, framework, params.heading_threshold)
    by_key = {item.key: item for item in items}
    codes = [*framework.codes, framework.cross_cutting.code]
    scores: dict[str, dict[str, Contribution]] = {}

    def score(key: str, visiting: frozenset[str]) -> dict[str, Contribution]:
        if key in scores:
            return scores[key]
        item = by_key[key]
        found = evidence[key]
        result = {code: Contribution() for code in codes}
        for code in codes:
            hits = found.hits.get(code, [])
            result[code].hits = hits
            result[code].lexicon = sum(hit.weight for hit in hits)
        for rule, rule_hits in found.rules:
            result[rule.code].rule += rule.weight
            words = ", ".join(dict.fromkeys(hit.word for hit in rule_hits))
            result[rule.code].rule_notes.append(
                f"regel {rule.codebook} {rule.name}: {words}".replace("  ", " ")
            )
        if found.heading is not None:
            code, ratio = found.heading
            title = framework.title_of(code)
            result[code].heading = params.heading_weight
            note = f"rubriken namnger målsättning {code} '{title}' ({ratio:.0f})"
            result[code].heading_note = note
        parent = item.parent_key
        if parent is not None and parent in by_key and parent not in visiting:
            parent_scores = score(parent, visiting | {key})
            label = _short(by_key[parent].text)
            for code in framework.codes:  # coordination is the item's own words, never inherited
                inherited = parent_scores[code]
                if inherited.total - inherited.rule <= 0:
                    continue
                from_heading = params.heading_inherit_weight * (
                    inherited.heading + inherited.inherited_heading
                )
                passed = from_heading + params.inherit_weight * (
                    inherited.lexicon + inherited.inherited - inherited.inherited_heading
                )  # a goal's instrument (its rules) is not its actions' instrument
                result[code].inherited += passed
                result[code].inherited_heading += from_heading
                kind = "rubriken" if from_heading >= passed / 2 else "målet"
                result[code].inherited_notes.append(f"ärvt från {kind} '{label}' ({passed:.2f})")
        scores[key] = result
        return result

    for item in items:
        score(item.key, frozenset())
    return scores


def label_item(
    contributions: dict[str, Contribution], framework: Framework, params: ClassifyParams
) -> list[Label]:
    """Primary and secondary labels (or the single cross-cutting label) from the scores."""
    cross_code = framework.cross_cutting.code
    objective_scores = {code: contributions[code] for code in framework.codes}
    ranked = sorted(
        objective_scores.items(),
        key=lambda pair: (-pair[1].total, -pair[1].lexicon, framework.codes.index(pair[0])),
    )
    best_code, best = ranked[0]
    cross = contributions[cross_code]
    if best.total < params.min_score or (
        cross.total > 0 and cross.total >= params.cross_margin * best.total
    ):
        evidence = (
            cross.evidence() or "inga termer, rubriker eller ärvda belägg för någon målsättning"
        )
        if best.total > 0:
            evidence += f"; bästa målsättning {best_code} bara {best.total:.2f}"
        return [Label(cross_code, _squash(cross.total), True, evidence, METHOD_CROSS_CUTTING)]
    labels = [_label(best_code, best, True)]
    floor = max(params.secondary_min, params.secondary_ratio * best.total)
    for code, contribution in ranked[1:]:
        if contribution.total >= floor or contribution.lexicon >= params.secondary_lexicon:
            labels.append(_label(code, contribution, False))
    if len(labels) == 1 and best.rule > 0:
        # a rule decided the primary (what the item does); what it is about, in its own words
        # or its goal's, is the secondary (codebook R2, R3)
        code, contribution = ranked[1]
        if contribution.total >= params.secondary_topic_min:
            labels.append(_label(code, contribution, False))
    return labels


def _label(code: str, contribution: Contribution, primary: bool) -> Label:
    method = contribution.method()
    if method == METHOD_INHERITED and contribution.inherited_heading >= contribution.inherited / 2:
        method = METHOD_HEADING
    return Label(code, _squash(contribution.total), primary, contribution.evidence(), method)


def classify(
    items: Sequence[ClassItem],
    framework: Framework,
    params: ClassifyParams | None = None,
    evidence: dict[str, ItemEvidence] | None = None,
) -> dict[str, list[Label]]:
    """Labels for every item of one document (goals included, so actions inherit from them)."""
    params = params or ClassifyParams()
    scores = score_items(items, framework, params, evidence)
    return {key: label_item(scores[key], framework, params) for key in scores}


def objective_scores(
    items: Sequence[ClassItem], framework: Framework, params: ClassifyParams | None = None
) -> dict[str, dict[str, float]]:
    """Every item's score (0..1) per objective and for the cross-cutting code."""
    scores = score_items(items, framework, params)
    return {
        key: {code: _squash(c.total) for code, c in contributions.items()}
        for key, contributions in scores.items()
    }


def _squash(total: float) -> float:
    return round(total / (total + 1.0), 3) if total > 0 else 0.0


def _short(text: str, limit: int = 60) -> str:
    text = normalise(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def items_from_records(
    goals: Iterable[Goal], actions: Iterable[Action], folded: bool = False
) -> list[ClassItem]:
    """ClassItems for one document's extracted goals and actions (keys "goal:<key>",
    "action:<key>"); `folded` for OCR'd documents (see compare.terms.looks_folded)."""
    items = [
        ClassItem(
            key=f"goal:{goal.key}",
            text=goal.title,
            kind="goal",
            parent_key=f"goal:{goal.parent_key}" if goal.parent_key else None,
            folded=folded,
        )
        for goal in goals
    ]
    items += [
        ClassItem(
            key=f"action:{action.key}",
            text=action.text,
            kind="action",
            parent_key=f"goal:{action.goal_key}" if action.goal_key else None,
            folded=folded,
        )
        for action in actions
    ]
    return items
