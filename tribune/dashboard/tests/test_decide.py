"""One-click decisions: plain POST (redirect back) and JSON (keyboard script), including 409."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.enums import DecidedBy
from tribune.moderation.models import ModerationDecision

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def decide_url(comment: Comment) -> str:
    return f"/moderation/comments/{comment.pk}/decide/"


def test_approve_redirects_back_keeping_filters(
    mod_client: Client, pending: Any, desk_moderator: Any
) -> None:
    comment = pending()
    back = "/moderation/?language=en&guideline=threat"

    response = mod_client.post(decide_url(comment), {"decision": "approve", "note": "ok", "next": back})

    assert response.status_code == 302
    assert response["Location"] == back
    decision = ModerationDecision.objects.get(comment=comment)
    assert (decision.decided_by, decision.moderator, decision.note) == (
        DecidedBy.MODERATOR,
        desk_moderator,
        "ok",
    )
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED
    followed = mod_client.get(back)
    assert f"Approved comment {comment.pk}" in followed.content.decode()


def test_reject_for_abuse_records_target(mod_client: Client, pending: Any) -> None:
    comment = pending()

    mod_client.post(
        decide_url(comment), {"decision": "abuse", "abuse_target": "religion", "next": "/moderation/"}
    )

    decision = ModerationDecision.objects.get(comment=comment)
    assert decision.guidelines == ["abuse"]
    assert decision.abuse_target == "religion"
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.REJECTED


def test_target_is_ignored_for_other_guidelines(mod_client: Client, pending: Any) -> None:
    comment = pending()

    mod_client.post(decide_url(comment), {"decision": "threat", "abuse_target": "racism"})

    assert ModerationDecision.objects.get(comment=comment).abuse_target == ""


def test_json_decisions_answer_json(mod_client: Client, pending: Any) -> None:
    first, second = pending(), pending()

    approved = mod_client.post(decide_url(first), {"decision": "approve"}, **JSON)
    rejected = mod_client.post(decide_url(second), {"decision": "off_topic"}, **JSON)

    assert approved.status_code == 200
    assert approved.json()["ok"] is True
    assert approved.json()["outcome"] == "approved"
    assert (
        rejected.json()["message"] == f"Rejected comment {second.pk} by {second.author_name} (Not relevant)."
    )
    assert Comment.objects.get(pk=second.pk).status == CommentStatus.REJECTED


def test_already_decided_is_a_clear_409_never_a_500(mod_client: Client, pending: Any) -> None:
    comment = pending(status=CommentStatus.APPROVED)

    as_json = mod_client.post(decide_url(comment), {"decision": "threat"}, **JSON)
    as_form = mod_client.post(
        decide_url(comment), {"decision": "threat", "next": "/moderation/"}, follow=True
    )

    assert as_json.status_code == 409
    assert as_json.json() == {
        "ok": False,
        "code": "already_decided",
        "message": f"Comment {comment.pk} was already approved.",
    }
    assert as_form.status_code == 200
    assert f"Comment {comment.pk} was already approved." in as_form.content.decode()
    assert not ModerationDecision.objects.filter(comment=comment).exists()


def test_unknown_comment_and_bad_decision(mod_client: Client, pending: Any) -> None:
    comment = pending()

    missing = mod_client.post("/moderation/comments/9999/decide/", {"decision": "approve"}, **JSON)
    invalid = mod_client.post(decide_url(comment), {"decision": "delete"}, **JSON)

    assert missing.status_code == 404
    assert invalid.status_code == 400
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING


def test_redirect_never_leaves_the_queue(mod_client: Client, pending: Any) -> None:
    response = mod_client.post(
        decide_url(pending()), {"decision": "approve", "next": "https://evil.example/"}
    )

    assert response["Location"] == "/moderation/"


def test_only_moderators_can_decide(client: Client, reader_client: Client, pending: Any) -> None:
    comment = pending()

    anonymous = client.post(decide_url(comment), {"decision": "approve"})
    reader = reader_client.post(decide_url(comment), {"decision": "approve"}, **JSON)

    assert anonymous.status_code == 302
    assert reader.status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING


def test_decisions_need_post_and_csrf(desk_moderator: Any, pending: Any) -> None:
    comment = pending()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(desk_moderator)

    assert browser.get(decide_url(comment)).status_code == 405
    assert browser.post(decide_url(comment), {"decision": "approve"}).status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING
