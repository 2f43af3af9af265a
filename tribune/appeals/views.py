"""The commenter's private status page and their appeal, reached only through the status link.

GET  /comments/status/<token>/          pending, approved or rejected (and why, in plain words)
POST /comments/status/<token>/appeal/   the one appeal against a rejection

The page is rendered in the article's language and never shows scores,
evidence words or who moderated. It is kept out of search engines and
referrers, since the address is the secret.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET, require_POST

from tribune.appeals.forms import AppealForm
from tribune.appeals.presenters import comment_status_view
from tribune.appeals.selectors import status_link_comment
from tribune.appeals.services import appeal_file
from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError


def _comment_or_404(token: str) -> Comment:
    comment = status_link_comment(token=token)
    if comment is None:
        raise Http404("No such status link")
    return comment


def _render(
    request: HttpRequest,
    comment: Comment,
    token: str,
    form: AppealForm,
    *,
    errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    article = comment.article
    with translation.override(article.language):
        context = {
            "view": comment_status_view(comment),
            "token": token,
            "form": form,
            "errors": errors or [],
            "appealed": request.GET.get("appealed") == "1",
            "page_lang": article.language,
            "page_dir": article.direction,
        }
        response = render(request, "appeals/status.html", context, status=status)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def comment_status(request: HttpRequest, token: str) -> HttpResponse:
    """Templates: ``appeals/status.html``. Context: ``view`` (a ``StatusView``), ``form``, ``token``."""
    comment = _comment_or_404(token)
    return _render(request, comment, token, AppealForm())


@require_POST
def comment_appeal(request: HttpRequest, token: str) -> HttpResponse:
    comment = _comment_or_404(token)
    form = AppealForm(request.POST)
    if not form.is_valid():
        errors = [" ".join(messages) for messages in form.errors.values()]
        return _render(request, comment, token, form, errors=errors, status=400)
    try:
        appeal_file(token=token, explanation=form.cleaned_data["explanation"])
    except ApplicationError as error:
        return _render(request, comment, token, form, errors=[error.message], status=error.status)
    return HttpResponseRedirect(reverse("appeals:status", args=[token]) + "?appealed=1")
