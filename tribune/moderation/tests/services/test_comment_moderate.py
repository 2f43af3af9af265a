from __future__ import annotations

import pytest
from django.test import override_settings

from tests.factories import FakeScorer
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_submit
from tribune.moderation.models import ModerationConfig, ModerationDecision
from tribune.moderation.services import comment_moderate, comment_moderate_unfinished

pytestmark = pytest.mark.django_db

NO_PROMOTION_STEPS = ["length", "article_open", "rate_limit", "duplicate", "classifier"]


def _submit(article, body: str, capture, **kwargs) -> Comment:
    with capture(execute=True):
        comment = comment_submit(article=article, author_name=kwargs.pop("name", "Ava"), body=body, **kwargs)
    comment.refresh_from_db()
    return comment


def test_clean_comment_is_approved_with_an_audit_row(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    comment = _submit(article, "Who launched the rockets?", django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.APPROVED
    decision = comment.decisions.get()
    assert decision.decided_by == "system" and decision.moderator is None
    assert decision.outcome == "approved"
    assert decision.model_version == "fake-scorer.v1"
    assert decision.pipeline_version == "pipeline.v1"
    assert set(decision.scores) >= {"threat", "reject"}


def test_clear_violation_is_rejected_naming_the_guideline(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    comment = _submit(article, "The author is an idiot", django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.REJECTED
    decision = comment.decisions.get()
    assert decision.guidelines == ["personal_attack"]
    assert comment.body == "The author is an idiot"


def test_uncertain_comment_stays_pending_for_a_human(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    comment = _submit(article, "maybe rude remark", django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.PENDING
    assert comment.risk == pytest.approx(0.6)
    assert comment.guideline_tags == ",personal_attack,"
    assert comment.flags["reasons"] == ["uncertain"]
    assert comment.decisions.get().outcome == "held"


def test_humans_approve_all_setting_holds_clean_comments(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    ModerationConfig.objects.create(auto_approve=False)
    comment = _submit(article, "Clear and useful report.", django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.PENDING
    assert "pre_moderation" in comment.flags["reasons"]


def test_scorer_failure_fails_closed(article, monkeypatch, django_capture_on_commit_callbacks) -> None:
    from tribune.moderation.services import moderate

    monkeypatch.setattr(moderate, "get_scorer", lambda: FakeScorer(fail=True))
    with override_settings(TRIBUNE_MODERATION={"STEPS": NO_PROMOTION_STEPS}):
        comment = _submit(article, "Perfectly fine words", django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.PENDING
    assert comment.flags["reasons"] == ["system_error"]
    assert comment.risk == 1.0


def test_unknown_step_in_settings_fails_closed(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    with override_settings(TRIBUNE_MODERATION={"STEPS": ["length", "no_such_step"]}):
        comment = _submit(article, "Perfectly fine words", django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.PENDING
    assert "system_error" in comment.flags["reasons"]


def test_moderation_is_idempotent(article, fake_scorer, django_capture_on_commit_callbacks) -> None:
    comment = _submit(article, "Who launched the rockets?", django_capture_on_commit_callbacks)
    assert comment_moderate(comment_id=comment.pk) is None
    assert ModerationDecision.objects.filter(comment=comment).count() == 1


def test_interrupted_moderation_is_finished_after_restart(article, fake_scorer) -> None:
    # on_commit callbacks never run inside the test transaction: like a crash after the insert.
    comment = comment_submit(article=article, author_name="Ava", body="Who launched the rockets?")
    assert Comment.objects.get(pk=comment.pk).moderated_at is None
    assert comment_moderate_unfinished() == 1
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


def test_repeat_by_the_same_author_is_rejected_as_duplicate(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    _submit(
        article,
        "The base needs better air defence.",
        django_capture_on_commit_callbacks,
        author_email="a@x.org",
    )
    again = _submit(
        article,
        "The base needs better air defence!",
        django_capture_on_commit_callbacks,
        author_email="a@x.org",
    )
    assert again.status == CommentStatus.REJECTED
    assert again.decisions.get().reasons == ["duplicate"]
