"""How model probabilities and rule evidence become the final score of every ``SCORE_KEYS`` member.

Shared by the bundle scorer and by threshold selection in training, so the
thresholds are chosen on exactly the scores the site will see. For one comment:

1. ``m[g] = max(model[g], lexicon[g])`` for the conduct guidelines (profanity,
   vulgarity, threat, personal_attack, abuse): word-list or pattern evidence
   (``tribune.ml.lexicon``) can only *raise* a score. Threat has little training
   data, so its patterns carry most of it. A target ``t`` (sexism ...) scores
   ``max(sqrt(model[t] * model[abuse]), lexicon[t])``: the target heads learn
   which group a text names, the abuse head whether it is attacked (the plain
   target head, or its max with abuse, ranked worse on test: homophobia 0.92 and
   0.86 per-dataset ROC-AUC against 0.95), and ``abuse = max(abuse, targets)``
   *before* blame, so a comment attacking women is blamed on abuse (its target
   named), not on personal_attack.
2. Blame: ``r = model["reject"]`` is the overall offensive head, trained on every
   toxicity set (the only signal for Turkish and most Arabic data). The most
   likely of the five conduct guidelines inherits it, ``s[top] = max(m[top], r)``,
   and the others get ``max(m[g], r * m[g] / m[top])``: an offensive comment is
   always attributed to some guideline, so ``DecisionPolicy`` can act on it.
   Not in the languages without labelled data (``UNLABELLED``: Sorani and
   Kurmanji): there the guideline heads never saw the language and score every
   comment near zero, so "the likeliest guideline" was noise, and blaming ``r``
   on it held benign Kurmanji criticism "for threat" (the threat review cut is
   low). Their guideline scores are the heads' and the word lists' own; ``r``
   (raised by the cross-lingual stage) still holds them through the approve
   cut, which is at most every review cut, so no Kurdish comment that was held
   is approved; a few that ``r`` alone rejected are held instead.
3. ``promotion = max(rules, model)``; the model (YouTube spam + news comments)
   counts only for English, elsewhere the contact/phrase rules decide alone.
4. ``off_topic = relevance to the article`` (``tribune.ml.relevance``). The
   bundle's off_topic head (C3 ``non_relevant``, learned without the articles)
   is kept for evaluation but not used: it mistakes short generic praise
   ("Great article, thanks") for off-topic.
5. ``reject = max(r, lexicon evidence, promotion)``. Neither the per-guideline
   heads nor off_topic feed it: they rank overall offensiveness worse than the
   overall head alone (OLID validation ROC-AUC 0.83 for ``max(r, lexicon)``,
   0.78 once the off-topic head is added), and off-topic on its own is a matter
   for review, not rejection.

Usage::

    scores = combine_scores(model_row, lexicon_scores, promo=0.02, relevance=0.1, lang="en")
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from tribune.ml.labels import ABUSE_TARGETS, SCORE_KEYS, UNLABELLED

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
    m = {k: max(float(model.get(k, 0.0)), float(lexicon.get(k, 0.0))) for k in CONDUCT}
    group = float(model.get("abuse", 0.0))
    for target in (str(t) for t in ABUSE_TARGETS):
        # A target head learnt which group is named; abuse says whether it is attacked.
        m[target] = max(math.sqrt(float(model.get(target, 0.0)) * group), float(lexicon.get(target, 0.0)))
    m["abuse"] = max(m["abuse"], *(m[str(t)] for t in ABUSE_TARGETS))
    r = float(model.get("reject", 0.0))
    top = max(CONDUCT, key=lambda k: m[k])
    scores = dict(m)
    for k in CONDUCT if lang not in UNLABELLED else ():
        share = m[k] / m[top] if m[top] > 0 else (1.0 if k == top else 0.0)
        scores[k] = max(m[k], r * share)
    english = lang == "en"
    scores["promotion"] = max(promo, float(model.get("promotion", 0.0)) if english else 0.0)
    scores["off_topic"] = relevance
    rules = max((float(v) for k, v in lexicon.items() if k in RULE_LABELS), default=0.0)
    scores["reject"] = max(r, rules, scores["promotion"])
    return {str(k): min(1.0, max(FLOOR, scores[str(k)])) for k in SCORE_KEYS}
