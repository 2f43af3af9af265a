"""Closed vocabularies of moderation: outcomes, who decided, and why."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from tribune.core.guidelines import AbuseTarget, Guideline
from tribune.moderation.pipeline.reasons import Reason

__all__ = ["AbuseTarget", "AuthorActionKind", "DecidedBy", "Guideline", "HoldReason", "Outcome"]


class Outcome(models.TextChoices):
    APPROVED = "approved", _("Approved")
    """The comment was published."""
    REJECTED = "rejected", _("Rejected")
    """The comment will never be published."""
    HELD = "held", _("Held for a moderator")
    """The system could not decide; the comment waits in the queue."""


class DecidedBy(models.TextChoices):
    SYSTEM = "system", _("Tribune")
    MODERATOR = "moderator", _("Moderator")


_REASON_NAMES = {
    Reason.LENGTH: _("Too short or too long"),
    Reason.ARTICLE_CLOSED: _("Article closed for comments"),
    Reason.RATE_LIMIT: _("Author or address posting too fast"),
    Reason.DUPLICATE: _("Repeated or near-identical post"),
    Reason.UNCERTAIN: _("A guideline score is uncertain"),
    Reason.NOT_SURE_CLEAN: _("Not clearly clean enough to publish alone"),
    Reason.PRE_MODERATION: _("Humans approve every comment"),
    Reason.SYSTEM_ERROR: _("A moderation step failed or was too slow"),
    Reason.AUTHOR_BANNED: _("The author is banned"),
    Reason.AUTHOR_REVIEW: _("A moderator reviews every comment by this author"),
    Reason.APPEAL_GRANTED: _("Published on appeal"),
}
HoldReason = models.TextChoices(  # type: ignore[misc]
    "HoldReason", [(code.name, (code.value, _REASON_NAMES[code])) for code in Reason]
)
HoldReason.__doc__ = "Why the system acted other than by a guideline score (codes: ``pipeline.reasons.Reason``)."


class AuthorActionKind(models.TextChoices):
    """What a moderator did about an author (``author_key``); each is one audit row."""

    WARN = "warn", _("Warned")
    """A warning the author sees on their comment status page; moderation is unchanged."""
    LIFT_WARN = "lift_warn", _("Warnings lifted")
    """Every earlier warning stops counting."""
    ALWAYS_REVIEW = "always_review", _("Always reviewed")
    """Every new comment waits for a human; never auto-approved."""
    LIFT_ALWAYS_REVIEW = "lift_always_review", _("Review lifted")
    BAN = "ban", _("Banned")
    """Every new comment is rejected by the pipeline (``author_banned``)."""
    LIFT_BAN = "lift_ban", _("Ban lifted")
