from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tribune.comments.enums import CommentStatus
from tribune.comments.services import comment_submit
from tribune.core.errors import ApplicationError
from tribune.moderation.services import comment_approve, comment_reject

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(article):
    return comment_submit(article=article, author_name="Ava", body="Pending words")


def test_moderator_approves_and_an_audit_row_names_them(pending, moderator) -> None:
    decision = comment_approve(comment_id=pending.pk, moderator=moderator, note="fine")
    pending.refresh_from_db()
    assert pending.status == CommentStatus.APPROVED and pending.decided_at is not None
    assert decision.moderator == moderator and decision.decided_by == "moderator" and decision.note == "fine"


def test_reject_needs_a_known_guideline(pending, moderator) -> None:
    with pytest.raises(ApplicationError) as missing:
        comment_reject(comment_id=pending.pk, moderator=moderator, guidelines=[])
    assert missing.value.code == "guideline_required"
    with pytest.raises(ApplicationError) as unknown:
        comment_reject(comment_id=pending.pk, moderator=moderator, guidelines=["rudeness"])
    assert unknown.value.code == "unknown_guideline"
    decision = comment_reject(
        comment_id=pending.pk, moderator=moderator, guidelines=["abuse"], abuse_target="racism"
    )
    assert decision.guidelines == ["abuse"] and decision.abuse_target == "racism"


def test_a_comment_is_decided_once(pending, moderator) -> None:
    comment_approve(comment_id=pending.pk, moderator=moderator)
    with pytest.raises(ApplicationError) as again:
        comment_reject(comment_id=pending.pk, moderator=moderator, guidelines=["threat"])
    assert again.value.code == "already_decided" and again.value.status == 409
    pending.refresh_from_db()
    assert pending.status == CommentStatus.APPROVED
    assert pending.decisions.count() == 1


def test_users_without_permission_cannot_decide(pending) -> None:
    reader = get_user_model().objects.create_user(username="reader", password="x" * 12)
    with pytest.raises(ApplicationError) as refused:
        comment_approve(comment_id=pending.pk, moderator=reader)
    assert refused.value.status == 403


def test_unknown_comment_is_a_clear_404(moderator) -> None:
    with pytest.raises(ApplicationError) as missing:
        comment_approve(comment_id=999999, moderator=moderator)
    assert missing.value.status == 404


def test_decision_rows_are_append_only(pending, moderator) -> None:
    decision = comment_approve(comment_id=pending.pk, moderator=moderator)
    decision.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        decision.save()
