"""Moderator endpoints: auth (token or session + CSRF), the queue, decisions and history."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory

from tribune.api.models import ApiToken
from tribune.api.services import api_token_create
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision

pytestmark = pytest.mark.django_db

QUEUE = "/api/moderation/queue"


def approve_url(comment: Comment) -> str:
    return f"/api/moderation/comments/{comment.pk}/approve"


def reject_url(comment: Comment) -> str:
    return f"/api/moderation/comments/{comment.pk}/reject"


def post_json(client: Any, url: str, data: Any, **extra: Any) -> Any:
    return client.post(url, data=data, content_type="application/json", **extra)


def test_requests_without_credentials_are_401(client: Any, make_comment: Any) -> None:
    comment = make_comment()

    assert client.get(QUEUE).status_code == 401
    assert post_json(client, approve_url(comment), {}).status_code == 401
    assert client.get(QUEUE, HTTP_AUTHORIZATION="Bearer not-a-real-token").status_code == 401
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING


def test_users_without_the_permission_are_403(client: Any, plain_user: Any, make_comment: Any) -> None:
    comment = make_comment()
    plain_token = api_token_create(user=plain_user)[1]
    session = Client()
    session.force_login(plain_user)

    by_token = post_json(client, approve_url(comment), {}, HTTP_AUTHORIZATION=f"Bearer {plain_token}")

    assert by_token.status_code == 403
    assert session.get(QUEUE).status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING


def test_tokens_of_inactive_users_are_refused(client: Any, moderator_user: Any, bearer: Any) -> None:
    moderator_user.is_active = False
    moderator_user.save()

    assert client.get(QUEUE, **bearer).status_code == 401


def test_queue_lists_pending_riskiest_first_with_findings(
    client: Any, bearer: Any, make_comment: Any
) -> None:
    low = make_comment("Mild remark.", risk=0.2)
    evidence = [{"label": "threat", "start": 0, "end": 4, "text": "Burn", "source": "lexicon"}]
    high = make_comment(
        "Burn it down.",
        risk=0.9,
        guideline_tags=",threat,",
        flags={
            "scores": {"threat": 0.9},
            "guidelines": ["threat"],
            "reasons": ["uncertain"],
            "evidence": evidence,
        },
    )
    make_comment("Already out.", status=CommentStatus.APPROVED, risk=1.0)

    response = client.get(QUEUE, **bearer)

    assert response.status_code == 200
    data = response.json()
    assert [item["id"] for item in data["items"]] == [high.pk, low.pk]
    top = data["items"][0]
    assert top["scores"] == {"threat": 0.9}
    assert top["guidelines"] == ["threat"]
    assert top["reasons"] == ["uncertain"]
    assert top["evidence"] == evidence
    assert top["article"]["slug"] == "dam-water-levels"
    assert "author_email" not in top


def test_queue_filters(client: Any, bearer: Any, make_comment: Any, news_article: Any) -> None:
    threat = make_comment("Burn it.", guideline_tags=",threat,", language="en")
    kurdish = make_comment("Ev gotar baş e.", language="kmr")
    other = news_article.__class__.objects.create(slug="other", title="Other", body="Other story")
    elsewhere = make_comment("Elsewhere.", article=other)

    def ids(**params: Any) -> list[int]:
        return [item["id"] for item in client.get(QUEUE, params, **bearer).json()["items"]]

    assert ids(guideline="threat") == [threat.pk]
    assert ids(language="kmr") == [kurdish.pk]
    assert ids(article="other") == [elsewhere.pk]
    assert client.get(QUEUE, {"guideline": "rudeness"}, **bearer).status_code == 422
    assert client.get(QUEUE, {"article": "missing"}, **bearer).status_code == 404


def test_approve_with_token_then_again_is_409(
    client: Any, bearer: Any, make_comment: Any, moderator_user: Any
) -> None:
    comment = make_comment()

    first = post_json(client, approve_url(comment), {"note": "fine"}, **bearer)
    second = post_json(client, approve_url(comment), {}, **bearer)

    assert first.status_code == 200
    assert first.json()["outcome"] == Outcome.APPROVED
    assert first.json()["moderator"] == "desk"
    assert first.json()["note"] == "fine"
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED
    assert second.status_code == 409
    assert second.json()["code"] == "already_decided"
    assert ApiToken.objects.get(user=moderator_user).last_used_at is not None


def test_reject_with_guidelines_and_target(client: Any, bearer: Any, make_comment: Any) -> None:
    comment = make_comment()

    response = post_json(
        client,
        reject_url(comment),
        {"guidelines": ["abuse"], "abuse_target": "racism", "note": "slur"},
        **bearer,
    )

    assert response.status_code == 200
    decision = ModerationDecision.objects.get(comment=comment)
    assert decision.guidelines == ["abuse"]
    assert decision.abuse_target == "racism"
    assert decision.decided_by == DecidedBy.MODERATOR
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.REJECTED


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"guidelines": []}, 400, "guideline_required"),
        ({"guidelines": ["rudeness"]}, 400, "unknown_guideline"),
        ({"guidelines": ["abuse"], "abuse_target": "weather"}, 400, "unknown_target"),
    ],
)
def test_reject_refusals(
    client: Any, bearer: Any, make_comment: Any, payload: Any, status: int, code: str
) -> None:
    comment = make_comment()

    response = post_json(client, reject_url(comment), payload, **bearer)

    assert response.status_code == status
    assert response.json()["code"] == code
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING


def test_unknown_comment_is_404(client: Any, bearer: Any, db: Any) -> None:
    response = post_json(client, "/api/moderation/comments/4242/approve", {}, **bearer)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_session_auth_requires_csrf_on_writes(moderator_user: Any, make_comment: Any) -> None:
    comment = make_comment()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(moderator_user)

    without = post_json(browser, approve_url(comment), {})
    token = get_token(RequestFactory().get("/"))
    browser.cookies["csrftoken"] = token
    with_token = post_json(browser, approve_url(comment), {}, HTTP_X_CSRFTOKEN=token)

    assert browser.get(QUEUE).status_code == 200
    assert without.status_code == 403
    assert with_token.status_code == 200
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


def test_decision_history_filters(client: Any, bearer: Any, make_comment: Any) -> None:
    held, decided = make_comment(), make_comment()
    ModerationDecision.objects.create(comment=held, outcome=Outcome.HELD, decided_by=DecidedBy.SYSTEM)
    post_json(client, reject_url(decided), {"guidelines": ["off_topic"]}, **bearer)

    everything = client.get("/api/moderation/decisions", **bearer).json()
    system = client.get("/api/moderation/decisions", {"decided_by": "system"}, **bearer).json()
    one = client.get("/api/moderation/decisions", {"comment_id": decided.pk}, **bearer).json()

    assert everything["count"] == 2
    assert [d["comment_id"] for d in system["items"]] == [held.pk]
    assert system["items"][0]["moderator"] is None
    assert [d["guidelines"] for d in one["items"]] == [["off_topic"]]
    assert client.get("/api/moderation/decisions", {"decided_by": "robot"}, **bearer).status_code == 422


def test_api_token_command_prints_a_working_token(client: Any, moderator_user: Any) -> None:
    out = StringIO()

    call_command("api_token", "desk", "--name", "laptop", stdout=out)

    plain = out.getvalue().strip()
    stored = ApiToken.objects.get(user=moderator_user)
    assert stored.name == "laptop"
    assert plain not in stored.key
    assert client.get(QUEUE, HTTP_AUTHORIZATION=f"Bearer {plain}").status_code == 200
