"""Who may open the dashboard: moderators only; others are sent to log in or refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

PAGES = ["/moderation/", "/moderation/decisions/", "/moderation/authors/author-1/"]


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_visitors_are_sent_to_login(client: Client, url: str, pending: Any) -> None:
    pending(author_key="author-1")

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("url", PAGES)
def test_users_without_the_permission_get_403(reader_client: Client, url: str, pending: Any) -> None:
    pending(author_key="author-1")

    assert reader_client.get(url).status_code == 403


@pytest.mark.parametrize("url", PAGES)
def test_moderators_see_the_pages(mod_client: Client, url: str, pending: Any) -> None:
    pending(author_key="author-1")

    assert mod_client.get(url).status_code == 200


def test_login_page_logs_a_moderator_in_and_lands_on_the_queue(client: Client, desk_moderator: Any) -> None:
    page = client.get("/accounts/login/?next=/moderation/")
    response = client.post(
        "/accounts/login/", {"username": "nura", "password": "nura-pass-123", "next": "/moderation/"}
    )

    assert page.status_code == 200
    assert b'<label for="id_username"' in page.content
    assert response.status_code == 302
    assert response["Location"] == "/moderation/"
    assert client.get("/moderation/").status_code == 200


def test_login_page_shows_wrong_password(client: Client, desk_moderator: Any) -> None:
    response = client.post("/accounts/login/", {"username": "nura", "password": "wrong"})

    assert response.status_code == 200
    assert b'role="alert"' in response.content
