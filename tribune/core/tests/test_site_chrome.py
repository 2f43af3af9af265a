"""What every reader page carries: a masthead without staff links, and a real favicon."""

from __future__ import annotations

import struct

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_favicon_is_a_small_icon(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    reserved, kind, count = struct.unpack("<HHH", response.content[:6])
    assert (reserved, kind, count) == (0, 1, 2)  # an ICO with two images (16 and 32 px)
    assert "max-age" in response["Cache-Control"]


def test_reader_masthead_offers_no_moderator_login(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "Moderator login" not in html and "/accounts/login/" not in html
    assert 'rel="icon" href="/favicon.ico"' in html
    assert 'class="tagline"' in html
