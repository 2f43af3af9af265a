"""What a commenter sees about their own comment, in plain words and nothing internal.

    view = comment_status_view(comment)
    view.status, view.broken   # "rejected", [Rule("threat", "Threat", "Threats of violence …")]

Guidelines are named and explained with the site's guidelines text in the
article's language; rule-based rejections get a sentence of their own.
Scores, evidence words, notes and moderators' names are never included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from tribune.appeals.models import Appeal
from tribune.appeals.selectors import appealable, last_rejection
from tribune.articles.guidelines import RULES
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.selectors.authors import author_standing

# Rule-based rejections, explained to the person who wrote the comment.
REASON_TEXT: dict[str, Promise] = {
    "length": _("The comment was empty or too long."),
    "article_closed": _("The article had closed for comments when it arrived."),
    "duplicate": _("It repeated a comment that was already posted."),
    "author_banned": _("Comments from this commenter are no longer accepted."),
    "system_error": _("It could not be checked automatically."),
}


@dataclass(frozen=True)
class Rule:
    """A guideline as the commenter reads it: ``code``, short ``name`` and ``explanation``."""

    code: str
    name: str
    explanation: str


@dataclass(frozen=True)
class StatusView:
    """status (str): pending, approved or rejected; the rest only says why and what next."""

    comment: Comment
    status: str
    broken: list[Rule] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    appeal: Appeal | None = None
    can_appeal: bool = False
    warnings: list[str] = field(default_factory=list)


def rules_for(codes: list[str], language: str) -> list[Rule]:
    """The guidelines ``codes`` named and explained in ``language`` (the site's guidelines text)."""
    explained = dict(RULES)
    with translation.override(language):
        return [
            Rule(str(code), str(code.label), str(explained[code]))
            for code in explained
            if str(code) in codes
        ]


def comment_status_view(comment: Comment) -> StatusView:
    appeal = getattr(comment, "appeal", None)
    warnings = [w.reason for w in author_standing(author_key=comment.author_key).warnings]
    if comment.status != CommentStatus.REJECTED:
        return StatusView(comment=comment, status=comment.status, appeal=appeal, warnings=warnings)
    rejection = last_rejection(comment)
    codes = list(rejection.guidelines) if rejection else []
    with translation.override(comment.article.language):  # in the guidelines' language, like ``broken``
        reasons = [str(REASON_TEXT[r]) for r in (rejection.reasons if rejection else []) if r in REASON_TEXT]
    return StatusView(
        comment=comment,
        status=comment.status,
        broken=rules_for(codes, comment.article.language),
        reasons=reasons,
        appeal=appeal,
        can_appeal=appeal is None and rejection is not None and appealable(rejection),
        warnings=warnings,
    )
