"""Helpers for the objective-classification tests: hand labels -> ClassItems, metrics, tuning.

Labels live in tests/labels/<county>.toml. Items are built from each entry's text and the goal
(and parent goal) it sits under; nothing is keyed on an action number or a document name.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from compare.classify import (
    ClassifyParams,
    ClassItem,
    ItemEvidence,
    Label,
    classify,
    collect_evidence,
)
from compare.terms import looks_folded
from models.frameworks import DEFAULT_FRAMEWORK, Framework

LABELS_DIR = Path(__file__).parent / "labels"
COUNTIES = ("stockholm", "vastmanland", "kronoberg")
SETS = ("corpus", "devset", "national")


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
    gold: list[Gold]  # every labelled item (the corpus files label actions only)
    set: str = "corpus"
    texts: dict[str, str] = field(default_factory=dict)  # item key -> text


def labels_root(framework_id: str = DEFAULT_FRAMEWORK) -> Path:
    """Where the labels against a framework are: tests/labels for the national strategy,
    tests/labels/<framework id> for another framework."""
    return LABELS_DIR if framework_id == DEFAULT_FRAMEWORK else LABELS_DIR / framework_id


def load_document(name: str, framework_id: str = DEFAULT_FRAMEWORK) -> LabelledDocument:
    """A corpus label file (tests/labels/<county>.toml, `[[action]]` entries), or a label file
    of the development set or the national texts (`<set>/<name>.toml`, `[[item]]` entries)."""
    if "/" in name:
        return _load_items(labels_root(framework_id) / f"{name}.toml", name.split("/")[0])
    entries = tomllib.loads((LABELS_DIR / f"{name}.toml").read_text("utf-8"))["action"]
    folded = looks_folded(" ".join(e["text"] for e in entries))
    goal_keys: dict[tuple[str | None, str], str] = {}
    items: list[ClassItem] = []
    gold: list[Gold] = []
    texts: dict[str, str] = {}

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
        texts[key] = entry["text"]
    return LabelledDocument(name, items, gold, "corpus", texts)


def _load_items(path: Path, set_name: str) -> LabelledDocument:
    data = tomllib.loads(path.read_text("utf-8"))
    entries = data["item"]
    folded = looks_folded(" ".join(e["text"] for e in entries))
    goal_titles = [e["text"] for e in entries if e["kind"] == "goal"]
    keys = {title: f"g{i}" for i, title in enumerate(dict.fromkeys(goal_titles))}
    items: list[ClassItem] = []
    # context that is not itself labelled (a national text's title, a corpus plan's goal and the
    # heading above it, `parent_goal`)
    for entry in entries:
        chain = [t for t in (entry.get("parent_goal", ""), entry["goal"]) if t]
        for depth, title in enumerate(chain):
            if title not in keys:
                keys[title] = f"c{len(keys)}"
                above = keys[chain[depth - 1]] if depth else None
                items.append(ClassItem(keys[title], title, "goal", above, folded))
    gold: list[Gold] = []
    texts: dict[str, str] = {}
    for index, entry in enumerate(entries):
        parent = keys.get(entry["goal"]) if entry["goal"] else None
        if entry["kind"] == "goal":
            key = keys[entry["text"]]
            items.append(ClassItem(key, entry["text"], "goal", parent, folded))
        else:
            key = f"a{index}"
            items.append(ClassItem(key, entry["text"], "action", parent, folded))
        gold.append(Gold(key, entry["primary"], tuple(entry["secondary"])))
        texts[key] = entry["text"]
    return LabelledDocument(data["document"], items, gold, set_name, texts)


def labelled_documents(framework_id: str = DEFAULT_FRAMEWORK) -> list[str]:
    """Every labelled document: the corpus counties, then devset/<name> and national/<name>
    (for another framework, corpus/<name> too)."""
    root = labels_root(framework_id)
    names = list(COUNTIES) if framework_id == DEFAULT_FRAMEWORK else []
    for folder in ("corpus", "devset", "national"):
        if folder != "corpus" or framework_id != DEFAULT_FRAMEWORK:
            names += [f"{folder}/{p.stem}" for p in sorted((root / folder).glob("*.toml"))]
    return names


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
