"""Thin background tasks: ids in, the services do the work."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings

from tribune.moderation.services import comment_moderate, comment_requeue_stale
from tribune.moderation.services.batch import comment_moderate_batch, moderation_batch_size
from tribune.tasks.registry import task


@task("moderation.moderate_comment")
def moderate_comment(*, comment_id: int) -> None:
    """Decide the comment; where batching is on, with other waiting comments (see ``services.batch``)."""
    size = moderation_batch_size()
    if size > 1:
        comment_moderate_batch(comment_id=comment_id, limit=size)
    else:
        comment_moderate(comment_id=comment_id)


@task("moderation.sweep_pending")
def sweep_pending() -> None:
    """Enqueue again comments left pending and unmoderated (run by ``tribune beat``)."""
    conf = settings.TRIBUNE_SWEEP
    comment_requeue_stale(older_than=timedelta(seconds=conf["GRACE_SECONDS"]), limit=int(conf["LIMIT"]))
