"""The sweeper: enqueue again the comments whose moderation never happened.

    comment_requeue_stale(older_than=timedelta(minutes=2), limit=500)

A comment is stored before its task is published, so a broker that was down
at that moment, a broker restart that dropped its queue, or a task that used
up its retries leaves a comment pending with ``moderated_at`` unset. Those
are found here, oldest first, and handed to the task backend once more;
moderation is idempotent, so a comment whose task was merely slow is not
decided twice.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.utils import timezone

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.tasks.api import enqueue_now

logger = logging.getLogger("tribune.moderation")
TASK = "moderation.moderate_comment"


def stale_pending_ids(*, older_than: timedelta, limit: int, now: datetime | None = None) -> list[int]:
    """Ids of comments pending, never moderated and submitted before ``now - older_than``, oldest first."""
    cutoff = (now or timezone.now()) - older_than
    return list(
        Comment.objects.filter(
            status=CommentStatus.PENDING, moderated_at__isnull=True, submitted_at__lt=cutoff
        )
        .order_by("submitted_at")
        .values_list("pk", flat=True)[:limit]
    )


def comment_requeue_stale(*, older_than: timedelta, limit: int, now: datetime | None = None) -> int:
    """Enqueue moderation again for stale pending comments; returns how many were handed over.

    older_than (timedelta): how long a comment may wait for its first moderation.
    limit (int): at most this many per sweep, so a long outage drains over several sweeps.
    Stops at the first comment the backend refuses (the broker is down): the next sweep goes on.
    """
    ids = stale_pending_ids(older_than=older_than, limit=limit, now=now)
    handed = 0
    for comment_id in ids:
        if not enqueue_now(TASK, comment_id=comment_id):
            logger.warning(
                "sweeper stopped after %d of %d comments: the task backend refused", handed, len(ids)
            )
            break
        handed += 1
    if ids:
        logger.info("sweeper enqueued %d stale pending comments again", handed)
    return handed
