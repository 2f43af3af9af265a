"""MLP sentence heads (training-only): they learn what a linear head cannot, and refuse one-class data."""

from __future__ import annotations

import numpy as np

from tribune.ml.training.metrics import auc
from tribune.ml.training.mlp_heads import fit_mlp_head
from tribune.ml.training.sentence_heads import fit_sentence_head

DIM = 16


def _xor(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows whose label is the sign agreement of two coordinates: no linear head can rank them."""
    rng = np.random.default_rng(seed)
    E = rng.normal(size=(n, DIM)).astype(np.float32)
    y = (E[:, 0] * E[:, 1] > 0).astype(np.int64)
    return E, y


def test_an_mlp_head_learns_what_a_logistic_head_cannot() -> None:
    E, y = _xor(1200, 1)
    E_val, y_val = _xor(400, 2)
    E_test, y_test = _xor(400, 3)
    groups = np.array(["a", "b"] * 600)
    mlp = fit_mlp_head(E, y, groups, E_val, y_val, sizes=(32,), alphas=(1e-4,))
    log = fit_sentence_head(E, y, groups, E_val, y_val)
    assert mlp is not None and log is not None
    assert auc(y_test, mlp.predict(E_test)) > 0.75
    assert auc(y_test, log.predict(E_test)) < 0.6
    assert mlp.w1.shape == (DIM, 32) and mlp.size == 32 and 1 <= mlp.epochs


def test_an_mlp_head_needs_both_classes() -> None:
    E, _ = _xor(100, 4)
    zeros = np.zeros(100, dtype=np.int64)
    assert fit_mlp_head(E, zeros, np.array(["a"] * 100), E, zeros) is None
