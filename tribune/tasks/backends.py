"""Where a task runs: in this process (default) or on a Celery worker."""

from __future__ import annotations

import json
import logging
from typing import Any, Protocol

from tribune.tasks.celery_app import celery_app
from tribune.tasks.registry import get_task

logger = logging.getLogger("tribune.tasks")
RUN_TASK = "tribune.run_task"


class Backend(Protocol):
    def submit(self, name: str, payload: dict[str, Any]) -> bool: ...


class InlineBackend:
    """Runs the task now, in this process, after a JSON round trip of its payload.

    The round trip keeps tasks honest: what works inline also works on Celery.
    A failing task is logged and swallowed: the caller's data is already
    committed, and the work stays findable (e.g. a comment still pending).
    """

    def submit(self, name: str, payload: dict[str, Any]) -> bool:
        func = get_task(name)
        try:
            func(**json.loads(json.dumps(payload)))
        except Exception:
            logger.exception("task %s failed inline with %s", name, payload)
            return False
        return True


class CeleryBackend:
    """Hands the task to a Celery worker through the broker.

    Publishing is bounded (``CELERY_BROKER_CONNECTION_TIMEOUT`` and the publish
    retry policy): when the broker is down this logs, returns False and lets
    the caller's request finish. The work is already stored, so the sweeper
    (``tribune.sweep_pending``) enqueues it once the broker is back.
    """

    def submit(self, name: str, payload: dict[str, Any]) -> bool:
        app = celery_app()  # the configured app, not Celery's default one

        get_task(name)  # unknown names fail here, not on the worker
        try:
            app.send_task(RUN_TASK, args=(name, payload))
        except Exception as exc:  # noqa: BLE001  a dead broker must not fail the request; the sweeper retries
            logger.error(
                "could not publish task %s %s (%s: %s); the sweeper will enqueue it again",
                name, payload, type(exc).__name__, exc,
            )  # fmt: skip
            return False
        return True


def get_backend(kind: str) -> Backend:
    if kind == "celery":
        return CeleryBackend()
    return InlineBackend()
