"""A reader posts under an article; a moderator publishes it; other readers then see it."""

from __future__ import annotations

import pytest

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.services import comment_approve

pytestmark = pytest.mark.django_db


def _post(client, article, capture, **data):
    payload = {"author_name": "Ava", "author_email": "", "body": "", "website": "", **data}
    with capture(execute=True):
        return client.post(f"/articles/{article.slug}/comments/", payload)


def test_article_page_shows_article_form_and_guidelines(client, article) -> None:
    page = client.get(f"/articles/{article.slug}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert article.title in html and "Post a comment" in html
    assert 'dir="ltr"' in html
    assert "id_body" in html


def test_rtl_article_page_is_right_to_left(client, db) -> None:
    from tribune.articles.models import Article

    Article.objects.create(slug="ab", title="خبر", body="نص الخبر", language="ar")
    html = client.get("/articles/ab/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_posted_comment_awaits_moderation_then_is_published(
    client, article, moderator, django_capture_on_commit_callbacks
) -> None:
    from tribune.moderation.models import ModerationConfig

    ModerationConfig.objects.create(auto_approve=False)  # humans approve all
    response = _post(
        client, article, django_capture_on_commit_callbacks, body="Who fired the rockets, and from where?"
    )
    assert response.status_code == 302 and "posted=1" in response["Location"]
    confirmation = client.get(response["Location"]).content.decode()
    assert "awaits moderation" in confirmation
    assert "Who fired the rockets" not in confirmation  # not public yet
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    comment_approve(comment_id=comment.pk, moderator=moderator)
    assert (
        "Who fired the rockets, and from where?" in client.get(f"/articles/{article.slug}/").content.decode()
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [("", 400), ("x" * 100_000, 400)],
)
def test_bad_posts_get_a_clear_error_and_store_nothing(
    client, article, body, status, django_capture_on_commit_callbacks
) -> None:
    response = _post(client, article, django_capture_on_commit_callbacks, body=body)
    assert response.status_code == status
    assert "Your comment was not posted" in response.content.decode()
    assert not Comment.objects.exists()


def test_html_is_stored_inert_and_escaped(
    client, article, moderator, django_capture_on_commit_callbacks
) -> None:
    text = '<script>alert("x")</script> <b>bold</b>'
    _post(client, article, django_capture_on_commit_callbacks, body=text)
    comment = Comment.objects.get()
    assert comment.body == text
    if comment.status == CommentStatus.PENDING:
        comment_approve(comment_id=comment.pk, moderator=moderator)
    html = client.get(f"/articles/{article.slug}/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_invalid_utf8_post_is_not_a_server_error(client, article) -> None:
    response = client.post(
        f"/articles/{article.slug}/comments/",
        data=b"author_name=Ava&body=%FF%FEbad",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (302, 400)


def test_unknown_article_is_404(client, db) -> None:
    assert client.get("/articles/nope/").status_code == 404
    assert client.post("/articles/nope/comments/", {"author_name": "A", "body": "B"}).status_code == 404


def test_honeypot_posts_are_not_stored(client, article, django_capture_on_commit_callbacks) -> None:
    response = _post(
        client, article, django_capture_on_commit_callbacks, body="Buy now", website="http://spam"
    )
    assert response.status_code == 302
    assert not Comment.objects.exists()


def test_approved_comments_are_paginated_newest_first(client, article) -> None:
    from tribune.comments.fingerprint import author_key, text_fingerprint

    for i in range(25):
        Comment.objects.create(
            article=article,
            author_name="A",
            author_key=author_key(name="A"),
            body=f"comment number {i:02d}",
            fingerprint=text_fingerprint(f"c{i}"),
            status=CommentStatus.APPROVED,
        )
    first = client.get(f"/articles/{article.slug}/").content.decode()
    assert "comment number 24" in first and "comment number 04" not in first
    second = client.get(f"/articles/{article.slug}/?page=2").content.decode()
    assert "comment number 04" in second
