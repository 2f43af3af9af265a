"""Small non-linear heads over frozen sentence embeddings: one ReLU hidden layer, then a logit.

The counterpart of ``sentence_heads.fit_sentence_head`` with a hidden layer:
scikit-learn's ``MLPClassifier`` (Adam, L2 ``alpha``) is trained one epoch at a
time with the same per-dataset balanced row weights, and the epoch with the
best validation ROC-AUC is kept (patience ``PATIENCE``); width and ``alpha``
come from ``SIZES`` x ``ALPHAS``, by validation ROC-AUC as ``C`` is for the
logistic head, then Platt on validation. The fitted head is plain arrays
(``MlpHead``), whose forward pass is numpy only. Used by the comparisons in
``nonlinear_probe`` and ``kurdish_probe``; the bundle does not ship these heads
(they did not generalise across datasets: see docs/models.md).

Usage::

    head = fit_mlp_head(E, y, groups, E_val, y_val)      # None when a part has one class
    probs = head.predict(E_test)
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

from tribune.ml.training.heads import balanced_weights
from tribune.ml.training.metrics import auc
from tribune.ml.training.sentence_heads import MIN_ROWS, _platt, sigmoid

SIZES = (64, 256)
ALPHAS = (1e-4, 1e-2)
MAX_EPOCHS = 40
PATIENCE = 4
SEED = 17


@dataclass
class MlpHead:
    """w1 (dim, hidden), b1 (hidden,), w2 (hidden,), b2: the raw logit is ``relu(E @ w1 + b1) @ w2 + b2``."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    platt_a: float
    platt_b: float
    val_auc: float
    size: int
    alpha: float
    epochs: int

    def margin(self, E: np.ndarray) -> np.ndarray:
        hidden = np.maximum(E @ self.w1 + self.b1, 0.0)
        out: np.ndarray = hidden @ self.w2 + self.b2
        return out

    def predict(self, E: np.ndarray) -> np.ndarray:
        return sigmoid(self.platt_a * self.margin(E) + self.platt_b)


def _arrays(model: MLPClassifier) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    w1, w2 = model.coefs_
    b1, b2 = model.intercepts_
    return (
        w1.astype(np.float32),
        b1.astype(np.float32),
        w2.ravel().astype(np.float32),
        float(b2[0]),
    )


def _train(
    E: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray,
    E_val: np.ndarray,
    y_val: np.ndarray,
    size: int,
    alpha: float,
) -> tuple[float, tuple[np.ndarray, np.ndarray, np.ndarray, float], int]:
    """(best validation ROC-AUC, the arrays at that epoch, epochs run to it)."""
    model = MLPClassifier(
        hidden_layer_sizes=(size,), alpha=alpha, batch_size=256, learning_rate_init=1e-3, random_state=SEED
    )
    best: tuple[float, tuple[np.ndarray, np.ndarray, np.ndarray, float], int] | None = None
    stale = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for epoch in range(1, MAX_EPOCHS + 1):
            model.partial_fit(E, y, sample_weight=weights, classes=np.array([0, 1]))
            arrays = _arrays(model)
            w1, b1, w2, b2 = arrays
            score = auc(y_val, np.maximum(E_val @ w1 + b1, 0.0) @ w2 + b2)
            if best is None or score > best[0] + 1e-4:
                best, stale = (score, arrays, epoch), 0
            else:
                stale += 1
                if stale >= PATIENCE:
                    break
    assert best is not None
    return best


def fit_mlp_head(
    E: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    E_val: np.ndarray,
    y_val: np.ndarray,
    sizes: tuple[int, ...] = SIZES,
    alphas: tuple[float, ...] = ALPHAS,
) -> MlpHead | None:
    """One head (see the module docstring), or None when either part has too few rows or one class."""
    if len(y) < MIN_ROWS or y.min() == y.max() or len(y_val) < MIN_ROWS or y_val.min() == y_val.max():
        return None
    weights = balanced_weights(y, groups)
    best: tuple[float, tuple[np.ndarray, np.ndarray, np.ndarray, float], int, int, float] | None = None
    for size in sizes:
        for alpha in alphas:
            score, arrays, epochs = _train(E, y, weights, E_val, y_val, size, alpha)
            if best is None or score > best[0]:
                best = (score, arrays, epochs, size, alpha)
    assert best is not None
    score, (w1, b1, w2, b2), epochs, size, alpha = best
    z_val = np.maximum(E_val @ w1 + b1, 0.0) @ w2 + b2
    a, c0 = _platt(z_val, y_val)
    return MlpHead(w1, b1, w2, b2, a, c0, score, size, alpha, epochs)
