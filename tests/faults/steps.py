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


class _FaultStep:
    """Runs ``fault`` when the comment's text carries ``marker``; then, as for every other comment, no opinion."""

    name = ""
    marker = ""

    def fault(self) -> None:
        raise NotImplementedError

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        if self.marker in comment.text:
            self.fault()
        return Verdict(Action.CONTINUE)


@register_step("fault_slow")
class SlowStep(_FaultStep):
    marker = "[slow]"

    def fault(self) -> None:
        time.sleep(float(os.environ.get("TRIBUNE_FAULT_SLOW_SECONDS", "3")))


@register_step("fault_raise")
class RaisingStep(_FaultStep):
    marker = "[raise]"

    def fault(self) -> None:
        raise RuntimeError("injected step failure")


@register_step("fault_hang")
class HangingStep(_FaultStep):
    marker = "[hang]"

    def fault(self) -> None:
        time.sleep(HANG_SECONDS)
