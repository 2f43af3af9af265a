"""Forms of the insights pages: the date/article filter and the threshold tuning form.

They only check shape; the selectors and ``threshold_override_save`` do the rest.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tribune.articles.selectors import article_list
from tribune.insights.selectors import InsightScope
from tribune.moderation.enums import Guideline

DEFAULT_DAYS = 14
MAX_DAYS = 366
ARTICLE_CHOICES_LIMIT = 200
SAMPLE_SIZES = (100, 500, 2000)
DEFAULT_SAMPLE = 500
NOTE_MAX_LENGTH = 500


class InsightFilterForm(forms.Form):
    """start, end (date): the days comments were posted; article (int | None)."""

    start = forms.DateField(required=False, label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    article = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Article"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        articles = article_list().values_list("pk", "title")[:ARTICLE_CHOICES_LIMIT]
        cast(forms.ChoiceField, self.fields["article"]).choices = [("", _("All articles")), *articles]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        today = timezone.localdate()
        end = data.get("end") or today
        start = data.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            raise forms.ValidationError(_("The range must start on or before the day it ends."))
        if (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(_("Choose at most %(days)d days.") % {"days": MAX_DAYS})
        data["start"], data["end"] = start, end
        return data

    def scope(self) -> InsightScope:
        """The chosen scope; the last ``DEFAULT_DAYS`` days, all articles, when the input is invalid."""
        if self.is_valid():
            data = self.cleaned_data
            return InsightScope(start=data["start"], end=data["end"], article_id=data.get("article"))
        end: date = timezone.localdate()
        return InsightScope(start=end - timedelta(days=DEFAULT_DAYS - 1), end=end)


class ThresholdPreviewForm(forms.Form):
    """guideline (str), reject and review (float in [0, 1]), sample (int): what to preview."""

    guideline = forms.ChoiceField(label=_("Guideline"), choices=Guideline.choices)
    reject = forms.FloatField(
        label=_("Reject at or above"),
        min_value=0.0,
        max_value=1.0,
        widget=forms.NumberInput(attrs={"step": "0.005", "min": "0", "max": "1", "data-pair": "reject"}),
    )
    review = forms.FloatField(
        label=_("Send to a moderator at or above"),
        min_value=0.0,
        max_value=1.0,
        widget=forms.NumberInput(attrs={"step": "0.005", "min": "0", "max": "1", "data-pair": "review"}),
    )
    sample = forms.TypedChoiceField(
        label=_("Recent comments to test on"),
        coerce=int,
        choices=[(n, str(n)) for n in SAMPLE_SIZES],
        initial=DEFAULT_SAMPLE,
        required=False,
        empty_value=DEFAULT_SAMPLE,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        reject, review = data.get("reject"), data.get("review")
        if reject is not None and review is not None and review > reject:
            raise forms.ValidationError(_("The review threshold cannot be above the reject threshold."))
        return data


class ThresholdSaveForm(ThresholdPreviewForm):
    """The previewed values again, a note for the audit trail, and the explicit confirmation."""

    note = forms.CharField(
        required=False, max_length=NOTE_MAX_LENGTH, label=_("Why (kept in the audit trail)")
    )
    confirm = forms.BooleanField(label=_("I have read the expected effect above and want to apply it"))


class ThresholdResetForm(forms.Form):
    """Go back to the model's own thresholds for ``guideline`` (confirmed, with a note)."""

    guideline = forms.ChoiceField(choices=Guideline.choices, widget=forms.HiddenInput)
    note = forms.CharField(
        required=False, max_length=NOTE_MAX_LENGTH, label=_("Why (kept in the audit trail)")
    )
    confirm = forms.BooleanField(label=_("Yes, use the model's thresholds again"))
