"""Run the steps in order and merge their verdicts into one result.

A REJECT stops the run. A HOLD is remembered and the run goes on, so the
moderator sees every score. A step that raises or overruns its time budget
becomes a HOLD with ``system_error``: the pipeline fails closed and never
approves on error. Whether a clean run approves is the caller's setting.

    result = run(build_steps(conf.steps), comment, context, timeout=2.0)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.types import Action, CommentInput, Context, Step, Verdict, strongest

logger = logging.getLogger("tribune.moderation")

SYSTEM_ERROR = Reason.SYSTEM_ERROR
_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="tribune-step")


@dataclass
class PipelineResult:
    """The merged verdicts of one run.

    action (Action): REJECT if any step rejected, HOLD if any held, else CONTINUE.
    step_actions (dict[str, str]): each step's action, by step name, in run order.
    timings_ms (dict[str, float]): how long each step took.
    """

    action: Action = Action.CONTINUE
    guidelines: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    evidence: list[Mapping[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    step_actions: dict[str, str] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)

    def merge(self, step_name: str, verdict: Verdict) -> None:
        self.step_actions[step_name] = str(verdict.action)
        self.scores.update(verdict.scores)
        self.evidence.extend(verdict.evidence)
        if verdict.note:
            self.notes.append(f"{step_name}: {verdict.note}")
        if verdict.action is Action.CONTINUE:
            return
        for code in verdict.guidelines:
            if code not in self.guidelines:
                self.guidelines.append(code)
        for code in verdict.reasons:
            if code not in self.reasons:
                self.reasons.append(code)
        self.action = strongest((self.action, verdict.action))


def _check(step: Step, comment: CommentInput, context: Context, timeout: float) -> Verdict:
    future = _POOL.submit(step.check, comment, context)
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        logger.error("step %s overran %.2fs on comment %s", step.name, timeout, comment.id)
        return Verdict(Action.HOLD, reasons=(SYSTEM_ERROR,), note=f"took longer than {timeout:g}s")
    except Exception as exc:
        logger.exception("step %s failed on comment %s", step.name, comment.id)
        return Verdict(Action.HOLD, reasons=(SYSTEM_ERROR,), note=f"failed: {type(exc).__name__}")


def run(steps: Sequence[Step], comment: CommentInput, context: Context, *, timeout: float) -> PipelineResult:
    """Run ``steps`` on ``comment`` in order; see the module docstring."""
    result = PipelineResult()
    for step in steps:
        started = time.perf_counter()
        verdict = _check(step, comment, context, timeout)
        result.timings_ms[step.name] = round((time.perf_counter() - started) * 1000, 3)
        result.merge(step.name, verdict)
        if verdict.action is Action.REJECT:
            break
    return result
