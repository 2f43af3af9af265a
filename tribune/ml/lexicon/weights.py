"""How much a piece of lexicon evidence says: the weights, and the scores they add up to.

Three strengths of evidence, one constant each:

* a listed word (``STRONG_WEIGHT``, per label) or a mild one (``MILD_WEIGHT``);
* a decisive template (``PATTERN_WEIGHT``): an explicit threat, dehumanising a
  group, or an insult addressed to "you". These reach every reject cut;
* a hold template (``THREAT_HOLD_WEIGHT``): a veiled or indirect threat ("we
  know where you live", "someone should pay a visit to her house"). It sends
  the comment to a human and never rejects on its own: however many hold
  templates match, hold evidence alone scores ``HOLD_CEILING`` (the hold weight).

The threat weights in one place (the policy's threat review cut must stay at or
below the hold weight, its reject cut at or below the reject weight)::

    >>> THREAT_HOLD_WEIGHT, THREAT_REJECT_WEIGHT
    (0.899, 0.995)
"""

from __future__ import annotations

from collections.abc import Sequence

from tribune.ml.labels import Label
from tribune.ml.text import normalize
from tribune.ml.types import Evidence

__all__ = [
    "HOLD_CEILING",
    "HOLD_SOURCE",
    "MILD_WEIGHT",
    "PATTERN_SOURCE",
    "PATTERN_WEIGHT",
    "SOURCE",
    "STRONG_WEIGHT",
    "THREAT_HOLD_WEIGHT",
    "THREAT_REJECT_WEIGHT",
    "lexicon_scores",
]

SOURCE = "lexicon"
PATTERN_SOURCE = "lexicon-pattern"
HOLD_SOURCE = "lexicon-hold"
STRONG_WEIGHT = {"threat": 0.93, "abuse": 0.92, "profanity": 0.9, "vulgarity": 0.9, "personal_attack": 0.88}
MILD_WEIGHT = 0.6
PATTERN_WEIGHT = {"threat": 0.995, "abuse": 0.995, "personal_attack": 0.999}
"""Decisive templates say more than any one word: these reach every reject cut.

A threat, dehumanising a group, or an insult addressed to "you". Their precision
was measured on the pooled validation and test splits (docs/models.md, "Lexicon
patterns"). An insult template about a third person ("stupid journalist") is
evidence like a listed word (``STRONG_WEIGHT``): harsh words about public figures
go to a human, not straight out."""
THREAT_REJECT_WEIGHT = PATTERN_WEIGHT["threat"]
"""An explicit threat template ("I will kill you", "the editor must be killed"): rejects."""
THREAT_HOLD_WEIGHT = 0.899
"""A veiled threat template: at or above the threat review cut, below every reject cut.

Just under the default policy's reject cut (0.9), so the rules-only scorer holds
these too, and above the shipped bundle's threat review cut (0.896)."""
HOLD_CEILING = THREAT_HOLD_WEIGHT
"""Hold evidence alone never scores above this, however many hold templates match: several
veiled phrases still mean "a human reads it", and adding them up would cross the default reject cut."""
MILD_TERMS: set[str] = set()
"""Every compiled lexicon's mild terms, normalised (filled as lexicons load)."""


def _is_mild(item: Evidence) -> bool:
    return item.label == Label.PROFANITY and normalize(item.text) in MILD_TERMS


def _weight(item: Evidence, label: str) -> float:
    if item.source == PATTERN_SOURCE:
        return PATTERN_WEIGHT.get(label, PATTERN_WEIGHT["abuse"])
    if item.source == HOLD_SOURCE:
        return THREAT_HOLD_WEIGHT
    if _is_mild(item):
        return MILD_WEIGHT
    return STRONG_WEIGHT.get(label, STRONG_WEIGHT["abuse"])


def lexicon_scores(evidence: Sequence[Evidence]) -> dict[str, float]:
    """Probabilities per label implied by lexicon evidence (labels without evidence are absent).

    One strong hit gives the label's ``STRONG_WEIGHT``; a mild term (``damn``)
    gives ``MILD_WEIGHT``; a decisive template gives ``PATTERN_WEIGHT``; a hold
    template ``THREAT_HOLD_WEIGHT``; each further hit closes a third of the
    remaining gap. A label whose only evidence is hold templates stays at or
    under ``HOLD_CEILING``.
    """
    scores: dict[str, float] = {}
    only_hold: dict[str, bool] = {}
    for item in evidence:
        if item.source not in (SOURCE, PATTERN_SOURCE, HOLD_SOURCE):
            continue
        label = str(item.label)
        base = _weight(item, label)
        current = scores.get(label)
        scores[label] = base if current is None else max(current, base) + (1 - max(current, base)) / 3
        only_hold[label] = only_hold.get(label, True) and item.source == HOLD_SOURCE
    top = max(PATTERN_WEIGHT.values())
    return {label: min(score, HOLD_CEILING if only_hold[label] else top) for label, score in scores.items()}
