"""How many tasks wait in the broker's queue (Redis list or RabbitMQ queue), when it answers.

broker_queue_length("tribune")   # 12, or None when the broker or the queue is unavailable
"""

from __future__ import annotations

import logging

logger = logging.getLogger("tribune.ops")
TIMEOUT_SECONDS = 2.0


def broker_queue_length(queue: str) -> int | None:
    """Messages ready in ``queue`` (not counting those a worker holds unacknowledged), or None."""
    from tribune.tasks.celery_app import celery_app

    app = celery_app()

    try:
        with app.connection_for_read() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=TIMEOUT_SECONDS)
            declared = conn.default_channel.queue_declare(queue=queue, passive=True)
            return int(declared.message_count)
    except Exception as exc:  # noqa: BLE001  a missing queue or a dead broker: the metric is left out
        logger.info("broker queue length unavailable: %s: %s", type(exc).__name__, exc)
        return None
