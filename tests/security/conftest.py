"""Fixtures for the security tests: one article with a pending comment, and a client per role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client

from tests.factories import article_row, comment_row, moderator_create
from tribune.comments.models import Comment

ROLES = ("anonymous", "reader", "moderator", "admin")


@dataclass
class Site:
    """What the walker fills URL parameters from, and a client logged in as each role."""

    samples: dict[str, str]
    clients: dict[str, Client]
    comment: Comment


@pytest.fixture
def site(db: Any) -> Site:
    article = article_row("quake-relief", "Relief convoys reach the quake zone", "Convoys arrived on Sunday.")
    comment = comment_row(article=article, body="When will the road reopen?")
    reader = get_user_model().objects.create_user(username="reader", password="reader-pass-123")
    moderator = moderator_create(username="desk", password="desk-pass-123")
    admin = get_user_model().objects.create_superuser(username="root", password="root-pass-123")
    clients = {"anonymous": Client()}
    for role, user in (("reader", reader), ("moderator", moderator), ("admin", admin)):
        clients[role] = Client()
        clients[role].force_login(user)
    samples = {
        "slug": article.slug,
        "comment_id": str(comment.pk),
        "object_id": str(comment.pk),
        "author_key": comment.author_key,
        "id": str(admin.pk),
        "content_type_id": str(ContentType.objects.get_for_model(Comment).pk),
        "uidb64": "MQ",
        "token": "set-password",
        "url": "no-such-page/",
    }
    return Site(samples=samples, clients=clients, comment=comment)
