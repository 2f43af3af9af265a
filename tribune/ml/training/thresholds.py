"""Choose the safety-first ``DecisionPolicy`` on validation scores (``tribune.ml.combine``'s final scores).

The two sides of the policy are set by different promises:

* **Reject** (per guideline): the lowest cut whose precision reaches
  ``reject_precision`` (0.95) pooled *and* in every language, computed at an
  assumed site ``prevalence`` of violations (0.25: validation sets are about
  half offensive, a news site's submissions less so), with at least
  ``min_support`` flagged rows. Threat, abuse and
  personal_attack reject cuts are capped at the lexicon's ``PATTERN_WEIGHT``
  (``CEILINGS``): a threat or dehumanisation template always rejects.
* **Approve** (per language): the overall ``reject`` score must fall under the
  language's cut. On every validation dataset of the language with at least
  ``min_violations`` violations, the cut is the highest one that leaves at most
  ``miss_rate`` (2%, ``approve_cuts.MISS_RATE``) of its violations auto-approved, counting the guideline
  review cuts that already hold some; the language takes the **lowest** of its
  datasets' cuts, so the promise holds on each kind of text seen, not only on
  the pooled mix. Languages with no labelled data (Kurdish: ``ckb``, ``kmr``)
  and any other language (``"*"``) get the lowest cut of all datasets:
  the most conservative one measured anywhere.
* **Review** (per guideline): threat has its own recall-driven cut: at most
  ``threat_miss`` of validation threats score under it, but it never holds more
  than ``threat_hold_budget`` of clean comments on its own. The other
  guidelines' review cuts are precision-driven, at the precision (``REVIEW_PRECISIONS``)
  that leaves the most clean validation comments auto-approved. Every
  conduct review cut is capped at ``REVIEW_CEILINGS`` (the lexicon's mild
  weight), so any word-list or hold-template match reaches a human.
* ``off_topic`` keeps fixed cuts (no validation row has its article) and
  promotion is floored at the rule ladder's (``FLOORS``).

What counts as a correct flag for a conduct guideline: the row's own label is 1
or its overall ``reject`` label is 1 (``decision_target``). A violation for the
approve side is ``safety.violation``: conduct or promotion.

Usage::

    policy = choose_policy(scores, labels, languages=langs, datasets=names)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from tribune.ml.combine import CONDUCT
from tribune.ml.labels import GUIDELINES, UNLABELLED
from tribune.ml.lexicon import MILD_WEIGHT, PATTERN_WEIGHT
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.ml.training.approve_cuts import (
    NEVER,
    approve_cuts,
    clean_approved,
    recall_cut,
    round_down,
)
from tribune.ml.training.safety import violation

__all__ = [
    "NEVER",
    "approve_cuts",
    "choose_policy",
    "decision_target",
    "lowest_cut",
    "recall_cut",
    "round_up",
]

OFF_TOPIC = Threshold(reject=0.9, review=0.5)
"""Fixed: no validation row has its article, so relevance cannot be tuned here (see module docstring)."""
FLOORS = {"promotion": Threshold(reject=0.9, review=0.5), "threat": Threshold(reject=0.9, review=0.0)}
"""Lowest cuts allowed. The promotion head is validated on YouTube and C3 only, so on
other text its cuts are floored at the rule ladder's: a pitch with a contact detail
(0.95) rejects, a contact detail or a pitch alone (0.55-0.8) goes to review. Threat's reject
cut stays above the lexicon's *hold* templates (veiled threats, 0.899): they reach a human,
they are not rejected."""
CEILINGS = dict(PATTERN_WEIGHT)
"""Highest reject cuts allowed: a template match must reject (see module docstring)."""
REVIEW_CEILINGS = {g: MILD_WEIGHT for g in CONDUCT}
"""Highest review cuts allowed: a mild word or a hold template must reach a human."""


def decision_target(labels: Mapping[str, int], guideline: str) -> int | None:
    """1 if flagging ``guideline`` on this row is right, 0 if wrong, None if the row cannot say."""
    if guideline not in CONDUCT:
        return labels.get(guideline)
    own, overall = labels.get(guideline), labels.get("reject")
    if own == 1 or overall == 1:
        return 1
    if overall == 0 or own == 0:
        return 0
    return None


def lowest_cut(
    scores: np.ndarray,
    y: np.ndarray,
    precision: float,
    prevalence: float | None = None,
    min_support: int = 10,
) -> float:
    """The lowest score ``t`` with precision(score >= t) >= ``precision`` over >= ``min_support`` rows.

    With ``prevalence``, precision is computed as if that share of rows were
    positive (positives and negatives reweighted), not the validation mix.
    """
    if len(scores) == 0 or y.sum() == 0:
        return NEVER
    rate = y.mean()
    pos_w, neg_w = (
        (1.0, 1.0)
        if prevalence is None or rate in (0, 1)
        else (prevalence / rate, (1 - prevalence) / (1 - rate))
    )
    order = np.argsort(-scores, kind="stable")
    s, ys = scores[order], y[order]
    hits = np.cumsum(ys * pos_w)
    weighted = hits + np.cumsum((1 - ys) * neg_w)
    flagged = np.arange(1, len(s) + 1)
    # Only cut between distinct scores: ties are flagged together.
    last_of_tie = np.r_[s[1:] != s[:-1], True]
    ok = (hits / weighted >= precision) & (flagged >= min_support) & last_of_tie
    return float(s[np.flatnonzero(ok)[-1]]) if ok.any() else NEVER


def round_up(cut: float, places: int = 6) -> float:
    """``cut`` rounded *up* to ``places`` decimals, so no score the cut left unflagged on validation is flagged.

    Rounding to nearest once turned a cut of 0.0100000074 (just above a constant
    head's 0.01) into 0.01, and every comment was rejected. Float noise below
    1e-3 of the last place is not rounded up (0.999 stays 0.999).
    """
    scale = 10**places
    return math.ceil(round(cut * scale, 3)) / scale


def _pairs(
    scores: Sequence[Mapping[str, float]], labels: Sequence[Mapping[str, int]], guideline: str
) -> tuple[np.ndarray, np.ndarray]:
    pairs = [
        (row[guideline], t)
        for row, lab in zip(scores, labels, strict=True)
        if (t := decision_target(lab, guideline)) is not None
    ]
    return np.array([p[0] for p in pairs], dtype=np.float64), np.array([p[1] for p in pairs], dtype=np.int64)


def threat_review_cut(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    *,
    miss: float,
    hold_budget: float,
) -> float:
    """Threat's review cut: ``miss`` of labelled threats under it, unless that holds over ``hold_budget`` clean."""
    threats = np.array([s["threat"] for s, lab in zip(scores, labels, strict=True) if lab.get("threat") == 1])
    clean = np.array([s["threat"] for s, lab in zip(scores, labels, strict=True) if violation(lab) == 0])
    wanted = recall_cut(threats, miss) if len(threats) else NEVER
    budget = float(np.quantile(clean, 1.0 - hold_budget)) if len(clean) else NEVER
    return max(wanted, budget)


def precise_everywhere(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    languages: Sequence[str],
    guideline: str,
    precision: float,
    prevalence: float | None,
    min_support: int = 10,
) -> float:
    """The lowest reject cut precise enough pooled *and* in every language with ``min_support`` flagged rows.

    A cut precise on the pooled mix can still reject too many clean comments in
    one language (Turkish once reached 0.86 at a pooled 0.95 cut); the strictest wins.
    """
    s, y = _pairs(scores, labels, guideline)
    cut = lowest_cut(s, y, precision, prevalence, min_support)
    for lang in dict.fromkeys(languages):
        keep = [i for i, code in enumerate(languages) if code == lang]
        ls, ly = _pairs([scores[i] for i in keep], [labels[i] for i in keep], guideline)
        if int((ls >= cut).sum()) >= min_support and ly.sum() > 0:
            cut = max(cut, lowest_cut(ls, ly, precision, prevalence, min_support))
    return cut


def guideline_cuts(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    languages: Sequence[str],
    *,
    reject_precision: float,
    review_precision: float,
    prevalence: float | None,
    threat_miss: float,
    threat_hold_budget: float,
) -> dict[str, Threshold]:
    """Reject and review cuts per guideline (see the module docstring)."""
    chosen: dict[str, Threshold] = {}
    for guideline in (str(g) for g in GUIDELINES):
        if guideline == "off_topic":
            chosen[guideline] = OFF_TOPIC
            continue
        s, y = _pairs(scores, labels, guideline)
        floor = FLOORS.get(guideline, Threshold(0.0, 0.0))
        precise = precise_everywhere(scores, labels, languages, guideline, reject_precision, prevalence)
        reject = min(max(precise, floor.reject), CEILINGS.get(guideline, NEVER))
        if guideline == "threat":
            review = threat_review_cut(scores, labels, miss=threat_miss, hold_budget=threat_hold_budget)
        else:
            review = lowest_cut(s, y, review_precision, prevalence)
        review = min(max(review, floor.review), REVIEW_CEILINGS.get(guideline, NEVER), reject)
        chosen[guideline] = Threshold(reject=round_up(reject), review=round_up(review))
    return chosen


REVIEW_PRECISIONS = (0.5, 0.7, 0.9, 0.97)
"""Candidate review precisions for the guidelines other than threat; the one that lets most
validation comments be auto-approved per language (mean over languages) wins."""


def choose_policy(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    *,
    languages: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
    reject_precision: float = 0.95,
    review_precisions: Sequence[float] = REVIEW_PRECISIONS,
    prevalence: float | None = 0.25,
    miss_rate: float = 0.05,
    min_violations: int = 30,
    threat_miss: float = 0.05,
    threat_hold_budget: float = 0.02,
    unlabelled_cut: float | None = None,
) -> DecisionPolicy:
    """The safety-first policy from validation scores and labels (see the module docstring).

    ``unlabelled_cut`` (the Kurdish stage's proxy cut) lowers the cut of ``UNLABELLED`` languages further.

    Without ``languages`` and ``datasets`` every row counts as one English dataset.
    """
    languages = list(languages or ["en"] * len(scores))
    datasets = list(datasets or ["validation"] * len(scores))
    best: tuple[float, DecisionPolicy] | None = None
    for review_precision in review_precisions:
        cuts = guideline_cuts(
            scores,
            labels,
            languages,
            reject_precision=reject_precision,
            review_precision=review_precision,
            prevalence=prevalence,
            threat_miss=threat_miss,
            threat_hold_budget=threat_hold_budget,
        )
        approve, _ = approve_cuts(
            scores, labels, languages, datasets, cuts, miss_rate=miss_rate, min_violations=min_violations
        )
        if unlabelled_cut is not None:
            approve.update({lang: min(approve[lang], round_down(unlabelled_cut)) for lang in UNLABELLED})
        policy = DecisionPolicy(cuts, approve)
        automated = clean_approved(policy, scores, labels, languages)
        if best is None or automated > best[0]:
            best = (automated, policy)
    assert best is not None
    return best[1]
