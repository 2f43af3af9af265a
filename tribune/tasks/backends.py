"""Where a task runs: in this process (default) or on a Celery worker."""

from __future__ import annotations

import json
import logging
from typing import Any, Protocol

from tribune.tasks.registry import get_task

logger = logging.getLogger("tribune.tasks")


class Backend(Protocol):
    def submit(self, name: str, payload: dict[str, Any]) -> None: ...


class InlineBackend:
    """Runs the task now, in this process, after a JSON round trip of its payload.

    The round trip keeps tasks honest: what works inline also works on Celery.
    A failing task is logged and swallowed: the caller's data is already
    committed, and the work stays findable (e.g. a comment still pending).
    """

    def submit(self, name: str, payload: dict[str, Any]) -> None:
        func = get_task(name)
        try:
            func(**json.loads(json.dumps(payload)))
        except Exception:
            logger.exception("task %s failed inline with %s", name, payload)


class CeleryBackend:
    """Hands the task to a Celery worker through the broker."""

    def submit(self, name: str, payload: dict[str, Any]) -> None:
        from tribune.tasks.celery_tasks import run_task

        get_task(name)  # unknown names fail here, not on the worker
        run_task.delay(name, payload)


def get_backend(kind: str) -> Backend:
    if kind == "celery":
        return CeleryBackend()
    return InlineBackend()
