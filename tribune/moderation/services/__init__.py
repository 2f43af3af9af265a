"""Moderation writes: the system's run and moderators' decisions."""

from tribune.moderation.services.decide import comment_approve, comment_reject
from tribune.moderation.services.moderate import comment_moderate, comment_moderate_unfinished

__all__ = ["comment_approve", "comment_moderate", "comment_moderate_unfinished", "comment_reject"]
