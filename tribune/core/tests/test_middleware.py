"""Oversized request bodies are refused with 413 and a clear message, before anything reads them."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.test import Client

from tribune.comments.models import Comment

TOO_BIG = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)


def test_an_oversized_form_post_gets_a_page_that_says_why(client: Client, article: Any) -> None:
    response = client.post(f"/articles/{article.slug}/comments/", {"author_name": "Ava", "body": TOO_BIG})

    assert response.status_code == 413
    assert b"The request is too large" in response.content
    assert b'role="alert"' in response.content
    assert not Comment.objects.exists()


def test_an_oversized_api_post_gets_json(client: Client, article: Any) -> None:
    payload = json.dumps({"author_name": "Ava", "body": TOO_BIG})

    response = client.post(f"/api/articles/{article.slug}/comments", payload, content_type="application/json")

    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"
    assert not Comment.objects.exists()


def test_a_body_under_the_limit_passes_to_the_view(client: Client, article: Any, quiet_scorer: Any) -> None:
    response = client.post(
        f"/articles/{article.slug}/comments/", {"author_name": "Ava", "body": "A short one."}
    )

    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_a_comment_over_the_length_limit_but_under_the_byte_limit_gets_the_form_error(
    client: Client, article: Any
) -> None:
    response = client.post(f"/articles/{article.slug}/comments/", {"author_name": "Ava", "body": "y" * 5001})

    assert response.status_code == 400
    assert b"5000 characters" in response.content
    assert not Comment.objects.exists()
