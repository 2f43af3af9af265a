"""Reader pages in six languages: the article's language by default, the switcher, errors, RTL."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.utils import translation
from django.views import defaults

from tests.factories import article_row

pytestmark = pytest.mark.django_db

POST_HEADING = {
    "en": "Post a comment",
    "ckb": "لێدوانێک بنووسە",
    "kmr": "Şîroveyekê binivîse",
    "ar": "أضف تعليقًا",
    "tr": "Yorum yapın",
    "fa": "دیدگاه خود را بنویسید",
}
RTL = {"ckb", "ar", "fa"}


def html_tag(html: str) -> str:
    match = re.search(r"<html[^>]*>", html)
    assert match
    return match.group(0)


@pytest.mark.parametrize("language", list(POST_HEADING))
def test_article_page_speaks_the_article_language(client: Client, language: str) -> None:
    article = article_row(f"story-{language}", f"Title {language}", "Body.", language=language)
    html = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="tr").content.decode()
    direction = "rtl" if language in RTL else "ltr"
    assert html_tag(html) == f'<html lang="{language}" dir="{direction}">'
    assert POST_HEADING[language] in html
    assert f'<article class="article" lang="{language}" dir="{direction}">' in html


def test_reader_switches_the_interface_and_the_article_keeps_its_own_direction(client: Client) -> None:
    article = article_row("sorani-story", "سەردێڕ", "دەق.", language="ckb")
    response = client.post("/i18n/setlang/", {"language": "tr", "next": article.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    html = client.get(article.get_absolute_url()).content.decode()
    assert html_tag(html) == '<html lang="tr" dir="ltr">'
    assert "Yorum yapın" in html and "Topluluk kuralları" in html
    assert '<article class="article" lang="ckb" dir="rtl">' in html
    assert '<option value="tr" lang="tr" selected>' in html


def test_switcher_offers_every_site_language_by_its_own_name(client: Client) -> None:
    html = client.get("/").content.decode()
    for code, name in settings.LANGUAGES:
        assert f'<option value="{code}" lang="{code}"' in html and name in html
    assert 'action="/i18n/setlang/"' in html


def test_guidelines_follow_the_interface_language(client: Client) -> None:
    article = article_row("english-story", "Title", "Body.")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fa"
    html = client.get(article.get_absolute_url()).content.decode()
    assert "رهنمودهای گفت‌وگو" in html and "دشنام و الفاظ رکیک." in html
    assert "Community guidelines" not in html


def test_form_errors_are_in_the_page_language(client: Client) -> None:
    article = article_row("kurmanji-story", "Sernav", "Naverok.", language="kmr")
    response = client.post(f"{article.get_absolute_url()}comments/", {"author_name": "", "body": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Şîroveya te nehat weşandin:" in html and "Nav: Ev qad pêwîst e." in html


def test_a_refusal_from_the_service_is_in_the_page_language(client: Client) -> None:
    article = article_row("closed-story", "مقال", "نص.", language="ar", comments_open=False)
    response = client.post(f"{article.get_absolute_url()}comments/", {"author_name": "سلمى", "body": "رأي"})
    assert response.status_code == 403
    assert "التعليقات على هذا المقال مغلقة." in response.content.decode()


def test_front_page_follows_the_browser_language(client: Client) -> None:
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fa").content.decode()
    assert html_tag(html) == '<html lang="fa" dir="rtl">' and "تازه‌ترین خبرها" in html


def test_not_found_page_is_translated(client: Client) -> None:
    response = client.get("/articles/no-such-story/", HTTP_ACCEPT_LANGUAGE="ar")
    html = response.content.decode()
    assert response.status_code == 404
    assert html_tag(html) == '<html lang="ar" dir="rtl">' and "الصفحة غير موجودة" in html


def test_csrf_failure_page_is_translated(db: Any) -> None:
    # The check runs before the view, so the page speaks the reader's (browser or chosen) language.
    article = article_row("csrf-story", "Haber", "Metin.", language="tr")
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="tr")
    response = client.post(f"{article.get_absolute_url()}comments/", {"author_name": "A", "body": "B"})
    assert response.status_code == 403
    assert "Form gönderilemedi" in response.content.decode()


@pytest.mark.parametrize(
    ("view", "status", "text"),
    [
        (defaults.server_error, 500, "مشکلی پیش آمد"),
        (defaults.bad_request, 400, "درخواست نادرست"),
        (defaults.permission_denied, 403, "مجاز نیست"),
    ],
)
def test_error_pages_are_translated(rf: RequestFactory, view: Any, status: int, text: str) -> None:
    request = rf.get("/")
    with translation.override("fa"):
        response = view(request) if view is defaults.server_error else view(request, Exception())
    html = response.content.decode()
    assert response.status_code == status
    assert text in html and html_tag(html) == '<html lang="fa" dir="rtl">'


def test_login_page_is_translated(client: Client) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "kmr"
    html = client.get("/accounts/login/").content.decode()
    assert "Têketina moderatoran" in html and "Navê bikarhêner" in html and "Şîfre" in html


def test_api_messages_reach_readers_in_their_language(client: Client) -> None:
    article = article_row("api-story", "Title", "Body.", comments_open=False)
    url = f"/api/articles/{article.slug}/comments"
    payload = {"author_name": "A", "body": "B"}
    response = client.post(url, payload, "application/json", HTTP_ACCEPT_LANGUAGE="tr")
    assert response.status_code == 403
    assert response.json()["message"] == "Bu habere yorum yapma kapatıldı."
