"""The commenter's pages: status link after posting, the status page, and the appeal form."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tribune.appeals.models import Appeal
from tribune.comments.models import Comment

pytestmark = pytest.mark.django_db


def _post_comment(client: Client, article, capture, body: str) -> str:
    with capture(execute=True):
        response = client.post(
            f"/articles/{article.slug}/comments/", {"author_name": "Ava", "body": body}, follow=True
        )
    assert response.status_code == 200
    html = response.content.decode()
    match = re.search(r'id="status-link" rel="noreferrer">(http://testserver/comments/status/[^<]+/)<', html)
    assert match, "the page after posting shows the status link"
    return match.group(1).removeprefix("http://testserver")


def test_reader_gets_a_status_link_once_and_sees_the_rejection_in_plain_words(
    article, fake_scorer, django_capture_on_commit_callbacks
) -> None:
    client = Client()
    path = _post_comment(client, article, django_capture_on_commit_callbacks, "The minister is an idiot")
    comment = Comment.objects.get()
    assert not path.endswith(f"/{comment.pk}/") and len(path.split("/")[-2]) >= 32  # not the bare id
    again = client.get(f"/articles/{article.slug}/?posted=1")
    assert b"status-link" not in again.content  # shown once
    page = client.get(path)
    text = page.content.decode()
    assert page.status_code == 200 and page["Referrer-Policy"] == "no-referrer"
    assert "Not published" in text and "Personal attack" in text
    assert "Insults aimed at the author" in text
    assert "0.97" not in text and "<mark" not in text and "evidence" not in text.lower()
    assert 'action="' + path + 'appeal/"' in text


def test_appeal_through_the_page_once(article, fake_scorer, django_capture_on_commit_callbacks) -> None:
    client = Client()
    path = _post_comment(client, article, django_capture_on_commit_callbacks, "You idiot, read it again")
    empty = client.post(path + "appeal/", {"explanation": "  "})
    assert empty.status_code == 400 and not Appeal.objects.exists()
    sent = client.post(path + "appeal/", {"explanation": "I was quoting the article."}, follow=True)
    assert sent.status_code == 200 and "Your appeal was received" in sent.content.decode()
    assert Appeal.objects.get().explanation == "I was quoting the article."
    assert "Send appeal" not in sent.content.decode()
    twice = client.post(path + "appeal/", {"explanation": "Again"})
    assert twice.status_code == 409 and Appeal.objects.count() == 1


def test_pending_and_unknown_links(article, django_capture_on_commit_callbacks) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=False):  # no moderation run: stays pending
        response = client.post(
            f"/articles/{article.slug}/comments/", {"author_name": "Ava", "body": "Who fired?"}, follow=True
        )
    path = re.search(r'href="http://testserver(/comments/status/[^"]+)"', response.content.decode()).group(1)
    page = client.get(path)
    assert "Awaiting moderation" in page.content.decode() and "Send appeal" not in page.content.decode()
    assert client.get("/comments/status/not-a-real-token/").status_code == 404
    assert client.post("/comments/status/not-a-real-token/appeal/", {"explanation": "x"}).status_code == 404
