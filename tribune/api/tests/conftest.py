"""Fixtures for the API tests: an article, users with and without the permission, tokens, queue rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from tribune.api.services import api_token_create
from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment


@pytest.fixture
def news_article(db: Any) -> Article:
    return Article.objects.create(
        slug="dam-water-levels",
        title="Dam water levels fall for a third summer",
        lead="Farmers downstream ask for a new allocation.",
        body="Water levels at the dam fell again this summer, officials said.",
        language="en",
    )


@pytest.fixture
def moderator_user(db: Any) -> Any:
    user = get_user_model().objects.create_user(username="desk", password="desk-pass-123")
    user.user_permissions.add(Permission.objects.get(codename="can_moderate"))
    return get_user_model().objects.get(pk=user.pk)


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
    """Create a comment row directly (no pipeline run), pending unless told otherwise."""
    counter = iter(range(1, 10_000))

    def make(body: str = "A fair point about the dam.", **fields: Any) -> Comment:
        n = next(counter)
        values: dict[str, Any] = {
            "article": fields.pop("article", news_article),
            "author_name": f"Reader {n}",
            "author_email": f"reader{n}@example.org",
            "author_key": f"key-{n}",
            "ip_address": "198.51.100.7",
            "body": body,
            "language": "en",
            "fingerprint": f"fp-{n}",
            "status": CommentStatus.PENDING,
        }
        values.update(fields)
        return Comment.objects.create(**values)

    return make


@pytest.fixture
def quiet_scorer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A scorer that finds nothing, so end-to-end flows do not depend on the trained model."""
    from tribune.core.testing import FakeScorer
    from tribune.moderation.services import moderate

    scorer = FakeScorer()
    monkeypatch.setattr(moderate, "get_scorer", lambda: scorer)
    return scorer
