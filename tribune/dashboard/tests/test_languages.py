"""Moderators' languages: the settings page, a queue that defaults to them, counts per language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import article_row, comment_row
from tribune.core.errors import ApplicationError
from tribune.dashboard.services import moderator_languages_set
from tribune.moderation.models import ModeratorProfile
from tribune.moderation.selectors import queue_language_counts, queue_list
from tribune.moderation.selectors.languages import language_filter_parse, moderator_languages, queue_languages

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_queue(story: Any) -> dict[str, Any]:
    """Pending comments in English, Arabic (x2), Persian, and one undetected on an Arabic article."""
    arabic_article = article_row("arabic-story", "خبر", "نص الخبر.", language="ar")
    return {
        "en": comment_row(article=story, body="English view", language="en"),
        "ar1": comment_row(article=story, body="رأي أول", language="ar"),
        "ar2": comment_row(article=arabic_article, body="?!", language=""),
        "fa": comment_row(article=story, body="نظر فارسی", language="fa"),
    }


def shown_ids(html: str) -> set[int]:
    return {int(n) for n in re.findall(r'<li class="queue-item" id="comment-(\d+)"', html)}


def test_languages_are_stored_in_site_order_and_unknown_codes_refused(desk_moderator: Any) -> None:
    profile = moderator_languages_set(user=desk_moderator, languages=["fa", "ar", "fa"])
    assert profile.languages == ["ar", "fa"]
    assert moderator_languages(user=desk_moderator) == ["ar", "fa"]
    with pytest.raises(ApplicationError) as refused:
        moderator_languages_set(user=desk_moderator, languages=["de"])
    assert refused.value.code == "unknown_language"
    assert ModeratorProfile.objects.get(user=desk_moderator).languages == ["ar", "fa"]


def test_queue_selector_keeps_a_set_of_languages_and_counts_each(mixed_queue: dict[str, Any]) -> None:
    kept = set(queue_list(languages=["ar", "fa"]).values_list("pk", flat=True))
    assert kept == {mixed_queue["ar1"].pk, mixed_queue["ar2"].pk, mixed_queue["fa"].pk}
    assert list(queue_list(languages=[])) == []
    assert queue_language_counts() == {"ar": 2, "en": 1, "fa": 1}


def test_queue_languages_choice(desk_moderator: Any) -> None:
    assert queue_languages(user=desk_moderator, choice=None) is None  # nothing set: everything
    moderator_languages_set(user=desk_moderator, languages=["ckb", "kmr"])
    assert queue_languages(user=desk_moderator, choice=None) == ["ckb", "kmr"]
    assert queue_languages(user=desk_moderator, choice="all") is None
    assert queue_languages(user=desk_moderator, choice="tr") == ["tr"]


def test_settings_page_saves_the_languages(mod_client: Client, desk_moderator: Any) -> None:
    page = mod_client.get("/moderation/settings/").content.decode()
    assert 'name="languages" value="kmr"' in page
    response = mod_client.post("/moderation/settings/", {"languages": ["ar", "fa"]}, follow=True)
    assert response.status_code == 200 and "Your languages were saved." in response.content.decode()
    assert moderator_languages(user=desk_moderator) == ["ar", "fa"]
    refused = mod_client.post("/moderation/settings/", {"languages": ["xx"]})
    assert refused.status_code == 400 and moderator_languages(user=desk_moderator) == ["ar", "fa"]


def test_settings_page_needs_a_moderator(reader_client: Client) -> None:
    assert reader_client.get("/moderation/settings/").status_code == 403


def test_queue_defaults_to_the_moderators_languages(
    mod_client: Client, desk_moderator: Any, mixed_queue: dict[str, Any]
) -> None:
    every = {comment.pk for comment in mixed_queue.values()}
    assert shown_ids(mod_client.get("/moderation/").content.decode()) == every  # none set yet

    moderator_languages_set(user=desk_moderator, languages=["ar", "fa"])
    html = mod_client.get("/moderation/").content.decode()
    assert shown_ids(html) == every - {mixed_queue["en"].pk}
    assert "Showing the languages you read." in html and 'id="show-all-languages"' in html
    assert shown_ids(mod_client.get("/moderation/?language=all").content.decode()) == every
    assert shown_ids(mod_client.get("/moderation/?language=en").content.decode()) == {mixed_queue["en"].pk}


def test_queue_shows_the_count_of_every_language(
    mod_client: Client, desk_moderator: Any, mixed_queue: dict[str, Any]
) -> None:
    moderator_languages_set(user=desk_moderator, languages=["fa"])
    html = mod_client.get("/moderation/").content.decode()
    pattern = r'data-language="(\w+)">\s*<a[^>]*>[^<]*</a>\s*<span class="n">(\d+)</span>'
    counts = dict(re.findall(pattern, html))
    assert counts == {"en": "1", "ckb": "0", "kmr": "0", "ar": "2", "tr": "0", "fa": "1"}
    assert 'class="mine shown" data-language="fa"' in html


def test_dashboard_in_persian_is_right_to_left(mod_client: Client, mixed_queue: dict[str, Any]) -> None:
    mod_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fa"
    html = mod_client.get("/moderation/").content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert "صف نظارت" in html and "رد: دشنام" in html and "4 دیدگاه پیدا شد" in html
    # The queue script announces with the page's sentences.
    assert 'data-not-saved="ذخیره نشد: {message}"' in html and 'data-status="پاسخ سرور: {n}."' in html


def test_decision_message_in_the_moderators_language(mod_client: Client, mixed_queue: dict[str, Any]) -> None:
    mod_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "tr"
    comment = mixed_queue["en"]
    response = mod_client.post(
        f"/moderation/comments/{comment.pk}/decide/",
        {"decision": "promotion"},
        HTTP_ACCEPT="application/json",
    )
    assert response.json()["message"] == (
        f"{comment.author_name} adlı kişinin {comment.pk} numaralı yorumu reddedildi (Tanıtım)."
    )


def test_api_language_filter_parse(desk_moderator: Any) -> None:
    assert language_filter_parse(None, user=desk_moderator) is None
    assert language_filter_parse("all", user=desk_moderator) is None
    assert language_filter_parse(" ar, fa,ar ", user=desk_moderator) == ["ar", "fa"]
    assert language_filter_parse("mine", user=desk_moderator) is None
    moderator_languages_set(user=desk_moderator, languages=["kmr"])
    assert language_filter_parse("mine", user=desk_moderator) == ["kmr"]
    with pytest.raises(ApplicationError, match="'xx'"):
        language_filter_parse("ar,xx", user=desk_moderator)
