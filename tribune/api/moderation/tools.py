"""Moderators' productivity endpoints: bulk decisions, notes on comments, actions on authors.

    POST /api/moderation/bulk  {"comment_ids": [...], "guidelines"?: [...], "abuse_target"?, "note"?}
         -> {"decided": [ids], "skipped": [{"id", "code", "message"}]}  (no guidelines: approve)
    GET  /api/moderation/comments/{id}/notes          POST {"body"} -> 201
    GET  /api/moderation/authors/{author_key}/actions  POST {"kind", "reason"} -> 201

Same authentication as the other moderator endpoints.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from tribune.api.auth import MODERATOR_AUTH, require_moderator
from tribune.api.params import ObjectId
from tribune.api.schemas.comments import DECISION_ERRORS
from tribune.api.schemas.tools import (
    AuthorActionIn,
    AuthorActionOut,
    AuthorOut,
    BulkIn,
    BulkOut,
    NoteIn,
    NoteOut,
)
from tribune.moderation.models import AuthorAction, ModeratorNote
from tribune.moderation.selectors.authors import author_action_list, author_standing
from tribune.moderation.services.authors import author_act
from tribune.moderation.services.bulk import comments_decide_bulk
from tribune.moderation.services.notes import note_add

router = Router(tags=["moderation"], auth=MODERATOR_AUTH)


def _note(note: ModeratorNote) -> dict[str, Any]:
    return {
        "id": note.pk,
        "author": note.author.get_username(),
        "body": note.body,
        "created_at": note.created_at,
    }


def _action(action: AuthorAction) -> dict[str, Any]:
    return {
        "id": action.pk,
        "kind": action.kind,
        "reason": action.reason,
        "moderator": action.moderator.get_username(),
        "created_at": action.created_at,
    }


@router.post("/bulk", response={200: BulkOut, **DECISION_ERRORS})
def bulk(request: HttpRequest, payload: BulkIn) -> dict[str, Any]:
    """Approve (no guidelines) or reject each comment once; ones decided meanwhile are skipped."""
    moderator = require_moderator(request)
    result = comments_decide_bulk(
        comment_ids=payload.comment_ids,
        moderator=moderator,
        guidelines=payload.guidelines,
        abuse_target=payload.abuse_target.strip(),
        note=payload.note,
    )
    skipped = [{"id": s.comment_id, "code": s.code, "message": s.message} for s in result.skipped]
    return {"decided": result.decided, "skipped": skipped}


@router.get("/comments/{comment_id}/notes", response=list[NoteOut])
def notes(request: HttpRequest, comment_id: ObjectId) -> list[dict[str, Any]]:
    """Moderators' notes on a comment, oldest first."""
    require_moderator(request)
    rows = ModeratorNote.objects.filter(comment_id=comment_id).select_related("author")
    return [_note(note) for note in rows]


@router.post("/comments/{comment_id}/notes", response={201: NoteOut, **DECISION_ERRORS})
def note_create(request: HttpRequest, comment_id: ObjectId, payload: NoteIn) -> Status[dict[str, Any]]:
    """Append a note to a comment."""
    moderator = require_moderator(request)
    return Status(201, _note(note_add(comment_id=comment_id, moderator=moderator, body=payload.body)))


@router.get("/authors/{author_key}/actions", response=AuthorOut)
def author_actions(request: HttpRequest, author_key: str) -> dict[str, Any]:
    """The author's standing and every action on them, newest first."""
    require_moderator(request)
    standing = author_standing(author_key=author_key)
    return {
        "author_key": author_key,
        "banned": standing.banned is not None,
        "always_review": standing.always_review is not None,
        "warnings": len(standing.warnings),
        "actions": [_action(a) for a in author_action_list(author_key=author_key)],
    }


@router.post("/authors/{author_key}/actions", response={201: AuthorActionOut, **DECISION_ERRORS})
def author_action_create(
    request: HttpRequest, author_key: str, payload: AuthorActionIn
) -> Status[dict[str, Any]]:
    """Warn, always review, ban, or lift one (409 when it does not fit the standing)."""
    moderator = require_moderator(request)
    action = author_act(author_key=author_key, kind=payload.kind, reason=payload.reason, moderator=moderator)
    return Status(201, _action(action))
