"""Comment statuses: exactly three, and a comment moves at most once."""

from __future__ import annotations

from django.db import models


class CommentStatus(models.TextChoices):
    PENDING = "pending", "Awaiting moderation"
    """Stored, not public; the pipeline or a moderator has not decided yet."""
    APPROVED = "approved", "Approved"
    """Public under its article."""
    REJECTED = "rejected", "Rejected"
    """Never public; the decision row says which guideline it broke."""
