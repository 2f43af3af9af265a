"""API: bulk decisions, notes and author actions for moderators."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests.factories import moderator_create
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_approve

pytestmark = pytest.mark.django_db
JSON = "application/json"


def test_bulk_reject_skips_what_someone_else_decided(client: Client, bearer, make_comment) -> None:
    first, taken = make_comment(), make_comment()
    comment_approve(comment_id=taken.pk, moderator=moderator_create(username="o", password="o-pass-123"))
    body = {"comment_ids": [first.pk, taken.pk], "guidelines": ["promotion"]}
    response = client.post("/api/moderation/bulk", json.dumps(body), JSON, **bearer)
    assert response.status_code == 200
    assert response.json()["decided"] == [first.pk]
    assert response.json()["skipped"][0]["id"] == taken.pk
    assert response.json()["skipped"][0]["code"] == "already_decided"
    assert Comment.objects.get(pk=first.pk).status == CommentStatus.REJECTED
    assert ModerationDecision.objects.filter(comment=taken).count() == 1
    empty = client.post("/api/moderation/bulk", json.dumps({"comment_ids": []}), JSON, **bearer)
    assert empty.status_code == 400 and empty.json()["code"] == "nothing_selected"


def test_notes_round_trip(client: Client, bearer, make_comment) -> None:
    comment = make_comment()
    url = f"/api/moderation/comments/{comment.pk}/notes"
    created = client.post(url, json.dumps({"body": "Seen this text before"}), JSON, **bearer)
    assert created.status_code == 201 and created.json()["author"] == "desk"
    assert [n["body"] for n in client.get(url, **bearer).json()] == ["Seen this text before"]
    assert client.post(url, json.dumps({"body": " "}), JSON, **bearer).status_code == 400


def test_author_actions_and_standing(client: Client, bearer, make_comment, plain_user) -> None:
    comment = make_comment(author_key="k-api")
    url = "/api/moderation/authors/k-api/actions"
    banned = client.post(url, json.dumps({"kind": "ban", "reason": "Spam"}), JSON, **bearer)
    assert banned.status_code == 201 and banned.json()["moderator"] == "desk"
    again = client.post(url, json.dumps({"kind": "ban", "reason": "Spam"}), JSON, **bearer)
    assert again.status_code == 409
    bad = client.post(url, json.dumps({"kind": "exile", "reason": "x"}), JSON, **bearer)
    assert bad.status_code == 422
    standing = client.get(url, **bearer).json()
    assert standing["banned"] is True and standing["warnings"] == 0 and len(standing["actions"]) == 1
    assert comment.author_key == "k-api"
    client.force_login(plain_user)
    assert client.get(url).status_code == 403
