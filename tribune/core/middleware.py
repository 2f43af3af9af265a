"""Refuse request bodies over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` before anything reads them.

Django would raise ``RequestDataTooBig`` wherever the body is first read (often in
the CSRF middleware), which ends in a bare "Bad Request". This middleware answers
413 with a sentence a reader or integrator can act on: JSON under ``/api/``, a
page elsewhere. Bodies sent without a length are still capped by Django itself.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

BODY_TOO_LARGE_CODE = "body_too_large"


def body_too_large_message() -> str:
    return _("The request is too large. Please shorten your comment and try again.")


class RequestSizeLimitMiddleware:
    """413 for a declared ``Content-Length`` over the configured limit."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            return self._refuse(request)
        return self.get_response(request)

    @staticmethod
    def _refuse(request: HttpRequest) -> HttpResponse:
        message = body_too_large_message()
        if request.path.startswith("/api/"):
            return JsonResponse({"code": BODY_TOO_LARGE_CODE, "message": message}, status=413)
        return render(request, "tribune/refused.html", {"message": message}, status=413)
