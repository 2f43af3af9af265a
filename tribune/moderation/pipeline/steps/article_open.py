"""Reject comments posted after the article closed for comments."""

from __future__ import annotations

from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict


@register_step("article_open")
class ArticleOpenStep:
    name = "article_open"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        # Judged at submission time: a comment posted while the article was open
        # is not punished for a queue that drained after it closed.
        if context.article_accepted_at_submission:
            return PASS
        return Verdict(Action.REJECT, reasons=(Reason.ARTICLE_CLOSED,), note="the article was closed for comments")
