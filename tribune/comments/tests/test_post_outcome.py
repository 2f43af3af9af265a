"""After posting, the page says what actually became of the comment."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tribune.comments.models import Comment
from tribune.moderation.models import ModerationConfig

pytestmark = pytest.mark.django_db


def _post(client: Client, article: Any, capture: Any, body: str) -> str:
    """Post, let moderation run (after commit, as in-process tasks do), then follow the redirect."""
    with capture(execute=True):
        response = client.post(f"/articles/{article.slug}/comments/", {"author_name": "Ava", "body": body})
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def _status_text(html: str) -> str:
    return html[html.index('id="comment-status"') : html.index("</div>", html.index('id="comment-status"'))]


def test_an_approved_comment_is_said_to_be_published_below(
    client: Client, article: Any, fake_scorer: Any, django_capture_on_commit_callbacks: Any
) -> None:
    html = _post(client, article, django_capture_on_commit_callbacks, "Who fired the rockets, and from where?")
    comment = Comment.objects.get()
    status = _status_text(html)
    assert "approved and is published below" in status and f'href="#comment-{comment.pk}"' in status
    assert "awaits moderation" not in status
    assert f'id="comment-{comment.pk}"' in html  # and it is there


def test_a_rejected_comment_is_said_to_be_unpublished_and_why(
    client: Client, article: Any, fake_scorer: Any, django_capture_on_commit_callbacks: Any
) -> None:
    status = _status_text(_post(client, article, django_capture_on_commit_callbacks, "The minister is an idiot"))
    assert "not published" in status and "(Personal attack)" in status
    assert "awaits moderation" not in status and "published below" not in status


def test_a_held_comment_awaits_moderation(
    client: Client, article: Any, fake_scorer: Any, django_capture_on_commit_callbacks: Any
) -> None:
    ModerationConfig.objects.create(auto_approve=False)  # humans approve all
    status = _status_text(_post(client, article, django_capture_on_commit_callbacks, "A fair question."))
    assert "awaits moderation; it will appear here once approved" in status


def test_the_outcome_is_told_once(
    client: Client, article: Any, fake_scorer: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _post(client, article, django_capture_on_commit_callbacks, "The minister is an idiot")
    again = _status_text(client.get(f"/articles/{article.slug}/?posted=1").content.decode())
    assert "not published" not in again  # a reload shows the neutral line, not someone's outcome
