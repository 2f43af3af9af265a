"""Fixtures for the dashboard tests: an article, a logged-in moderator client, queue rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.factories import article_row, comment_row, moderator_create
from tribune.articles.models import Article
from tribune.comments.models import Comment


@pytest.fixture
def story(db: Any) -> Article:
    body = "The old stone bridge reopened to traffic on Monday."
    return article_row("bridge-reopens", "Old bridge reopens after repairs", body)


@pytest.fixture
def desk_moderator(db: Any) -> Any:
    return moderator_create(username="nura", password="nura-pass-123")


@pytest.fixture
def mod_client(desk_moderator: Any) -> Client:
    client = Client()
    client.force_login(desk_moderator)
    return client


@pytest.fixture
def reader_client(db: Any) -> Client:
    user = get_user_model().objects.create_user(username="visitor", password="visitor-pass-123")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def pending(story: Article) -> Callable[..., Comment]:
    """Create a comment row directly (no pipeline), pending unless told otherwise."""

    def make(body: str = "Glad the bridge is open again.", **fields: Any) -> Comment:
        return comment_row(article=fields.pop("article", story), body=body, **fields)

    return make
