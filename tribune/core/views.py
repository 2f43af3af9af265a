"""Site-wide files served at fixed addresses: the favicon browsers ask for on every page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

FAVICON = Path(__file__).resolve().parent / "static" / "tribune" / "favicon.ico"
ONE_WEEK = 7 * 24 * 3600


@cache
def _favicon_bytes() -> bytes:
    return FAVICON.read_bytes()


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``: Tribune's icon (16 and 32 px), cached by browsers for a week."""
    response = HttpResponse(_favicon_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = f"public, max-age={ONE_WEEK}"
    return response
