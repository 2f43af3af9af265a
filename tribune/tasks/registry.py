"""Named background tasks: ``@task("moderation.moderate_comment")``.

Task functions take JSON-serialisable keyword arguments only (ids, not rows),
so the same call works in-process and through a Celery worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TaskFunction = Callable[..., Any]
TASKS: dict[str, TaskFunction] = {}


class TaskDeclarationError(Exception):
    """Raised when two functions claim one name or a name is unknown."""


def task(name: str) -> Callable[[TaskFunction], TaskFunction]:
    """Register ``func`` under ``name``."""

    def register(func: TaskFunction) -> TaskFunction:
        if name in TASKS and TASKS[name] is not func:
            raise TaskDeclarationError(f"task {name!r} is already registered")
        TASKS[name] = func
        return func

    return register


def get_task(name: str) -> TaskFunction:
    try:
        return TASKS[name]
    except KeyError:
        raise TaskDeclarationError(f"unknown task {name!r}; known: {sorted(TASKS)}") from None
