"""Hold comments from an author or address posting faster than the limit."""

from __future__ import annotations

from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict


@register_step("rate_limit")
class RateLimitStep:
    name = "rate_limit"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        conf, history = context.settings, context.history
        window = conf.rate_limit_window_seconds // 60
        # A fast poster may still be a person: a moderator decides, nothing is lost.
        if history.by_author_recent >= conf.rate_limit_per_author:
            note = f"author posted {history.by_author_recent} other comments in {window} min"
            return Verdict(Action.HOLD, reasons=(Reason.RATE_LIMIT,), note=note)
        if comment.ip_address and history.by_ip_recent >= conf.rate_limit_per_ip:
            note = f"address posted {history.by_ip_recent} other comments in {window} min"
            return Verdict(Action.HOLD, reasons=(Reason.RATE_LIMIT,), note=note)
        return PASS
