"""Dashboard actions beyond one decision: bulk decisions, moderator notes, author actions.

POST /moderation/bulk/                          approve or reject the selected queue items
POST /moderation/comments/<id>/notes/           append a note to a comment
POST /moderation/authors/<author_key>/actions/  warn, always review, ban, or lift one

Each redirects back to the dashboard page it came from with a message; the
bulk view answers JSON (``decided``, ``skipped``) to ``Accept: application/json``.
"""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from tribune.core.errors import ApplicationError
from tribune.dashboard.forms.actions import REJECT, AuthorActionForm, BulkDecisionForm, NoteForm
from tribune.dashboard.views.common import _back_to_queue, _refused, _wants_json, moderator_required
from tribune.moderation.services.authors import author_act
from tribune.moderation.services.bulk import BulkResult, comments_decide_bulk
from tribune.moderation.services.notes import note_add


def _form_errors(form: BulkDecisionForm | NoteForm | AuthorActionForm) -> str:
    return " ".join(" ".join(errors) for errors in form.errors.values())


def _bulk_message(result: BulkResult, action: str) -> str:
    count = len(result.decided)
    if action == REJECT:
        text = ngettext("Rejected %(n)d comment.", "Rejected %(n)d comments.", count) % {"n": count}
    else:
        text = ngettext("Approved %(n)d comment.", "Approved %(n)d comments.", count) % {"n": count}
    if result.skipped:
        skipped = len(result.skipped)
        text += " " + ngettext("Skipped %(n)d:", "Skipped %(n)d:", skipped) % {"n": skipped}
        text += " " + " ".join(s.message for s in result.skipped)
    return text


@require_POST
@moderator_required
def bulk_decide(request: HttpRequest) -> HttpResponse:
    """Decide every selected comment through the one-comment services; report what was skipped."""
    form = BulkDecisionForm(request.POST)
    as_json = _wants_json(request)
    if not form.is_valid():
        message = _form_errors(form)
        if as_json:
            return JsonResponse({"ok": False, "code": "invalid", "message": message}, status=400)
        messages.error(request, message)
        return _back_to_queue(request, request.POST.get("next", ""))
    data = form.cleaned_data
    moderator = cast(AbstractBaseUser, request.user)
    try:
        result = comments_decide_bulk(
            comment_ids=data["comment_ids"],
            moderator=moderator,
            guidelines=[data["guideline"]] if data["action"] == REJECT else [],
            abuse_target=data["abuse_target"],
            note=data["note"],
        )
    except ApplicationError as error:
        return _refused(request, error, as_json=as_json, target=data["next"], level=messages.ERROR)
    message = _bulk_message(result, data["action"])
    if as_json:
        skipped = [{"id": s.comment_id, "code": s.code, "message": s.message} for s in result.skipped]
        return JsonResponse({"ok": True, "decided": result.decided, "skipped": skipped, "message": message})
    (messages.warning if result.skipped else messages.success)(request, message)
    return _back_to_queue(request, data["next"])


@require_POST
@moderator_required
def note_create(request: HttpRequest, comment_id: int) -> HttpResponse:
    form = NoteForm(request.POST)
    target = request.POST.get("next", "")
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return _back_to_queue(request, target, anchor=comment_id)
    try:
        note_add(
            comment_id=comment_id,
            moderator=cast(AbstractBaseUser, request.user),
            body=form.cleaned_data["body"],
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Note added to comment %(id)d.") % {"id": comment_id})
    return _back_to_queue(request, target, anchor=comment_id)


@require_POST
@moderator_required
def author_action_create(request: HttpRequest, author_key: str) -> HttpResponse:
    form = AuthorActionForm(request.POST)
    back = reverse("dashboard:author", args=[author_key])
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return HttpResponseRedirect(back)
    data = form.cleaned_data
    try:
        action = author_act(
            author_key=author_key,
            kind=data["kind"],
            reason=data["reason"],
            moderator=cast(AbstractBaseUser, request.user),
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Recorded: %(action)s.") % {"action": action.get_kind_display()})
    return HttpResponseRedirect(back)
