"""Moderators' endpoints: the queue, decisions, and the decision history.

    GET  /api/moderation/queue?article=<slug>&language=ar,fa|mine|all&guideline=&page=&page_size=
    GET  /api/moderation/queue/languages?article=<slug>&guideline=   (pending count per language)
    POST /api/moderation/comments/{id}/approve  {"note"?}
    POST /api/moderation/comments/{id}/reject   {"guidelines": [...], "abuse_target"?, "note"?}
    GET  /api/moderation/decisions?comment_id=&decided_by=system|moderator

Authenticate with ``Authorization: Bearer <token>`` (``manage.py api_token``)
or a Django session plus CSRF token; either needs ``moderation.can_moderate``.
Answers: 401 unauthenticated, 403 no permission, 404 unknown comment,
409 already decided.
"""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Query, Router

from tribune.api.auth import MODERATOR_AUTH, require_moderator
from tribune.api.comments import ARTICLE_NOT_FOUND
from tribune.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate
from tribune.api.params import ObjectId
from tribune.api.schemas.comments import DECISION_ERRORS, ErrorOut
from tribune.api.schemas.moderation import (
    ApproveIn,
    DecisionOut,
    DecisionPageOut,
    LanguageCountOut,
    QueuePageOut,
    RejectIn,
)
from tribune.articles.selectors import article_get
from tribune.core.errors import ApplicationError
from tribune.moderation.enums import Guideline
from tribune.moderation.models import ModerationDecision
from tribune.moderation.selectors import queue_language_counts, queue_list
from tribune.moderation.selectors.languages import language_counts, language_filter_parse, moderator_languages
from tribune.moderation.selectors.stats import decision_list_filtered
from tribune.moderation.services import comment_approve, comment_reject

router = Router(tags=["moderation"], auth=MODERATOR_AUTH)



def _article_id(slug: str | None) -> int | None:
    if not slug:
        return None
    found = article_get(slug=slug)
    if found is None:
        raise ApplicationError("article_not_found", ARTICLE_NOT_FOUND.format(slug=slug), status=404)
    return found.pk


@router.get("/queue", response={200: QueuePageOut, 400: ErrorOut, 404: ErrorOut})
def queue(
    request: HttpRequest,
    article: str | None = None,
    language: str | None = None,
    guideline: Guideline | None = None,
    page: int = Query(1, ge=1),
    page_size: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
) -> dict[str, Any]:
    """Pending comments, riskiest first, with scores, reasons and evidence spans.

    ``language``: one code, several separated by commas, ``mine`` (the languages the
    caller reads; every language when they set none) or ``all`` (the default).
    """
    moderator = require_moderator(request)
    languages = language_filter_parse(language, user=moderator)
    queryset = queue_list(
        article_id=_article_id(article),
        guideline=guideline.value if guideline else None,
        languages=languages,
    )
    return paginate(queryset, page=page, page_size=page_size)


@router.get("/queue/languages", response={200: list[LanguageCountOut], 404: ErrorOut})
def queue_languages(
    request: HttpRequest, article: str | None = None, guideline: Guideline | None = None
) -> list[Any]:
    """How many comments wait in each site language; ``mine`` marks the caller's languages."""
    moderator = require_moderator(request)
    counts = queue_language_counts(
        article_id=_article_id(article), guideline=guideline.value if guideline else None
    )
    return language_counts(counts, mine=moderator_languages(user=moderator), showing=None)


@router.post("/comments/{comment_id}/approve", response={200: DecisionOut, **DECISION_ERRORS})
def approve(request: HttpRequest, comment_id: ObjectId, payload: ApproveIn) -> ModerationDecision:
    """Publish a pending comment."""
    moderator = require_moderator(request)
    return comment_approve(comment_id=comment_id, moderator=moderator, note=payload.note)


@router.post("/comments/{comment_id}/reject", response={200: DecisionOut, **DECISION_ERRORS})
def reject(request: HttpRequest, comment_id: ObjectId, payload: RejectIn) -> ModerationDecision:
    """Reject a pending comment for one or more guidelines."""
    moderator = require_moderator(request)
    return comment_reject(
        comment_id=comment_id,
        moderator=moderator,
        guidelines=payload.guidelines,
        abuse_target=payload.abuse_target.strip(),
        note=payload.note,
    )


@router.get("/decisions", response=DecisionPageOut)
def decisions(
    request: HttpRequest,
    comment_id: int | None = None,
    decided_by: Literal["system", "moderator"] | None = None,
    page: int = Query(1, ge=1),
    page_size: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
) -> dict[str, Any]:
    """Every decision, system's and moderators', newest first."""
    require_moderator(request)
    queryset = decision_list_filtered(comment_id=comment_id, decided_by=decided_by)
    return paginate(queryset, page=page, page_size=page_size)
