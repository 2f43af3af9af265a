"""Fault (c): PostgreSQL drops the worker's (and the web's) connections while they work.

``pg_terminate_backend`` ends the worker's session in the middle of a task;
the task raises, is retried with backoff on a fresh connection and decides
the comment once. The web side's kept-alive connection is checked before
reuse (``CONN_HEALTH_CHECKS``), so the next POST after a drop still succeeds.
"""

from __future__ import annotations

import time

import pytest

from tests.faults.harness import WORKER_APP, Stack

pytestmark = [pytest.mark.services, pytest.mark.faults]


def test_dropped_connections_are_reopened_and_every_comment_decided_once(stack: Stack) -> None:
    stack.start_worker("resilient", TRIBUNE_FAULT_SLOW_SECONDS="1.0", TRIBUNE_FAULT_STEP_TIMEOUT="30")
    ids: list[int] = []
    terminated = 0
    for i in range(6):
        body = f"[slow] Comment {i} on the rockets." if i % 2 == 0 else f"Comment {i} on the seized truck."
        status, cid, _ = stack.post(body, author=f"Writer {i}")
        assert status == 202 and cid is not None
        ids.append(cid)
        time.sleep(0.5)  # the worker is inside the slow step now: cut its connection
        terminated += stack.terminate_backends(WORKER_APP)
        terminated += stack.terminate_backends("tribune-web")
    assert terminated > 0, "no backend was terminated: the test did not inject its fault"
    assert stack.wait_decided(ids, timeout=60), (stack.undecided(ids), stack.log("resilient")[-3000:])
    stack.assert_decided_exactly_once(ids)
    assert "retrying in" in stack.log("resilient"), "no task saw its connection drop"
