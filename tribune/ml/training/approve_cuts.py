"""The approve side of the policy: per-language cuts that keep each validation set's violations held.

See ``thresholds`` for the whole policy. ``approve_cuts`` gives, per language,
the lowest over its validation sets of the highest cut that leaves at most
``miss_rate`` of the set's violations auto-approved (counting those the
guideline cuts already hold); languages without labelled data (``UNLABELLED``)
and ``"*"`` get the lowest cut of all sets.

Usage::

    approve, per_dataset = approve_cuts(scores, labels, langs, names, cuts, miss_rate=0.05, min_violations=30)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from tribune.ml.labels import LANGUAGES, UNLABELLED
from tribune.ml.policy import ANY_LANGUAGE, DecisionPolicy, Threshold
from tribune.ml.training.safety import violation

NEVER = 1.0
MISS_RATE = 0.02
"""Share of each validation set's violations a cut may let through. The promise is 5% on comments
from sources the cut never saw: leaving each (dataset, language) out in turn
(``tribune.ml.training.transfer``), cuts chosen at 5% let up to 9.6% of the left-out set's violations
through (C3, news comments), at 3% up to 5.4% (MLMA Arabic), at 2% at most 3.2% (13 of 13 sets)."""


def recall_cut(scores: np.ndarray, miss_rate: float) -> float:
    """The highest cut ``t`` with at most ``miss_rate`` of ``scores`` strictly under it (1.0 if empty).

    Scores of ``inf`` stand for rows already held by another test: they never fall under a cut.
    """
    if len(scores) == 0:
        return NEVER
    ordered = np.sort(scores)
    k = math.floor(miss_rate * len(ordered) + 1e-9)
    return float(min(ordered[min(k, len(ordered) - 1)], NEVER))


def round_down(cut: float, places: int = 6) -> float:
    """``cut`` rounded *down*: an approve cut may only get stricter by rounding."""
    scale = 10**places
    return math.floor(round(cut * scale, 3)) / scale


def approve_cuts(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    languages: Sequence[str],
    datasets: Sequence[str],
    guidelines: Mapping[str, Threshold],
    *,
    miss_rate: float,
    min_violations: int,
) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """(approve cut per language, cut per (dataset, language)) under the guideline cuts.

    A dataset in two languages (MLMA: English and Arabic) gives each language its own cut: its
    violations are never pooled across languages (see the module docstring).
    """
    held_anyway = DecisionPolicy(dict(guidelines))
    per_dataset: dict[tuple[str, str], float] = {}
    for group in dict.fromkeys(zip(datasets, languages, strict=True)):
        values = []
        for s, lab, d, lang in zip(scores, labels, datasets, languages, strict=True):
            if (d, lang) != group or violation(lab) != 1:
                continue
            held = held_anyway.decide(s)[1] != ()
            values.append(math.inf if held else float(s["reject"]))
        if len(values) >= min_violations:
            per_dataset[group] = round_down(recall_cut(np.array(values), miss_rate))
    approve: dict[str, float] = {}
    for (_, lang), cut in per_dataset.items():
        approve[lang] = min(approve.get(lang, NEVER), cut)
    strictest = min(per_dataset.values(), default=0.0)
    for lang in (*UNLABELLED, *(code for code in LANGUAGES if code not in approve)):
        approve[lang] = strictest
    approve[ANY_LANGUAGE] = strictest
    return approve, per_dataset


def clean_approved(
    policy: DecisionPolicy,
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    languages: Sequence[str],
) -> float:
    """Mean over languages of the share of clean validation rows ``policy`` auto-approves."""
    shares = []
    for lang in dict.fromkeys(languages):
        made = [
            policy.decide(s, lang)[0] == "approve"
            for s, lab, code in zip(scores, labels, languages, strict=True)
            if code == lang and violation(lab) == 0
        ]
        if made:
            shares.append(sum(made) / len(made))
    return float(np.mean(shares)) if shares else 0.0
