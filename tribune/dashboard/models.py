"""What the dashboard remembers per moderator: the languages they read.

The queue shows a moderator the comments in their languages first (with a way
to see all); a moderator with no languages set sees every language.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModeratorProfile(models.Model):
    """languages (list[str]): codes from ``settings.LANGUAGES`` the moderator reads, in site order."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderator_profile"
    )
    languages = models.JSONField(default=list, blank=True, verbose_name=_("languages read"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("moderator profile")
        verbose_name_plural = _("moderator profiles")

    def __str__(self) -> str:
        return f"{self.user} ({', '.join(self.languages) or '-'})"
