"""The Tribune JSON API: one ``NinjaAPI``, its routers and how errors are answered.

Docs are served at ``/api/docs`` and the schema at ``/api/openapi.json``.

Error bodies:
    ApplicationError (a service refused)  -> its status, ``{"code", "message"}``
    unreadable body (bad JSON or UTF-8)   -> 400, ``{"code": "invalid_body", "message", "detail"}``
    body over DATA_UPLOAD_MAX_MEMORY_SIZE -> 413, ``{"code": "body_too_large", "message"}``
    schema mismatch                       -> 422, ninja's ``{"detail": [...]}``
    401 / 403 from auth                   -> ``{"detail": "..."}``
"""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.parser import Parser

from tribune.api import comments, status
from tribune.api.moderation import appeals, queue, tools
from tribune.core.errors import ApplicationError

INVALID_UTF8 = "The request body is not valid UTF-8."
INVALID_JSON = "The request body is not valid JSON ({reason})."
BODY_TOO_LARGE = "The request body is too large."


class BodyUnreadable(ValueError):
    """Raised by ``StrictJsonParser`` with a message a client developer can act on."""


class StrictJsonParser(Parser):
    """JSON bodies must be UTF-8 (RFC 8259); ``json.loads`` would otherwise guess UTF-16/32 from bytes."""

    def parse_body(self, request: HttpRequest) -> Any:
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise BodyUnreadable(INVALID_UTF8) from error
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise BodyUnreadable(INVALID_JSON.format(reason=error.msg)) from error


api = NinjaAPI(title="Tribune API", version="1", urls_namespace="api", parser=StrictJsonParser())
api.add_router("/", comments.router)
api.add_router("/moderation", queue.router)
api.add_router("/moderation", appeals.router)
api.add_router("/moderation", tools.router)
api.add_router("/comment-status", status.router)


@api.exception_handler(ApplicationError)
def application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    return api.create_response(request, {"code": exc.code, "message": exc.message}, status=exc.status)


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # ninja wraps any parser failure in a generic 400; surface our parser's reason instead.
    cause = exc.__cause__
    if isinstance(cause, BodyUnreadable):
        body = {"code": "invalid_body", "message": str(cause), "detail": str(cause)}
        return api.create_response(request, body, status=400)
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(RequestDataTooBig)
def body_too_large(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return api.create_response(request, {"code": "body_too_large", "message": BODY_TOO_LARGE}, status=413)
