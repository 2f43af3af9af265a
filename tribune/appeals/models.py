"""A commenter's one appeal against a rejection (the status link it starts from is ``comments.StatusLink``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from tribune.appeals.enums import AppealStatus
from tribune.comments.models import Comment


class Appeal(models.Model):
    """A commenter's request that a rejected comment be looked at again. One per comment.

    rejected_by (User | None): who rejected the comment (None: Tribune); they may not decide the appeal.
    decided_by (User | None): the moderator who upheld or granted it.
    """

    comment = models.OneToOneField(Comment, on_delete=models.CASCADE, related_name="appeal")
    explanation = models.TextField()
    status = models.CharField(
        max_length=10, choices=AppealStatus.choices, default=AppealStatus.PENDING, db_index=True
    )
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"appeal of #{self.comment_id} ({self.status})"
