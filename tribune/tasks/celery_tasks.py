"""The single Celery task, dispatching to the named task registry.

A task is acknowledged only after it ran (``acks_late``), and given back to the
broker if its worker process dies (``reject_on_worker_lost``). A run that
raises (the database went away, a deadlock) is retried with capped, jittered
exponential backoff; after the last retry the work is still findable (a
comment stays pending and unmoderated) and the sweeper enqueues it again.
Registered tasks are idempotent, so a second delivery does nothing twice.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import close_old_connections

from tribune.tasks.registry import get_task
from tribune.tasks.retry import retry_countdown

logger = logging.getLogger("tribune.tasks")


@shared_task(name="tribune.run_task", bind=True, acks_late=True, reject_on_worker_lost=True)
def run_task(self: Any, name: str, payload: dict[str, Any]) -> None:
    """Run registered task ``name`` with ``payload``; retry it with backoff when it raises."""
    # Drop a connection that broke or outlived CONN_MAX_AGE before using it (workers reuse them).
    close_old_connections()
    try:
        get_task(name)(**payload)
    except Exception as exc:
        close_old_connections()
        policy = settings.TRIBUNE_TASK_RETRY
        attempt = int(self.request.retries)
        countdown = retry_countdown(
            attempt=attempt, base=float(policy["BASE_SECONDS"]), cap=float(policy["CAP_SECONDS"])
        )
        logger.warning(
            "task %s %s failed (attempt %d, %s: %s); retrying in %.1fs",
            name, payload, attempt + 1, type(exc).__name__, exc, countdown,
        )  # fmt: skip
        raise self.retry(exc=exc, countdown=countdown, max_retries=int(policy["MAX_RETRIES"])) from exc
