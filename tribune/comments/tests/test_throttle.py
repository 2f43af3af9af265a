"""Flood limits at the door: the form and the API refuse a flood with a clear message; nothing is stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client, override_settings

from tribune.comments.models import Comment
from tribune.comments.throttle import comment_door_check
from tribune.core.errors import ApplicationError

DOOR = {"PER_IP": 4, "PER_AUTHOR": 3, "WINDOW_SECONDS": 600}


@override_settings(TRIBUNE_DOOR=DOOR)
def test_an_author_past_the_limit_is_refused_until_the_window_turns() -> None:
    for _ in range(3):
        comment_door_check(ip_address=None, author_key="ava", now=1000.0)

    with pytest.raises(ApplicationError) as refused:
        comment_door_check(ip_address=None, author_key="ava", now=1001.0)
    comment_door_check(ip_address=None, author_key="ava", now=1000.0 + 600)  # next window

    assert refused.value.status == 429
    assert refused.value.code == "rate_limited"
    assert "too many comments" in refused.value.message and "10 minutes" in refused.value.message


@override_settings(TRIBUNE_DOOR=DOOR)
def test_one_address_posting_as_many_authors_is_refused() -> None:
    for n in range(4):
        comment_door_check(ip_address="203.0.113.5", author_key=f"author-{n}", now=50.0)

    with pytest.raises(ApplicationError):
        comment_door_check(ip_address="203.0.113.5", author_key="author-new", now=50.0)
    comment_door_check(ip_address="203.0.113.6", author_key="author-new", now=50.0)  # another address


@override_settings(TRIBUNE_DOOR=DOOR)
def test_the_form_shows_a_clear_error_and_stores_nothing(
    client: Client, article: Any, quiet_scorer: Any
) -> None:
    url = f"/articles/{article.slug}/comments/"
    posts = [
        client.post(url, {"author_name": "Ava", "body": f"Point number {n} about the base."})
        for n in range(4)
    ]

    refused = posts[-1]
    print("form statuses:", [p.status_code for p in posts])
    assert [p.status_code for p in posts[:3]] == [302, 302, 302]
    assert refused.status_code == 429
    assert b'role="alert"' in refused.content
    assert b"You have posted too many comments in a short time" in refused.content
    assert b"Point number 3 about the base." in refused.content  # the text is kept in the form
    assert Comment.objects.count() == 3


@override_settings(TRIBUNE_DOOR=DOOR)
def test_the_api_answers_429_and_stores_nothing(client: Client, article: Any, quiet_scorer: Any) -> None:
    url = f"/api/articles/{article.slug}/comments"
    statuses = [
        client.post(url, {"author_name": "Bo", "body": f"Comment {n}"}, content_type="application/json")
        for n in range(4)
    ]

    assert [r.status_code for r in statuses] == [202, 202, 202, 429]
    body = json.loads(statuses[-1].content)
    assert body["code"] == "rate_limited"
    assert "too many comments" in body["message"]
    assert Comment.objects.count() == 3
