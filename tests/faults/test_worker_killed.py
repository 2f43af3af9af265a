"""Fault (a): a worker killed with SIGKILL mid-task; late acknowledgement delivers the task again.

Two ways a worker dies: the whole worker (solo pool) — the unacknowledged
message comes back after the broker's visibility timeout and a new worker
decides it; or one prefork child — the parent sees it lost and rejects the
message back to the queue at once (``reject_on_worker_lost``).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.faults.harness import Stack, wait_until

pytestmark = [pytest.mark.services, pytest.mark.faults]


def _post_all(stack: Stack, bodies: list[str], author: str) -> list[int]:
    ids = []
    for i, body in enumerate(bodies):
        status, cid, _ = stack.post(body, author=f"{author} {i}")
        assert status == 202 and cid is not None
        ids.append(cid)
    return ids


def _in_slow_step(stack: Stack, key: str) -> bool:
    return "Task tribune.run_task" in stack.log(key) and "received" in stack.log(key)


def test_killed_solo_worker_task_is_redelivered_to_a_new_worker(stack: Stack) -> None:
    stack.start_worker("doomed", TRIBUNE_FAULT_SLOW_SECONDS="30", TRIBUNE_FAULT_STEP_TIMEOUT="60")
    slow = _post_all(stack, ["[slow] The air base was hit by several rockets."], "Slow")
    assert wait_until(lambda: _in_slow_step(stack, "doomed"), 20), stack.log("doomed")[-2000:]
    time.sleep(1.0)  # inside the 30 s step now
    stack.kill("doomed", signal.SIGKILL)
    assert stack.undecided(slow) == slow, "the killed worker must not have decided"

    queued = _post_all(
        stack, [f"Comment {i} on the strike and the seized launcher." for i in range(4)], "After"
    )
    stack.start_worker("rescuer", TRIBUNE_FAULT_SLOW_SECONDS="0")
    ids = slow + queued
    assert stack.wait_decided(ids, timeout=45), stack.log("rescuer")[-3000:]
    stack.assert_decided_exactly_once(ids)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_killed_prefork_child_task_is_requeued_at_once(stack: Stack) -> None:
    parent = stack.start_worker(
        "prefork",
        pool="prefork",
        concurrency=1,
        TRIBUNE_FAULT_SLOW_SECONDS="4",
        TRIBUNE_FAULT_STEP_TIMEOUT="60",
    )
    assert wait_until(lambda: bool(_children(parent.pid)), 20)
    ids = _post_all(stack, ["[slow] Rockets struck the base in Anbar province."], "Child")
    assert wait_until(lambda: _in_slow_step(stack, "prefork"), 20), stack.log("prefork")[-2000:]
    time.sleep(1.0)
    child = _children(parent.pid)[0]
    os.kill(child, signal.SIGKILL)
    ids += _post_all(stack, [f"Note {i} about the seized truck." for i in range(3)], "Child after")
    # The same worker's new child gets it back at once, not after the broker's visibility timeout.
    assert stack.wait_decided(ids, timeout=45), stack.log("prefork")[-3000:]
    assert "WorkerLostError" in stack.log("prefork") or "signal 9" in stack.log("prefork")
    stack.assert_decided_exactly_once(ids)
