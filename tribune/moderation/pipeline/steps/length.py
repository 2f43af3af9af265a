"""Reject comments with no substance or beyond the length limit."""

from __future__ import annotations

from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict


@register_step("length")
class LengthStep:
    name = "length"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        size = len(comment.text.strip())
        if size < context.settings.min_length:
            return Verdict(Action.REJECT, reasons=(Reason.LENGTH,), note=f"only {size} characters")
        if size > context.settings.max_length:
            return Verdict(Action.REJECT, reasons=(Reason.LENGTH,), note=f"{size} characters is over the limit")
        return PASS
