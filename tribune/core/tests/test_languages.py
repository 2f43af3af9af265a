"""Kurmanji in Django's locale table, and which language an article's page speaks."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from tribune.core.languages import activate_for_page, reader_chose_language, register_languages


def test_every_site_language_is_known_to_django_with_its_direction() -> None:
    register_languages()
    directions = {code: translation.get_language_info(code)["bidi"] for code, _name in settings.LANGUAGES}
    assert directions == {"en": False, "ckb": True, "kmr": False, "ar": True, "tr": False, "fa": True}
    assert translation.get_language_info("kmr")["name_local"] == "Kurdî (Kurmancî)"


def test_kurmanji_activates_its_own_catalog() -> None:
    with translation.override("kmr"):
        assert translation.gettext("Post a comment") == "Şîroveyekê binivîse"
        assert translation.get_language_bidi() is False
    with translation.override("ckb"):
        assert translation.get_language_bidi() is True


def test_article_language_is_the_default_for_its_page(rf: RequestFactory) -> None:
    request = rf.get("/articles/x/", HTTP_ACCEPT_LANGUAGE="tr")
    with translation.override("tr"):
        assert activate_for_page(request, "fa") == "fa"
        assert translation.get_language() == "fa"


def test_a_reader_choice_beats_the_article_language(rf: RequestFactory) -> None:
    request = rf.get("/articles/x/")
    request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = "kmr"
    assert reader_chose_language(request)
    with translation.override("kmr"):
        assert activate_for_page(request, "ar") == "kmr"


@pytest.mark.parametrize("cookie", ["", "xx", "de"])
def test_an_unknown_cookie_is_no_choice(rf: RequestFactory, cookie: Any) -> None:
    request = rf.get("/")
    request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = cookie
    assert not reader_chose_language(request)
