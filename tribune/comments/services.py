"""Writes of comments: submit, and the one function that changes a status.

comment = comment_submit(article=article, author_name="Rêbaz", body="...", ip_address="10.0.0.1")
comment.status  # "pending": stored first, moderated after the commit
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.fingerprint import author_key, text_fingerprint
from tribune.comments.models import Comment
from tribune.comments.validation import validate_comment
from tribune.core.errors import ApplicationError
from tribune.tasks.api import enqueue

ARTICLE_CLOSED = _("Comments on this article are closed.")


def comment_submit(
    *,
    article: Article,
    author_name: str,
    body: str,
    author_email: str = "",
    ip_address: str | None = None,
    user_id: int | None = None,
    max_length: int = 5000,
) -> Comment:
    """Store a new comment as pending and queue its moderation after commit.

    Raises ``ApplicationError`` (nothing stored) when the input is malformed or
    the article no longer accepts comments.

    The only write is one INSERT, atomic by itself, so no transaction is opened
    here: in autocommit that saves the BEGIN and COMMIT round trips of every
    POST, and the moderation task is handed over once the row is committed
    (right after the INSERT, or when a caller's enclosing transaction commits).
    """
    body, author_name = validate_comment(body=body, author_name=author_name, max_length=max_length)
    if not article.accepts_comments():
        raise ApplicationError("article_closed", ARTICLE_CLOSED, status=403)
    comment = Comment.objects.create(
        article=article,
        author_name=author_name,
        author_email=author_email.strip(),
        author_key=author_key(name=author_name, email=author_email),
        user_id=user_id,
        body=body,
        ip_address=ip_address or None,
        fingerprint=text_fingerprint(body),
        status=CommentStatus.PENDING,
    )
    enqueue("moderation.moderate_comment", comment_id=comment.id)
    return comment


def comment_status_move(
    *, comment: Comment, expect: CommentStatus, unmoderated: bool = False, **changes: Any
) -> bool:
    """Set ``changes`` on ``comment`` in one conditional UPDATE; False if it is no longer ``expect``.

    The only writer of a comment's status (``tribune.moderation.services.audit`` calls it with
    the audit row). unmoderated: also require that the pipeline never finished on it. Two
    concurrent deciders are safe: exactly one UPDATE matches.
    """
    if changes.get("status") == CommentStatus.PENDING:
        raise ValueError("a comment cannot be moved back to pending")
    if not changes:
        raise ValueError("nothing to change")
    match = Comment.objects.filter(pk=comment.pk, status=expect)
    if unmoderated:
        match = match.filter(moderated_at__isnull=True)
    if not match.update(**changes):
        return False
    for name, value in changes.items():
        setattr(comment, name, value)
    return True


def comment_set_status(*, comment: Comment, status: CommentStatus) -> bool:
    """Move a pending comment to ``status``; False if it was already decided."""
    return comment_status_move(
        comment=comment, expect=CommentStatus.PENDING, status=status, decided_at=timezone.now()
    )


def comment_reinstate(*, comment: Comment) -> bool:
    """Publish a rejected comment after a granted appeal; False unless it was rejected.

    The one way a decided comment moves again, and only from rejected to
    approved; its text is untouched. Callers record who granted it.
    """
    return comment_status_move(
        comment=comment, expect=CommentStatus.REJECTED, status=CommentStatus.APPROVED, decided_at=timezone.now()
    )
