"""Status links and appeals: one appeal per rejection, decided by another moderator, granted publishes."""

from __future__ import annotations

import pytest

from tribune.appeals.enums import AppealStatus
from tribune.appeals.models import Appeal
from tribune.appeals.selectors import appeal_list, status_link_comment
from tribune.appeals.services import appeal_file, appeal_grant, appeal_uphold
from tribune.comments.enums import CommentStatus
from tribune.comments.models import StatusLink
from tribune.comments.submit import comment_submit_with_link
from tribune.comments.tokens import token_digest
from tribune.core.errors import ApplicationError
from tribune.moderation.models import ModerationDecision

pytestmark = pytest.mark.django_db


def test_submit_with_link_stores_only_a_digest(article, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        comment, token = comment_submit_with_link(article=article, author_name="Ava", body="Who fired?")
    link = StatusLink.objects.get(comment=comment)
    assert len(token) >= 32 and str(comment.pk) != token
    assert link.token_digest == token_digest(token) and token not in link.token_digest
    assert status_link_comment(token=token) == comment
    assert status_link_comment(token=token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert status_link_comment(token="") is None and status_link_comment(token="x" * 500) is None


def test_second_moderator_grants_and_the_comment_is_published_with_an_audit_row(
    rejected_by, moderator, second_moderator
) -> None:
    comment, token = rejected_by(moderator)
    appeal = appeal_file(token=token, explanation="  I criticised the policy, not a person. ")
    assert appeal.explanation == "I criticised the policy, not a person." and appeal.rejected_by == moderator
    assert list(appeal_list()) == [appeal]
    with pytest.raises(ApplicationError) as same:
        appeal_grant(appeal_id=appeal.pk, moderator=moderator)
    assert same.value.code == "same_moderator" and same.value.status == 403
    granted = appeal_grant(appeal_id=appeal.pk, moderator=second_moderator, note="Fair criticism")
    assert granted.status == AppealStatus.GRANTED and granted.decided_by == second_moderator
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert comment.body == "The launcher was seized, so who fired?"
    latest = ModerationDecision.objects.filter(comment=comment).order_by("-id").first()
    assert latest.outcome == "approved" and latest.decided_by == "moderator"
    assert latest.moderator == second_moderator and latest.reasons == ["appeal_granted"]
    assert latest.note == "Fair criticism"
    assert list(appeal_list()) == []
    with pytest.raises(ApplicationError) as again:
        appeal_uphold(appeal_id=appeal.pk, moderator=second_moderator)
    assert again.value.code == "already_decided"


def test_upholding_keeps_the_rejection(rejected_by, moderator, second_moderator) -> None:
    comment, token = rejected_by(moderator)
    appeal = appeal_file(token=token, explanation="Please look again.")
    upheld = appeal_uphold(appeal_id=appeal.pk, moderator=second_moderator, note="Clear insult")
    comment.refresh_from_db()
    assert upheld.status == AppealStatus.UPHELD and upheld.decision_note == "Clear insult"
    assert comment.status == CommentStatus.REJECTED
    assert ModerationDecision.objects.filter(comment=comment).count() == 1


def test_system_rejection_may_be_decided_by_any_moderator(linked, moderator) -> None:
    comment, token = linked()
    comment.status = CommentStatus.REJECTED
    comment.save()
    ModerationDecision.objects.create(
        comment=comment, outcome="rejected", decided_by="system", guidelines=["threat"]
    )
    appeal = appeal_file(token=token, explanation="It was a quote.")
    assert appeal.rejected_by is None
    assert appeal_grant(appeal_id=appeal.pk, moderator=moderator).status == AppealStatus.GRANTED


def test_appeal_once_and_only_against_a_rejection(linked, rejected_by, moderator) -> None:
    _, pending_token = linked()
    with pytest.raises(ApplicationError) as not_rejected:
        appeal_file(token=pending_token, explanation="Why so slow?")
    assert not_rejected.value.code == "not_appealable"
    _, token = rejected_by(moderator)
    for text, code in (("   ", "explanation_required"), ("x" * 1001, "explanation_too_long")):
        with pytest.raises(ApplicationError) as bad:
            appeal_file(token=token, explanation=text)
        assert bad.value.code == code
    appeal_file(token=token, explanation="Once.")
    with pytest.raises(ApplicationError) as twice:
        appeal_file(token=token, explanation="Twice.")
    assert twice.value.code == "already_appealed" and twice.value.status == 409
    with pytest.raises(ApplicationError) as unknown:
        appeal_file(token="no-such-token", explanation="Hello")
    assert unknown.value.status == 404
    assert Appeal.objects.count() == 1


def test_banned_authors_rejections_cannot_be_appealed(linked) -> None:
    comment, token = linked()
    comment.status = CommentStatus.REJECTED
    comment.save()
    ModerationDecision.objects.create(
        comment=comment, outcome="rejected", decided_by="system", reasons=["author_banned"]
    )
    with pytest.raises(ApplicationError) as refused:
        appeal_file(token=token, explanation="Unban me")
    assert refused.value.code == "not_appealable"


def test_non_moderators_cannot_decide(rejected_by, moderator, django_user_model) -> None:
    _, token = rejected_by(moderator)
    appeal = appeal_file(token=token, explanation="Please.")
    reader = django_user_model.objects.create_user(username="reader", password="pw-reader-1")
    with pytest.raises(ApplicationError) as forbidden:
        appeal_grant(appeal_id=appeal.pk, moderator=reader)
    assert forbidden.value.status == 403
    with pytest.raises(ApplicationError) as missing:
        appeal_uphold(appeal_id=appeal.pk + 100, moderator=moderator)
    assert missing.value.status == 404


def test_a_failed_status_link_never_loses_the_comment(
    article, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    from django.db import DatabaseError

    from tribune.comments import submit as services
    from tribune.comments.models import Comment

    def broken(*, comment):
        raise DatabaseError("appeals table unavailable")

    monkeypatch.setattr(services, "status_link_issue", broken)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        comment, token = comment_submit_with_link(article=article, author_name="Ava", body="Still here?")
    assert token is None
    assert Comment.objects.get(pk=comment.pk).body == "Still here?"
    assert len(callbacks) == 1  # moderation is still queued
