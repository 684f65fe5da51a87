"""Objective classification measured against every hand-labelled document, in sample and
leave-one-document-out (LODO). Run: `python -m tests.classify_eval` (add `--errors` to list the
LODO misses).

- In sample: the framework as shipped, on every labelled document (tests/labels: the three
  corpus plans, the development set's goals and actions, the national texts' measures).
- LODO: each document is classified with a framework from which every term (objective, cross-
  cutting or rule term) that matches in that document and in no other labelled document has been
  removed, so vocabulary that exists only because of one document cannot help it. The
  classifier's numbers (compare/classify.py ClassifyParams) are fixed, not tuned per fold.
- Figures: primary accuracy with a 95 % Wilson interval, micro precision/recall/F1 over
  (item, code) pairs with X as a code, per document and per set, and the accuracy on the items of
  tests/labels/second_pass.toml where the two labellings agree on the primary.
"""

from __future__ import annotations

import math
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from compare.classify import Label, classify, collect_evidence
from models.frameworks import DEFAULT_FRAMEWORK, Framework, load_frameworks
from tests.classify_labels import (
    LABELS_DIR,
    Gold,
    LabelledDocument,
    labelled_documents,
    load_document,
)


def wilson(correct: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion correct/n."""
    if n == 0:
        return (0.0, 1.0)
    p = correct / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class Tally:
    n: int = 0
    correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, int, int, int, int]:
        return (self.n, self.correct, self.tp, self.fp, self.fn)

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.correct, self.n)

    @property
    def micro_f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0

    def __str__(self) -> str:
        low, high = self.interval
        return (
            f"n={self.n:4d} primary {self.accuracy:.3f} [{low:.3f}, {high:.3f}]"
            f"  micro-F1 {self.micro_f1:.3f}"
        )


def primary_of(labels: list[Label]) -> str:
    return next(label.objective_code for label in labels if label.is_primary)


def tally(gold: Iterable[Gold], predicted: dict[str, list[Label]]) -> Tally:
    total = Tally()
    for g in gold:
        labels = predicted[g.key]
        codes = {label.objective_code for label in labels}
        total += Tally(
            1,
            int(primary_of(labels) == g.primary),
            len(codes & g.codes),
            len(codes - g.codes),
            len(g.codes - codes),
        )
    return total


def framework_without(framework: Framework, removed: set[str]) -> Framework:
    """The framework with the given terms taken out of every objective, the cross-cutting
    table and every rule."""

    def keep(terms: dict[str, float]) -> dict[str, float]:
        return {term: weight for term, weight in terms.items() if term not in removed}

    objectives = [replace(o, terms=keep(o.terms)) for o in framework.objectives]
    cross = replace(framework.cross_cutting, terms=keep(framework.cross_cutting.terms))
    rules = tuple(replace(rule, terms=keep(rule.terms)) for rule in framework.rules)
    return replace(framework, objectives=objectives, cross_cutting=cross, rules=rules)


def terms_found(document: LabelledDocument, framework: Framework) -> set[str]:
    """Every framework term that matches somewhere in the document's goals and actions."""
    found: set[str] = set()
    for evidence in collect_evidence(document.items, framework).values():
        for hits in evidence.hits.values():
            found.update(hit.term for hit in hits)
        for hit in evidence.rule_hits:
            found.add(hit.term)
    return found


@dataclass
class DocumentResult:
    document: LabelledDocument
    in_sample: Tally
    lodo: Tally
    removed: set[str]
    lodo_labels: dict[str, list[Label]]


@cache
def evaluate(framework_id: str = DEFAULT_FRAMEWORK) -> tuple[DocumentResult, ...]:
    framework = load_frameworks()[framework_id]
    documents = [load_document(name, framework_id) for name in labelled_documents(framework_id)]
    found = {doc.name: terms_found(doc, framework) for doc in documents}
    results = []
    for doc in documents:
        elsewhere = set().union(*(found[d.name] for d in documents if d.name != doc.name))
        removed = found[doc.name] - elsewhere
        in_sample = tally(doc.gold, classify(doc.items, framework))
        lodo_labels = classify(doc.items, framework_without(framework, removed))
        results.append(
            DocumentResult(doc, in_sample, tally(doc.gold, lodo_labels), removed, lodo_labels)
        )
    return tuple(results)


def agreed_items() -> set[tuple[str, str]]:
    """(document, text) of the second-pass items whose primary equals the first labelling's."""
    second = tomllib.loads((LABELS_DIR / "second_pass.toml").read_text("utf-8"))["item"]
    first: dict[tuple[str, str], str] = {}
    for name in labelled_documents():
        doc = load_document(name)
        for g in doc.gold:
            first[(doc.name, doc.texts[g.key])] = g.primary
    return {
        (item["document"], item["text"])
        for item in second
        if first.get((item["document"], item["text"])) == item["primary"]
    }


def agreement() -> tuple[int, int]:
    """(items whose two labellings agree on the primary, items labelled twice)."""
    second = tomllib.loads((LABELS_DIR / "second_pass.toml").read_text("utf-8"))["item"]
    return len(agreed_items()), len(second)


def lodo_on_agreed(results: Iterable[DocumentResult]) -> Tally:
    agreed = agreed_items()
    total = Tally()
    for result in results:
        doc = result.document
        gold = [g for g in doc.gold if (doc.name, doc.texts[g.key]) in agreed]
        total += tally(gold, result.lodo_labels)
    return total


def totals(results: Iterable[DocumentResult], which: str, set_name: str | None = None) -> Tally:
    total = Tally()
    for result in results:
        if set_name is None or result.document.set == set_name:
            total += getattr(result, which)
    return total


def report(framework_id: str = DEFAULT_FRAMEWORK, errors: bool = False) -> str:
    results = evaluate(framework_id)
    lines = [f"framework {framework_id}", "", f"{'document':42s} {'in sample':40s} LODO"]
    for r in results:
        name = f"{r.document.set}/{r.document.name}"[:42]
        lines.append(f"{name:42s} {r.in_sample!s:40s} {r.lodo!s}  (-{len(r.removed)} terms)")
    lines.append("")
    for set_name in ("corpus", "devset", "national", None):
        label = set_name or "all"
        lines.append(
            f"{label:42s} {totals(results, 'in_sample', set_name)!s:40s} "
            f"{totals(results, 'lodo', set_name)!s}"
        )
    if framework_id == DEFAULT_FRAMEWORK:  # the second labelling is against the strategy
        agreed, twice = agreement()
        lines.append(f"two labellings agree on {agreed}/{twice} primaries")
        lines.append(f"LODO on the items where they agree: {lodo_on_agreed(results)}")
    if errors:
        lines.append("")
        for r in results:
            for g in r.document.gold:
                labels = r.lodo_labels[g.key]
                if primary_of(labels) != g.primary:
                    codes = ",".join(label.objective_code for label in labels)
                    lines.append(
                        f"{r.document.name[:20]:20s} gold {g.primary}{list(g.secondary)} "
                        f"got {codes}: {r.document.texts[g.key][:110]}"
                    )
                    lines.append(f"      {labels[0].evidence[:200]}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    framework_id = next((a for a in argv if not a.startswith("-")), DEFAULT_FRAMEWORK)
    print(report(framework_id, errors="--errors" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
