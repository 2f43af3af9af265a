"""Scale mode on RabbitMQ: the broker is chosen by URL alone (``CELERY_BROKER_URL=amqp://…``).

A worker killed with SIGKILL mid-task closes its AMQP channel, and RabbitMQ
delivers the unacknowledged message again at once. Skipped, saying why, when
PostgreSQL or RabbitMQ (127.0.0.1:5672) cannot be reached.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.harness import (
    RABBITMQ_URL,
    Stack,
    port_open,
    postgres_up,
    run_name,
    wait_until,
)

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not postgres_up(), reason="PostgreSQL is not running on 127.0.0.1:5432"),
    pytest.mark.skipif(not port_open("127.0.0.1", 5672), reason="RabbitMQ is not running on 127.0.0.1:5672"),
]
QUEUE = run_name("scale-tests")
DB_NAME = run_name("scale_rabbitmq")


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    extra_env = {"TRIBUNE_TASK_QUEUE": QUEUE, "TRIBUNE_FAULT_STEP_TIMEOUT": "60"}
    try:
        with Stack.create(tmp_path, db_name=DB_NAME, broker_url=RABBITMQ_URL, extra_env=extra_env) as stack:
            yield stack
    finally:
        _delete_queue()


def _delete_queue() -> None:
    from kombu import Connection

    with Connection(RABBITMQ_URL, connect_timeout=3) as conn:
        try:
            conn.default_channel.queue_delete(QUEUE)
        except Exception:  # noqa: BLE001, S110  cleanup of a queue that may not exist
            pass


def test_rabbitmq_worker_killed_mid_task_is_redelivered_and_decides_once(stack: Stack) -> None:
    stack.start_web()
    status, ready = stack.get_json("/health/ready")
    assert status == 200 and ready["checks"]["broker"] == "ok", ready
    stack.start_worker("doomed", TRIBUNE_FAULT_SLOW_SECONDS="30")
    code, slow_id, _ = stack.post("[slow] Rockets struck the base overnight.", author="Slow")
    assert code == 202 and slow_id is not None
    assert wait_until(lambda: "received" in stack.log("doomed"), 20), stack.log("doomed")[-2000:]
    time.sleep(1.0)
    stack.kill("doomed", signal.SIGKILL)
    assert stack.undecided([slow_id]) == [slow_id]

    ids = [slow_id]
    for i in range(4):
        code, cid, _ = stack.post(f"Question {i} about the seized launcher.", author=f"Asker {i}")
        assert code == 202 and cid is not None
        ids.append(cid)
    stack.start_worker("rescuer", pool="prefork", concurrency=1, TRIBUNE_FAULT_SLOW_SECONDS="0")
    assert stack.wait_decided(ids, timeout=45), stack.log("rescuer")[-3000:]
    stack.assert_decided_exactly_once(ids)
