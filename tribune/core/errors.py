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
