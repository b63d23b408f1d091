"""tessera.learn: the small logistic models trained stages share."""

from __future__ import annotations

import numpy as np
import pytest

from tessera import learn


def test_fit_separates_a_learnable_feature_and_probability_reads_it_back() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.1 * rng.normal(size=400) > 0).astype(float)
    weights, bias = learn.fit(x, y)
    model = learn.as_model(weights, bias, ("signal", "noise"))
    assert model["weights"]["signal"] > 3 * abs(model["weights"]["noise"])
    assert learn.probability({"signal": 2.0, "noise": 0.0}, model) > 0.9
    assert learn.probability({"signal": -2.0, "noise": 0.0}, model) < 0.1


def test_probability_counts_a_missing_feature_as_zero_and_never_overflows() -> None:
    model = {"weights": {"a": 1.0, "b": -2.0}, "bias": 0.0}
    assert learn.probability({"a": 0.0}, model) == pytest.approx(0.5)
    assert learn.probability({"b": 1000.0}, model) == 0.0
    assert learn.probability({"a": 1000.0}, model) == 1.0


def test_auc_and_folds() -> None:
    assert learn.auc([0.9, 0.8, 0.1], [1, 1, 0]) == 1.0
    assert learn.auc([0.5, 0.5], [1, 0]) == 0.5
    assert all(learn.fold_of(f"en-{i:03d}") == learn.fold_of(f"en-{i:03d}") for i in range(20))
    assert {learn.fold_of(f"en-{i:03d}") for i in range(50)} == set(range(learn.FOLDS))
