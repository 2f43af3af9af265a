"""``enqueue``: the only way app code starts background work.

    enqueue("moderation.moderate_comment", comment_id=comment.id)

The task runs after the current transaction commits, so it always sees the
rows that asked for it; on the embedded default it runs in-process.
``enqueue_now`` hands a task over at once and says whether that worked, for
callers outside any transaction (the sweeper).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction

from tribune.tasks.backends import get_backend


def enqueue(name: str, **payload: Any) -> None:
    """Run task ``name`` with ``payload`` once the current transaction commits."""
    backend = get_backend(settings.TASKS_BACKEND)
    transaction.on_commit(lambda: backend.submit(name, payload))


def enqueue_now(name: str, **payload: Any) -> bool:
    """Hand task ``name`` to the backend now; False when it could not be (broker down, task failed inline)."""
    return get_backend(settings.TASKS_BACKEND).submit(name, payload)
