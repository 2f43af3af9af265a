"""Fit one calibrated linear head per label on the rows that speak about it (masked multi-task).

For each head: an SGD logistic regression on the hashed features of the train
rows where ``mapping.labels_for`` gives that head a label, with balanced class
weights and the L2 strength picked from a small grid by validation ROC-AUC.
The weights are then pruned to the ``keep`` largest by magnitude (the bundle
must stay small) and Platt-scaled on validation: ``p = sigmoid(a * z + b)`` with
``z = x . w + w0`` computed with the *pruned* weights, so the calibration matches
what ships (train rows only when validation has under 30 rows or one class).

Usage::

    head = fit_head(X_train, y_train, X_val, y_val, keep=40_000)
    probs = head.predict(X_test)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import roc_auc_score

ALPHAS = (5e-7, 1e-6, 4e-6, 1.6e-5)
MIN_CALIBRATION = 30


@dataclass
class Head:
    """A trained head: sparse weights, intercept and Platt parameters.

    index (np.ndarray): int32 feature columns kept; weight (np.ndarray): their float16 weights.
    """

    index: np.ndarray
    weight: np.ndarray
    intercept: float
    platt_a: float
    platt_b: float
    alpha: float
    val_auc: float

    def margin(self, X: sp.csr_matrix) -> np.ndarray:
        margin: np.ndarray = np.asarray(X[:, self.index] @ self.weight.astype(np.float32)).ravel()
        return margin + self.intercept

    def predict(self, X: sp.csr_matrix) -> np.ndarray:
        return _sigmoid(self.platt_a * self.margin(X) + self.platt_b)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    return float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else float("nan")


def _prune(coef: np.ndarray, keep: int) -> tuple[np.ndarray, np.ndarray]:
    nonzero = np.flatnonzero(coef)
    if len(nonzero) > keep:
        nonzero = nonzero[np.argpartition(-np.abs(coef[nonzero]), keep)[:keep]]
    nonzero.sort()
    return nonzero.astype(np.int32), coef[nonzero].astype(np.float16)


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if y.min() == y.max():
        return 1.0, 0.0
    model = LogisticRegression(C=100.0, max_iter=1000).fit(z.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def balanced_weights(y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per-row weights giving each group's positives and negatives equal total weight (mean 1).

    A group with one class only keeps weight 1 per row.
    """
    weights = np.ones(len(y), dtype=np.float64)
    for group in np.unique(groups):
        rows = groups == group
        pos = int(y[rows].sum())
        neg = int(rows.sum()) - pos
        if pos and neg:
            weights[rows & (y == 1)] = rows.sum() / (2 * pos)
            weights[rows & (y == 0)] = rows.sum() / (2 * neg)
    return weights * (len(y) / weights.sum())


def fit_head(
    X: sp.csr_matrix,
    y: np.ndarray,
    X_val: sp.csr_matrix,
    y_val: np.ndarray,
    *,
    keep: int = 40_000,
    alphas: tuple[float, ...] = ALPHAS,
    epochs: int = 12,
    seed: int = 13,
    groups: np.ndarray | None = None,
) -> Head:
    """Train, choose alpha on validation, prune to ``keep`` weights, calibrate on validation.

    ``groups`` (one dataset name per training row) balances classes *within* each
    dataset: its positives and its negatives weigh the same in total, so a head
    cannot learn a dataset's mix (82% of the Aljazeera comments are offensive)
    as a property of its language or script.

    With a single class (or no rows) there is nothing to learn: the head is a
    constant at the observed rate, clipped to [0.01, 0.99] (0.01 without rows).
    """
    if len(y) == 0 or y.min() == y.max():
        rate = float(np.clip(y.mean() if len(y) else 0.01, 0.01, 0.99))
        empty = np.zeros(0, dtype=np.int32)
        return Head(
            empty,
            np.zeros(0, dtype=np.float16),
            float(np.log(rate / (1 - rate))),
            1.0,
            0.0,
            0.0,
            float("nan"),
        )
    best: tuple[float, float, SGDClassifier] | None = None
    for alpha in alphas:
        model = SGDClassifier(
            loss="log_loss",
            alpha=alpha,
            max_iter=epochs,
            tol=None,
            class_weight=None if groups is not None else "balanced",
            average=True,
            random_state=seed,
        ).fit(X, y, sample_weight=None if groups is None else balanced_weights(y, groups))
        auc = _auc(y_val, model.decision_function(X_val)) if len(y_val) else 0.0
        if best is None or (not np.isnan(auc) and auc > best[0]):
            best = (auc, alpha, model)
    assert best is not None
    _, alpha, model = best
    index, weight = _prune(model.coef_.ravel(), keep)
    head = Head(index, weight, float(model.intercept_[0]), 1.0, 0.0, alpha, float("nan"))
    # Calibrate on validation; a validation part too small or one-class falls back to train.
    usable = len(y_val) >= MIN_CALIBRATION and 0 < y_val.sum() < len(y_val)
    X_cal, y_cal = (X_val, y_val) if usable else (X, y)
    head.platt_a, head.platt_b = _platt(head.margin(X_cal), y_cal)
    if len(y_val):
        head.val_auc = _auc(y_val, head.margin(X_val))
    return head
