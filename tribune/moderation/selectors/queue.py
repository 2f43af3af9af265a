"""Reads for moderators: the queue, decision history, an author's record."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Count, Q, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.models import ModerationDecision


def _in_languages(languages: Sequence[str]) -> Q:
    """A comment's language is its detected one, or its article's when none was detected."""
    return Q(language__in=languages) | Q(language="", article__language__in=languages)


def queue_list(
    *,
    article_id: int | None = None,
    language: str | None = None,
    guideline: str | None = None,
    languages: Sequence[str] | None = None,
) -> QuerySet[Comment]:
    """Pending comments, riskiest first, optionally filtered.

    language (str | None): keep comments in this language.
    languages (Sequence[str] | None): keep comments in any of these (a moderator's languages);
        an empty sequence keeps nothing.
    guideline (str | None): keep comments the pipeline suspected of this guideline.
    """
    queryset = Comment.objects.filter(status=CommentStatus.PENDING).select_related("article")
    if article_id:
        queryset = queryset.filter(article_id=article_id)
    if language:
        queryset = queryset.filter(_in_languages([language]))
    if languages is not None:
        queryset = queryset.filter(_in_languages(list(languages)))
    if guideline:
        queryset = queryset.filter(guideline_tags__contains=f",{guideline},")
    return queryset.order_by("-risk", "submitted_at", "id")


def queue_language_counts(*, article_id: int | None = None, guideline: str | None = None) -> dict[str, int]:
    """How many comments wait in each language (detected, else the article's), most first."""
    queryset = queue_list(article_id=article_id, guideline=guideline).order_by()
    rows = (
        queryset.annotate(lang=Coalesce(NullIf("language", Value("")), "article__language"))
        .values("lang")
        .annotate(n=Count("id"))
        .order_by("-n", "lang")
    )
    return {row["lang"]: row["n"] for row in rows}


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
