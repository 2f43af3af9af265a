"""Shape checks every entry point (form, API, CLI) applies before storing."""

from __future__ import annotations

import re

from django.utils.translation import gettext_lazy as _

from tribune.core.errors import ApplicationError

MAX_NAME_LENGTH = 80
# NUL and other C0 controls (except tab and newline) are never meaningful in a comment,
# and PostgreSQL refuses NUL outright.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) let a name
# reverse or disguise itself ("\u202eevil" shows as "live"); a display name never needs them.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")

COMMENT_EMPTY = _("The comment is empty.")
COMMENT_TOO_LONG = _("The comment is longer than {limit} characters ({length}).")
NAME_EMPTY = _("Please give a name to show with your comment.")
NAME_TOO_LONG = _("The name is longer than {limit} characters.")


def clean_text(value: str) -> str:
    """Drop control characters and surrounding whitespace; keep everything else as typed."""
    return _CONTROL.sub("", value).strip()


def validate_comment(*, body: str, author_name: str, max_length: int) -> tuple[str, str]:
    """Return the cleaned ``(body, author_name)`` or raise ``ApplicationError``."""
    body = clean_text(body)
    name = " ".join(_BIDI_CONTROL.sub("", clean_text(author_name)).split())
    if not body:
        raise ApplicationError("comment_empty", COMMENT_EMPTY)
    if len(body) > max_length:
        raise ApplicationError(
            "comment_too_long", COMMENT_TOO_LONG.format(limit=max_length, length=len(body)), status=413
        )
    if not name:
        raise ApplicationError("name_empty", NAME_EMPTY)
    if len(name) > MAX_NAME_LENGTH:
        raise ApplicationError("name_too_long", NAME_TOO_LONG.format(limit=MAX_NAME_LENGTH))
    return body, name
