"""Thin background task: ids in, the service does the work."""

from __future__ import annotations

from tribune.moderation.services import comment_moderate
from tribune.tasks.registry import task


@task("moderation.moderate_comment")
def moderate_comment(*, comment_id: int) -> None:
    comment_moderate(comment_id=comment_id)
