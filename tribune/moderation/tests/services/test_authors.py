"""Author actions: recorded with who/why, derived standing, and effect on new comments."""

from __future__ import annotations

import pytest

from tests.factories import comment_row, moderator_create
from tribune.comments.enums import CommentStatus
from tribune.comments.services import comment_submit
from tribune.core.errors import ApplicationError
from tribune.moderation.models import AuthorAction
from tribune.moderation.selectors.authors import author_standing
from tribune.moderation.services.authors import author_act

pytestmark = pytest.mark.django_db


@pytest.fixture
def troll(article):
    return comment_submit(
        article=article, author_name="Troll", body="First words", author_email="t@example.org"
    )


def _post(article, capture, body: str = "Who launched the rockets?"):
    with capture(execute=True):
        comment = comment_submit(
            article=article, author_name="Troll", body=body, author_email="t@example.org"
        )
    comment.refresh_from_db()
    return comment


def test_ban_is_audited_and_rejects_new_comments(
    article, troll, moderator, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    action = author_act(
        author_key=troll.author_key, kind="ban", reason=" Repeated threats ", moderator=moderator
    )
    assert (action.moderator, action.reason, action.kind) == (moderator, "Repeated threats", "ban")
    assert action.created_at is not None
    comment = _post(article, django_capture_on_commit_callbacks)
    assert comment.status == CommentStatus.REJECTED
    decision = comment.decisions.get()
    assert decision.reasons == ["author_banned"] and decision.decided_by == "system"
    assert comment.body == "Who launched the rockets?"
    # Other authors are untouched.
    with django_capture_on_commit_callbacks(execute=True):
        other = comment_submit(article=article, author_name="Ava", body="Who launched the rockets?")
    other.refresh_from_db()
    assert other.status == CommentStatus.APPROVED


def test_always_review_holds_clean_comments_and_lifting_restores(
    article, troll, moderator, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    author_act(author_key=troll.author_key, kind="always_review", reason="Borderline", moderator=moderator)
    held = _post(article, django_capture_on_commit_callbacks)
    assert held.status == CommentStatus.PENDING
    assert "author_review" in held.flags["reasons"]
    author_act(
        author_key=troll.author_key, kind="lift_always_review", reason="Better now", moderator=moderator
    )
    clean = _post(article, django_capture_on_commit_callbacks, body="Where was the launcher found?")
    assert clean.status == CommentStatus.APPROVED


def test_warning_changes_nothing_in_moderation_but_counts(
    article, troll, moderator, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    author_act(author_key=troll.author_key, kind="warn", reason="Keep it civil", moderator=moderator)
    author_act(author_key=troll.author_key, kind="warn", reason="Second time", moderator=moderator)
    assert [w.reason for w in author_standing(author_key=troll.author_key).warnings] == [
        "Keep it civil",
        "Second time",
    ]
    assert _post(article, django_capture_on_commit_callbacks).status == CommentStatus.APPROVED
    author_act(author_key=troll.author_key, kind="lift_warn", reason="Served", moderator=moderator)
    assert author_standing(author_key=troll.author_key).is_clear


def test_actions_that_do_not_fit_the_standing_are_refused(troll, moderator) -> None:
    key = troll.author_key
    for kind in ("lift_ban", "lift_always_review", "lift_warn"):
        with pytest.raises(ApplicationError) as refused:
            author_act(author_key=key, kind=kind, reason="x", moderator=moderator)
        assert refused.value.code == "standing_conflict" and refused.value.status == 409
    author_act(author_key=key, kind="ban", reason="Spam", moderator=moderator)
    with pytest.raises(ApplicationError) as twice:
        author_act(author_key=key, kind="ban", reason="Again", moderator=moderator)
    assert twice.value.status == 409
    author_act(author_key=key, kind="lift_ban", reason="Appealed by mail", moderator=moderator)
    assert author_standing(author_key=key).banned is None
    assert AuthorAction.objects.filter(author_key=key).count() == 2


def test_bad_input_is_refused_and_nothing_is_written(article, troll, moderator, django_user_model) -> None:
    cases = [
        ({"kind": "ban", "reason": "   "}, "reason_required"),
        ({"kind": "ban", "reason": "x" * 1001}, "reason_too_long"),
        ({"kind": "exile", "reason": "x"}, "unknown_action"),
        ({"kind": "ban", "reason": "x", "author_key": "nobody"}, "not_found"),
    ]
    for fields, code in cases:
        args = {"author_key": troll.author_key, "moderator": moderator, **fields}
        with pytest.raises(ApplicationError) as refused:
            author_act(**args)
        assert refused.value.code == code
    reader = django_user_model.objects.create_user(username="reader", password="pw-reader-1")
    with pytest.raises(ApplicationError) as forbidden:
        author_act(author_key=troll.author_key, kind="ban", reason="x", moderator=reader)
    assert forbidden.value.status == 403
    assert not AuthorAction.objects.exists()


def test_action_rows_are_append_only(troll, moderator) -> None:
    action = author_act(author_key=troll.author_key, kind="warn", reason="x", moderator=moderator)
    action.reason = "rewritten"
    with pytest.raises(ValueError):
        action.save()


def test_standing_is_per_author(article, moderator) -> None:
    one, two = comment_row(article=article), comment_row(article=article)
    author_act(author_key=one.author_key, kind="ban", reason="x", moderator=moderator)
    assert author_standing(author_key=one.author_key).pipeline().banned
    assert not author_standing(author_key=two.author_key).pipeline().banned
    second = moderator_create(username="second", password="second-pass-1")
    author_act(author_key=one.author_key, kind="lift_ban", reason="y", moderator=second)
    assert author_standing(author_key=one.author_key).is_clear


def test_standings_of_many_authors_match_one_at_a_time(article, troll, moderator) -> None:
    from tribune.moderation.selectors.authors import author_standings

    comment_row(article=article, author_key="other")
    troll = troll.author_key
    author_act(author_key=troll, kind="ban", reason="spam", moderator=moderator)
    author_act(author_key="other", kind="warn", reason="tone", moderator=moderator)
    found = author_standings(author_keys=[troll, "other", "nobody"])
    for key in (troll, "other", "nobody"):
        assert found[key].pipeline() == author_standing(author_key=key).pipeline()
    assert found[troll].pipeline().banned and found["other"].pipeline().warnings == 1
    assert found["nobody"].is_clear
