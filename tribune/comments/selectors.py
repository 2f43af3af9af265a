"""Reads of comments. Only approved comments are ever public."""

from __future__ import annotations

from django.db.models import QuerySet

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment


def comment_list_published(*, article: Article) -> QuerySet[Comment]:
    """Approved comments of ``article``, newest first."""
    return Comment.objects.filter(article=article, status=CommentStatus.APPROVED).order_by(
        "-submitted_at", "-id"
    )


def comment_get(*, comment_id: int) -> Comment | None:
    return Comment.objects.select_related("article").filter(pk=comment_id).first()
