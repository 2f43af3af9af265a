"""Measure one bundle on one labelled set, per guideline, the way the retrain gate compares two bundles.

For each guideline (and ``reject``, the overall "breaks a conduct guideline"
score) over the rows whose labels speak about it (``mapping.labels_for``):
rows, positives, ROC-AUC and average precision of the final score, F1 when
flagging at the bundle's reject cut and at its review cut (for ``reject``: the
decision auto-reject / not auto-approve). Then the decision mix and automation
rate; for moderators' decisions also how often the bundle's decision agrees
with the moderator's, and the two kinds of error that matter: auto-approving a
comment a moderator rejected (``missed``) and auto-rejecting one a moderator
approved (``overruled``).

Usage::

    result = evaluate_set("public test", rows, load_bundle_scorer(path))
    result.guidelines["profanity"].roc_auc
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score

from tribune.ml.bundle import BundleScorer
from tribune.ml.labels import GUIDELINES, Decision, Label
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.ml.training.datasets import Row
from tribune.ml.training.mapping import labels_for
from tribune.ml.training.metrics import auc, decision_mix, decisions, f1_at
from tribune.ml.training.safety import safety_numbers
from tribune.ml.training.scoring import final_scores

KEYS: tuple[str, ...] = (*(str(g) for g in GUIDELINES), str(Label.REJECT))
"""What is measured and gated: every guideline, then the overall ``reject`` score."""


@dataclass(frozen=True)
class GuidelineMetrics:
    """One guideline on one set. NaN where a metric is undefined (one class only)."""

    rows: int
    positives: int
    roc_auc: float
    avg_precision: float
    f1_reject: float
    f1_review: float

    @property
    def negatives(self) -> int:
        return self.rows - self.positives


@dataclass(frozen=True)
class SetResult:
    """One bundle on one set: per-key metrics, decision mix, agreement with moderators (decisions only)."""

    name: str
    rows: int
    guidelines: dict[str, GuidelineMetrics]
    mix: dict[str, float]
    automation: float
    agreement: dict[str, float] = field(default_factory=dict)
    safety: dict[str, float] = field(default_factory=dict)
    """``safety.SafetyNumbers`` of the set as a dict (violations auto-approved, clean approved ...)."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def average_precision(y: np.ndarray, s: np.ndarray) -> float:
    """Average precision, or NaN when only one class is present."""
    return float(average_precision_score(y, s)) if 0 < int(y.sum()) < len(y) else float("nan")


def _cut(policy: DecisionPolicy, key: str) -> Threshold:
    return policy.threshold(key if key in policy.thresholds else Label.ABUSE)


def metrics_for(
    scores: Sequence[dict[str, float]],
    labels: Sequence[dict[str, int]],
    policy: DecisionPolicy,
    languages: Sequence[str | None] | None = None,
) -> dict[str, GuidelineMetrics]:
    """Per-key metrics of final ``scores`` against their rows' ``labels`` (keys with no labelled row left out)."""
    made = decisions(scores, policy, languages)
    out: dict[str, GuidelineMetrics] = {}
    for key in KEYS:
        idx = [i for i, lab in enumerate(labels) if key in lab]
        if not idx:
            continue
        y = np.array([labels[i][key] for i in idx], dtype=np.int64)
        s = np.array([scores[i][key] for i in idx], dtype=np.float64)
        if key == Label.REJECT:
            rejected = np.array([float(made[i] == Decision.REJECT) for i in idx])
            flagged = np.array([float(made[i] != Decision.APPROVE) for i in idx])
            f1_rej, f1_rev = f1_at(y, rejected, 0.5), f1_at(y, flagged, 0.5)
        else:
            cut = _cut(policy, key)
            f1_rej, f1_rev = f1_at(y, s, cut.reject), f1_at(y, s, cut.review)
        out[key] = GuidelineMetrics(
            len(idx), int(y.sum()), auc(y, s), average_precision(y, s), f1_rej, f1_rev
        )
    return out


def agreement(rows: Sequence[Row], made: Sequence[Decision]) -> dict[str, float]:
    """Shares of moderators' decisions the bundle agrees with, defers, misses and overrules."""
    total = max(len(rows), 1)
    human = [r.raw.get("decision") for r in rows]
    pairs = list(zip(human, made, strict=True))
    return {
        "agree": sum(
            (h == "approve" and d == Decision.APPROVE) or (h == "reject" and d == Decision.REJECT)
            for h, d in pairs
        )
        / total,
        "deferred": sum(d == Decision.REVIEW for _, d in pairs) / total,
        "missed": sum(h == "reject" and d == Decision.APPROVE for h, d in pairs) / total,
        "overruled": sum(h == "approve" and d == Decision.REJECT for h, d in pairs) / total,
    }


def evaluate_set(name: str, rows: Sequence[Row], scorer: BundleScorer) -> SetResult:
    """Score ``rows`` with ``scorer`` as the site would and measure it (see the module docstring)."""
    if not rows:
        return SetResult(name, 0, {}, {}, float("nan"))
    probs, _ = scorer.cascade_probabilities([r.text for r in rows], [r.lang for r in rows])
    scores = final_scores(probs, scorer.heads, rows, progress=False)
    labels = [labels_for(r) for r in rows]
    langs = [r.lang for r in rows]
    mix = decision_mix(scores, scorer.policy, langs)
    feedback = all(r.dataset == "feedback" for r in rows)
    return SetResult(
        name=name,
        rows=len(rows),
        guidelines=metrics_for(scores, labels, scorer.policy, langs),
        mix=mix,
        automation=mix["approve"] + mix["reject"],
        agreement=agreement(rows, decisions(scores, scorer.policy, langs)) if feedback else {},
        safety=asdict(safety_numbers(scores, labels, langs, scorer.policy)),
    )
