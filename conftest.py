"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def article(db: Any) -> Any:
    from tribune.articles.models import Article

    return Article.objects.create(
        slug="rocket-strike-anbar",
        title="Rockets hit air base in western Iraq",
        lead="Security forces seized the launcher truck.",
        body="Several rockets struck the Ain al-Asad air base in Anbar province. The launcher was seized.",
        language="en",
    )


@pytest.fixture
def fake_scorer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Replace the process-wide scorer with a ``FakeScorer`` the test can program."""
    from tribune.core.testing import FakeScorer
    from tribune.moderation.services import moderate

    scorer = FakeScorer(
        rules={
            "idiot": {"personal_attack": 0.97},
            "maybe rude": {"personal_attack": 0.6},
            "kill": {"threat": 0.99},
        }
    )
    monkeypatch.setattr(moderate, "get_scorer", lambda: scorer)
    yield scorer


@pytest.fixture
def moderator(db: Any) -> Any:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(username="mod", password="mod-pass-123")
    user.user_permissions.add(Permission.objects.get(codename="can_moderate"))
    return get_user_model().objects.get(pk=user.pk)
