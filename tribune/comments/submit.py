"""The reader's post: the door's flood limits, the comment, and its status link.

    comment, token = comment_submit_with_link(article=a, author_name="Ava", body="…")

The token opens the comment's private status page (and, if it is rejected, its
appeal); it is shown to the reader once and only its digest is stored.
The HTML form and the API both post through here.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import DatabaseError, transaction

from tribune.comments.fingerprint import author_key
from tribune.comments.models import Comment, StatusLink
from tribune.comments.services import comment_submit
from tribune.comments.throttle import comment_door_check
from tribune.comments.tokens import new_token, token_digest

logger = logging.getLogger("tribune.comments")


def status_link_issue(*, comment: Comment) -> str:
    """Create the comment's status link and return its token (the only time it is known)."""
    token = new_token()
    StatusLink.objects.create(comment=comment, token_digest=token_digest(token))
    return token


def comment_submit_with_link(
    *, author_name: str, author_email: str = "", ip_address: str | None = None, **submit: Any
) -> tuple[Comment, str | None]:
    """A reader's post: the door's flood limits, then ``comment_submit`` plus a status link.

    Raises ``ApplicationError`` (429) before anything is stored when the address
    or author is over the door's limits; otherwise as ``comment_submit``.
    Moderation still runs after the commit.
    """
    comment_door_check(ip_address=ip_address, author_key=author_key(name=author_name, email=author_email))
    return _submit_with_link(author_name=author_name, author_email=author_email, ip_address=ip_address, **submit)


@transaction.atomic
def _submit_with_link(**submit: Any) -> tuple[Comment, str | None]:
    """The link is made in a savepoint: if that fails, the comment is kept and the
    token is None, because a comment must never be lost for want of a receipt.
    """
    comment = comment_submit(**submit)
    try:
        with transaction.atomic():
            return comment, status_link_issue(comment=comment)
    except DatabaseError:
        logger.exception("no status link for comment %s", comment.pk)
        return comment, None
