"""Celery app, imported only by workers and beat: ``tribune worker`` / ``tribune beat``.

Each worker process loads the moderation models once when it starts (Celery's
``worker_process_init``: every prefork child after the fork, and the solo
pool before it consumes), so no task pays for loading them.
"""

from __future__ import annotations

import os
from typing import Any

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tribune.config.settings.base")

app = Celery("tribune")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["tribune.tasks"], related_name="celery_tasks")


@worker_process_init.connect
def _warm_worker_process(**kwargs: Any) -> None:
    from tribune.moderation.services.warmup import moderation_warm_up

    moderation_warm_up()
