"""Celery app, imported only by workers: ``celery -A tribune.config.celery worker``."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tribune.config.settings.base")

app = Celery("tribune")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["tribune.tasks"], related_name="celery_tasks")
