"""Forms of the moderator dashboard: queue filters, history filters, decision buttons, settings.

They only check shape; ``comment_approve`` / ``comment_reject`` decide what is allowed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from tribune.articles.selectors import article_list
from tribune.moderation.enums import AbuseTarget, DecidedBy, Guideline
from tribune.moderation.selectors.languages import ALL_LANGUAGES

APPROVE = "approve"
NOTE_MAX_LENGTH = 2000
# How many recent articles the filter offers; older ones are rarely still in the queue.
ARTICLE_CHOICES_LIMIT = 200


class QueueFilterForm(forms.Form):
    """my_languages (Sequence[str]): the moderator's languages; with some, the empty choice means them."""

    article = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Article"))
    language = forms.ChoiceField(required=False, label=_("Language"))
    guideline = forms.ChoiceField(required=False, label=_("Suspected guideline"))

    def __init__(self, *args: Any, my_languages: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        articles = article_list().values_list("pk", "title")[:ARTICLE_CHOICES_LIMIT]
        cast(forms.ChoiceField, self.fields["article"]).choices = [("", _("All articles")), *articles]
        scope = (
            [("", _("My languages")), (ALL_LANGUAGES, _("All languages"))]
            if my_languages
            else [("", _("All languages"))]
        )
        cast(forms.ChoiceField, self.fields["language"]).choices = [*scope, *settings.LANGUAGES]
        cast(forms.ChoiceField, self.fields["guideline"]).choices = [
            ("", _("Any guideline")),
            *Guideline.choices,
        ]


class HistoryFilterForm(forms.Form):
    decided_by = forms.ChoiceField(
        required=False, label=_("Decided by"), choices=[("", _("Anyone")), *DecidedBy.choices]
    )


class DecisionForm(forms.Form):
    """decision (str): ``"approve"`` or the guideline code the comment breaks."""

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), *Guideline.choices])
    abuse_target = forms.ChoiceField(
        required=False, label=_("Abuse target"), choices=[("", _("No target")), *AbuseTarget.choices]
    )
    note = forms.CharField(required=False, max_length=NOTE_MAX_LENGTH, label=_("Note"))
    next = forms.CharField(required=False)
    after = forms.IntegerField(required=False, min_value=1)  # the comment to scroll to afterwards

    @property
    def is_approval(self) -> bool:
        return self.cleaned_data["decision"] == APPROVE


class LanguagesForm(forms.Form):
    """The languages a moderator reads; none means every language."""

    languages = forms.MultipleChoiceField(
        required=False,
        label=_("Languages I read"),
        help_text=_("The queue shows comments in these languages first. Choose none to see every language."),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )
