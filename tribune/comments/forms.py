"""The reader's "Post a comment" form: shape checks and a honeypot only."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tribune.comments.validation import MAX_NAME_LENGTH


class CommentForm(forms.Form):
    """Name, comment and an optional e-mail that is never shown.

    ``website`` is a honeypot: hidden from people, filled in by bots.
    """

    author_name = forms.CharField(max_length=MAX_NAME_LENGTH, strip=True, label=_("Name"))
    author_email = forms.EmailField(required=False, label=_("E-mail (optional, never shown)"))
    body = forms.CharField(strip=True, label=_("Comment"))  # replaced per instance with the configured limit
    website = forms.CharField(required=False)

    def __init__(self, *args: object, max_length: int = 5000, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["body"] = forms.CharField(
            max_length=max_length, strip=True, label=_("Comment"), widget=forms.Textarea(attrs={"rows": 5})
        )

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
