"""Regression guard: the real pipeline on the first items of each gold dev set.

Fails when a figure gets more than `tolerance` (2 points) worse than the one recorded in
expected_figures.json (rewrite it on purpose with
`python scripts/eval_all.py --update-expected`). Skips cleanly when the gold folder
(../shared/gold beside the repository, or $GOLD_DIR) is absent: gold data is never
committed. Kept fast: each set's first `limit` items (about 20,000 characters), one pipeline for the session.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tessera.evaluate import evaluate, find_gold_sets

REPO = Path(__file__).resolve().parents[2]
EXPECTED_FILE = Path(__file__).with_name("expected_figures.json")
EXPECTED: dict[str, Any] = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
GOLD_DIR = Path(os.environ.get("GOLD_DIR") or REPO.parent / "shared" / "gold")


def worse_by(metric: str, expected: float, actual: float) -> float:
    """How much worse `actual` is than `expected` (negative when better)."""
    if metric in EXPECTED.get("lower_is_better", []):
        return actual - expected
    return expected - actual


def test_worse_by_knows_direction() -> None:
    assert worse_by("f1", 0.80, 0.75) == pytest.approx(0.05)
    if "noevent_fpr" in EXPECTED.get("lower_is_better", []):
        assert worse_by("noevent_fpr", 0.10, 0.05) == pytest.approx(-0.05)


@pytest.mark.parametrize("dataset", sorted(EXPECTED["sets"]) or ["(none recorded)"])
def test_figures_do_not_drop(dataset: str, request: pytest.FixtureRequest) -> None:
    if not EXPECTED["sets"]:
        pytest.skip("no figures recorded yet: run `python scripts/eval_all.py --update-expected`")
    if not GOLD_DIR.is_dir():
        pytest.skip(f"gold folder {GOLD_DIR} absent (it lives outside the repository)")
    by_name = {gold_set.dataset: gold_set for gold_set in find_gold_sets(GOLD_DIR)}
    if dataset not in by_name:
        pytest.skip(f"gold set {dataset} not found under {GOLD_DIR}")
    gold_set = by_name[dataset]
    pipeline = request.getfixturevalue("pipeline")  # one per session (tests/conftest.py)

    recorded = EXPECTED["sets"][dataset]
    report = evaluate(gold_set.kind, gold_set.path, limit=recorded["limit"], extractor=pipeline.extract_many)

    tolerance = EXPECTED["tolerance"]
    drops = []
    if report.failures > recorded.get("failures", 0):
        drops.append(f"failed articles: {recorded.get('failures', 0)} -> {report.failures}")
    for metric, expected in recorded["figures"].items():
        actual = report.figures.get(metric)
        if actual is None:
            drops.append(f"{metric}: {expected:.3f} -> not measured")
        elif worse_by(metric, expected, actual) > tolerance + 1e-9:
            drops.append(f"{metric}: {expected:.3f} -> {actual:.3f}")
    assert not drops, (
        f"{dataset} (first {recorded['limit']} items) got worse: "
        + "; ".join(drops)
        + ". If intended, rerun `python scripts/eval_all.py --update-expected`."
    )
