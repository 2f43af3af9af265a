"""Apply moderators' actions on the author: a ban rejects, always-review holds.

A warning changes nothing here (the author sees it on their status page), and
an author with no actions passes. The standing is read before the run into
``Context.standing``, so the step stays pure.
"""

from __future__ import annotations

from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict

AUTHOR_BANNED = Reason.AUTHOR_BANNED
AUTHOR_REVIEW = Reason.AUTHOR_REVIEW


@register_step("author_standing")
class AuthorStandingStep:
    name = "author_standing"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        standing = context.standing
        if standing.banned:
            return Verdict(Action.REJECT, reasons=(AUTHOR_BANNED,), note="the author is banned")
        if standing.always_review:
            # HOLD, not CONTINUE: later steps still score it, but no clean run can approve it.
            return Verdict(Action.HOLD, reasons=(AUTHOR_REVIEW,), note="a moderator reviews this author")
        return PASS
