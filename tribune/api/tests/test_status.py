"""The API's poster endpoints (status by token, appeal) and the moderators' appeal endpoints."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests.factories import moderator_create
from tribune.appeals.models import Appeal
from tribune.comments.models import Comment
from tribune.moderation.services import comment_reject

pytestmark = pytest.mark.django_db


def _post(client: Client, slug: str, body: str, capture) -> dict:
    with capture(execute=True):
        response = client.post(
            f"/api/articles/{slug}/comments",
            json.dumps({"author_name": "Ava", "body": body}),
            content_type="application/json",
        )
    assert response.status_code == 202
    return response.json()


def test_post_returns_a_private_status_token_and_status_reads_plainly(
    news_article, quiet_scorer, django_capture_on_commit_callbacks
) -> None:
    client = Client()
    posted = _post(client, news_article.slug, "The dam report is useful.", django_capture_on_commit_callbacks)
    assert posted["status"] == "pending" and len(posted["status_token"]) >= 32
    assert posted["status_url"] == f"http://testserver/comments/status/{posted['status_token']}/"
    status = client.get(f"/api/comment-status/{posted['status_token']}").json()
    assert status["status"] == "approved" and status["guidelines"] == [] and status["can_appeal"] is False
    assert status["appeal"] is None
    assert client.get("/api/comment-status/nope").status_code == 404


def test_rejected_comment_appeal_and_second_moderator_grants(
    news_article, moderator_user, bearer, django_capture_on_commit_callbacks
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            f"/api/articles/{news_article.slug}/comments",
            json.dumps({"author_name": "Ava", "body": "Officials are liars and thieves."}),
            content_type="application/json",
        )
    token = response.json()["status_token"]
    comment = Comment.objects.get()
    comment_reject(comment_id=comment.pk, moderator=moderator_user, guidelines=["personal_attack"])
    status = client.get(f"/api/comment-status/{token}").json()
    assert status["status"] == "rejected" and status["can_appeal"] is True
    assert status["guidelines"][0]["code"] == "personal_attack"
    assert status["guidelines"][0]["explanation"].startswith("Insults")
    assert "scores" not in status and "evidence" not in json.dumps(status)

    appeal = client.post(
        f"/api/comment-status/{token}/appeal",
        json.dumps({"explanation": "Fair criticism."}),
        "application/json",
    )
    assert appeal.status_code == 201 and appeal.json()["status"] == "pending"
    again = client.post(
        f"/api/comment-status/{token}/appeal", json.dumps({"explanation": "Again"}), "application/json"
    )
    assert again.status_code == 409 and again.json()["code"] == "already_appealed"

    queue = client.get("/api/moderation/appeals", **bearer).json()
    assert queue["count"] == 1 and queue["items"][0]["rejected_by"] == "desk"
    appeal_id = queue["items"][0]["id"]
    same = client.post(f"/api/moderation/appeals/{appeal_id}/grant", "{}", "application/json", **bearer)
    assert same.status_code == 403 and same.json()["code"] == "same_moderator"

    other = Client()
    other.force_login(moderator_create(username="other", password="other-pass-1"))
    granted = other.post(f"/api/moderation/appeals/{appeal_id}/grant", "{}", "application/json")
    assert granted.status_code == 200 and granted.json()["decided_by"] == "other"
    assert client.get(f"/api/comment-status/{token}").json()["status"] == "approved"
    assert Appeal.objects.get().status == "granted"


def test_appeal_endpoints_need_a_moderator(client, plain_user) -> None:
    assert client.get("/api/moderation/appeals").status_code == 401
    client.force_login(plain_user)
    assert client.get("/api/moderation/appeals").status_code == 403
    assert client.post("/api/moderation/appeals/1/uphold", "{}", "application/json").status_code == 403
