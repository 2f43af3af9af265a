"""Metrics shared by training and evaluation: AUC, F1 at a threshold, decision mix, constructive pass rate.

Usage::

    mix = decision_mix(scores, policy)            # {"approve": 0.61, "review": 0.22, "reject": 0.17}
    rate = rejection_rate(scores, policy, mask)   # share of masked rows auto-rejected
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from sklearn.metrics import f1_score, roc_auc_score

from tribune.ml.labels import Decision
from tribune.ml.policy import DecisionPolicy


def auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC-AUC, or NaN when only one class is present."""
    return float(roc_auc_score(y, s)) if 0 < int(y.sum()) < len(y) else float("nan")


def f1_at(y: np.ndarray, s: np.ndarray, threshold: float) -> float:
    return float(f1_score(y, (s >= threshold).astype(int), zero_division=0)) if len(y) else float("nan")


Languages = Sequence[str | None] | None


def decisions(
    scores: Sequence[Mapping[str, float]], policy: DecisionPolicy, languages: Languages = None
) -> list[Decision]:
    """The policy's decision per row; ``languages`` (one per row) selects each row's approve cut."""
    langs = languages if languages is not None else [None] * len(scores)
    return [policy.decide(row, lang)[0] for row, lang in zip(scores, langs, strict=True)]


def decision_mix(
    scores: Sequence[Mapping[str, float]], policy: DecisionPolicy, languages: Languages = None
) -> dict[str, float]:
    """Share of rows approved, sent to review and rejected."""
    made = decisions(scores, policy, languages)
    total = max(len(made), 1)
    return {
        str(d): sum(x == d for x in made) / total
        for d in (Decision.APPROVE, Decision.REVIEW, Decision.REJECT)
    }


def rejection_rate(
    scores: Sequence[Mapping[str, float]], policy: DecisionPolicy, languages: Languages = None
) -> tuple[float, float]:
    """(auto-rejected share, share not auto-approved) of the given rows."""
    mix = decision_mix(scores, policy, languages)
    return mix["reject"], mix["reject"] + mix["review"]
