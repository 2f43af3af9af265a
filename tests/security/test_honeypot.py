"""The honeypot: a field people never see or reach, which bots fill in; such posts store nothing."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from tribune.comments.models import Comment

pytestmark = pytest.mark.django_db


def test_the_field_is_hidden_from_people_and_keyboards(client: Client, article: Any) -> None:
    html = client.get(f"/articles/{article.slug}/").content.decode()

    wrapper = re.search(r'<p class="hp" aria-hidden="true">.*?</p>', html, re.DOTALL)
    assert wrapper, "the honeypot field is missing"
    assert 'name="website"' in wrapper.group(0)
    assert 'tabindex="-1"' in wrapper.group(0) and 'autocomplete="off"' in wrapper.group(0)


def test_a_filled_honeypot_is_thanked_like_a_person_and_stores_nothing(client: Client, article: Any) -> None:
    data = {"author_name": "Spam Bot", "body": "Cheap watches here", "website": "http://spam.example"}

    response = client.post(f"/articles/{article.slug}/comments/", data)

    assert response.status_code == 302 and "posted=1" in response["Location"]  # the bot learns nothing
    assert not Comment.objects.exists()
