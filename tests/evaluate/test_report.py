"""docs/ACCURACY.md rendering and the targets data."""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.evaluate import EvaluationReport
from tessera.evaluate.report import Target, load_targets, render_accuracy


def report(dataset: str, kind: str, **figures: float | None) -> EvaluationReport:
    return EvaluationReport(
        kind=kind, dataset=dataset, gold_path=f"{dataset}.jsonl", items=10, figures=figures, articles_per_second=12.5
    )


def test_targets_load_and_compare() -> None:
    targets = load_targets()
    assert {t.kind for t in targets} == {"places", "dates", "entities", "events", "ipe"}
    fpr = next(t for t in targets if t.metric == "noevent_fpr")
    assert fpr.met(0.05) is True and fpr.met(0.2) is False and fpr.met(None) is None
    with pytest.raises(ValueError):
        Target(kind="events", gold_set="x", metric="f1", target="about 0.7")


def test_accuracy_table_has_figures_targets_and_references() -> None:
    targets = [
        Target(kind="places", gold_set="gwn", metric="acc161_detected", target=">= 0.95", reference="Mordecai3 94.1%"),
        Target(kind="events", gold_set="gsr", metric="f1", target=">= 0.70"),
        Target(kind="dates", gold_set="absent", metric="span_recall", target=">= 0.90"),
    ]
    text = render_accuracy(
        [
            report("gwn", "places", median_error_km=1234.5, acc161_detected=0.9612),
            report("gsr", "events", f1=0.5, precision=None),
        ],
        commit="abc1234",
        date=dt.date(2026, 1, 2),
        targets=targets,
        references={("gsr", "f1"): "baseline: 0.400"},
        throughput_note="not measured",
    )
    assert "2026-01-02" in text and "`abc1234`" in text
    lines = text.splitlines()
    gwn_rows = [line for line in lines if "| gwn |" in line]
    assert "acc161_detected" in gwn_rows[0]  # targeted figures first
    assert "| 0.961 | Mordecai3 94.1% | >= 0.95 | yes |" in gwn_rows[0]
    assert "| 1,234.5 |" in gwn_rows[1]
    assert "| gsr | 10 | f1 | 0.500 | baseline: 0.400 | >= 0.70 | **no** |" in text
    assert "| precision | n/a |" in text
    assert "absent span_recall" in text
    assert "not measured" in text and "gwn 12.5" in text
