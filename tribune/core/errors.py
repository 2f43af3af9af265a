"""Errors services raise for the caller to show, each with a stable code."""

from __future__ import annotations


class ApplicationError(Exception):
    """A refusal a person should read: ``code`` is stable, ``message`` is for humans.

    code (str): machine-readable reason, e.g. ``"article_closed"``.
    message (str): a sentence for the reader or integrator.
    status (int): the HTTP status an API answers with.
    """

    def __init__(self, code: str, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
