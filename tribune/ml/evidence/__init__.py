"""Model evidence: the words that clearly raised the score of the n-gram head behind a guideline.

One job per module: ``pieces`` (how a comment is cut into words),
``attribution`` (each word's exact share of every head's logit) and
``explain`` (which words are shown, for which guideline, from which head).

Usage::

    from tribune.ml.evidence import Attributor, NgramExplainer
    explainer = NgramExplainer(Attributor(featurizer, weights, heads, slopes=a, offsets=a * intercept + c))
    explainer.explain("This is a stupid decision", [("personal_attack", "reject")])
"""

from __future__ import annotations

from tribune.ml.evidence.attribution import Attribution, Attributor
from tribune.ml.evidence.explain import (
    MAX_WORDS,
    MIN_LOGIT,
    MIN_PROB,
    MIN_SHARE,
    MODEL_SOURCE,
    NgramExplainer,
    WordScore,
    clear_contributors,
    explaining_heads,
    not_covered,
)

__all__ = [
    "MAX_WORDS",
    "MIN_LOGIT",
    "MIN_PROB",
    "MIN_SHARE",
    "MODEL_SOURCE",
    "Attribution",
    "Attributor",
    "NgramExplainer",
    "WordScore",
    "clear_contributors",
    "explaining_heads",
    "not_covered",
]
