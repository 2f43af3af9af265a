"""Readers' endpoints: listing only approved comments, posting (202) and refusing bad input."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment

pytestmark = pytest.mark.django_db

LIST_URL = "/api/articles/dam-water-levels/comments"


def post_json(client: Any, url: str, data: Any) -> Any:
    return client.post(url, data=data, content_type="application/json")


def test_list_returns_only_approved_comments_without_private_fields(client: Any, make_comment: Any) -> None:
    shown = make_comment("Published words.", status=CommentStatus.APPROVED)
    make_comment("Still waiting.")
    make_comment("Never shown.", status=CommentStatus.REJECTED)

    response = client.get(LIST_URL)

    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    assert [item["id"] for item in data["items"]] == [shown.pk]
    item = data["items"][0]
    assert set(item) == {"id", "author_name", "body", "language", "submitted_at"}
    assert "example.org" not in response.content.decode()
    assert "198.51.100.7" not in response.content.decode()


def test_list_paginates_newest_first(client: Any, make_comment: Any) -> None:
    now = timezone.now()
    made = [
        make_comment(f"Comment {i}", status=CommentStatus.APPROVED, submitted_at=now - timedelta(minutes=i))
        for i in range(5)
    ]

    first = client.get(LIST_URL, {"page": 1, "page_size": 2}).json()
    third = client.get(LIST_URL, {"page": 3, "page_size": 2}).json()

    assert first["count"] == 5
    assert [c["id"] for c in first["items"]] == [made[0].pk, made[1].pk]
    assert [c["id"] for c in third["items"]] == [made[4].pk]
    assert client.get(LIST_URL, {"page_size": 1000}).status_code == 422


def test_unknown_article_is_404_for_list_and_post(client: Any, db: Any) -> None:
    listed = client.get("/api/articles/no-such-story/comments")
    posted = post_json(client, "/api/articles/no-such-story/comments", {"author_name": "A", "body": "Hello"})

    assert listed.status_code == 404
    assert listed.json()["code"] == "article_not_found"
    assert posted.status_code == 404
    assert Comment.objects.count() == 0


def test_post_answers_202_and_stores_pending(client: Any, news_article: Any) -> None:
    response = post_json(
        client,
        LIST_URL,
        {
            "author_name": "Şirin",
            "body": "Thanks for covering the farmers.",
            "author_email": "sirin@example.org",
        },
    )

    assert response.status_code == 202
    data = response.json()
    assert data["status"] == "pending"
    assert data["message"]
    stored = Comment.objects.get(pk=data["id"])
    assert stored.status == CommentStatus.PENDING
    assert stored.author_name == "Şirin"
    assert stored.author_email == "sirin@example.org"
    assert stored.ip_address == "127.0.0.1"
    assert client.get(f"/api/comments/{stored.pk}").json() == {"id": stored.pk, "status": "pending"}


def test_post_runs_moderation_after_commit(
    client: Any, news_article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = post_json(client, LIST_URL, {"author_name": "Dara", "body": "The dam needs repairs."})

    assert response.status_code == 202
    assert Comment.objects.get(pk=response.json()["id"]).moderated_at is not None


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"author_name": "Dara", "body": "   "}, "comment_empty"),
        ({"author_name": "  ", "body": "Words."}, "name_empty"),
    ],
)
def test_post_refuses_empty_input(client: Any, news_article: Any, payload: Any, code: str) -> None:
    response = post_json(client, LIST_URL, payload)

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert Comment.objects.count() == 0


def test_post_refuses_a_100_kb_body_and_stores_nothing(client: Any, news_article: Any) -> None:
    response = post_json(client, LIST_URL, {"author_name": "Dara", "body": "x" * 100_000})

    assert response.status_code == 413
    assert response.json()["code"] == "comment_too_long"
    assert Comment.objects.count() == 0


def test_post_refuses_invalid_utf8_with_a_clear_400(client: Any, news_article: Any) -> None:
    response = client.post(LIST_URL, data=b"\xff\xfe", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_body"
    assert "UTF-8" in response.json()["message"]
    assert Comment.objects.count() == 0


def test_post_refuses_malformed_json_with_a_clear_400(client: Any, news_article: Any) -> None:
    response = client.post(
        LIST_URL, data=b'{"author_name": "Dara", "body": ', content_type="application/json"
    )

    assert response.status_code == 400
    assert "not valid JSON" in response.json()["message"]


def test_post_schema_errors_are_422(client: Any, news_article: Any) -> None:
    missing = post_json(client, LIST_URL, {"author_name": "Dara"})
    bad_email = post_json(
        client, LIST_URL, {"author_name": "Dara", "body": "Hi there", "author_email": "nope"}
    )
    not_object = post_json(client, LIST_URL, ["Dara", "Hi"])

    assert missing.status_code == 422
    assert missing.json()["detail"]
    assert bad_email.status_code == 422
    assert not_object.status_code == 422
    assert Comment.objects.count() == 0


def test_html_is_stored_and_returned_inert(client: Any, news_article: Any) -> None:
    body = '<script>alert("x")</script><b onmouseover="steal()">bold</b>'
    response = post_json(client, LIST_URL, {"author_name": "<i>Eve</i>", "body": body})
    comment = Comment.objects.get(pk=response.json()["id"])
    Comment.objects.filter(pk=comment.pk).update(status=CommentStatus.APPROVED)

    listed = client.get(LIST_URL)

    assert comment.body == body
    assert listed["Content-Type"].startswith("application/json")
    assert listed.json()["items"][0]["body"] == body
    assert listed.json()["items"][0]["author_name"] == "<i>Eve</i>"


def test_post_to_a_closed_article_is_refused(client: Any, news_article: Any) -> None:
    news_article.comments_open = False
    news_article.save()

    response = post_json(client, LIST_URL, {"author_name": "Dara", "body": "Too late?"})

    assert response.status_code == 403
    assert response.json()["code"] == "article_closed"


def test_status_of_unknown_comment_is_404(client: Any, db: Any) -> None:
    assert client.get("/api/comments/999").status_code == 404


def test_openapi_schema_and_docs_are_served(client: Any, db: Any) -> None:
    schema = client.get("/api/openapi.json")

    assert schema.status_code == 200
    assert schema.json()["info"]["title"] == "Tribune API"
    assert "/api/moderation/queue" in schema.json()["paths"]
    assert client.get("/api/docs").status_code == 200


def test_post_refuses_a_body_over_the_upload_limit(client: Any, news_article: Any) -> None:
    response = post_json(client, LIST_URL, {"author_name": "Dara", "body": "x" * 600_000})

    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"
    assert Comment.objects.count() == 0


def test_posts_are_anonymous_even_from_a_logged_in_browser(
    client: Any, news_article: Any, moderator_user: Any
) -> None:
    client.force_login(moderator_user)

    response = post_json(client, LIST_URL, {"author_name": "Dara", "body": "From my desk."})

    assert response.status_code == 202
    assert Comment.objects.get(pk=response.json()["id"]).user_id is None
