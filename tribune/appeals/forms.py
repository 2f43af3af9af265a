"""The commenter's appeal form: one short explanation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tribune.appeals.services import EXPLANATION_MAX_LENGTH


class AppealForm(forms.Form):
    explanation = forms.CharField(
        label=_("Why should this comment be published?"),
        max_length=EXPLANATION_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The label is a question: Django's default ":" suffix would print "?:" (and "؟:" in Arabic).
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
