"""Moderators' appeal endpoints.

    GET  /api/moderation/appeals?status=pending|upheld|granted
    POST /api/moderation/appeals/{id}/grant   {"note"?}  -> publishes the comment, audit row
    POST /api/moderation/appeals/{id}/uphold  {"note"?}  -> keeps the rejection

A moderator may not decide the appeal of a comment they rejected (403).
"""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Query, Router

from tribune.api.auth import MODERATOR_AUTH, require_moderator
from tribune.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate
from tribune.api.params import ObjectId
from tribune.api.schemas.appeals import AppealDecisionIn, ModeratorAppealOut, ModeratorAppealPageOut
from tribune.api.schemas.comments import DECISION_ERRORS
from tribune.appeals.models import Appeal
from tribune.appeals.selectors import appeal_list
from tribune.appeals.services import appeal_grant, appeal_uphold

router = Router(tags=["moderation"], auth=MODERATOR_AUTH)


def _out(appeal: Appeal) -> dict[str, Any]:
    return {
        "id": appeal.pk,
        "comment_id": appeal.comment_id,
        "comment_body": appeal.comment.body,
        "article_slug": appeal.comment.article.slug,
        "explanation": appeal.explanation,
        "status": appeal.status,
        "rejected_by": appeal.rejected_by.get_username() if appeal.rejected_by else None,
        "decided_by": appeal.decided_by.get_username() if appeal.decided_by else None,
        "created_at": appeal.created_at,
        "decided_at": appeal.decided_at,
        "decision_note": appeal.decision_note,
    }


@router.get("/appeals", response=ModeratorAppealPageOut)
def appeals(
    request: HttpRequest,
    status: Literal["pending", "upheld", "granted"] = "pending",
    page: int = Query(1, ge=1),
    page_size: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
) -> dict[str, Any]:
    """Appeals in ``status``, oldest first (``rejected_by`` null: Tribune rejected it)."""
    require_moderator(request)
    result = paginate(appeal_list(status=status), page=page, page_size=page_size)
    result["items"] = [_out(a) for a in result["items"]]
    return result


@router.post("/appeals/{appeal_id}/grant", response={200: ModeratorAppealOut, **DECISION_ERRORS})
def grant(request: HttpRequest, appeal_id: ObjectId, payload: AppealDecisionIn) -> dict[str, Any]:
    """Publish the appealed comment as written; appends a moderator approval to its audit trail."""
    moderator = require_moderator(request)
    appeal = appeal_grant(appeal_id=appeal_id, moderator=moderator, note=payload.note)
    return _out(appeal)


@router.post("/appeals/{appeal_id}/uphold", response={200: ModeratorAppealOut, **DECISION_ERRORS})
def uphold(request: HttpRequest, appeal_id: ObjectId, payload: AppealDecisionIn) -> dict[str, Any]:
    """Keep the rejection."""
    moderator = require_moderator(request)
    appeal = appeal_uphold(appeal_id=appeal_id, moderator=moderator, note=payload.note)
    return _out(appeal)
