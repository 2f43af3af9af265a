"""Final scores for dataset rows, exactly as the bundle scorer would give them (no article text).

Training uses this on validation rows to pick thresholds; evaluation uses it on
test rows. The dataset's own language is passed in, as the site passes a
comment's known language. Public rows have no article, so relevance is
"unknown"; moderators' decisions carry theirs (``raw["article"]``).

Usage::

    scores = final_scores(probs, heads, rows)   # one dict per row, every SCORE_KEYS member
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from tqdm import tqdm

from tribune.ml.combine import combine_scores
from tribune.ml.lexicon import find_evidence, lexicon_scores
from tribune.ml.promotion import promotion_evidence, promotion_score
from tribune.ml.relevance import off_topic_score
from tribune.ml.training.datasets import Row


def final_scores(
    probs: np.ndarray, heads: Sequence[str], rows: Sequence[Row], progress: bool = True
) -> list[dict[str, float]]:
    """Combine head probabilities (``probs[i, j]`` for ``heads[j]``) with the rules for each row."""
    out: list[dict[str, float]] = []
    for row, p in tqdm(zip(rows, probs, strict=True), total=len(rows), desc="rules", disable=not progress):
        out.append(
            combine_scores(
                dict(zip(heads, (float(v) for v in p), strict=True)),
                lexicon_scores(find_evidence(row.text, row.lang)),
                promo=promotion_score(promotion_evidence(row.text)),
                relevance=off_topic_score(row.text, row.raw.get("article", ""), row.lang),
                lang=row.lang,
            )
        )
    return out
