"""Production: PostgreSQL, Celery on Redis, DEBUG off. Secrets come from the environment."""

from __future__ import annotations

import os

os.environ.setdefault("TRIBUNE_DB", "postgres")
os.environ.setdefault("TRIBUNE_TASKS_BACKEND", "celery")
os.environ.setdefault("TRIBUNE_DEBUG", "false")

from tribune.config.settings.base import *

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
