"""Shapes of the moderators' bulk, note and author-action endpoints."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema

from tribune.moderation.enums import AuthorActionKind
from tribune.moderation.services.authors import REASON_MAX_LENGTH
from tribune.moderation.services.bulk import MAX_BULK
from tribune.moderation.services.notes import NOTE_MAX_LENGTH


class BulkIn(Schema):
    """comment_ids (list[int]): up to ``MAX_BULK``; guidelines empty means approve."""

    comment_ids: list[int] = Field(..., max_length=MAX_BULK)
    guidelines: list[str] = Field(default_factory=list)
    abuse_target: str = ""
    note: str = Field("", max_length=2000)


class SkippedOut(Schema):
    id: int
    code: str
    message: str


class BulkOut(Schema):
    decided: list[int]
    skipped: list[SkippedOut]


class NoteIn(Schema):
    body: str = Field(..., max_length=NOTE_MAX_LENGTH)


class NoteOut(Schema):
    id: int
    author: str
    body: str
    created_at: datetime


class AuthorActionIn(Schema):
    kind: AuthorActionKind
    reason: str = Field(..., max_length=REASON_MAX_LENGTH)


class AuthorActionOut(Schema):
    id: int
    kind: str
    reason: str
    moderator: str
    created_at: datetime


class AuthorOut(Schema):
    """An author's standing (derived from the actions) and the actions themselves."""

    author_key: str
    banned: bool
    always_review: bool
    warnings: int
    actions: list[AuthorActionOut]
