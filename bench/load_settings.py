"""Django settings of the load test's processes: the embedded ``base`` settings plus worker connection reuse.

Celery's Django fix-up closes the database connection after every task unless
``CELERY_DB_REUSE_MAX`` is set, whatever ``CONN_MAX_AGE`` says; a new
PostgreSQL connection per comment was an eighth of a worker's time in the first
profile. Where ``base`` already sets it, its value stands.
"""

from __future__ import annotations

from tribune.config.env import env_int
from tribune.config.settings.base import *

if "CELERY_DB_REUSE_MAX" not in globals():
    CELERY_DB_REUSE_MAX = env_int("TRIBUNE_WORKER_DB_REUSE_MAX", 100)
