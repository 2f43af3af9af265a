from __future__ import annotations

import time

from tests.factories import make_context, make_input
from tribune.moderation.pipeline.runner import SYSTEM_ERROR, run
from tribune.moderation.pipeline.types import Action, Verdict


class Fixed:
    def __init__(self, name: str, verdict: Verdict) -> None:
        self.name, self.verdict, self.calls = name, verdict, 0

    def check(self, comment, context):
        self.calls += 1
        return self.verdict


class Boom:
    name = "boom"

    def check(self, comment, context):
        raise RuntimeError("model file missing")


class Slow:
    name = "slow"

    def check(self, comment, context):
        time.sleep(0.5)
        return Verdict()


def test_all_pass_continues_and_merges_scores() -> None:
    steps = [Fixed("a", Verdict(scores={"threat": 0.1})), Fixed("b", Verdict(scores={"abuse": 0.2}))]
    result = run(steps, make_input("hello"), make_context(), timeout=1)
    assert result.action is Action.CONTINUE
    assert result.scores == {"threat": 0.1, "abuse": 0.2}
    assert list(result.step_actions) == ["a", "b"]


def test_reject_stops_the_run() -> None:
    after = Fixed("after", Verdict())
    steps = [Fixed("rule", Verdict(Action.REJECT, reasons=("duplicate",))), after]
    result = run(steps, make_input("x"), make_context(), timeout=1)
    assert result.action is Action.REJECT
    assert result.reasons == ["duplicate"]
    assert after.calls == 0


def test_hold_keeps_running_and_a_later_reject_wins() -> None:
    steps = [
        Fixed("hold", Verdict(Action.HOLD, guidelines=("promotion",))),
        Fixed("reject", Verdict(Action.REJECT, guidelines=("threat",))),
    ]
    result = run(steps, make_input("x"), make_context(), timeout=1)
    assert result.action is Action.REJECT
    assert result.guidelines == ["promotion", "threat"]


def test_a_failing_step_holds_for_a_human_never_approves() -> None:
    result = run([Boom(), Fixed("ok", Verdict())], make_input("x"), make_context(), timeout=1)
    assert result.action is Action.HOLD
    assert SYSTEM_ERROR in result.reasons
    assert "RuntimeError" in result.notes[0]


def test_a_slow_step_holds_for_a_human() -> None:
    result = run([Slow()], make_input("x"), make_context(), timeout=0.05)
    assert result.action is Action.HOLD
    assert result.reasons == [SYSTEM_ERROR]
