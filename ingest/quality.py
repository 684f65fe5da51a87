"""Text quality of extracted goals and actions: the share of their words that are Swedish
dictionary words after OCR repair (ingest.repair.text_quality). What OCR left garbled lowers
an item's confidence, so `kvinnofrid review` lists the most damaged first."""

from __future__ import annotations

from collections.abc import Iterable

from models.records import Action, Goal

GOOD_QUALITY = 0.9  # at or above: the text reads as Swedish; below, confidence drops with it


def scaled_confidence(confidence: float, quality: float | None) -> float:
    """The confidence of an item whose text has this quality: unchanged at GOOD_QUALITY or
    above, in proportion below it (quality 0.6 -> two thirds of it)."""
    if quality is None or quality >= GOOD_QUALITY:
        return confidence
    return round(confidence * quality / GOOD_QUALITY, 3)


def rate_items(goals: Iterable[Goal], actions: Iterable[Action]) -> None:
    """Set text_quality on every goal and action and lower the confidence of damaged ones."""
    from ingest.repair import text_quality

    for goal in goals:
        goal.text_quality = _rounded(text_quality(goal.title))
        goal.confidence = scaled_confidence(goal.confidence, goal.text_quality)
    for action in actions:
        action.text_quality = _rounded(text_quality(action.text))
        action.confidence = scaled_confidence(action.confidence, action.text_quality)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
