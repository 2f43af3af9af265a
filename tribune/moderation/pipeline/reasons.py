"""Why the pipeline acted other than by a guideline score: the reason codes steps return.

Plain ``StrEnum`` (no Django), so steps stay pure; the codes are stable: they are
stored in decisions and flags, shown to moderators (translated by their names in
``tribune.moderation.enums.HoldReason``, which derives from this) and to authors.

    Verdict(Action.HOLD, reasons=(Reason.RATE_LIMIT,), note="...")
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    LENGTH = "length"
    """Too short or too long (``length``)."""
    ARTICLE_CLOSED = "article_closed"
    """The article no longer accepts comments (``article_open``)."""
    RATE_LIMIT = "rate_limit"
    """The author or address is posting too fast (``rate_limit``)."""
    DUPLICATE = "duplicate"
    """A repeated or near-identical post (``duplicate``)."""
    UNCERTAIN = "uncertain"
    """A guideline score is between its review and reject cut-offs (``classifier``)."""
    NOT_SURE_CLEAN = "not_sure_clean"
    """No guideline reached its review cut-off, but the overall risk is above the cut under which
    Tribune approves alone in the comment's language (the safety-first approve cut, ``classifier``)."""
    PRE_MODERATION = "pre_moderation"
    """Auto-approve is off: humans approve every comment (the outcome rule)."""
    SYSTEM_ERROR = "system_error"
    """A step failed or overran its time budget, or moderation could not start (fail closed)."""
    AUTHOR_BANNED = "author_banned"
    """A moderator banned the author (``author_standing``)."""
    AUTHOR_REVIEW = "author_review"
    """A moderator reviews every comment by this author (``author_standing``)."""
    APPEAL_GRANTED = "appeal_granted"
    """Published on appeal (a moderator's decision, not a step's)."""
