"""The audit trail of decisions, and the moderation settings editors may change."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tribune.comments.models import Comment
from tribune.moderation.enums import AuthorActionKind, DecidedBy, Outcome


class ModerationDecision(models.Model):
    """One decision on one comment, by the system or a moderator. Append-only.

    moderator (User | None): None means Tribune decided.
    guidelines (list[str]): guideline codes broken (rejections) or suspected (holds).
    reasons (list[str]): ``HoldReason`` codes for rule-based actions.
    scores (dict[str, float]): the model's scores at the time of the decision.
    evidence (list[dict]): spans of the comment that drove the decision.
    """

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(max_length=10, choices=Outcome.choices, db_index=True)
    decided_by = models.CharField(max_length=10, choices=DecidedBy.choices)
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    guidelines = models.JSONField(default=list, blank=True)
    abuse_target = models.CharField(max_length=16, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    scores = models.JSONField(default=dict, blank=True)
    evidence = models.JSONField(default=list, blank=True)
    pipeline_version = models.CharField(max_length=40, blank=True)
    model_version = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created_at", "-id")
        permissions = [("can_moderate", "Can approve and reject comments")]

    def __str__(self) -> str:
        return f"{self.outcome} #{self.comment_id} by {self.decided_by}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("moderation decisions are append-only")
        super().save(*args, **kwargs)


class _AppendOnly(models.Model):
    """A row written once and never changed."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError(f"{type(self).__name__} rows are append-only")
        super().save(*args, **kwargs)


class AuthorAction(_AppendOnly):
    """A moderator's action on an author (warn, always review, ban, or lifting one). Append-only.

    The author's standing is read from these rows (``selectors.authors.author_standing``):
    the latest ban / lift-ban row says whether they are banned, and so on.

    author_key (str): the ``Comment.author_key`` the action applies to.
    kind (str): an ``AuthorActionKind``.
    reason (str): why, in the moderator's words (a warning's reason is shown to the author).
    """

    author_key = models.CharField(max_length=64, db_index=True)
    kind = models.CharField(max_length=20, choices=AuthorActionKind.choices)
    reason = models.TextField()
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"{self.kind} {self.author_key[:12]} by {self.moderator_id}"


class ModeratorNote(_AppendOnly):
    """A moderator's note on a comment, for other moderators (never shown to readers). Append-only."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="moderator_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"note on #{self.comment_id} by {self.author_id}"


class ModerationConfig(models.Model):
    """Editor-adjustable moderation settings (one row; overrides the Django settings).

    auto_approve (bool): publish comments every guideline clears; off means humans approve all.
    """

    auto_approve = models.BooleanField(default=True)
    rate_limit_per_author = models.PositiveIntegerField(default=5)
    rate_limit_per_ip = models.PositiveIntegerField(default=10)
    rate_limit_window_seconds = models.PositiveIntegerField(default=600)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "moderation settings"
        verbose_name_plural = "moderation settings"

    def __str__(self) -> str:
        return "Moderation settings"


class ModeratorProfile(models.Model):
    """What Tribune remembers per moderator: the languages they read (the queue shows those first).

    languages (list[str]): codes from ``settings.LANGUAGES`` the moderator reads, in site order.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderator_profile"
    )
    languages = models.JSONField(default=list, blank=True, verbose_name=_("languages read"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("moderator profile")
        verbose_name_plural = _("moderator profiles")
        db_table = "dashboard_moderatorprofile"  # created by the dashboard app before the model moved here

    def __str__(self) -> str:
        return f"{self.user} ({', '.join(self.languages) or '-'})"
