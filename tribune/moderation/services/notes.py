"""Moderators' notes on a comment: append-only, for other moderators only.

note_add(comment_id=7, moderator=user, body="Same text as #5; check the campaign.")
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from tribune.comments.models import Comment
from tribune.core.errors import ApplicationError, text_checked
from tribune.moderation.models import ModeratorNote
from tribune.moderation.services.decide import check_moderator

NOTE_MAX_LENGTH = 2000


def note_add(*, comment_id: int, moderator: AbstractBaseUser, body: str) -> ModeratorNote:
    """Append a note to a comment (any status). Raises ``ApplicationError`` on empty, long or unknown."""
    check_moderator(moderator)
    body = text_checked(
        body,
        field="note",
        max_length=NOTE_MAX_LENGTH,
        required=_("Write the note first."),
        too_long=_("Keep the note under %(n)d characters."),
    )
    if not Comment.objects.filter(pk=comment_id).exists():
        message = _("There is no comment %(id)d.") % {"id": comment_id}
        raise ApplicationError("not_found", message, status=404)
    return ModeratorNote.objects.create(comment_id=comment_id, author=moderator, body=body)
