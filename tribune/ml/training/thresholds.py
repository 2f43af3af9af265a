"""Choose each guideline's reject and review thresholds on validation data for target precisions.

The final scores (``tribune.ml.combine``) are what the policy sees, so thresholds
are picked on them. What counts as a correct flag for guideline ``g``:

* conduct guidelines (profanity, vulgarity, threat, personal_attack, abuse): the
  comment should be rejected, i.e. its ``g`` label is 1 or its overall ``reject``
  label is 1; it is a false flag when ``reject`` is 0 (or ``g`` is 0 and the
  dataset says nothing about ``reject``). Blaming the wrong conduct guideline on
  an offensive comment still makes the right decision.
* promotion and off_topic: their own labels.

``reject`` is the lowest cut whose precision reaches ``reject_precision``
(0.9 by default) with at least ``min_support`` flagged comments; ``review`` the
same for ``review_precision`` (0.5). Validation pools datasets in which about
half the rows are offensive, far more than on a news site, so precision is
computed at an assumed site ``prevalence`` of violations (0.1 by default): each
guideline's positives and negatives are reweighted to that share. No cut good
enough gives 1.0 (never). ``off_topic`` keeps fixed thresholds (0.9 / 0.5, the
relevance ladder's own): no validation row comes with its article; promotion
cuts are floored (``FLOORS``). Threat, abuse and personal_attack reject cuts are
capped at the lexicon's ``PATTERN_WEIGHT`` (``CEILINGS``): a threat or
dehumanisation template ("Someone should shoot the editor", "Kurds are
subhuman") or an insult addressed to "you" always rejects. The templates'
precision is measured separately (docs/models.md, "Lexicon patterns").

Usage::

    policy = choose_policy(scores, labels, reject_precision=0.9, review_precision=0.5)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from tribune.ml.combine import CONDUCT
from tribune.ml.labels import GUIDELINES
from tribune.ml.lexicon import PATTERN_WEIGHT
from tribune.ml.policy import DecisionPolicy, Threshold

NEVER = 1.0
OFF_TOPIC = Threshold(reject=0.9, review=0.5)
"""Fixed: no validation row has its article, so relevance cannot be tuned here (see module docstring)."""
FLOORS = {"promotion": Threshold(reject=0.9, review=0.5)}
"""Lowest cuts allowed. The promotion head is validated on YouTube and C3 only, so on
other text its cuts are floored at the rule ladder's: a pitch with a contact detail
(0.95) rejects, a contact detail or a pitch alone (0.55-0.8) goes to review."""
CEILINGS = dict(PATTERN_WEIGHT)
"""Highest reject cuts allowed: a template match must reject (see module docstring)."""


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


def choose_policy(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    *,
    reject_precision: float = 0.9,
    review_precision: float = 0.5,
    prevalence: float | None = 0.1,
) -> DecisionPolicy:
    """Per-guideline thresholds from validation scores and labels (see the module docstring)."""
    chosen: dict[str, Threshold] = {}
    for guideline in (str(g) for g in GUIDELINES):
        pairs = [
            (row[guideline], t)
            for row, lab in zip(scores, labels, strict=True)
            if (t := decision_target(lab, guideline)) is not None
        ]
        s = np.array([p[0] for p in pairs], dtype=np.float64)
        y = np.array([p[1] for p in pairs], dtype=np.int64)
        if guideline == "off_topic":
            chosen[guideline] = OFF_TOPIC
            continue
        reject = lowest_cut(s, y, reject_precision, prevalence)
        floor = FLOORS.get(guideline, Threshold(0.0, 0.0))
        reject = min(max(reject, floor.reject), CEILINGS.get(guideline, NEVER))
        review = min(max(lowest_cut(s, y, review_precision, prevalence), floor.review), reject)
        chosen[guideline] = Threshold(reject=round_up(reject), review=round_up(review))
    return DecisionPolicy(chosen)
