"""Fault (d): a step that raises or hangs, on a real Celery worker, fails closed to human review."""

from __future__ import annotations

import pytest

from tests.faults.harness import Stack

pytestmark = [pytest.mark.services, pytest.mark.faults]


def test_raising_and_hanging_steps_hold_for_a_human(stack: Stack) -> None:
    stack.start_worker("steps")
    log = stack.log("steps")
    assert "moderation model" in log and log.index("moderation model") < log.index(" ready."), (
        "the worker must load the model once, before it takes tasks"
    )
    posted = {
        "raise": stack.post("[raise] The launcher truck was seized near the base.", author="Raiser"),
        "hang": stack.post("[hang] Security forces seized the launcher truck.", author="Hanger"),
        "clean": stack.post("Thank you for the clear report on the rocket strike.", author="Clean"),
    }
    assert all(status == 202 for status, _, _ in posted.values()), posted
    ids = {name: cid for name, (_, cid, _) in posted.items()}
    assert stack.wait_decided(list(ids.values()), timeout=60), stack.log("steps")[-3000:]

    state = stack.assert_decided_exactly_once(list(ids.values()))
    for name in ("raise", "hang"):
        outcome, reasons = state[ids[name]]["decisions"][0]
        assert outcome == "held" and "system_error" in reasons, (name, state[ids[name]])
        assert state[ids[name]]["status"] == "pending"
    _, clean_reasons = state[ids["clean"]]["decisions"][0]
    assert "system_error" not in clean_reasons
