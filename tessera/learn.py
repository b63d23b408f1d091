"""Small trained models: L2-regularised logistic regression over named features.

For the stages whose choices are learned from the real-news study halves
(`tessera.confidence`: is an incident right) and their training scripts.
A model is data, a JSON object `{"weights": {feature: weight}, "bias": b, ...}` under
tessera/data/, written by a script under scripts/ (`fit`, `as_model`); at run time only
`probability` is used, in pure Python. Training helpers (`fit`, `auc`, `fold_of`) need numpy,
which spaCy installs.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is only needed to train
    import numpy as np

FOLDS = 5


def probability(values: Mapping[str, float], model: Mapping[str, Any]) -> float:
    """The model's probability for one row of feature values (a feature the row lacks counts 0)."""
    z = model["bias"] + sum(weight * values.get(name, 0.0) for name, weight in model["weights"].items())
    if z < -700:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method; the bias is not penalised."""
    import numpy as np

    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.eye(xb.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        gradient = xb.T @ (p - y) + penalty @ w
        hessian = xb.T @ (xb * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[1:], float(w[0])


def as_model(weights: Sequence[float], bias: float, names: Sequence[str]) -> dict[str, Any]:
    """Fitted weights as the JSON object `probability` reads (rounded to 4 places)."""
    return {"weights": {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)},
            "bias": round(bias, 4)}


def auc(probabilities: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve: the chance a right item ranks above a wrong one (ties half)."""
    right = [p for p, y in zip(probabilities, labels, strict=True) if y]
    wrong = [p for p, y in zip(probabilities, labels, strict=True) if not y]
    if not right or not wrong:
        return float("nan")
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def fold_of(article_id: str, folds: int = FOLDS) -> int:
    """The cross-validation fold of an article: a stable hash of its id."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % folds
