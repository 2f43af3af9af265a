"""Forms of the dashboard's productivity actions: bulk decisions, notes, author actions, appeals.

Shape only; the services in ``tribune.moderation`` and ``tribune.appeals`` decide what is allowed.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tribune.appeals.services import DECISION_NOTE_MAX_LENGTH
from tribune.moderation.enums import AbuseTarget, AuthorActionKind, Guideline
from tribune.moderation.services.authors import REASON_MAX_LENGTH
from tribune.moderation.services.bulk import MAX_BULK
from tribune.moderation.services.notes import NOTE_MAX_LENGTH

APPROVE, REJECT = "approve", "reject"
GRANT, UPHOLD = "grant", "uphold"


def _ids(values: list[str]) -> list[int]:
    ids = []
    for value in values[: MAX_BULK + 1]:
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            raise forms.ValidationError(
                _("The selection could not be read; please reload the page.")
            ) from None
    return ids


class BulkDecisionForm(forms.Form):
    """Approve or reject the selected comments (``ids``), or every one on the page (``select_all``)."""

    action = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (REJECT, _("Reject"))])
    guideline = forms.ChoiceField(
        required=False, label=_("Guideline"), choices=[("", _("Choose a guideline")), *Guideline.choices]
    )
    abuse_target = forms.ChoiceField(
        required=False, label=_("Abuse target"), choices=[("", _("No target")), *AbuseTarget.choices]
    )
    note = forms.CharField(required=False, max_length=2000, label=_("Note"))
    select_all = forms.BooleanField(required=False)
    next = forms.CharField(required=False)

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self._raw_ids = data.getlist("ids") if hasattr(data, "getlist") else []
        self._raw_page_ids = data.getlist("page_ids") if hasattr(data, "getlist") else []

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        chosen = self._raw_page_ids if cleaned.get("select_all") else self._raw_ids
        cleaned["comment_ids"] = _ids(list(chosen))
        if cleaned.get("action") == REJECT and not cleaned.get("guideline"):
            self.add_error("guideline", _("Choose the guideline the selected comments break."))
        if cleaned.get("guideline") != Guideline.ABUSE:
            cleaned["abuse_target"] = ""
        return cleaned


class NoteForm(forms.Form):
    body = forms.CharField(max_length=NOTE_MAX_LENGTH, label=_("Add a note for moderators"))
    next = forms.CharField(required=False)


class AuthorActionForm(forms.Form):
    kind = forms.ChoiceField(choices=AuthorActionKind.choices)
    reason = forms.CharField(max_length=REASON_MAX_LENGTH, label=_("Reason"))


class AppealDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[(GRANT, _("Grant")), (UPHOLD, _("Uphold"))])
    note = forms.CharField(required=False, max_length=DECISION_NOTE_MAX_LENGTH, label=_("Note"))
