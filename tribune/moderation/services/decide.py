"""Moderators' decisions: approve or reject a pending comment, whole.

comment_reject(comment_id=7, moderator=user, guidelines=["personal_attack"])
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError
from tribune.moderation.conf import get_settings
from tribune.moderation.enums import AbuseTarget, DecidedBy, Guideline, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services.audit import decision_record

PERMISSION = "moderation.can_moderate"
NOT_A_MODERATOR = _("Only moderators can decide comments.")
NO_SUCH_COMMENT = _("There is no comment {id}.")
ALREADY_DECIDED = {
    CommentStatus.APPROVED: _("Comment {id} was already approved."),
    CommentStatus.REJECTED: _("Comment {id} was already rejected."),
}
NEED_GUIDELINE = _("Say which guideline the comment breaks.")
UNKNOWN_GUIDELINE = _("Unknown guideline {code!r}; use one of {choices}.")
UNKNOWN_TARGET = _("Unknown abuse target {code!r}; use one of {choices}.")


def check_moderator(moderator: AbstractBaseUser) -> None:
    """Raise ``ApplicationError`` (403) unless ``moderator`` is active and may moderate."""
    if not getattr(moderator, "is_active", False) or not moderator.has_perm(PERMISSION):  # type: ignore[attr-defined]
        raise ApplicationError("forbidden", NOT_A_MODERATOR, status=403)


def _decide(
    *,
    comment_id: int,
    moderator: AbstractBaseUser,
    status: CommentStatus,
    guidelines: list[str],
    abuse_target: str,
    note: str,
) -> ModerationDecision:
    check_moderator(moderator)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().filter(pk=comment_id).first()
        if comment is None:
            raise ApplicationError("not_found", NO_SUCH_COMMENT.format(id=comment_id), status=404)
        row = decision_record(
            comment=comment,
            outcome=Outcome.APPROVED if status == CommentStatus.APPROVED else Outcome.REJECTED,
            decided_by=DecidedBy.MODERATOR,
            moderator=moderator,
            guidelines=guidelines,
            abuse_target=abuse_target,
            note=note,
            pipeline_version=get_settings().pipeline_version,
        )
        if row is None:
            comment.refresh_from_db(fields=["status"])
            message = ALREADY_DECIDED[CommentStatus(comment.status)].format(id=comment_id)
            raise ApplicationError("already_decided", message, status=409)
        return row


def comment_approve(*, comment_id: int, moderator: AbstractBaseUser, note: str = "") -> ModerationDecision:
    """Publish a pending comment. Raises ``ApplicationError`` if it was already decided."""
    return _decide(
        comment_id=comment_id,
        moderator=moderator,
        status=CommentStatus.APPROVED,
        guidelines=[],
        abuse_target="",
        note=note,
    )


def validate_rejection(guidelines: Sequence[str], abuse_target: str = "") -> list[str]:
    """The distinct guideline codes of a rejection; ``ApplicationError`` if any is unknown or none given."""
    codes = list(dict.fromkeys(g.strip() for g in guidelines if g.strip()))
    if not codes:
        raise ApplicationError("guideline_required", NEED_GUIDELINE)
    for code in codes:
        if code not in Guideline.values:
            raise ApplicationError(
                "unknown_guideline", UNKNOWN_GUIDELINE.format(code=code, choices=Guideline.values)
            )
    if abuse_target and abuse_target not in AbuseTarget.values:
        raise ApplicationError(
            "unknown_target", UNKNOWN_TARGET.format(code=abuse_target, choices=AbuseTarget.values)
        )
    return codes


def comment_reject(
    *,
    comment_id: int,
    moderator: AbstractBaseUser,
    guidelines: Sequence[str],
    abuse_target: str = "",
    note: str = "",
) -> ModerationDecision:
    """Reject a pending comment for at least one guideline (abuse may name its target)."""
    codes = validate_rejection(guidelines, abuse_target)
    return _decide(
        comment_id=comment_id,
        moderator=moderator,
        status=CommentStatus.REJECTED,
        guidelines=codes,
        abuse_target=abuse_target,
        note=note,
    )
