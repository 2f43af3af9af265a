"""The insights pages under ``/moderation/insights/``.

``overview`` (``moderation.can_moderate``): charts of the comments posted in a
date range, optionally for one article. ``thresholds``
(``insights.tune_thresholds``): precision/recall of each guideline's cut-offs
on recent moderator decisions; a GET with proposed values previews their
effect, a confirmed POST saves them (audited). Views only adapt requests to
the selectors, ``preview`` and the ``thresholds`` services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tribune.core.errors import ApplicationError
from tribune.core.text_direction import direction
from tribune.insights import charts
from tribune.insights.forms import (
    DEFAULT_SAMPLE,
    InsightFilterForm,
    ThresholdPreviewForm,
    ThresholdResetForm,
    ThresholdSaveForm,
)
from tribune.insights.models import ThresholdChange
from tribune.insights.preview import threshold_preview, thresholds_overview
from tribune.insights.selectors import (
    comments_per_day,
    deciders_per_day,
    median_waits,
    model_agreement,
    rejections_by_guideline,
    rejections_by_language,
)
from tribune.insights.thresholds import model_policy, threshold_override_reset, threshold_override_save
from tribune.insights.tuning import BUCKETS
from tribune.ml.policy import Threshold
from tribune.moderation.selectors.stats import moderation_stats

MODERATE = "moderation.can_moderate"
TUNE = "insights.tune_thresholds"
RECENT_CHANGES = 20


def _requires(*permissions: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Login first (redirect), then every one of ``permissions`` (403)."""

    def wrap(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        return login_required(permission_required(permissions, raise_exception=True)(view))

    return wrap


def _page(request: HttpRequest, template: str, context: dict[str, Any], status: int = 200) -> HttpResponse:
    """Render with the dashboard's stats header, in the active language's direction."""
    language = get_language() or "en"
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    base = {
        "stats": moderation_stats(since=today),
        "page_lang": language,
        "page_dir": direction(language),
        "rtl": direction(language) == "rtl",
    }
    return render(request, template, {**base, **context}, status=status)


@require_GET
@_requires(MODERATE)
def overview(request: HttpRequest) -> HttpResponse:
    """Templates: ``insights/overview.html``. Context: ``filters``, ``scope``, ``charts``, ``agreement``."""
    filters = InsightFilterForm(request.GET or None)
    scope = filters.scope()
    rtl = direction(get_language() or "en") == "rtl"
    agreement = model_agreement(scope=scope)
    context = {
        "filters": filters
        if request.GET
        else InsightFilterForm(initial={"start": scope.start, "end": scope.end}),
        "scope": scope,
        "agreement": agreement,
        "sections": [
            ("outcomes", charts.outcomes_chart(comments_per_day(scope=scope), rtl=rtl)),
            ("deciders", charts.deciders_chart(deciders_per_day(scope=scope), rtl=rtl)),
            ("guidelines", charts.guideline_rejections_chart(rejections_by_guideline(scope=scope), rtl=rtl)),
            ("languages", charts.language_rejections_chart(rejections_by_language(scope=scope), rtl=rtl)),
            ("waits", charts.waits_chart(median_waits(scope=scope), rtl=rtl)),
            ("agreement", charts.agreement_chart(agreement, rtl=rtl)),
        ],
    }
    return _page(request, "insights/overview.html", context)


def _preview_context(form: ThresholdPreviewForm) -> dict[str, Any]:
    data = form.cleaned_data
    effect = threshold_preview(
        guideline=data["guideline"],
        proposed=Threshold(reject=data["reject"], review=data["review"]),
        sample=data.get("sample") or DEFAULT_SAMPLE,
    )
    save_form = ThresholdSaveForm(
        initial={k: data[k] for k in ("guideline", "reject", "review")} | {"sample": effect.sample}
    )
    return {
        "effect": effect,
        "save_form": save_form,
        "bucket_names": [charts.bucket_label(b) for b in BUCKETS],
        "moves_rows": [
            (
                charts.bucket_label(before),
                [(effect.moves.count(before, after), before != after) for after in BUCKETS],
                effect.moves.before(before),
            )
            for before in BUCKETS
        ],
        "after_totals": [effect.moves.after(b) for b in BUCKETS],
        "guideline_label": charts.guideline_label(data["guideline"]),
        "review_more": max(effect.moves.review_change, 0),
        "review_fewer": max(-effect.moves.review_change, 0),
        "workload": charts.workload_chart(effect.moves, rtl=direction(get_language() or "en") == "rtl"),
    }


def _thresholds_context(request: HttpRequest, preview_form: ThresholdPreviewForm) -> dict[str, Any]:
    sample = DEFAULT_SAMPLE
    if preview_form.is_bound and preview_form.is_valid():
        sample = preview_form.cleaned_data.get("sample") or DEFAULT_SAMPLE
    states, scored, labelled = thresholds_overview(sample=sample)
    context: dict[str, Any] = {
        "states": [(s, charts.guideline_label(s.guideline)) for s in states],
        "scored": scored,
        "labelled": labelled,
        "form": preview_form,
        "changes": ThresholdChange.objects.select_related("changed_by")[:RECENT_CHANGES],
    }
    if preview_form.is_bound and preview_form.is_valid():
        context.update(_preview_context(preview_form))
        overridden = {s.guideline for s in states if s.override is not None}
        if preview_form.cleaned_data["guideline"] in overridden:
            context["reset_form"] = ThresholdResetForm(
                initial={"guideline": preview_form.cleaned_data["guideline"]}
            )
    return context


def _back(guideline: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse('insights:thresholds')}?{urlencode({'guideline': guideline})}")


@require_http_methods(["GET", "POST"])
@_requires(MODERATE, TUNE)
def thresholds(request: HttpRequest) -> HttpResponse:
    """Templates: ``insights/thresholds.html``. GET previews (``?guideline=&reject=&review=``); POST saves."""
    if request.method == "POST":
        return _threshold_post(request)
    guideline = request.GET.get("guideline")
    if guideline and "reject" not in request.GET:
        # Start the form from the cut-offs in force for the chosen guideline.
        return _page(
            request, "insights/thresholds.html", _thresholds_context(request, _start_form(guideline))
        )
    form = ThresholdPreviewForm(request.GET or None)
    return _page(request, "insights/thresholds.html", _thresholds_context(request, form))


def _start_form(guideline: str) -> ThresholdPreviewForm:
    from tribune.insights.thresholds import policy_in_force

    in_force = policy_in_force(fresh=True).threshold(guideline)
    return ThresholdPreviewForm(
        {
            "guideline": guideline,
            "reject": in_force.reject,
            "review": in_force.review,
            "sample": DEFAULT_SAMPLE,
        }
    )


def _threshold_post(request: HttpRequest) -> HttpResponse:
    is_reset = request.POST.get("action") == "reset"
    form: ThresholdSaveForm | ThresholdResetForm = (
        ThresholdResetForm(request.POST) if is_reset else ThresholdSaveForm(request.POST)
    )
    if not form.is_valid():
        preview = ThresholdPreviewForm(request.POST)
        context = _thresholds_context(request, preview)
        if isinstance(form, ThresholdSaveForm):
            context["save_form"] = form
        else:
            context["reset_form"] = form
        return _page(request, "insights/thresholds.html", context, status=400)
    data = form.cleaned_data
    code = data["guideline"]
    model = model_policy().threshold(code)
    try:
        if is_reset:
            threshold_override_reset(guideline=code, user=request.user, model=model, note=data["note"])
            messages.success(
                request, _("%(g)s uses the model's thresholds again.") % {"g": charts.guideline_label(code)}
            )
        else:
            threshold_override_save(
                guideline=code,
                reject=data["reject"],
                review=data["review"],
                user=request.user,
                model=model,
                note=data["note"],
            )
            messages.success(
                request,
                _("Saved: %(g)s now rejects at %(reject).3f and sends to moderators at %(review).3f.")
                % {"g": charts.guideline_label(code), "reject": data["reject"], "review": data["review"]},
            )
    except ApplicationError as error:
        messages.error(request, error.message)
    return _back(code)
