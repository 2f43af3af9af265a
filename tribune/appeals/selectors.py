"""Reads of commenter feedback: the comment behind a token, what its author may see, the appeals queue."""

from __future__ import annotations

from django.db.models import QuerySet

from tribune.appeals.enums import AppealStatus
from tribune.appeals.models import Appeal
from tribune.comments.models import Comment, StatusLink
from tribune.comments.tokens import MAX_TOKEN_LENGTH, token_digest
from tribune.moderation.enums import Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.pipeline.reasons import Reason

# Rejections that an appeal cannot change: a ban is about the author, not the comment.
NOT_APPEALABLE_REASONS = frozenset({Reason.AUTHOR_BANNED})


def status_link_comment(*, token: str) -> Comment | None:
    """The comment whose status link is ``token``, or None."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    link = (
        StatusLink.objects.select_related("comment", "comment__article")
        .filter(token_digest=token_digest(token))
        .first()
    )
    return link.comment if link else None


def last_rejection(comment: Comment) -> ModerationDecision | None:
    """The decision that rejected ``comment`` (the latest rejection), with its moderator."""
    return (
        ModerationDecision.objects.filter(comment=comment, outcome=Outcome.REJECTED)
        .select_related("moderator")
        .order_by("-created_at", "-id")
        .first()
    )


def appealable(rejection: ModerationDecision) -> bool:
    return not NOT_APPEALABLE_REASONS.intersection(rejection.reasons or [])


def appeal_list(*, status: str | None = AppealStatus.PENDING) -> QuerySet[Appeal]:
    """Appeals (pending by default), oldest first, with comment, article and moderators."""
    queryset = Appeal.objects.select_related(
        "comment", "comment__article", "rejected_by", "decided_by"
    ).order_by("created_at", "id")
    if status:
        queryset = queryset.filter(status=status)
    return queryset
