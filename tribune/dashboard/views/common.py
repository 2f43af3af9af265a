"""What every dashboard view shares: the permission gate, the page frame, redirects and refusals.

Every view needs a login (anonymous visitors go to the login page) and the
``moderation.can_moderate`` permission (others get 403). Views only adapt
requests to ``tribune.moderation`` selectors and services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from tribune.appeals.selectors import appeal_list
from tribune.core.errors import ApplicationError
from tribune.moderation.selectors.stats import moderation_stats

HISTORY_PAGE_SIZE = 50


def moderator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Login first (redirect), then the permission (403)."""
    return login_required(permission_required("moderation.can_moderate", raise_exception=True)(view))


def _start_of_today() -> datetime:
    return timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)


def _render(request: HttpRequest, template: str, context: dict[str, Any], status: int = 200) -> HttpResponse:
    """Render a dashboard page with the stats header every page shows."""
    context = {
        "stats": moderation_stats(since=_start_of_today()),
        "appeals_pending": appeal_list().count(),
        **context,
    }
    return render(request, template, context, status=status)


def _querystring(request: HttpRequest, *, drop: str = "page") -> str:
    params = request.GET.copy()
    params.pop(drop, None)
    return params.urlencode()


def _back_to_queue(request: HttpRequest, target: str, *, anchor: int | None = None) -> HttpResponseRedirect:
    """Redirect to ``target`` when it is a dashboard page, else the queue; ``anchor`` scrolls to a comment."""
    queue_url = reverse("dashboard:queue")
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}) and target.startswith(
        queue_url
    )
    url = target if safe else queue_url
    if anchor and "#" not in url:
        url += f"#comment-{anchor}"
    return HttpResponseRedirect(url)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _refused(
    request: HttpRequest,
    error: ApplicationError,
    *,
    as_json: bool,
    target: str,
    level: int = messages.WARNING,
) -> HttpResponse:
    """A service refused the action: ``{"ok": false, ...}`` with its status, else a message and ``target``."""
    if as_json:
        return JsonResponse({"ok": False, "code": error.code, "message": error.message}, status=error.status)
    messages.add_message(request, level, error.message)
    return _back_to_queue(request, target)
