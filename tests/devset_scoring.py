"""Scoring of extraction against the development set's hand-made expectations
(tests/devset/*/*/expected.toml): goals, actions and responsible agencies per document, and for
the in-sample (dev/) and set-aside (holdout/) documents apart.

Run `python -m tests.devset_scoring` for the table; tests/test_devset_quality.py asserts it.
`python -m tests.devset_scoring --as-text` reads every text PDF of the set as a plain-text dump
instead (pdftotext, reading order and with -layout), as plans often arrive: the same
expectations, the harder input. Set-aside documents are printed as totals only (so that
nobody tunes on them by accident); `--holdout-rows` prints their rows too.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from models.folding import fold
from models.records import ExtractedDocument

DEVSET = Path(__file__).resolve().parent / "devset"
SETS = ("dev", "holdout")


@dataclass
class Figures:
    name: str
    set: str
    goals_expected: int = 0
    goals_found: int = 0
    goals_matched: int = 0
    actions_expected: int = 0
    actions_found: int = 0
    actions_matched: int = 0
    agencies_tp: int = 0
    agencies_fp: int = 0
    agencies_fn: int = 0
    pages_right: int = 0
    meta_errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int, empty: float = 1.0) -> float:
        return a / b if b else empty

    @property
    def goal_precision(self) -> float:
        return self._ratio(
            self.goals_matched, self.goals_found, 1.0 if not self.goals_expected else 0.0
        )

    @property
    def goal_recall(self) -> float:
        return self._ratio(self.goals_matched, self.goals_expected)

    @property
    def action_precision(self) -> float:
        return self._ratio(
            self.actions_matched, self.actions_found, 1.0 if not self.actions_expected else 0.0
        )

    @property
    def action_recall(self) -> float:
        return self._ratio(self.actions_matched, self.actions_expected)

    @property
    def agency_f1(self) -> float:
        tp, fp, fn = self.agencies_tp, self.agencies_fp, self.agencies_fn
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def add(self, other: Figures) -> None:
        for name in (
            "goals_expected",
            "goals_found",
            "goals_matched",
            "actions_expected",
            "actions_found",
            "actions_matched",
            "agencies_tp",
            "agencies_fp",
            "agencies_fn",
            "pages_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.meta_errors.extend(other.meta_errors)

    def row(self) -> str:
        return (
            f"{self.set:8s} {self.name:28s} goals P {self.goal_precision:.2f} R {self.goal_recall:.2f}"
            f" ({self.goals_matched}/{self.goals_expected}, {self.goals_found} found)"
            f"  actions P {self.action_precision:.2f} R {self.action_recall:.2f}"
            f" ({self.actions_matched}/{self.actions_expected}, {self.actions_found} found)"
            f"  agencies F1 {self.agency_f1:.2f}"
            + (f"  meta: {'; '.join(self.meta_errors)}" if self.meta_errors else "")
        )


def _norm(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").replace("–", " ").split())


def match(expected: list[str], found: list[str], cutoff: float = 85) -> dict[int, int]:
    """Greedy one-to-one matching of expected to found texts. An expectation may give only the
    first sentence of a longer measure, so a found text that starts with it matches too."""
    scored = []
    for i, e in enumerate(expected):
        ne = _norm(e)
        for j, f in enumerate(found):
            nf = _norm(f)
            score = fuzz.token_sort_ratio(ne, nf)
            if len(ne) >= 25 and nf.startswith(ne):
                score = 100  # the expectation gives the measure's first sentence
            shorter, longer = sorted((ne, nf), key=len)
            if len(shorter) >= 25 and len(shorter) >= 0.4 * len(longer):
                score = max(score, fuzz.partial_ratio(shorter, longer) - 3)
            scored.append((score, i, j))
    return one_to_one(scored, cutoff)


def one_to_one(scored: list[tuple[float, int, int]], cutoff: float) -> dict[int, int]:
    """Greedy one-to-one pairs from (score, expected index, found index), best score first,
    none below the cutoff: {expected index: found index}."""
    taken_e: dict[int, int] = {}
    taken_f: set[int] = set()
    for score, i, j in sorted(scored, reverse=True):
        if score < cutoff:
            break
        if i not in taken_e and j not in taken_f:
            taken_e[i] = j
            taken_f.add(j)
    return taken_e


def documents() -> list[tuple[str, Path, dict]]:
    """(set, file, expectations) of every development document."""
    out = []
    for set_name in SETS:
        for folder in sorted((DEVSET / set_name).glob("*/")):
            exp_path = folder / "expected.toml"
            if not exp_path.exists():
                continue
            exp = tomllib.loads(exp_path.read_text(encoding="utf-8"))
            out.append((set_name, folder / exp["document"]["file"], exp))
    return out


def score(set_name: str, doc: ExtractedDocument, exp: dict, name: str) -> Figures:
    figures = Figures(name=name, set=set_name)
    meta = exp["document"]
    goals = exp.get("goal", [])
    actions = exp.get("action", [])
    figures.goals_expected, figures.goals_found = len(goals), len(doc.goals)
    figures.actions_expected, figures.actions_found = len(actions), len(doc.actions)
    goal_match = match([g["title"] for g in goals], [g.title for g in doc.goals])
    figures.goals_matched = len(goal_match)
    action_match = match([a["text"] for a in actions], [a.text for a in doc.actions])
    figures.actions_matched = len(action_match)
    for i, j in action_match.items():
        found = doc.actions[j]
        expected = {(n, "lead") for n in actions[i].get("lead", [])} | {
            (n, "partner") for n in actions[i].get("partner", [])
        }
        got = {(m.name, m.role) for m in found.agencies}
        figures.agencies_tp += len(expected & got)
        figures.agencies_fp += len(got - expected)
        figures.agencies_fn += len(expected - got)
        if found.page == actions[i].get("page"):
            figures.pages_right += 1
    county = meta.get("county_code") or None
    if doc.county_code != county:
        figures.meta_errors.append(f"county {doc.county_code} != {county}")
    if meta.get("kind") and doc.kind != meta["kind"]:
        figures.meta_errors.append(f"kind {doc.kind} != {meta['kind']}")
    if meta.get("level") and doc.level != meta["level"]:
        figures.meta_errors.append(f"level {doc.level} != {meta['level']}")
    if meta.get("municipality") and doc.municipality != meta["municipality"]:
        figures.meta_errors.append(f"municipality {doc.municipality} != {meta['municipality']}")
    start = meta.get("period_start") or None
    end = meta.get("period_end") or None
    if (doc.period_start, doc.period_end) != (start, end):
        figures.meta_errors.append(f"period {doc.period_start}-{doc.period_end} != {start}-{end}")
    return figures


def score_all(ingest) -> list[Figures]:  # type: ignore[no-untyped-def]
    rows = []
    for set_name, path, exp in documents():
        doc = ingest(path)
        rows.append(score(set_name, doc, exp, path.parent.name))
    return rows


def totals(rows: list[Figures]) -> dict[str, Figures]:
    out: dict[str, Figures] = {}
    for row in rows:
        out.setdefault(row.set, Figures(name="ALL", set=row.set)).add(row)
    return out


def text_dump_ingest(folder: Path, layout: bool):  # type: ignore[no-untyped-def]
    """An ingest that reads each PDF as pdftotext's dump of it (in `folder`); None for a PDF
    without a text layer (a scan), other files as they are."""
    import subprocess

    from ingest.pipeline import ingest_file

    def ingest(path: Path) -> ExtractedDocument | None:
        if path.suffix.lower() != ".pdf":
            return ingest_file(path)
        target = folder / f"{path.parent.name}.txt"
        args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path)]
        subprocess.run([*args, str(target)], check=True, capture_output=True)
        if len(target.read_text(encoding="utf-8").split()) < 50:
            return None
        return ingest_file(target)

    return ingest


def main() -> None:
    import sys
    import tempfile

    from ingest.pipeline import ingest_file

    if "--as-text" not in sys.argv[1:]:
        rows = score_all(ingest_file)
        for row in rows:  # set-aside documents as totals only, unless asked for by name
            if row.set == "dev" or "--holdout-rows" in sys.argv[1:]:
                print(row.row())
        for total in totals(rows).values():
            print(total.row())
        return
    for layout in (False, True):
        with tempfile.TemporaryDirectory(prefix="kvinnofrid-dumps-") as tmp:
            ingest = text_dump_ingest(Path(tmp), layout)
            rows = []
            for set_name, path, exp in documents():
                if path.suffix.lower() != ".pdf":
                    continue
                doc = ingest(path)
                if doc is not None:
                    rows.append(score(set_name, doc, exp, path.parent.name))
        print(f"# text PDFs read as pdftotext {'-layout ' if layout else ''}dumps")
        for row in rows:
            if row.set == "dev":
                print(row.row())
        for total in totals(rows).values():
            print(total.row())


if __name__ == "__main__":
    main()
