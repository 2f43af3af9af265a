"""Fixtures for appeals tests: a comment with a status link, rejected by a moderator or by Tribune."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.factories import comment_row, moderator_create
from tribune.comments.models import Comment
from tribune.comments.submit import status_link_issue
from tribune.moderation.services import comment_reject


@pytest.fixture
def second_moderator(db: Any) -> Any:
    return moderator_create(username="second", password="second-pass-1")


@pytest.fixture
def linked(article: Any) -> Callable[..., tuple[Comment, str]]:
    """A pending comment and its status token."""

    def make(body: str = "The launcher was seized, so who fired?", **fields: Any) -> tuple[Comment, str]:
        comment = comment_row(article=article, body=body, **fields)
        return comment, status_link_issue(comment=comment)

    return make


@pytest.fixture
def rejected_by(linked: Callable[..., tuple[Comment, str]]) -> Callable[..., tuple[Comment, str]]:
    """A comment a moderator rejected for ``guidelines``, and its token."""

    def make(moderator: Any, guidelines: tuple[str, ...] = ("personal_attack",)) -> tuple[Comment, str]:
        comment, token = linked()
        comment_reject(comment_id=comment.pk, moderator=moderator, guidelines=list(guidelines))
        comment.refresh_from_db()
        return comment, token

    return make
