"""One flow through the client: a reader posts, a moderator approves, readers see it."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db(transaction=True)

HUMANS_APPROVE_ALL = {**settings.TRIBUNE_MODERATION, "AUTO_APPROVE": False}


@override_settings(TRIBUNE_MODERATION=HUMANS_APPROVE_ALL)
def test_reader_posts_moderator_approves_public_list_shows_it(
    quiet_scorer: Any, client: Any, news_article: Any, bearer: Any
) -> None:
    url = f"/api/articles/{news_article.slug}/comments"

    posted = client.post(
        url,
        data={"author_name": "Hêvî", "body": "Good to see the farmers quoted."},
        content_type="application/json",
    )
    comment_id = posted.json()["id"]
    hidden = client.get(url).json()
    queue = client.get("/api/moderation/queue", **bearer).json()
    approved = client.post(
        f"/api/moderation/comments/{comment_id}/approve", data={}, content_type="application/json", **bearer
    )
    public = client.get(url).json()

    assert posted.status_code == 202
    assert hidden["count"] == 0
    assert comment_id in [item["id"] for item in queue["items"]]
    assert approved.status_code == 200
    assert [item["body"] for item in public["items"]] == ["Good to see the farmers quoted."]
    assert client.get(f"/api/comments/{comment_id}").json()["status"] == "approved"
