"""Tribune's moderation judgement: plain Python, never imports Django.

Usage::

    from tribune.ml import ScoreInput, get_scorer
    judgement = get_scorer().judge([ScoreInput(text="Great reporting", article="...")])[0]
    judgement.scores, judgement.evidence   # the decision: tribune.moderation.decision.rule()
"""

from tribune.ml.labels import ABUSE_TARGETS, GUIDELINES, SCORE_KEYS, Decision, Label
from tribune.ml.scorer import Scorer, get_scorer
from tribune.ml.types import Evidence, Judgement, ScoreInput

__all__ = [
    "ABUSE_TARGETS",
    "GUIDELINES",
    "SCORE_KEYS",
    "Decision",
    "Evidence",
    "Judgement",
    "Label",
    "ScoreInput",
    "Scorer",
    "get_scorer",
]
