"""``normalize``: the model form of a comment, the fast path used for features and word lists."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from tribune.ml.text.chars import CLUSTER, fold_chars, nfkc_cluster
from tribune.ml.text.patterns import STEPS

__all__ = ["normalize"]


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The model form of ``text`` (``tribune.ml.text`` lists what is folded, in order).

    Cached: one comment is normalised by the model, the word lists, the promotion
    rules and relevance alike.
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = CLUSTER.sub(nfkc_cluster, text)
    text = fold_chars(text)
    for pattern, repl, needed in STEPS:
        if needed(text):
            text = pattern.sub(repl, text)
    return text
