"""``BaselineScorer``: word lists and contact patterns, no trained model.

Used when no model bundle is installed (fresh checkouts, tests). It is honest
about its limits: a word either matches or it does not, so its scores are
coarse (0.02 or 0.95), and it never judges relevance (``off_topic`` is 0).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tribune.ml.labels import ABUSE_TARGETS, GUIDELINES, SCORE_KEYS, Label
from tribune.ml.policy import DecisionPolicy
from tribune.ml.types import Evidence, Judgement, ScoreInput

HIT = 0.95
MISS = 0.02

_WORDS: dict[Label, tuple[str, ...]] = {
    Label.PROFANITY: ("fuck", "fucking", "shit", "bullshit", "damn you", "bastard", "asshole"),
    Label.VULGARITY: ("dick", "cock", "pussy", "tits", "blowjob", "whore"),
    Label.THREAT: ("i will kill", "should be shot", "shoot the", "i'll kill", "burn your house"),
    Label.PERSONAL_ATTACK: ("idiot", "moron", "stupid", "imbecile", "retard"),
}
_PROMOTION = re.compile(
    r"https?://|www\.|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\+?\d[\d\s().-]{7,}\d|\b(?:subscribe|check out my|visit my)\b",
    re.IGNORECASE,
)


def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


_PATTERNS = {label: _word_pattern(words) for label, words in _WORDS.items()}


class BaselineScorer:
    """Word-list scorer; see the module docstring."""

    version = "baseline-wordlist.v1"

    def __init__(self, policy: DecisionPolicy | None = None) -> None:
        self.policy = policy or DecisionPolicy.default()

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        return [self._judge_one(item) for item in items]

    def _judge_one(self, item: ScoreInput) -> Judgement:
        evidence: list[Evidence] = []
        patterns = {**_PATTERNS, Label.PROMOTION: _PROMOTION}
        for label, pattern in patterns.items():
            for match in pattern.finditer(item.text):
                evidence.append(Evidence(label, match.start(), match.end(), match.group(0), "wordlist"))
        hit = {e.label for e in evidence}
        scores = {str(k): (HIT if k in hit else MISS) for k in SCORE_KEYS}
        for target in ABUSE_TARGETS:
            scores[str(target)] = MISS
        scores[str(Label.OFF_TOPIC)] = 0.0
        scores[str(Label.REJECT)] = max(scores[str(g)] for g in GUIDELINES)
        decision, guidelines = self.policy.decide(scores)
        return Judgement(
            scores=scores,
            language=item.lang or "und",
            decision=decision,
            guidelines=guidelines,
            evidence=tuple(evidence),
            model_version=self.version,
        )
