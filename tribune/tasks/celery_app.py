"""The configured Celery app, found through a setting, like ``ROOT_URLCONF``.

The app itself is built by the project (``tribune.config.celery``), which wires
every app together and so sits above them all; the queue seam and the ops pages
reach it by name (``settings.TRIBUNE_CELERY_APP``) instead of importing upward::

    celery_app().send_task(...)
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

SETTING = "TRIBUNE_CELERY_APP"


def celery_app() -> Any:
    """The Celery app ``settings.TRIBUNE_CELERY_APP`` names (read at call time, so tests can swap it)."""
    path = getattr(settings, SETTING, "")
    if not path:
        raise ImproperlyConfigured(f"{SETTING} must name the Celery app, e.g. 'tribune.config.celery.app'")
    return import_string(path)
