"""How model probabilities and rule evidence become the final score of every ``SCORE_KEYS`` member.

Shared by the bundle scorer and by threshold selection in training, so the
thresholds are chosen on exactly the scores the site will see. For one comment:

1. ``m[g] = max(model[g], lexicon[g])`` for the abuse-type labels (profanity,
   vulgarity, threat, personal_attack, abuse and its targets): word-list or
   pattern evidence (``tribune.ml.lexicon``) can only *raise* a score. Threat has
   little training data, so its patterns carry most of it.
2. Blame: ``r = model["reject"]`` is the overall offensive head, trained on every
   toxicity set (the only signal for Turkish and most Arabic data). The most
   likely of the five conduct guidelines inherits it, ``s[top] = max(m[top], r)``,
   and the others get ``max(m[g], r * m[g] / m[top])``: an offensive comment is
   always attributed to some guideline, so ``DecisionPolicy`` can act on it.
3. ``abuse = max(abuse, max(targets))``.
4. ``promotion = max(rules, model)``; the model (YouTube spam + news comments)
   counts only for English, elsewhere the contact/phrase rules decide alone.
5. ``off_topic = relevance to the article`` (``tribune.ml.relevance``). The
   bundle's off_topic head (C3 ``non_relevant``, learned without the articles)
   is kept for evaluation but not used: it mistakes short generic praise
   ("Great article, thanks") for off-topic.
6. ``reject = max(r, lexicon evidence, promotion)``. Neither the per-guideline
   heads nor off_topic feed it: they rank overall offensiveness worse than the
   overall head alone (OLID validation ROC-AUC 0.83 for ``max(r, lexicon)``,
   0.78 once the off-topic head is added), and off-topic on its own is a matter
   for review, not rejection.

Usage::

    scores = combine_scores(model_row, lexicon_scores, promo=0.02, relevance=0.1, lang="en")
"""

from __future__ import annotations

from collections.abc import Mapping

from tribune.ml.labels import ABUSE_TARGETS, SCORE_KEYS, Label

__all__ = ["CONDUCT", "RULE_LABELS", "combine_scores"]

CONDUCT: tuple[str, ...] = ("profanity", "vulgarity", "threat", "personal_attack", "abuse")
"""Guidelines the overall offensive head can be blamed on."""
RULE_LABELS: tuple[str, ...] = (*CONDUCT, *(str(t) for t in ABUSE_TARGETS))
"""Labels whose lexicon evidence raises the model score."""
FLOOR = 0.001


def combine_scores(
    model: Mapping[str, float],
    lexicon: Mapping[str, float],
    *,
    promo: float,
    relevance: float,
    lang: str,
) -> dict[str, float]:
    """Final scores for one comment (see the module docstring for the rules)."""
    m = {k: max(float(model.get(k, 0.0)), float(lexicon.get(k, 0.0))) for k in RULE_LABELS}
    r = float(model.get("reject", 0.0))
    top = max(CONDUCT, key=lambda k: m[k])
    scores = dict(m)
    for k in CONDUCT:
        share = m[k] / m[top] if m[top] > 0 else (1.0 if k == top else 0.0)
        scores[k] = max(m[k], r * share)
    scores[str(Label.ABUSE)] = max(scores["abuse"], *(m[str(t)] for t in ABUSE_TARGETS))
    english = lang == "en"
    scores["promotion"] = max(promo, float(model.get("promotion", 0.0)) if english else 0.0)
    scores["off_topic"] = relevance
    rules = max((float(v) for k, v in lexicon.items() if k in RULE_LABELS), default=0.0)
    scores["reject"] = max(r, rules, scores["promotion"])
    return {str(k): min(1.0, max(FLOOR, scores[str(k)])) for k in SCORE_KEYS}
