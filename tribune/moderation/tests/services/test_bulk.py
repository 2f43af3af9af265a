"""Bulk decisions: each comment decided once with its own audit row; decided ones skipped and reported."""

from __future__ import annotations

import pytest

from tests.factories import comment_row, moderator_create
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_approve
from tribune.moderation.services.bulk import MAX_BULK, comments_decide_bulk

pytestmark = pytest.mark.django_db


def test_bulk_reject_decides_each_once_and_skips_what_another_moderator_decided(article, moderator) -> None:
    first, taken, third = (comment_row(article=article) for _ in range(3))
    other = moderator_create(username="other", password="other-pass-1")
    comment_approve(comment_id=taken.pk, moderator=other)
    result = comments_decide_bulk(
        comment_ids=[first.pk, taken.pk, third.pk, first.pk, 10_000],
        moderator=moderator,
        guidelines=["promotion"],
        note="spam run",
    )
    assert result.decided == [first.pk, third.pk]
    assert [(s.comment_id, s.code) for s in result.skipped] == [
        (taken.pk, "already_decided"),
        (10_000, "not_found"),
    ]
    assert "other" in result.skipped[0].message
    assert Comment.objects.get(pk=taken.pk).status == CommentStatus.APPROVED
    assert ModerationDecision.objects.filter(comment=taken).count() == 1
    for comment in (first, third):
        decision = ModerationDecision.objects.get(comment=comment)
        assert decision.moderator == moderator and decision.guidelines == ["promotion"]
        assert decision.note == "spam run"
        assert Comment.objects.get(pk=comment.pk).status == CommentStatus.REJECTED


def test_bulk_approve(article, moderator) -> None:
    comments = [comment_row(article=article) for _ in range(2)]
    result = comments_decide_bulk(comment_ids=[c.pk for c in comments], moderator=moderator)
    assert result.decided == [c.pk for c in comments] and not result.skipped
    assert set(Comment.objects.values_list("status", flat=True)) == {CommentStatus.APPROVED}


def test_bad_requests_decide_nothing(article, moderator, django_user_model) -> None:
    comment = comment_row(article=article)
    for kwargs, code in (
        ({"comment_ids": []}, "nothing_selected"),
        ({"comment_ids": list(range(1, MAX_BULK + 2))}, "too_many"),
        ({"comment_ids": [comment.pk], "guidelines": ["rude"]}, "unknown_guideline"),
        ({"comment_ids": [comment.pk], "guidelines": ["abuse"], "abuse_target": "x"}, "unknown_target"),
    ):
        with pytest.raises(ApplicationError) as refused:
            comments_decide_bulk(moderator=moderator, **kwargs)
        assert refused.value.code == code
    reader = django_user_model.objects.create_user(username="reader", password="pw-reader-1")
    with pytest.raises(ApplicationError):
        comments_decide_bulk(comment_ids=[comment.pk], moderator=reader)
    assert not ModerationDecision.objects.exists()
