from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_set_status, comment_submit
from tribune.core.errors import ApplicationError

pytestmark = pytest.mark.django_db


def test_submit_stores_pending_before_moderation(article, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        comment = comment_submit(
            article=article, author_name="  Rêbaz  ", body=" Spas! \x00", ip_address="10.0.0.1"
        )
    stored = Comment.objects.get(pk=comment.pk)
    assert stored.status == CommentStatus.PENDING
    assert stored.body == "Spas!" and stored.author_name == "Rêbaz"
    assert len(callbacks) == 1  # moderation is queued for after the commit


@pytest.mark.parametrize(
    ("body", "code"),
    [("", "comment_empty"), ("   \n ", "comment_empty"), ("x" * 5001, "comment_too_long")],
)
def test_bad_bodies_are_refused_and_nothing_is_stored(article, body, code) -> None:
    with pytest.raises(ApplicationError) as refused:
        comment_submit(article=article, author_name="Ava", body=body)
    assert refused.value.code == code
    assert not Comment.objects.exists()


def test_closed_article_refuses_with_403(article) -> None:
    article.comments_close_at = timezone.now() - timedelta(minutes=1)
    article.save()
    with pytest.raises(ApplicationError) as refused:
        comment_submit(article=article, author_name="Ava", body="Too late?")
    assert refused.value.status == 403 and refused.value.code == "article_closed"


def test_status_moves_once_and_never_back(article) -> None:
    comment = comment_submit(article=article, author_name="Ava", body="Hello")
    assert comment_set_status(comment=comment, status=CommentStatus.REJECTED)
    assert not comment_set_status(comment=comment, status=CommentStatus.APPROVED)
    with pytest.raises(ValueError):
        comment_set_status(comment=comment, status=CommentStatus.PENDING)
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.REJECTED
