"""The moderator's flow through the client: log in, find the new comment, decide, readers see the result."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import Client, override_settings

from tribune.comments.models import Comment

pytestmark = pytest.mark.django_db(transaction=True)

HUMANS_APPROVE_ALL = {**settings.TRIBUNE_MODERATION, "AUTO_APPROVE": False}


def reader_posts(story: Any, body: str) -> int:
    response = Client().post(
        f"/api/articles/{story.slug}/comments",
        data={"author_name": "Roj", "body": body},
        content_type="application/json",
    )
    assert response.status_code == 202
    return int(response.json()["id"])


def public_bodies(story: Any) -> list[str]:
    return [item["body"] for item in Client().get(f"/api/articles/{story.slug}/comments").json()["items"]]


@override_settings(TRIBUNE_MODERATION=HUMANS_APPROVE_ALL)
def test_moderator_approves_one_and_rejects_another_from_the_queue(
    story: Any, desk_moderator: Any, quiet_scorer: Any
) -> None:
    kept = reader_posts(story, "The repairs took far too long, but the result is good.")
    dropped = reader_posts(story, "Buy cheap bridge souvenirs from my shop today.")
    moderator = Client()
    login = moderator.post("/accounts/login/", {"username": "nura", "password": "nura-pass-123"})

    queue = moderator.get("/moderation/")
    approved = moderator.post(
        f"/moderation/comments/{kept}/decide/", {"decision": "approve", "next": "/moderation/"}, follow=True
    )
    rejected = moderator.post(
        f"/moderation/comments/{dropped}/decide/",
        {"decision": "promotion", "note": "shop advert", "next": "/moderation/"},
        follow=True,
    )

    assert login.status_code == 302
    assert f'id="comment-{kept}"' in queue.content.decode()
    assert f'id="comment-{dropped}"' in queue.content.decode()
    assert f"Approved comment {kept} by Roj." in approved.content.decode()
    assert f"Rejected comment {dropped} by Roj (Promotion)." in rejected.content.decode()
    assert "Nothing is waiting for a decision." in rejected.content.decode()
    assert public_bodies(story) == [Comment.objects.get(pk=kept).body]
    history = moderator.get("/moderation/decisions/", {"decided_by": "moderator"}).content.decode()
    assert "shop advert" in history
