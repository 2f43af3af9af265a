"""Readers' endpoints: list an article's published comments, post one, poll its status.

GET  /api/articles/{slug}/comments?page=1&page_size=20   -> approved comments only
POST /api/articles/{slug}/comments  {"author_name", "body", "author_email"?}  -> 202 (+ status_token)
GET  /api/comments/{id}                                  -> {"id", "status"}
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Status

from tribune.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate
from tribune.api.params import ObjectId
from tribune.api.schemas.comments import (
    CommentAcceptedOut,
    CommentIn,
    CommentPageOut,
    CommentStatusOut,
    ErrorOut,
)
from tribune.articles.models import Article
from tribune.articles.selectors import article_get
from tribune.comments.conf import comment_max_length
from tribune.comments.enums import CommentStatus
from tribune.comments.selectors import comment_get, comment_list_published
from tribune.comments.submit import comment_submit_with_link
from tribune.core.errors import ApplicationError

router = Router(tags=["comments"])

ARTICLE_NOT_FOUND = _("There is no article {slug!r}.")
COMMENT_NOT_FOUND = _("There is no comment {id}.")
AWAITING_MODERATION = _("Thank you. Your comment will appear once a moderator has checked it.")
REFUSALS: dict[int, type[ErrorOut]] = {code: ErrorOut for code in (400, 403, 404, 413, 429)}


def _article(slug: str) -> Article:
    article = article_get(slug=slug)
    if article is None:
        raise ApplicationError("article_not_found", ARTICLE_NOT_FOUND.format(slug=slug), status=404)
    return article


@router.get("/articles/{slug}/comments", response={200: CommentPageOut, 404: ErrorOut})
def comment_list(
    request: HttpRequest,
    slug: str,
    page: int = Query(1, ge=1),
    page_size: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
) -> dict[str, Any]:
    """Approved comments of an article, newest first."""
    article = _article(slug)
    return paginate(comment_list_published(article=article), page=page, page_size=page_size)


@router.post("/articles/{slug}/comments", response={202: CommentAcceptedOut, **REFUSALS})
def comment_create(request: HttpRequest, slug: str, payload: CommentIn) -> Status[dict[str, Any]]:
    """Submit a comment. It is stored as pending and published only after moderation (202)."""
    article = _article(slug)
    # The endpoint takes no session (and so no CSRF token): comments posted here are
    # anonymous even when the browser happens to be logged in.
    comment, token = comment_submit_with_link(
        article=article,
        author_name=payload.author_name,
        author_email=payload.author_email,
        body=payload.body,
        ip_address=request.META.get("REMOTE_ADDR"),
        max_length=comment_max_length(),
    )
    # Always "pending" to the poster: the outcome is announced by publication, not here.
    # The status token is the poster's private key to /api/comment-status/{token}: shown once.
    body = {
        "id": comment.pk,
        "status": CommentStatus.PENDING.value,
        "message": str(AWAITING_MODERATION),
        "status_token": token,
        "status_url": request.build_absolute_uri(reverse("appeals:status", args=[token])) if token else None,
    }
    return Status(202, body)


@router.get("/comments/{comment_id}", response={200: CommentStatusOut, 404: ErrorOut})
def comment_status(request: HttpRequest, comment_id: ObjectId) -> dict[str, Any]:
    """Where a comment stands (pending, approved or rejected); nothing else about it."""
    comment = comment_get(comment_id=comment_id)
    if comment is None:
        raise ApplicationError("not_found", COMMENT_NOT_FOUND.format(id=comment_id), status=404)
    return {"id": comment.pk, "status": comment.status}
