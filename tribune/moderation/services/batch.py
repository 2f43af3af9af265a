"""Moderate a comment together with other waiting ones: one scorer call for the lot.

    decided = comment_moderate_batch(comment_id=42, limit=16)

Used by the Celery task when ``moderation_batch_size()`` is above 1. In one
transaction it locks the task's own comment and up to ``limit - 1`` other
comments that are pending and were never moderated, oldest first, skipping
rows another worker has locked (``FOR UPDATE SKIP LOCKED``). The pipeline
runs on each exactly as in ``comment_moderate``, except that the classifier's
judgements come from one batched scorer call and the authors' standings from
one query; each comment gets its own conditional UPDATE (pending and
unmoderated, so nothing is decided twice) and its own audit row (one INSERT
for the batch). When the transaction commits every claimed comment is
decided; if anything fails it rolls back whole, leaving them pending and
unmoderated for their own tasks (and the sweeper), and the task is retried.
Their own tasks, arriving later, find them decided and do nothing. A task
whose comment another worker holds decides the others it can claim, then
waits for that worker and decides its comment only if it still waits (the
other batch rolled back).
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.ml import ScoreInput, Scorer
from tribune.moderation.conf import ModerationSettings, get_settings
from tribune.moderation.models import ModerationDecision
from tribune.moderation.pipeline.prescored import Prescored
from tribune.moderation.pipeline.types import Context, Step
from tribune.moderation.selectors.authors import author_standings
from tribune.moderation.services.moderate import PipelineResult, decide, evaluate, setup


def moderation_batch_size() -> int:
    """How many comments one moderation task may decide (``TRIBUNE_MODERATION_BATCH``).

    The setting wins when set; otherwise 16 where batching is safe and pays
    (Celery workers on a database with ``SKIP LOCKED``), else 1.
    """
    configured = getattr(settings, "TRIBUNE_MODERATION_BATCH", None)
    if configured is not None:
        return max(1, int(configured))
    if settings.TASKS_BACKEND == "celery" and connection.features.has_select_for_update_skip_locked:
        return 16
    return 1


def _waiting(comment: Comment) -> bool:
    return comment.status == CommentStatus.PENDING and comment.moderated_at is None


def _locked(*, skip_locked: bool) -> QuerySet[Comment]:
    """Comments with their articles, row-locked (only the comment rows) until the transaction ends."""
    return Comment.objects.select_for_update(skip_locked=skip_locked, of=("self",)).select_related("article")


def _decide(
    claimed: list[Comment], conf: ModerationSettings, scorer: Scorer | None, steps: list[Step]
) -> list[ModerationDecision]:
    """Run the pipeline on each locked comment, scoring them all in one call, and record each decision."""
    judge: Scorer | None = scorer
    if scorer is not None and steps and len(claimed) > 1:
        # The same inputs ``Context.judgement`` asks for, so the batch answers every classifier step.
        items = [
            ScoreInput(text=c.body, article=c.article.text_for_relevance, lang=c.language or None)
            for c in claimed
        ]
        judge = Prescored.batch(scorer, items)
    standings = author_standings(author_keys=[c.author_key for c in claimed])
    runs: list[tuple[Comment, PipelineResult, Context]] = [
        (c, *evaluate(c, conf, judge, steps, standings[c.author_key].pipeline())) for c in claimed
    ]
    decisions = [decide(c, result, context, conf, scorer) for c, result, context in runs]
    # Append-only audit rows, one per decided comment, in one INSERT.
    return ModerationDecision.objects.bulk_create([d for d in decisions if d is not None])


def comment_moderate_batch(
    *, comment_id: int, limit: int, scorer: Scorer | None = None
) -> list[ModerationDecision]:
    """Decide ``comment_id`` and up to ``limit - 1`` other waiting comments; their decision rows.

    An empty list means there was nothing to do (the comment is gone or
    already decided, possibly by another worker's batch).
    """
    if not Comment.objects.filter(
        pk=comment_id, status=CommentStatus.PENDING, moderated_at__isnull=True
    ).exists():
        return []  # the common case for a comment an earlier batch took: one query, no transaction
    conf = get_settings()
    scorer, steps = setup(conf, scorer)
    skip = bool(connection.features.has_select_for_update_skip_locked)
    with transaction.atomic():
        own = _locked(skip_locked=skip).filter(pk=comment_id).first()
        if own is not None and not _waiting(own):
            return []
        others: list[Comment] = []
        room = limit - 1 if own is not None else limit
        if skip and room > 0:
            waiting = _locked(skip_locked=True).filter(
                status=CommentStatus.PENDING, moderated_at__isnull=True
            )
            others = list(waiting.exclude(pk=comment_id).order_by("submitted_at")[:room])
        decisions = _decide([own, *others] if own is not None else others, conf, scorer, steps)
    if own is None and skip:
        # Another worker holds it (or it is gone): wait for that worker, then decide it if it still waits.
        with transaction.atomic():
            own = _locked(skip_locked=False).filter(pk=comment_id).first()
            if own is not None and _waiting(own):
                decisions += _decide([own], conf, scorer, steps)
    return decisions
