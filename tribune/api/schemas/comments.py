"""Shapes of the reader-facing comment endpoints, and the error body every endpoint shares.

Output schemas never carry an author's e-mail or IP address; input schemas
only check shape, and the services decide everything else.
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import field_validator


class ErrorOut(Schema):
    """A refusal: ``code`` is stable for programs, ``message`` is for people."""

    code: str
    message: str


# The refusals of an endpoint that acts on one object: bad input, no permission, unknown, already decided.
DECISION_ERRORS: dict[int, type[ErrorOut]] = {code: ErrorOut for code in (400, 403, 404, 409)}


class CommentOut(Schema):
    """A published comment, as readers see it (the body is plain text, not HTML)."""

    id: int
    author_name: str
    body: str
    language: str
    submitted_at: datetime


class CommentPageOut(Schema):
    count: int
    page: int
    page_size: int
    items: list[CommentOut]


class CommentIn(Schema):
    """A new comment. Lengths and emptiness are checked by ``comment_submit``."""

    author_name: str
    body: str
    author_email: str = Field("", max_length=254)

    @field_validator("author_email")
    @classmethod
    def _email_shape(cls, value: str) -> str:
        value = value.strip()
        if value:
            try:
                validate_email(value)
            except DjangoValidationError as error:
                raise ValueError(_("Enter a valid e-mail address or leave it out.")) from error
        return value


class CommentAcceptedOut(Schema):
    """The answer to a new comment: stored, and waiting for moderation.

    status_token (str | None): the poster's private key to ``/api/comment-status/{token}``; given
        only here (None in the rare case the link could not be made; the comment is stored anyway).
    status_url (str | None): the same status as a web page for people.
    """

    id: int
    status: str
    message: str
    status_token: str | None
    status_url: str | None


class CommentStatusOut(Schema):
    id: int
    status: str
