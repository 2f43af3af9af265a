"""Fixtures for the dashboard tests: an article, a logged-in moderator client, queue rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment


@pytest.fixture
def story(db: Any) -> Article:
    return Article.objects.create(
        slug="bridge-reopens",
        title="Old bridge reopens after repairs",
        body="The old stone bridge reopened to traffic on Monday.",
        language="en",
    )


@pytest.fixture
def desk_moderator(db: Any) -> Any:
    user = get_user_model().objects.create_user(username="nura", password="nura-pass-123")
    user.user_permissions.add(Permission.objects.get(codename="can_moderate"))
    return get_user_model().objects.get(pk=user.pk)


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
    counter = iter(range(1, 10_000))

    def make(body: str = "Glad the bridge is open again.", **fields: Any) -> Comment:
        n = next(counter)
        values: dict[str, Any] = {
            "article": fields.pop("article", story),
            "author_name": f"Reader {n}",
            "author_key": f"author-{n}",
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
