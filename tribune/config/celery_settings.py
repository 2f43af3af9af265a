"""Celery settings for scale mode, imported into ``base`` (Django names, ``CELERY_`` prefix).

The broker is ``CELERY_BROKER_URL`` (or the older ``TRIBUNE_BROKER_URL``): Redis
(``redis://host:6379/0``) or RabbitMQ (``amqp://user:pass@host:5672//``). What makes
moderation survive faults:

* late acknowledgement and ``reject_on_worker_lost``: a task is acknowledged only
  after it ran, so a worker killed mid-task leaves its message to be delivered
  again (at once on RabbitMQ and for a lost prefork child; on Redis after
  ``TRIBUNE_BROKER_VISIBILITY_TIMEOUT`` seconds);
* bounded publishing: a POST whose broker is down gives up after about two
  seconds, the comment stays stored and pending, and the sweeper re-enqueues it;
* retries with capped, jittered exponential backoff (``TRIBUNE_TASK_RETRY``);
* the periodic sweeper (``tribune beat``) re-enqueues comments left pending and
  never moderated for longer than ``TRIBUNE_SWEEP["GRACE_SECONDS"]``.
"""

from __future__ import annotations

from typing import Any

from tribune.config.env import env_int, env_str

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", env_str("TRIBUNE_BROKER_URL", "redis://127.0.0.1:6379/0"))
CELERY_TASK_DEFAULT_QUEUE = env_str("TRIBUNE_TASK_QUEUE", "tribune")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A prefork child loads the model before it reports for work; Celery's default 4 s is too short on a
# busy machine, and the parent would kill and respawn children for ever.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = float(env_int("TRIBUNE_WORKER_START_TIMEOUT", 60))

# Publishing from a web request must not hang on a dead broker: ~2 s connect, two quick retries.
CELERY_BROKER_CONNECTION_TIMEOUT = float(env_int("TRIBUNE_BROKER_CONNECT_TIMEOUT", 2))
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}


def _transport_options(url: str) -> dict[str, Any]:
    if not url.startswith(("redis://", "rediss://", "redis+socket://")):
        return {}
    return {
        # An unacknowledged message (its worker died) is delivered again after this long.
        # It must outlast the longest task and the longest retry countdown (see TRIBUNE_TASK_RETRY).
        "visibility_timeout": env_int("TRIBUNE_BROKER_VISIBILITY_TIMEOUT", 900),
        "unacked_restore_interval": env_int("TRIBUNE_BROKER_RESTORE_INTERVAL", 10),
        "unacked_restore_throttle": 1,
        "socket_connect_timeout": CELERY_BROKER_CONNECTION_TIMEOUT,
        "socket_timeout": 10,
        "retry_on_timeout": True,
    }


CELERY_BROKER_TRANSPORT_OPTIONS = _transport_options(CELERY_BROKER_URL)

# Retries of a task whose run raised (e.g. the database went away): 2, 4, 8, … s, capped, jittered.
TRIBUNE_TASK_RETRY = {
    "MAX_RETRIES": env_int("TRIBUNE_TASK_MAX_RETRIES", 8),
    "BASE_SECONDS": float(env_int("TRIBUNE_TASK_RETRY_BASE", 2)),
    "CAP_SECONDS": float(env_int("TRIBUNE_TASK_RETRY_CAP", 300)),
}

# The sweeper: comments pending and never moderated for GRACE_SECONDS are enqueued again.
TRIBUNE_SWEEP = {
    "INTERVAL_SECONDS": env_int("TRIBUNE_SWEEP_INTERVAL", 60),
    "GRACE_SECONDS": env_int("TRIBUNE_SWEEP_GRACE", 120),
    "LIMIT": env_int("TRIBUNE_SWEEP_LIMIT", 500),
}
# How many waiting comments one moderation task may decide together, in one scorer call
# (tribune.moderation.services.batch); unset: 16 on Celery with PostgreSQL, 1 otherwise.
TRIBUNE_MODERATION_BATCH = env_int("TRIBUNE_MODERATION_BATCH", 0) or None
CELERY_BEAT_SCHEDULE = {
    "tribune-sweep-pending": {
        "task": "tribune.run_task",
        "args": ("moderation.sweep_pending", {}),
        "schedule": float(TRIBUNE_SWEEP["INTERVAL_SECONDS"]),
        "options": {"expires": float(TRIBUNE_SWEEP["INTERVAL_SECONDS"])},
    }
}

# Workers keep their database connection across tasks (Celery closes it every 2×N tasks);
# each task first drops a connection that failed or outlived CONN_MAX_AGE (see tribune.tasks.celery_tasks).
CELERY_DB_REUSE_MAX = env_int("TRIBUNE_WORKER_DB_REUSE_MAX", 100)
