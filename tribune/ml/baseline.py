"""``BaselineScorer``: rules only (word lists, patterns, contact details, overlap), no trained model.

Used when no model bundle is installed (fresh checkouts, tests) and as a
reference for the trained scorer. For each comment it detects the language
(``tribune.ml.langid``) unless given, then combines:

* ``tribune.ml.lexicon``: profanity, vulgarity, threats, personal attacks and
  identity abuse with its target, from per-language lists and templates;
* ``tribune.ml.promotion``: contact details and promotion phrases;
* ``tribune.ml.relevance``: lexical overlap with the article for ``off_topic``.

Scores are coarse: a label without evidence gets ``FLOOR``; with evidence it
gets the lexicon's weight (about 0.9 for a strong term or a template, 0.6 for a
mild word), so the default policy rejects clear violations and reviews mild
ones. ``reject`` is the largest guideline score. Evidence spans point into the
comment as posted.

Usage::

    >>> from tribune.ml.types import ScoreInput
    >>> BaselineScorer().judge([ScoreInput(text="Someone should shoot the editor", lang="en")])[0].decision
    <Decision.REJECT: 'reject'>
"""

from __future__ import annotations

from collections.abc import Sequence

from tribune.ml.labels import ABUSE_TARGETS, GUIDELINES, LANGUAGES, SCORE_KEYS, Label
from tribune.ml.langid import detect_language
from tribune.ml.lexicon import find_evidence, lexicon_scores
from tribune.ml.policy import DecisionPolicy
from tribune.ml.promotion import promotion_evidence, promotion_score
from tribune.ml.relevance import off_topic_score
from tribune.ml.ruleset import versioned
from tribune.ml.types import Evidence, Judgement, ScoreInput

FLOOR = 0.02
_LEXICON_LABELS = (
    Label.PROFANITY,
    Label.VULGARITY,
    Label.THREAT,
    Label.PERSONAL_ATTACK,
    Label.ABUSE,
    *ABUSE_TARGETS,
)


class BaselineScorer:
    """Rule-based scorer; see the module docstring. Stateless, so safe to share between threads.

    policy (DecisionPolicy | None): thresholds; the default policy when None.
    """

    version = versioned("baseline-rules.v2")

    def __init__(self, policy: DecisionPolicy | None = None) -> None:
        self.policy = policy or DecisionPolicy.default()

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        return [self._judge_one(item) for item in items]

    def _judge_one(self, item: ScoreInput) -> Judgement:
        lang = item.lang or detect_language(item.text)
        abuse = find_evidence(item.text, lang if lang in LANGUAGES else None)
        promo = promotion_evidence(item.text)
        found = lexicon_scores(abuse)
        scores: dict[str, float] = {str(k): FLOOR for k in SCORE_KEYS}
        for label in _LEXICON_LABELS:
            scores[str(label)] = max(FLOOR, found.get(str(label), 0.0))
        scores[str(Label.PROMOTION)] = max(FLOOR, promotion_score(promo))
        scores[str(Label.OFF_TOPIC)] = off_topic_score(item.text, item.article, lang)
        scores[str(Label.REJECT)] = max(scores[str(g)] for g in GUIDELINES)
        decision, guidelines = self.policy.decide(scores, lang)
        evidence: tuple[Evidence, ...] = tuple(sorted((*abuse, *promo), key=lambda e: (e.start, e.end)))
        return Judgement(
            scores=scores,
            language=lang,
            decision=decision,
            guidelines=guidelines,
            evidence=evidence,
            model_version=self.version,
        )
