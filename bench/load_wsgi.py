"""WSGI entry point of the load test's gunicorn: Tribune's, with the configured Celery app loaded.

Importing ``tribune.config.celery`` first makes the app configured from Django
settings (``TRIBUNE_BROKER_URL``) Celery's current app in each web process, so
comments are published to the load test's own Redis database even where the
task backend would otherwise fall back on Celery's default app and broker.
"""

from __future__ import annotations

import tribune.config.celery  # noqa: F401  (sets the current Celery app)
from tribune.config.wsgi import application

__all__ = ["application"]
