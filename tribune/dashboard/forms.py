"""Forms of the moderator dashboard: queue filters, history filters and the decision buttons.

They only check shape; ``comment_approve`` / ``comment_reject`` decide what is allowed.
"""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.conf import settings

from tribune.articles.selectors import article_list
from tribune.moderation.enums import AbuseTarget, DecidedBy, Guideline

APPROVE = "approve"
NOTE_MAX_LENGTH = 2000
# How many recent articles the filter offers; older ones are rarely still in the queue.
ARTICLE_CHOICES_LIMIT = 200


class QueueFilterForm(forms.Form):
    article = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Article")
    language = forms.ChoiceField(required=False, label="Language")
    guideline = forms.ChoiceField(required=False, label="Suspected guideline")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        articles = article_list().values_list("pk", "title")[:ARTICLE_CHOICES_LIMIT]
        cast(forms.ChoiceField, self.fields["article"]).choices = [("", "All articles"), *articles]
        cast(forms.ChoiceField, self.fields["language"]).choices = [
            ("", "All languages"),
            *settings.LANGUAGES,
        ]
        cast(forms.ChoiceField, self.fields["guideline"]).choices = [
            ("", "Any guideline"),
            *Guideline.choices,
        ]


class HistoryFilterForm(forms.Form):
    decided_by = forms.ChoiceField(
        required=False, label="Decided by", choices=[("", "Anyone"), *DecidedBy.choices]
    )


class DecisionForm(forms.Form):
    """decision (str): ``"approve"`` or the guideline code the comment breaks."""

    decision = forms.ChoiceField(choices=[(APPROVE, "Approve"), *Guideline.choices])
    abuse_target = forms.ChoiceField(
        required=False, label="Abuse target", choices=[("", "No target"), *AbuseTarget.choices]
    )
    note = forms.CharField(required=False, max_length=NOTE_MAX_LENGTH, label="Note")
    next = forms.CharField(required=False)
    after = forms.IntegerField(required=False, min_value=1)  # the comment to scroll to afterwards

    @property
    def is_approval(self) -> bool:
        return self.cleaned_data["decision"] == APPROVE
