"""Moderation through a real Celery worker and the local Redis broker.

Skipped, saying so, when Redis is not reachable on 127.0.0.1:6379.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import override_settings

from tests.factories import redis_test_url, redis_up

REDIS_URL = redis_test_url(15)

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not redis_up(REDIS_URL), reason="Redis is not running on 127.0.0.1:6379"),
]


@pytest.fixture
def celery_worker_thread() -> Iterator[Any]:
    from celery.contrib.testing.worker import start_worker

    from tribune.config.celery import app
    from tribune.tasks import celery_tasks  # noqa: F401  registers tribune.run_task

    previous = app.conf.broker_url, app.conf.task_default_queue
    # A queue of this run's own: another test run on the machine may share the Redis database.
    app.conf.update(
        broker_url=REDIS_URL,
        result_backend=None,
        task_always_eager=False,
        task_default_queue=f"tribune-test-{os.getpid()}",
    )
    _forget_queues(app)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10) as worker:
            yield worker
    finally:
        app.conf.broker_url, app.conf.task_default_queue = previous
        _forget_queues(app)


def _forget_queues(app: Any) -> None:
    # Celery caches the queue declarations on first use; drop them so the queue setting applies.
    for cached in ("queues", "default_queue", "router"):
        app.amqp.__dict__.pop(cached, None)


def _wait_for(predicate: Any, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.django_db(transaction=True)
def test_comment_is_moderated_by_a_celery_worker(article, fake_scorer, celery_worker_thread) -> None:
    from tribune.comments.enums import CommentStatus
    from tribune.comments.models import Comment
    from tribune.comments.services import comment_submit

    with override_settings(TASKS_BACKEND="celery"):
        comment = comment_submit(article=article, author_name="Ava", body="You absolute idiot")
    assert _wait_for(lambda: Comment.objects.get(pk=comment.pk).status != CommentStatus.PENDING)
    stored = Comment.objects.get(pk=comment.pk)
    assert stored.status == CommentStatus.REJECTED
    assert stored.decisions.get().guidelines == ["personal_attack"]
