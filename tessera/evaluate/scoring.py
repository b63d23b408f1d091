"""Shared pieces of the metric modules: span overlap, P/R/F1, and the typed results.

Input: numbers of matches and spans. Output: `Score` (figures, counts, error notes),
which every metric module (`entities`, `places`, `dates`, `events`, `ipe`) returns and
`tessera.evaluate.evaluate` wraps into an `EvaluationReport`.
Nothing here runs the pipeline: metric code is pure (gold + predictions -> figures).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ErrorCategory = Literal["missed", "wrong", "spurious"]


class ErrorNote(BaseModel):
    """One error an analyst can look at: what was missed, got wrong, or made up."""

    model_config = ConfigDict(frozen=True)

    item: str
    category: ErrorCategory
    text: str
    detail: str = ""
    start: int | None = None
    end: int | None = None

    @classmethod
    def at(cls, item: str, category: ErrorCategory, span: Any, detail: str = "") -> ErrorNote:
        """A note on a gold or predicted span (anything with `text`, `start`, `end`)."""
        return cls(item=item, category=category, text=span.text or "", detail=detail, start=span.start, end=span.end)


class Score(BaseModel):
    """What a metric module computes over one gold set."""

    figures: dict[str, float | None]
    counts: dict[str, int] = Field(default_factory=dict)
    errors: list[ErrorNote] = Field(default_factory=list)


def overlaps(start_a: int, end_a: int, start_b: int, end_b: int) -> bool:
    """Whether two half-open character spans share at least one character."""
    return start_a < end_b and start_b < end_a


def overlap_length(start_a: int, end_a: int, start_b: int, end_b: int) -> int:
    return max(0, min(end_a, end_b) - max(start_a, start_b))


def ratio(numerator: int, denominator: int) -> float | None:
    """A share, or None when there is nothing to take it over (not 0: nothing was measured)."""
    return numerator / denominator if denominator else None


def f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; a missing side (no output, or no gold) counts as 0 when the other exists."""
    if precision is None and recall is None:
        return None
    precision, recall = precision or 0.0, recall or 0.0
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def prf(
    true_positives: int, false_positives: int, false_negatives: int
) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 from counts (None where there is nothing to measure)."""
    precision = ratio(true_positives, true_positives + false_positives)
    recall = ratio(true_positives, true_positives + false_negatives)
    return precision, recall, f1(precision, recall)
