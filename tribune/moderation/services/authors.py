"""Moderators' actions on an author: warn, always review, ban, and lifting each.

    author_act(author_key=c.author_key, kind="ban", reason="Repeated threats", moderator=user)

Every action is one append-only ``AuthorAction`` row (who, when, what, why);
the standing is derived from them, so the trail is the state. The pipeline's
``author_standing`` step reads it for every new comment.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError, text_checked
from tribune.moderation.enums import AuthorActionKind as Kind
from tribune.moderation.models import AuthorAction
from tribune.moderation.selectors.authors import author_standing
from tribune.moderation.services.decide import check_moderator

REASON_MAX_LENGTH = 1000


def _refusal(kind: str, key: str) -> str | None:
    """Why ``kind`` makes no sense for the author's current standing, or None."""
    standing = author_standing(author_key=key)
    if kind == Kind.BAN and standing.banned:
        return _("This author is already banned.")
    if kind == Kind.LIFT_BAN and not standing.banned:
        return _("This author is not banned.")
    if kind == Kind.ALWAYS_REVIEW and standing.always_review:
        return _("Every comment by this author is already reviewed.")
    if kind == Kind.LIFT_ALWAYS_REVIEW and not standing.always_review:
        return _("This author is not under review.")
    if kind == Kind.LIFT_WARN and not standing.warnings:
        return _("This author has no warnings to lift.")
    return None


def author_act(*, author_key: str, kind: str, reason: str, moderator: AbstractBaseUser) -> AuthorAction:
    """Record one action on an author.

    author_key (str): the author, as on their comments.
    kind (str): an ``AuthorActionKind`` value.
    reason (str): required, at most ``REASON_MAX_LENGTH`` characters.
    Raises ``ApplicationError``: 403 not a moderator, 404 no such author,
    400 bad kind or reason, 409 the action does not fit the standing (banning twice).
    """
    check_moderator(moderator)
    if kind not in Kind.values:
        raise ApplicationError("unknown_action", _("Unknown author action %(kind)r.") % {"kind": kind})
    reason = text_checked(
        reason,
        field="reason",
        max_length=REASON_MAX_LENGTH,
        required=_("Say why (the reason is kept in the audit trail)."),
        too_long=_("Keep the reason under %(n)d characters."),
    )
    if not Comment.objects.filter(author_key=author_key).exists():
        raise ApplicationError("not_found", _("No comments by this author."), status=404)
    with transaction.atomic():
        # Serialise actions on one author so two moderators cannot ban twice at once.
        list(Comment.objects.select_for_update().filter(author_key=author_key).values_list("pk")[:1])
        refusal = _refusal(kind, author_key)
        if refusal:
            raise ApplicationError("standing_conflict", refusal, status=409)
        return AuthorAction.objects.create(
            author_key=author_key, kind=kind, reason=reason, moderator=moderator
        )
