"""The appeals queue: commenters asking for a rejection to be looked at again.

GET  /moderation/appeals/?status=pending|upheld|granted   oldest first
POST /moderation/appeals/<id>/decide/                    grant (publish) or uphold (keep rejected)

The moderator who rejected a comment sees its appeal but cannot decide it.
"""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tribune.appeals.enums import AppealStatus
from tribune.appeals.selectors import appeal_list, last_rejection
from tribune.appeals.services import appeal_grant, appeal_uphold
from tribune.core.errors import ApplicationError
from tribune.dashboard.forms.actions import GRANT, AppealDecisionForm
from tribune.dashboard.presenters import LABELS, REASONS
from tribune.dashboard.views.common import HISTORY_PAGE_SIZE, _render, moderator_required


@require_GET
@moderator_required
def appeal_queue(request: HttpRequest) -> HttpResponse:
    """Templates: ``dashboard/appeals.html``. Context: ``page``, ``rows`` (appeal, rejection, why), ``status``."""
    status = request.GET.get("status", AppealStatus.PENDING)
    if status not in AppealStatus.values:
        status = AppealStatus.PENDING
    page = Paginator(appeal_list(status=status), HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for appeal in page:
        rejection = last_rejection(appeal.comment)
        why = [LABELS.get(code, code) for code in rejection.guidelines] if rejection else []
        why += [REASONS.get(code, code) for code in rejection.reasons] if rejection else []
        rows.append((appeal, rejection, why))
    context = {
        "page": page,
        "rows": rows,
        "status": status,
        "statuses": AppealStatus.choices,
        "querystring": f"status={status}",
    }
    return _render(request, "dashboard/appeals.html", context)


@require_POST
@moderator_required
def appeal_decide(request: HttpRequest, appeal_id: int) -> HttpResponse:
    form = AppealDecisionForm(request.POST)
    back = reverse("dashboard:appeals")
    if not form.is_valid():
        messages.error(request, _("That decision could not be read; please try again."))
        return HttpResponseRedirect(back)
    data = form.cleaned_data
    moderator = cast(AbstractBaseUser, request.user)
    decide = appeal_grant if data["decision"] == GRANT else appeal_uphold
    try:
        appeal = decide(appeal_id=appeal_id, moderator=moderator, note=data["note"])
    except ApplicationError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(back)
    if appeal.status == AppealStatus.GRANTED:
        messages.success(
            request, _("Appeal granted: comment %(id)d is published.") % {"id": appeal.comment_id}
        )
    else:
        messages.success(
            request, _("Appeal upheld: comment %(id)d stays rejected.") % {"id": appeal.comment_id}
        )
    return HttpResponseRedirect(back)
