"""Decide many pending comments at once, each through the one-comment services.

    result = comments_decide_bulk(comment_ids=[4, 5, 9], moderator=user, guidelines=["promotion"])
    result.decided   # [4, 9]: each has its own audit row
    result.skipped   # [Skipped(5, "already_decided", "Comment 5 was already approved by nura.")]

Every comment goes through ``comment_approve`` / ``comment_reject`` in its own
transaction, so one comment decided elsewhere (or missing) is skipped and
reported while the rest are decided; nothing is decided twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from tribune.core.errors import ApplicationError
from tribune.moderation.enums import Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services.decide import (
    check_moderator,
    comment_approve,
    comment_reject,
    validate_rejection,
)

MAX_BULK = 200


@dataclass(frozen=True)
class Skipped:
    """A comment the bulk action left alone: ``code`` as in ``ApplicationError``."""

    comment_id: int
    code: str
    message: str


@dataclass
class BulkResult:
    decided: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _who_decided(comment_id: int) -> str:
    last = (
        ModerationDecision.objects.filter(comment_id=comment_id)
        .exclude(outcome=Outcome.HELD)
        .select_related("moderator")
        .order_by("-created_at", "-id")
        .first()
    )
    if last is None:
        return ""
    return last.moderator.get_username() if last.moderator else _("Tribune")


def comments_decide_bulk(
    *,
    comment_ids: Sequence[int],
    moderator: AbstractBaseUser,
    guidelines: Sequence[str] = (),
    abuse_target: str = "",
    note: str = "",
) -> BulkResult:
    """Approve (no ``guidelines``) or reject (with them) every comment in ``comment_ids``.

    Raises ``ApplicationError`` before deciding anything when the moderator, the
    guidelines or the size of the selection is wrong; per-comment refusals are skipped.
    """
    check_moderator(moderator)
    ids = list(dict.fromkeys(int(i) for i in comment_ids))
    if not ids:
        raise ApplicationError("nothing_selected", _("Select at least one comment."))
    if len(ids) > MAX_BULK:
        message = _("Select at most %(n)d comments at once.") % {"n": MAX_BULK}
        raise ApplicationError("too_many", message)
    codes = validate_rejection(guidelines, abuse_target) if guidelines else []
    result = BulkResult()
    for comment_id in ids:
        try:
            if codes:
                comment_reject(
                    comment_id=comment_id,
                    moderator=moderator,
                    guidelines=codes,
                    abuse_target=abuse_target,
                    note=note,
                )
            else:
                comment_approve(comment_id=comment_id, moderator=moderator, note=note)
        except ApplicationError as error:
            message = error.message
            if error.code == "already_decided":
                who = _who_decided(comment_id)
                if who:
                    message = _("%(message)s (by %(who)s)") % {"message": message.rstrip("."), "who": who}
            result.skipped.append(Skipped(comment_id, error.code, message))
        else:
            result.decided.append(comment_id)
    return result
