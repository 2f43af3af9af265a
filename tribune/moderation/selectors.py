"""Reads for moderators: the queue, decision history, an author's record."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.models import ModerationDecision


def queue_list(
    *, article_id: int | None = None, language: str | None = None, guideline: str | None = None
) -> QuerySet[Comment]:
    """Pending comments, riskiest first, optionally filtered.

    guideline (str | None): keep comments the pipeline suspected of this guideline.
    """
    queryset = Comment.objects.filter(status=CommentStatus.PENDING).select_related("article")
    if article_id:
        queryset = queryset.filter(article_id=article_id)
    if language:
        queryset = queryset.filter(Q(language=language) | Q(language="", article__language=language))
    if guideline:
        queryset = queryset.filter(guideline_tags__contains=f",{guideline},")
    return queryset.order_by("-risk", "submitted_at", "id")


def decision_list(
    *, comment_id: int | None = None, moderator_id: int | None = None
) -> QuerySet[ModerationDecision]:
    """Decisions, newest first."""
    queryset = ModerationDecision.objects.select_related("comment", "comment__article", "moderator")
    if comment_id:
        queryset = queryset.filter(comment_id=comment_id)
    if moderator_id:
        queryset = queryset.filter(moderator_id=moderator_id)
    return queryset.order_by("-created_at", "-id")


def author_history(*, author_key: str) -> QuerySet[Comment]:
    """Every comment by one author, newest first."""
    return Comment.objects.filter(author_key=author_key).select_related("article").order_by("-submitted_at")


def author_summary(*, author_key: str) -> dict[str, int]:
    """How many of an author's comments are in each status."""
    counts = Comment.objects.filter(author_key=author_key).values("status").annotate(n=Count("id"))
    summary = {status.value: 0 for status in CommentStatus}
    summary.update({row["status"]: row["n"] for row in counts})
    return summary
