"""The queue and its one-click decisions.

``comment_decide`` answers JSON when the request sends ``Accept: application/json``
(the keyboard script); otherwise it redirects back to the queue with its filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError
from tribune.dashboard.forms.queue import DecisionForm, QueueFilterForm
from tribune.dashboard.presenters import QueueItem, queue_item
from tribune.dashboard.views.common import (
    _back_to_queue,
    _querystring,
    _refused,
    _render,
    _wants_json,
    moderator_required,
)
from tribune.moderation.enums import AbuseTarget, Guideline
from tribune.moderation.selectors import queue_language_counts, queue_list
from tribune.moderation.selectors.authors import author_standings
from tribune.moderation.selectors.languages import (
    ALL_LANGUAGES,
    language_counts,
    moderator_languages,
    queue_languages,
)
from tribune.moderation.services import comment_approve, comment_reject
from tribune.moderation.services.notes import NOTE_MAX_LENGTH

QUEUE_PAGE_SIZE = 25
APPROVED = _("Approved comment {id} by {author}.")
REJECTED = _("Rejected comment {id} by {author} ({guideline}).")
INVALID_DECISION = _("That decision could not be read; please try again.")


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
