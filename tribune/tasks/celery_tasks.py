"""The single Celery task, dispatching to the named task registry."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from tribune.tasks.registry import get_task


@shared_task(name="tribune.run_task", bind=True, max_retries=5, acks_late=True)
def run_task(self: Any, name: str, payload: dict[str, Any]) -> None:
    try:
        get_task(name)(**payload)
    except Exception as exc:  # retried; the comment stays pending meanwhile
        raise self.retry(exc=exc, countdown=5) from exc
