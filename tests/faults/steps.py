"""Fault-injection steps for the scale and fault tests, never used in production.

A comment whose text contains a marker triggers its fault:
``[slow]`` sleeps ``TRIBUNE_FAULT_SLOW_SECONDS`` (so a kill lands mid-task),
``[raise]`` raises, ``[hang]`` sleeps far past the step timeout.
"""

from __future__ import annotations

import os
import time

from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import Action, CommentInput, Context, Verdict

HANG_SECONDS = 8.0


@register_step("fault_slow")
class SlowStep:
    name = "fault_slow"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        if "[slow]" in comment.text:
            time.sleep(float(os.environ.get("TRIBUNE_FAULT_SLOW_SECONDS", "3")))
        return Verdict(Action.CONTINUE)


@register_step("fault_raise")
class RaisingStep:
    name = "fault_raise"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        if "[raise]" in comment.text:
            raise RuntimeError("injected step failure")
        return Verdict(Action.CONTINUE)


@register_step("fault_hang")
class HangingStep:
    name = "fault_hang"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        if "[hang]" in comment.text:
            time.sleep(HANG_SECONDS)
        return Verdict(Action.CONTINUE)
