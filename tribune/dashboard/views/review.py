"""One comment at a time: the review page and the "decide and next" flow.

GET /moderation/review/?<queue filters>&skip=<ids>   the riskiest pending comment's page
GET /moderation/comments/<id>/                       one comment: findings, notes, decisions, author

A decision posted from the review page comes back to ``/moderation/review/``
with the same filters, which opens the next comment: decide and next.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from tribune.appeals.models import Appeal
from tribune.comments.selectors import comment_get
from tribune.dashboard.views.common import _render, moderator_required
from tribune.dashboard.views.queue import queue_items, queue_scope
from tribune.moderation.enums import AbuseTarget, Guideline
from tribune.moderation.selectors import decision_list, queue_list
from tribune.moderation.services.notes import NOTE_MAX_LENGTH

MAX_SKIPPED = 200


def _skipped(raw: str) -> list[int]:
    return [int(part) for part in raw.split(",") if part.strip().isdigit()][:MAX_SKIPPED]


def _filters_only(params: QueryDict) -> str:
    kept = params.copy()
    for name in ("skip", "page"):
        kept.pop(name, None)
    return kept.urlencode()


@require_GET
@moderator_required
def review_next(request: HttpRequest) -> HttpResponse:
    """Open the first pending comment the filters match, leaving out ``skip``."""
    scope = queue_scope(request)
    skipped = _skipped(request.GET.get("skip", ""))
    first = (
        queue_list(article_id=scope.article_id, languages=scope.showing, guideline=scope.guideline)
        .exclude(pk__in=skipped)
        .values_list("pk", flat=True)
        .first()
    )
    query = request.GET.urlencode()
    if first is None:
        messages.info(request, _("Nothing left to review with these filters."))
        return HttpResponseRedirect(
            reverse("dashboard:queue") + (f"?{_filters_only(request.GET)}" if query else "")
        )
    url = reverse("dashboard:comment", args=[first])
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


@require_GET
@moderator_required
def comment_detail(request: HttpRequest, comment_id: int) -> HttpResponse:
    """Templates: ``dashboard/comment.html``. Context: ``item``, ``decisions``, ``appeal``, review links."""
    comment = comment_get(comment_id=comment_id)
    if comment is None:
        raise Http404("No such comment")
    item = queue_items([comment])[0]
    params = request.GET.copy()
    skip = ",".join(str(i) for i in [*_skipped(params.get("skip", "")), comment_id])
    params.pop("page", None)
    review_query = params.urlencode()
    params["skip"] = skip
    context = {
        "item": item,
        "decisions": decision_list(comment_id=comment_id),
        "appeal": Appeal.objects.filter(comment_id=comment_id)
        .select_related("rejected_by", "decided_by")
        .first(),
        "guidelines": Guideline.choices,
        "abuse_targets": AbuseTarget.choices,
        # Deciding here comes back through review_next: the next comment opens.
        "next": reverse("dashboard:review") + (f"?{review_query}" if review_query else ""),
        "skip_url": reverse("dashboard:review") + f"?{params.urlencode()}",
        "here": request.get_full_path(),
        "note_max_length": NOTE_MAX_LENGTH,
    }
    return _render(request, "dashboard/comment.html", context)
