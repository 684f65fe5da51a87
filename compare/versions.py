"""Change between two versions of a county's plan: when the corpus holds two plans of the same
county and kind with different periods, what the newer one added, removed and kept (goals and
actions matched by their folded text), which agencies entered or left, and how the shares of
the actions per objective moved. Pure functions over compare/comparison_records.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from compare.comparison_records import ActionRow, DocumentRow, GoalRow, ObjectiveRow
from models.folding import fold

SAME_TEXT = 90  # rapidfuzz token-sort ratio (0..100) at which two texts are the same item


@dataclass(frozen=True)
class PlanChange:
    county_code: str
    kind: str
    old: DocumentRow
    new: DocumentRow
    goals_added: tuple[GoalRow, ...]
    goals_removed: tuple[GoalRow, ...]
    goals_kept: tuple[tuple[GoalRow, GoalRow], ...]  # (old, new)
    actions_added: tuple[ActionRow, ...]
    actions_removed: tuple[ActionRow, ...]
    actions_kept: tuple[tuple[ActionRow, ActionRow], ...]  # (old, new)
    agencies_entered: tuple[str, ...]
    agencies_left: tuple[str, ...]
    shares: tuple[tuple[str, float, float], ...]  # (objective code, share before, after)


def _period(doc: DocumentRow) -> tuple[int, int]:
    return (doc.period_start or doc.period_end or 0, doc.period_end or doc.period_start or 0)


def version_pairs(documents: Sequence[DocumentRow]) -> list[tuple[DocumentRow, DocumentRow]]:
    """(older, newer) for each county and kind with plans of different periods: each plan with
    the next one in time. Documents without a period or a county are left out."""
    groups: dict[tuple[str, str], list[DocumentRow]] = defaultdict(list)
    for doc in documents:
        if doc.county_code and doc.kind and any(_period(doc)):
            groups[(doc.county_code, doc.kind)].append(doc)
    pairs = []
    for key in sorted(groups):
        docs = sorted(groups[key], key=lambda d: (_period(d), d.file_name))
        for old, new in zip(docs, docs[1:], strict=False):
            if _period(old) != _period(new):
                pairs.append((old, new))
    return pairs


def _match(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of old and new texts that say the same, best first, each used once."""
    if not old or not new:
        return []
    # every pair scored at once (rapidfuzz's matrix, in C; the same scores as one by one),
    # only the pairs at SAME_TEXT or above taken on
    matrix = process.cdist([fold(t) for t in old], [fold(t) for t in new],
                           scorer=fuzz.token_sort_ratio, score_cutoff=SAME_TEXT,
                           dtype=np.float64, workers=1)  # fmt: skip
    rows, cols = np.nonzero(matrix >= SAME_TEXT)
    scored = sorted(
        ((float(matrix[i, j]), int(i), int(j)) for i, j in zip(rows, cols, strict=True)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    out = []
    for _score, i, j in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            out.append((i, j))
    return sorted(out)


def _agencies(actions: Sequence[ActionRow], skip_kinds: frozenset[str]) -> set[str]:
    return {r.name for a in actions for r in a.agencies if r.kind not in skip_kinds}


def _shares(actions: Sequence[ActionRow], objectives: Sequence[ObjectiveRow]) -> dict[str, float]:
    total = len(actions)
    return {
        o.code: (sum(a.has_objective(o.code) for a in actions) / total if total else 0.0)
        for o in objectives
    }


def compare_versions(
    old: DocumentRow,
    new: DocumentRow,
    goals: Sequence[GoalRow],
    actions: Sequence[ActionRow],
    objectives: Sequence[ObjectiveRow],
    skip_kinds: frozenset[str] = frozenset({"ospecificerad"}),
) -> PlanChange:
    """What changed from `old` to `new` (goals and actions of both among `goals`/`actions`, in
    document order). Objective shares: the share of the plan's actions with each objective as
    any label, as coverage counts them."""
    old_goals = [g for g in goals if g.document_id == old.id]
    new_goals = [g for g in goals if g.document_id == new.id]
    old_actions = [a for a in actions if a.document_id == old.id]
    new_actions = [a for a in actions if a.document_id == new.id]
    goal_pairs = _match([g.title for g in old_goals], [g.title for g in new_goals])
    action_pairs = _match([a.text for a in old_actions], [a.text for a in new_actions])
    kept_old_goals, kept_new_goals = {i for i, _ in goal_pairs}, {j for _, j in goal_pairs}
    kept_old, kept_new = {i for i, _ in action_pairs}, {j for _, j in action_pairs}
    before, after = _agencies(old_actions, skip_kinds), _agencies(new_actions, skip_kinds)
    share_old, share_new = _shares(old_actions, objectives), _shares(new_actions, objectives)
    return PlanChange(
        county_code=new.county_code or "",
        kind=new.kind or "",
        old=old,
        new=new,
        goals_added=tuple(g for j, g in enumerate(new_goals) if j not in kept_new_goals),
        goals_removed=tuple(g for i, g in enumerate(old_goals) if i not in kept_old_goals),
        goals_kept=tuple((old_goals[i], new_goals[j]) for i, j in goal_pairs),
        actions_added=tuple(a for j, a in enumerate(new_actions) if j not in kept_new),
        actions_removed=tuple(a for i, a in enumerate(old_actions) if i not in kept_old),
        actions_kept=tuple((old_actions[i], new_actions[j]) for i, j in action_pairs),
        agencies_entered=tuple(sorted(after - before)),
        agencies_left=tuple(sorted(before - after)),
        shares=tuple((o.code, share_old[o.code], share_new[o.code]) for o in objectives),
    )


def plan_changes(
    documents: Sequence[DocumentRow],
    goals: Sequence[GoalRow],
    actions: Sequence[ActionRow],
    objectives: Sequence[ObjectiveRow],
) -> list[PlanChange]:
    """Every version pair of the corpus (`version_pairs`) compared."""
    goals_of: dict[int, list[GoalRow]] = defaultdict(list)
    actions_of: dict[int, list[ActionRow]] = defaultdict(list)
    for g in goals:
        goals_of[g.document_id].append(g)
    for a in actions:
        actions_of[a.document_id].append(a)
    return [compare_versions(old, new, goals_of[old.id] + goals_of[new.id],
                             actions_of[old.id] + actions_of[new.id], objectives)
            for old, new in version_pairs(documents)]  # fmt: skip
