"""Errors services raise for the caller to show, each with a stable code."""

from __future__ import annotations

from django.utils.functional import Promise


class ApplicationError(Exception):
    """A refusal a person should read: ``code`` is stable, ``message`` is for humans.

    code (str): machine-readable reason, e.g. ``"article_closed"``.
    message (str): a sentence for the reader or integrator; a lazy translation is
        rendered in the language active when the error is raised.
    status (int): the HTTP status an API answers with.
    """

    def __init__(self, code: str, message: str | Promise, *, status: int = 400) -> None:
        text = str(message)
        super().__init__(text)
        self.code = code
        self.message = text
        self.status = status


def text_checked(value: str, *, field: str, max_length: int, too_long: str, required: str = "") -> str:
    """``value`` stripped, or ``ApplicationError`` ``<field>_required`` / ``<field>_too_long``.

    too_long (str): the translated message, with ``%(n)d`` for ``max_length``.
    required (str): the translated message when the text may not be empty; "" lets it be empty.
    """
    text = value.strip()
    if required and not text:
        raise ApplicationError(f"{field}_required", required)
    if len(text) > max_length:
        raise ApplicationError(f"{field}_too_long", too_long % {"n": max_length})
    return text
