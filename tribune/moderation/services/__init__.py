"""Moderation writes: the system's run and moderators' decisions."""

from tribune.moderation.services.decide import comment_approve, comment_reject
from tribune.moderation.services.moderate import comment_moderate, comment_moderate_unfinished
from tribune.moderation.services.sweep import comment_requeue_stale

__all__ = [
    "comment_approve",
    "comment_moderate",
    "comment_moderate_unfinished",
    "comment_reject",
    "comment_requeue_stale",
]
