"""Writes of commenter feedback: file an appeal, decide it.

    comment, token = comment_submit_with_link(...)   # tribune.comments.submit: the status link
    appeal = appeal_file(token=token, explanation="I quoted the minister, I did not insult anyone.")
    appeal_grant(appeal_id=appeal.pk, moderator=second_moderator)  # publishes, with an audit row

An appeal is decided by a moderator other than the one who rejected the
comment (anyone when Tribune rejected it). Granting publishes the comment
unedited and appends a moderator decision; upholding keeps the rejection.
Each appeal is decided once, by a conditional update.
"""

from __future__ import annotations

import logging

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tribune.appeals.enums import AppealStatus
from tribune.appeals.models import Appeal
from tribune.appeals.selectors import appealable, last_rejection, status_link_comment
from tribune.comments.enums import CommentStatus
from tribune.core.errors import ApplicationError, text_checked
from tribune.moderation.conf import get_settings
from tribune.moderation.enums import DecidedBy, HoldReason, Outcome
from tribune.moderation.services.audit import decision_record
from tribune.moderation.services.decide import check_moderator

logger = logging.getLogger("tribune.appeals")
EXPLANATION_MAX_LENGTH = 1000
DECISION_NOTE_MAX_LENGTH = 2000


def _not_found() -> ApplicationError:
    return ApplicationError("not_found", _("This status link is not valid."), status=404)


def appeal_file(*, token: str, explanation: str) -> Appeal:
    """File the one appeal of the rejected comment behind ``token``.

    Raises ``ApplicationError``: 404 unknown token, 400 empty or long explanation,
    409 not rejected, not appealable, or already appealed.
    """
    comment = status_link_comment(token=token)
    if comment is None:
        raise _not_found()
    explanation = text_checked(
        explanation,
        field="explanation",
        max_length=EXPLANATION_MAX_LENGTH,
        required=_("Tell us briefly why the comment should be published."),
        too_long=_("Keep the explanation under %(n)d characters."),
    )
    if hasattr(comment, "appeal"):
        raise ApplicationError("already_appealed", _("This comment was already appealed."), status=409)
    rejection = last_rejection(comment)
    if comment.status != CommentStatus.REJECTED or rejection is None or not appealable(rejection):
        raise ApplicationError("not_appealable", _("This comment cannot be appealed."), status=409)
    try:
        with transaction.atomic():
            return Appeal.objects.create(
                comment=comment, explanation=explanation, rejected_by=rejection.moderator
            )
    except IntegrityError as error:  # a second appeal racing the first
        raise ApplicationError(
            "already_appealed", _("This comment was already appealed."), status=409
        ) from error


def _clean_note(note: str) -> str:
    too_long = _("Keep the note under %(n)d characters.")
    return text_checked(note, field="note", max_length=DECISION_NOTE_MAX_LENGTH, too_long=too_long)


def _lock_pending(appeal_id: int, moderator: AbstractBaseUser) -> Appeal:
    appeal = Appeal.objects.select_for_update().select_related("comment").filter(pk=appeal_id).first()
    if appeal is None:
        message = _("There is no appeal %(id)d.") % {"id": appeal_id}
        raise ApplicationError("not_found", message, status=404)
    if appeal.status != AppealStatus.PENDING:
        message = _("Appeal %(id)d was already decided.") % {"id": appeal_id}
        raise ApplicationError("already_decided", message, status=409)
    if appeal.rejected_by_id is not None and appeal.rejected_by_id == moderator.pk:
        message = _("You rejected this comment; another moderator must decide its appeal.")
        raise ApplicationError("same_moderator", message, status=403)
    return appeal


def _close(appeal: Appeal, status: AppealStatus, moderator: AbstractBaseUser, note: str) -> Appeal:
    appeal.status, appeal.decided_by, appeal.decided_at = status, moderator, timezone.now()
    appeal.decision_note = note
    appeal.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    return appeal


def appeal_uphold(*, appeal_id: int, moderator: AbstractBaseUser, note: str = "") -> Appeal:
    """Keep the rejection. Raises ``ApplicationError`` (403 same moderator, 404, 409 decided)."""
    check_moderator(moderator)
    note = _clean_note(note)
    with transaction.atomic():
        appeal = _lock_pending(appeal_id, moderator)
        return _close(appeal, AppealStatus.UPHELD, moderator, note)


def appeal_grant(*, appeal_id: int, moderator: AbstractBaseUser, note: str = "") -> Appeal:
    """Publish the comment (unedited) and append the moderator's approval to the audit trail."""
    check_moderator(moderator)
    note = _clean_note(note)
    with transaction.atomic():
        appeal = _lock_pending(appeal_id, moderator)
        # The one audit writer: rejected -> approved and the row (scores, evidence, model version) together.
        row = decision_record(
            comment=appeal.comment,
            outcome=Outcome.APPROVED,
            decided_by=DecidedBy.MODERATOR,
            expect=CommentStatus.REJECTED,
            moderator=moderator,
            reasons=[HoldReason.APPEAL_GRANTED.value],
            note=note,
            pipeline_version=get_settings().pipeline_version,
        )
        if row is None:
            # Only a rejected comment has an appeal; anything else means the data moved under us.
            raise ApplicationError("not_rejected", _("The comment is no longer rejected."), status=409)
        return _close(appeal, AppealStatus.GRANTED, moderator, note)
