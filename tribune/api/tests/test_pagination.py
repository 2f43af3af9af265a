"""Pages past the end are empty, however far: found by the schema fuzzer (page=2**59 was a 500)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

HUGE = 576460752303423487


@pytest.mark.parametrize(
    "url", ["/api/articles/{slug}/comments?page={page}", "/api/moderation/decisions?page={page}"]
)
def test_a_page_far_past_the_end_is_empty_not_an_error(
    client: Client, news_article: Any, bearer: dict[str, str], url: str
) -> None:
    response = client.get(url.format(slug=news_article.slug, page=HUGE), **bearer)

    assert response.status_code == 200
    assert response.json()["items"] == [] and response.json()["page"] == HUGE
