"""Closed vocabularies of moderation: outcomes, who decided, and why."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from tribune.core.guidelines import AbuseTarget, Guideline

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


class HoldReason(models.TextChoices):
    """Why the system acted other than by a guideline score."""

    LENGTH = "length", _("Too short or too long")
    ARTICLE_CLOSED = "article_closed", _("Article closed for comments")
    RATE_LIMIT = "rate_limit", _("Author or address posting too fast")
    DUPLICATE = "duplicate", _("Repeated or near-identical post")
    UNCERTAIN = "uncertain", _("A guideline score is uncertain")
    PRE_MODERATION = "pre_moderation", _("Humans approve every comment")
    SYSTEM_ERROR = "system_error", _("A moderation step failed or was too slow")
    AUTHOR_BANNED = "author_banned", _("The author is banned")
    AUTHOR_REVIEW = "author_review", _("A moderator reviews every comment by this author")
    APPEAL_GRANTED = "appeal_granted", _("Published on appeal")


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
