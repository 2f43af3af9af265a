"""Login throttling (django-axes): repeated failed logins lock the address out, with a clear page.

Tried on both login forms, the moderator's (/accounts/login/) and the admin's
(/admin/login/): AXES_FAILURE_LIMIT wrong passwords, then the right one.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from tests.factories import moderator_create

pytestmark = pytest.mark.django_db

LIMIT = settings.AXES_FAILURE_LIMIT


@pytest.fixture
def desk(db: Any) -> Any:
    return moderator_create(username="desk", password="desk-pass-123")


def _fail(client: Client, url: str, times: int, **extra: Any) -> list[int]:
    return [
        client.post(url, {"username": "desk", "password": f"guess-{n}"}, **extra).status_code
        for n in range(times)
    ]


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_failed_logins_lock_the_address_out_with_a_clear_message(client: Client, desk: Any, url: str) -> None:
    get_user_model().objects.filter(pk=desk.pk).update(is_staff=True)

    statuses = _fail(client, url, LIMIT)
    locked = client.post(url, {"username": "desk", "password": "desk-pass-123"})
    print(f"{url}: {LIMIT} wrong passwords -> {statuses}; then the right one -> {locked.status_code}")

    assert statuses[:-1] == [200] * (LIMIT - 1)  # the form again, with its error
    assert statuses[-1] == 429
    assert locked.status_code == 429  # even the right password, while locked out
    assert b"Too many failed logins" in locked.content
    assert b"blocked after %d failed attempts" % LIMIT in locked.content
    assert "_auth_user_id" not in client.session


def test_other_addresses_can_still_log_in(client: Client, desk: Any) -> None:
    _fail(client, "/accounts/login/", LIMIT)

    response = Client().post(
        "/accounts/login/", {"username": "desk", "password": "desk-pass-123"}, REMOTE_ADDR="198.51.100.7"
    )

    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL


def test_a_successful_login_resets_the_count(client: Client, desk: Any) -> None:
    _fail(client, "/accounts/login/", LIMIT - 1)
    assert (
        client.post("/accounts/login/", {"username": "desk", "password": "desk-pass-123"}).status_code == 302
    )
    client.post("/accounts/logout/")

    statuses = _fail(client, "/accounts/login/", LIMIT - 1)

    assert statuses == [200] * (LIMIT - 1)
