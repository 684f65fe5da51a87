"""Helpers for the objective-classification tests: hand labels -> ClassItems, metrics, tuning.

Labels live in tests/labels/<county>.toml. Items are built from each entry's text and the goal
(and parent goal) it sits under; nothing is keyed on an action number or a document name.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from compare.classify import (
    ClassifyParams,
    ClassItem,
    ItemEvidence,
    Label,
    classify,
    collect_evidence,
)
from compare.text import looks_folded
from models.frameworks import Framework

LABELS_DIR = Path(__file__).parent / "labels"
COUNTIES = ("stockholm", "vastmanland", "kronoberg")


@dataclass(frozen=True)
class Gold:
    key: str
    primary: str
    secondary: tuple[str, ...]

    @property
    def codes(self) -> set[str]:
        return {self.primary, *self.secondary}


@dataclass(frozen=True)
class LabelledDocument:
    name: str
    items: list[ClassItem]  # goals and actions
    gold: list[Gold]  # one per action


def load_document(name: str) -> LabelledDocument:
    entries = tomllib.loads((LABELS_DIR / f"{name}.toml").read_text("utf-8"))["action"]
    folded = looks_folded(" ".join(e["text"] for e in entries))
    goal_keys: dict[tuple[str | None, str], str] = {}
    items: list[ClassItem] = []
    gold: list[Gold] = []

    def goal(title: str, parent: str | None) -> str:
        node = (parent, title)
        if node not in goal_keys:
            goal_keys[node] = f"g{len(goal_keys)}"
            items.append(ClassItem(goal_keys[node], title, "goal", parent, folded))
        return goal_keys[node]

    for index, entry in enumerate(entries):
        parent = goal(entry["parent_goal"], None) if entry.get("parent_goal") else None
        goal_key = goal(entry["goal"], parent)
        key = f"a{index}"
        items.append(ClassItem(key, entry["text"], "action", goal_key, folded))
        gold.append(Gold(key, entry["primary"], tuple(entry["secondary"])))
    return LabelledDocument(name, items, gold)


@dataclass(frozen=True)
class Scores:
    n: int
    primary_accuracy: float
    precision: float
    recall: float
    micro_f1: float

    def __str__(self) -> str:
        return (
            f"n={self.n} primary_acc={self.primary_accuracy:.3f} P={self.precision:.3f} "
            f"R={self.recall:.3f} micro-F1={self.micro_f1:.3f}"
        )


def evaluate(gold: Iterable[Gold], predicted: dict[str, list[Label]]) -> Scores:
    """Primary accuracy, and micro precision/recall/F1 over (action, objective) pairs."""
    n = correct = tp = fp = fn = 0
    for g in gold:
        labels = predicted[g.key]
        primary = next(label.objective_code for label in labels if label.is_primary)
        codes = {label.objective_code for label in labels}
        n += 1
        correct += primary == g.primary
        tp += len(codes & g.codes)
        fp += len(codes - g.codes)
        fn += len(g.codes - codes)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(n, correct / n if n else 0.0, precision, recall, f1)


@dataclass
class Prepared:
    """A labelled document with its parameter-free evidence computed once."""

    document: LabelledDocument
    evidence: dict[str, ItemEvidence]


def prepare_documents(names: Sequence[str], framework: Framework) -> dict[str, Prepared]:
    out = {}
    for name in names:
        document = load_document(name)
        out[name] = Prepared(document, collect_evidence(document.items, framework))
    return out


def run(prepared: Iterable[Prepared], framework: Framework, params: ClassifyParams) -> Scores:
    gold: list[Gold] = []
    predicted: dict[str, list[Label]] = {}
    for doc in prepared:
        labels = classify(doc.document.items, framework, params, doc.evidence)
        for g in doc.document.gold:
            unique = f"{doc.document.name}/{g.key}"
            gold.append(replace(g, key=unique))
            predicted[unique] = labels[g.key]
    return evaluate(gold, predicted)


GRID = {
    "inherit_weight": (0.3, 0.5, 0.7),
    "heading_weight": (1.5, 3.0, 5.0),
    "min_score": (0.3, 0.6),
    "secondary_ratio": (0.4, 0.55, 0.7),
    "secondary_min": (0.6, 0.9),
    "cross_margin": (1.0, 1.3),
}


def tune(prepared: Sequence[Prepared], framework: Framework) -> tuple[ClassifyParams, Scores]:
    """The grid point with the best mean of primary accuracy and micro-F1 on `prepared`."""
    best: tuple[float, ClassifyParams, Scores] | None = None
    names = list(GRID)
    for values in itertools.product(*(GRID[name] for name in names)):
        params = ClassifyParams(**dict(zip(names, values, strict=True)))
        scores = run(prepared, framework, params)
        objective = (scores.primary_accuracy + scores.micro_f1) / 2
        if best is None or objective > best[0] + 1e-9:
            best = (objective, params, scores)
    assert best is not None
    return best[1], best[2]
