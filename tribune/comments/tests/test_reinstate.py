"""comment_reinstate: only a rejected comment moves, only to approved, text untouched."""

from __future__ import annotations

import pytest

from tests.factories import comment_row
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_reinstate

pytestmark = pytest.mark.django_db


def test_only_rejected_comments_are_reinstated(article) -> None:
    rejected = comment_row(article=article, status=CommentStatus.REJECTED, body="Unchanged words")
    pending = comment_row(article=article)
    assert comment_reinstate(comment=rejected) is True
    stored = Comment.objects.get(pk=rejected.pk)
    assert stored.status == CommentStatus.APPROVED and stored.body == "Unchanged words" and stored.decided_at
    assert comment_reinstate(comment=rejected) is False  # already approved: no second move
    assert comment_reinstate(comment=pending) is False
    assert Comment.objects.get(pk=pending.pk).status == CommentStatus.PENDING
