"""Decision history and one author's history."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import reverse
from django.views.decorators.http import require_GET

from tribune.dashboard.forms.queue import HistoryFilterForm
from tribune.dashboard.views.common import (
    HISTORY_PAGE_SIZE,
    _querystring,
    _render,
    moderator_required,
)
from tribune.moderation.enums import AuthorActionKind
from tribune.moderation.selectors import author_history, author_summary
from tribune.moderation.selectors.authors import author_action_list, author_standing
from tribune.moderation.selectors.stats import decision_list_filtered


@require_GET
@moderator_required
def decision_history(request: HttpRequest) -> HttpResponse:
    """Templates: ``dashboard/decisions.html``. Context: ``filters``, ``page``."""
    filters = HistoryFilterForm(request.GET)
    filters.is_valid()
    decisions = decision_list_filtered(decided_by=filters.cleaned_data.get("decided_by") or None)
    page = Paginator(decisions, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"filters": filters, "page": page, "querystring": _querystring(request)}
    return _render(request, "dashboard/decisions.html", context)


@require_GET
@moderator_required
def decision_history_alias(request: HttpRequest) -> HttpResponse:
    """``/moderation/history/`` (what "decision history" suggests): the page lives at ``decisions/``."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(reverse("dashboard:decisions") + (f"?{query}" if query else ""))


@require_GET
@moderator_required
def author_detail(request: HttpRequest, author_key: str) -> HttpResponse:
    """Templates: ``dashboard/author.html``. Context: ``summary``, ``page``, ``author_name``."""
    comments = author_history(author_key=author_key).prefetch_related("moderator_notes__author")
    page = Paginator(comments, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    if not page.object_list:
        raise Http404("No comments by this author")
    context = {
        "summary": author_summary(author_key=author_key),
        "page": page,
        "author_name": page.object_list[0].author_name,
        "author_key": author_key,
        "standing": author_standing(author_key=author_key),
        "actions": author_action_list(author_key=author_key),
        "action_kinds": AuthorActionKind.choices,
        "querystring": "",
    }
    return _render(request, "dashboard/author.html", context)
