"""Logistic heads over frozen sentence embeddings, and the weight that blends them with the n-gram heads.

Each head is an L2 logistic regression on the 512-wide embedding of the rows
its label speaks about (``mapping.labels_for``), classes balanced within each
dataset (``heads.balanced_weights``), ``C`` picked on validation ROC-AUC, then
Platt-scaled on validation. The blend is in logit space,
``z = w * z_ngram + (1 - w) * z_sentence``, with ``w`` from ``BLENDS`` chosen
per head by the *mean per-dataset* validation ROC-AUC over the languages the
encoder covers (a weight that helps one big set but hurts the others loses).

Usage::

    heads = fit_sentence_heads(E_train, labels_train, groups, E_val, labels_val, val_groups)
    blended = blend(ngram_probs, sentence_probs, weight)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from tribune.ml.training.heads import balanced_weights
from tribune.ml.training.metrics import auc

CS = (0.3, 1.0, 4.0)
BLENDS = (1.0, 0.75, 0.5, 0.25)
"""Candidate n-gram weights; 1.0 keeps the n-gram head alone."""
MIN_ROWS = 40


@dataclass
class SentenceHead:
    """weight (np.ndarray): 512 float32; the logit is ``E @ weight + intercept``, then Platt."""

    weight: np.ndarray
    intercept: float
    platt_a: float
    platt_b: float
    val_auc: float

    def predict(self, E: np.ndarray) -> np.ndarray:
        return sigmoid(self.platt_a * (E @ self.weight + self.intercept) + self.platt_b)


def sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    out: np.ndarray = np.log(q / (1 - q))
    return out


def blend(ngram: np.ndarray, sentence: np.ndarray, weight: float) -> np.ndarray:
    """Probabilities blended in logit space with n-gram weight ``weight``."""
    return sigmoid(weight * logit(ngram) + (1.0 - weight) * logit(sentence))


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if y.min() == y.max():
        return 1.0, 0.0
    model = LogisticRegression(C=100.0, max_iter=1000).fit(z.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def fit_sentence_head(
    E: np.ndarray, y: np.ndarray, groups: np.ndarray, E_val: np.ndarray, y_val: np.ndarray
) -> SentenceHead | None:
    """One head, or None when either part has too few rows or one class."""
    if len(y) < MIN_ROWS or y.min() == y.max() or len(y_val) < MIN_ROWS or y_val.min() == y_val.max():
        return None
    weights = balanced_weights(y, groups)
    best: tuple[float, LogisticRegression] | None = None
    for c in CS:
        model = LogisticRegression(C=c, max_iter=300).fit(E, y, sample_weight=weights)
        score = auc(y_val, model.decision_function(E_val))
        if best is None or score > best[0]:
            best = (score, model)
    assert best is not None
    score, model = best
    w = model.coef_.ravel().astype(np.float32)
    b = float(model.intercept_[0])
    a, c0 = _platt(E_val @ w + b, y_val)
    return SentenceHead(w, b, a, c0, score)


def per_dataset_auc(y: np.ndarray, s: np.ndarray, groups: np.ndarray) -> float:
    """Mean ROC-AUC over the groups where it is defined (NaN if none)."""
    values = [auc(y[groups == g], s[groups == g]) for g in np.unique(groups)]
    defined = [v for v in values if not np.isnan(v)]
    return float(np.mean(defined)) if defined else float("nan")


def choose_blend(ngram: np.ndarray, sentence: np.ndarray, y: np.ndarray, groups: np.ndarray) -> float:
    """The n-gram weight in ``BLENDS`` with the best mean per-dataset ROC-AUC (ties keep more n-gram)."""
    best_w, best = 1.0, per_dataset_auc(y, ngram, groups)
    for w in BLENDS[1:]:
        score = per_dataset_auc(y, blend(ngram, sentence, w), groups)
        if not np.isnan(score) and (np.isnan(best) or score > best + 1e-4):
            best_w, best = w, score
    return best_w


def fit_all(
    heads: Sequence[str],
    E: np.ndarray,
    labels: Sequence[Mapping[str, int]],
    groups: np.ndarray,
    E_val: np.ndarray,
    val_labels: Sequence[Mapping[str, int]],
) -> dict[str, SentenceHead]:
    """A head for every label with enough rows of both classes in train and validation."""
    out: dict[str, SentenceHead] = {}
    for head in heads:
        tr = np.array([head in lab for lab in labels])
        va = np.array([head in lab for lab in val_labels])
        y = np.array([lab.get(head, 0) for lab in labels])
        y_val = np.array([lab.get(head, 0) for lab in val_labels])
        fitted = fit_sentence_head(E[tr], y[tr], groups[tr], E_val[va], y_val[va])
        if fitted is not None:
            out[head] = fitted
    return out
