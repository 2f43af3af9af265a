"""Comment statuses: exactly three, and a comment moves at most once."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    """Stored, not public; the pipeline or a moderator has not decided yet."""
    APPROVED = "approved", _("Approved")
    """Public under its article."""
    REJECTED = "rejected", _("Rejected")
    """Never public; the decision row says which guideline it broke."""
