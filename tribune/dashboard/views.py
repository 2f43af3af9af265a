"""The moderator dashboard: queue, one-click decisions, decision history, author history.

Every view needs a login (anonymous visitors go to the login page) and the
``moderation.can_moderate`` permission (others get 403). Views only adapt
requests to ``tribune.moderation`` selectors and services.

``comment_decide`` answers JSON when the request sends ``Accept: application/json``
(the keyboard script); otherwise it redirects back to the queue with its filters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tribune.appeals.selectors import appeal_list
from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError
from tribune.dashboard.forms import DecisionForm, HistoryFilterForm, LanguagesForm, QueueFilterForm
from tribune.dashboard.presenters import QueueItem, queue_item
from tribune.dashboard.services import moderator_languages_set
from tribune.moderation.enums import AbuseTarget, AuthorActionKind, Guideline
from tribune.moderation.selectors import author_history, author_summary, queue_language_counts, queue_list
from tribune.moderation.selectors.authors import author_action_list, author_standing, author_standings
from tribune.moderation.selectors.languages import (
    ALL_LANGUAGES,
    language_counts,
    moderator_languages,
    queue_languages,
)
from tribune.moderation.selectors.stats import decision_list_filtered, moderation_stats
from tribune.moderation.services import comment_approve, comment_reject
from tribune.moderation.services.notes import NOTE_MAX_LENGTH

QUEUE_PAGE_SIZE = 25
HISTORY_PAGE_SIZE = 50
APPROVED = _("Approved comment {id} by {author}.")
REJECTED = _("Rejected comment {id} by {author} ({guideline}).")
INVALID_DECISION = _("That decision could not be read; please try again.")
LANGUAGES_SAVED = _("Your languages were saved.")


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


@dataclass(frozen=True)
class QueueScope:
    """What the queue's filters ask for: the bound form, the moderator's languages and those kept."""

    filters: QueueFilterForm
    mine: list[str]
    showing: list[str] | None  # None: every language
    article_id: int | None
    guideline: str | None


def queue_scope(request: HttpRequest) -> QueueScope:
    """Read the queue's filters once (the moderator's languages included) for the queue and review pages."""
    mine = moderator_languages(user=request.user)
    filters = QueueFilterForm(request.GET, my_languages=mine)
    filters.is_valid()  # invalid fields are shown and ignored; the valid ones still filter
    chosen = filters.cleaned_data
    return QueueScope(
        filters=filters,
        mine=mine,
        showing=queue_languages(user=request.user, choice=chosen.get("language") or None, mine=mine),
        article_id=chosen.get("article"),
        guideline=chosen.get("guideline") or None,
    )


@require_GET
@moderator_required
def queue(request: HttpRequest) -> HttpResponse:
    """Templates: ``dashboard/queue.html``.

    Context: ``filters``, ``page``, ``items``, ``guidelines``, ``languages`` (counts per language),
    ``my_languages``, ``showing`` (the languages kept; ``None`` for all).
    The queue keeps the moderator's languages unless the filter asks for another or for all.
    """
    scope = queue_scope(request)
    filters, mine, showing = scope.filters, scope.mine, scope.showing
    article_id, guideline = scope.article_id, scope.guideline
    comments = queue_list(article_id=article_id, guideline=guideline, languages=showing)
    comments = comments.prefetch_related("moderator_notes__author")
    page = Paginator(comments, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "filters": filters,
        "page": page,
        "items": queue_items(list(page)),
        "guidelines": Guideline.choices,
        "abuse_targets": AbuseTarget.choices,
        "querystring": _querystring(request),
        "next": request.get_full_path(),
        "languages": language_counts(
            queue_language_counts(article_id=article_id, guideline=guideline), mine=mine, showing=showing
        ),
        "my_languages": mine,
        "showing": showing,
        "language_choice": filters.cleaned_data.get("language") or "",
        "all_languages": ALL_LANGUAGES,
        "review_query": _querystring(request),
        "note_max_length": NOTE_MAX_LENGTH,
    }
    return _render(request, "dashboard/queue.html", context)


@require_http_methods(["GET", "POST"])
@moderator_required
def moderator_settings(request: HttpRequest) -> HttpResponse:
    """Templates: ``dashboard/settings.html``. Context: ``form`` (the languages the moderator reads)."""
    if request.method == "POST":
        form = LanguagesForm(request.POST)
        if form.is_valid():
            moderator_languages_set(user=request.user, languages=form.cleaned_data["languages"])
            messages.success(request, LANGUAGES_SAVED)
            return HttpResponseRedirect(reverse("dashboard:settings"))
        return _render(request, "dashboard/settings.html", {"form": form}, status=400)
    form = LanguagesForm(initial={"languages": moderator_languages(user=request.user)})
    return _render(request, "dashboard/settings.html", {"form": form})


def queue_items(comments: list[Comment]) -> list[QueueItem]:
    """Queue items for one page: authors' standings in one query, each item knowing the one after it."""
    standings = author_standings(author_keys=[c.author_key for c in comments])
    return [
        queue_item(
            comment,
            standing=standings.get(comment.author_key),
            following_id=comments[i + 1].pk if i + 1 < len(comments) else None,
        )
        for i, comment in enumerate(comments)
    ]


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


@require_POST
@moderator_required
def comment_decide(request: HttpRequest, comment_id: int) -> HttpResponse:
    """Approve, or reject for one guideline, a pending comment (POST from the queue)."""
    form = DecisionForm(request.POST)
    as_json = _wants_json(request)
    if not form.is_valid():
        if as_json:
            body = {"ok": False, "code": "invalid", "message": str(INVALID_DECISION)}
            return JsonResponse(body, status=400)
        messages.error(request, INVALID_DECISION)
        return _back_to_queue(request, request.POST.get("next", ""))
    data = form.cleaned_data
    moderator = cast(AbstractBaseUser, request.user)  # moderator_required let only moderators in
    try:
        if form.is_approval:
            decision = comment_approve(comment_id=comment_id, moderator=moderator, note=data["note"])
            message = APPROVED.format(id=comment_id, author=decision.comment.author_name)
        else:
            guideline = data["decision"]
            target = data["abuse_target"] if guideline == Guideline.ABUSE else ""
            decision = comment_reject(
                comment_id=comment_id,
                moderator=moderator,
                guidelines=[guideline],
                abuse_target=target,
                note=data["note"],
            )
            label = Guideline(guideline).label + (f": {AbuseTarget(target).label}" if target else "")
            message = REJECTED.format(id=comment_id, author=decision.comment.author_name, guideline=label)
    except ApplicationError as error:
        return _refused(request, error, as_json=as_json, target=data["next"])
    if as_json:
        return JsonResponse({"ok": True, "id": comment_id, "outcome": decision.outcome, "message": message})
    messages.success(request, message)
    # Without the script, the page comes back scrolled to the comment that followed this one.
    return _back_to_queue(request, data["next"], anchor=data.get("after"))


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
