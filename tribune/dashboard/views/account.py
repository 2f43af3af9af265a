"""A moderator's own settings: the languages they read."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from tribune.dashboard.forms.queue import LanguagesForm
from tribune.dashboard.services import moderator_languages_set
from tribune.dashboard.views.common import (
    _render,
    moderator_required,
)
from tribune.moderation.selectors.languages import (
    moderator_languages,
)

LANGUAGES_SAVED = _("Your languages were saved.")


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
