"""What the reader is told right after posting: what actually became of their comment.

    outcome = post_outcome(article=article, comment_id=session_id)
    outcome.state        # "approved" (shown below), "pending" (waits for a person) or "rejected"
    outcome.broken       # for a rejection by the system: the guidelines' names, in the page's language

Moderation often finishes inside the same request (in-process tasks), so the
page after the redirect can say "published" truthfully. Without an id (the
honeypot's case) the reader gets the neutral "received and awaits moderation".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tribune.articles.guidelines import RULES
from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment


@dataclass(frozen=True)
class PostOutcome:
    state: str
    comment_id: int | None = None
    broken: list[str] = field(default_factory=list)


RECEIVED = PostOutcome(state=str(CommentStatus.PENDING))


def post_outcome(*, article: Article, comment_id: object) -> PostOutcome:
    """The state of the comment just posted under ``article`` (``RECEIVED`` if it is unknown)."""
    if not isinstance(comment_id, int):
        return RECEIVED
    comment = Comment.objects.filter(pk=comment_id, article=article).only("status", "flags").first()
    if comment is None:
        return RECEIVED
    if comment.status != CommentStatus.REJECTED:
        return PostOutcome(state=str(comment.status), comment_id=comment.pk)
    flags = comment.flags if isinstance(comment.flags, dict) else {}
    codes = {str(code) for code in flags.get("guidelines") or []}
    names = [str(code.label) for code, _text in RULES if str(code) in codes]
    return PostOutcome(state=str(comment.status), comment_id=comment.pk, broken=names)
