"""Scale mode end to end: gunicorn, two Celery workers, PostgreSQL and the local Redis (DB 1).

Comments are posted while no worker runs, every task is published twice more
(duplicate deliveries), then two workers race over the queue: each comment
ends with exactly one system decision. Readiness and metrics are read from
the running web server. Skipped, saying why, without PostgreSQL or Redis.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import redis_up
from tests.faults.harness import SHARED_REDIS_URL, Stack, postgres_up, run_name

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not postgres_up(), reason="PostgreSQL is not running on 127.0.0.1:5432"),
    pytest.mark.skipif(not redis_up(SHARED_REDIS_URL), reason=f"Redis is not running at {SHARED_REDIS_URL}"),
]
QUEUE = run_name("scale-tests")
DB_NAME = run_name("scale_workers")


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    extra_env = {
        "TRIBUNE_TASK_QUEUE": QUEUE,
        "TRIBUNE_WORKER_DB_REUSE_MAX": "50",
        # Production settings demand these; the test site speaks plain HTTP on loopback.
        "TRIBUNE_SECRET_KEY": secrets.token_urlsafe(50),
        "TRIBUNE_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TRIBUNE_SSL_REDIRECT": "false",
    }
    try:
        with Stack.create(
            tmp_path,
            db_name=DB_NAME,
            broker_url=SHARED_REDIS_URL,
            settings_module="tribune.config.settings.production",
            extra_env=extra_env,
        ) as stack:
            yield stack
    finally:
        import redis

        client = redis.Redis.from_url(SHARED_REDIS_URL)
        client.delete(*[k for k in client.keys(f"{QUEUE}*")] or [QUEUE])


def test_two_workers_decide_each_comment_once_despite_duplicate_deliveries(stack: Stack) -> None:
    stack.start_web()
    status, ready = stack.get_json("/health/ready")
    assert status == 200 and ready["checks"] == {"database": "ok", "broker": "ok"}, ready

    ids = []
    for i in range(12):
        code, cid, _ = stack.post(f"Reader {i} asks who fired the rockets at the base.", author=f"Reader {i}")
        assert code == 202 and cid is not None
        ids.append(cid)
    code = (
        "from tribune.tasks.api import enqueue_now; "
        f"print(sum(enqueue_now('moderation.moderate_comment', comment_id=i) for i in {ids} for _ in range(2)))"
    )
    assert stack.manage("shell", "-c", code).strip().splitlines()[-1] == str(2 * len(ids))
    status, metrics = stack._get("/metrics")
    assert status == 200
    assert f'tribune_broker_queue_messages{{queue="{QUEUE}"}} {3 * len(ids)}.0' in metrics.decode()
    assert f"tribune_moderation_backlog {len(ids)}.0" in metrics.decode()

    stack.start_worker("alpha", pool="prefork", concurrency=2)
    stack.start_worker("beta")
    assert stack.wait_decided(ids, timeout=90), stack.log("alpha")[-2000:]
    assert wait_drained(stack, 3 * len(ids))
    stack.assert_decided_exactly_once(ids)
    assert "alpha@" in stack.log("alpha") and "succeeded" in stack.log("beta"), "both workers must take tasks"


def wait_drained(stack: Stack, expected: int) -> bool:
    from tests.faults.harness import wait_until

    def done() -> bool:
        return sum(stack.log(k).count("succeeded in") for k in ("alpha", "beta")) >= expected

    return wait_until(done, 60)
