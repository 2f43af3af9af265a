"""Fixtures for the API tests: an article, users with and without the permission, tokens, queue rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from tests.factories import article_row, comment_row, moderator_create
from tribune.api.services import api_token_create
from tribune.articles.models import Article
from tribune.comments.models import Comment


@pytest.fixture
def news_article(db: Any) -> Article:
    body = "Water levels at the dam fell again this summer, officials said."
    lead = "Farmers downstream ask for a new allocation."
    return article_row("dam-water-levels", "Dam water levels fall for a third summer", body, lead=lead)


@pytest.fixture
def moderator_user(db: Any) -> Any:
    return moderator_create(username="desk", password="desk-pass-123")


@pytest.fixture
def plain_user(db: Any) -> Any:
    return get_user_model().objects.create_user(username="reader", password="reader-pass-123")


@pytest.fixture
def moderator_token(moderator_user: Any) -> str:
    return api_token_create(user=moderator_user, name="tests")[1]


@pytest.fixture
def bearer(moderator_token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {moderator_token}"}


@pytest.fixture
def make_comment(news_article: Article) -> Callable[..., Comment]:
    """Create a comment row directly (no pipeline), pending unless told otherwise."""

    def make(body: str = "A fair point about the dam.", **fields: Any) -> Comment:
        return comment_row(article=fields.pop("article", news_article), body=body, **fields)

    return make
