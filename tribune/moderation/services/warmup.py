"""Load the moderation models before the first comment arrives (web or worker process).

    version = moderation_warm_up()   # "tfidf-logreg.v1+rules.…", or "" when loading failed

A failure is logged, not raised: the process still starts, and moderation
fails closed (held for a human) until a model loads.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("tribune.moderation")


def moderation_warm_up() -> str:
    """Load the scorer (and the sentence encoder relevance uses, when installed) once for this process."""
    try:
        from tribune.ml import get_scorer
        from tribune.ml.sentence import get_sentence_encoder

        version = get_scorer().version
        embeddings = get_sentence_encoder() is not None
    except Exception:
        logger.exception("moderation models failed to load; comments will be held for a human")
        return ""
    logger.info("moderation model %s loaded (sentence embeddings %s)", version, "on" if embeddings else "off")
    return version
