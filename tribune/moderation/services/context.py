"""Build the pipeline's inputs from the database, so the steps stay pure."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.db.models import Count, Q

from tribune.comments.models import Comment
from tribune.ml import Scorer
from tribune.moderation.conf import ModerationSettings
from tribune.moderation.overrides import threshold_overrides
from tribune.moderation.pipeline.types import CommentInput, Context, History, Standing
from tribune.moderation.selectors.authors import author_standing

RECENT_TEXTS_LIMIT = 20
logger = logging.getLogger("tribune.moderation")


def comment_input(comment: Comment) -> CommentInput:
    return CommentInput(
        id=comment.pk,
        text=comment.body,
        author_key=comment.author_key,
        ip_address=comment.ip_address,
        submitted_at=comment.submitted_at,
        language_hint=comment.language or None,
    )


def comment_history(*, comment: Comment, conf: ModerationSettings) -> History:
    """What came before ``comment``: counts and texts for rate limits and duplicates.

    Two queries: the three counts in one aggregate (each over an indexed column),
    and the author's recent texts.
    """
    earlier = Comment.objects.exclude(pk=comment.pk).filter(submitted_at__lte=comment.submitted_at)
    rate_since = comment.submitted_at - timedelta(seconds=conf.rate_limit_window_seconds)
    dup_since = comment.submitted_at - timedelta(seconds=conf.duplicate_window_seconds)
    by_author = Q(author_key=comment.author_key, submitted_at__gte=rate_since)
    same_text = Q(fingerprint=comment.fingerprint, submitted_at__gte=dup_since) & ~Q(
        author_key=comment.author_key
    )
    wanted = by_author | same_text
    counts: dict[str, Any] = {
        "by_author": Count("pk", filter=by_author),
        "same_text_authors": Count("author_key", filter=same_text, distinct=True),
    }
    if comment.ip_address:
        by_ip = Q(ip_address=comment.ip_address, submitted_at__gte=rate_since)
        wanted |= by_ip
        counts["by_ip"] = Count("pk", filter=by_ip)
    found = earlier.filter(wanted).aggregate(**counts)
    texts = (
        earlier.filter(author_key=comment.author_key, submitted_at__gte=dup_since)
        .order_by("-submitted_at")
        .values_list("body", flat=True)[:RECENT_TEXTS_LIMIT]
    )
    return History(
        by_author_recent=found["by_author"],
        by_ip_recent=found.get("by_ip", 0),
        author_recent_texts=tuple(texts),
        same_text_authors=found["same_text_authors"],
    )


def pipeline_context(
    *, comment: Comment, conf: ModerationSettings, scorer: Scorer, standing: Standing | None = None
) -> Context:
    """The run's context; ``standing`` is the author's, when the caller already read it."""
    article = comment.article
    return Context(
        article_text=article.text_for_relevance,
        article_language=article.language,
        article_accepted_at_submission=article.accepts_comments(comment.submitted_at),
        history=comment_history(comment=comment, conf=conf),
        settings=conf,
        scorer=scorer,
        threshold_overrides=threshold_overrides(),
        standing=author_standing(author_key=comment.author_key).pipeline() if standing is None else standing,
    )
