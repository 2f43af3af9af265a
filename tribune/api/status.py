"""The poster's endpoints, keyed by the private token returned when the comment was posted.

GET  /api/comment-status/{token}          -> where the comment stands and why, in plain words
POST /api/comment-status/{token}/appeal   {"explanation"} -> 201, once per rejected comment

No authentication: the token is the credential. Unknown tokens answer 404.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Router, Status

from tribune.api.schemas.appeals import AppealIn, AppealOut, CommentFeedbackOut
from tribune.api.schemas.comments import ErrorOut
from tribune.appeals.presenters import comment_status_view
from tribune.appeals.selectors import status_link_comment
from tribune.appeals.services import appeal_file
from tribune.core.errors import ApplicationError

router = Router(tags=["comment status"])


def _appeal(appeal: Any) -> dict[str, Any] | None:
    if appeal is None:
        return None
    fields = ("status", "explanation", "created_at", "decided_at")
    return {name: getattr(appeal, name) for name in fields}


@router.get("/{token}", response={200: CommentFeedbackOut, 404: ErrorOut})
def comment_feedback(request: HttpRequest, token: str) -> dict[str, Any]:
    """Pending, approved or rejected; for a rejection, the guidelines broken and whether it may be appealed."""
    comment = status_link_comment(token=token)
    if comment is None:
        raise ApplicationError("not_found", _("This status link is not valid."), status=404)
    language = comment.article.language
    with translation.override(language):
        view = comment_status_view(comment)
        return {
            "id": comment.pk,
            "status": view.status,
            "language": language,
            "guidelines": [rule.__dict__ for rule in view.broken],
            "reasons": list(view.reasons),
            "can_appeal": view.can_appeal,
            "appeal": _appeal(view.appeal),
            "warnings": view.warnings,
        }


@router.post("/{token}/appeal", response={201: AppealOut, **{c: ErrorOut for c in (400, 404, 409)}})
def appeal_create(request: HttpRequest, token: str, payload: AppealIn) -> Status[dict[str, Any]]:
    """Appeal a rejected comment once, with a short explanation; a different moderator decides."""
    appeal = appeal_file(token=token, explanation=payload.explanation)
    return Status(201, _appeal(appeal) or {})
