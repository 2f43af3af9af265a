"""Settings for the web and worker subprocesses of the scale and fault tests.

The production settings (PostgreSQL from ``DATABASE_URL``, Celery from
``CELERY_BROKER_URL``) plus the fault-injection steps before the classifier,
a short step timeout, and rate limits high enough for a burst from one address.
"""

from __future__ import annotations

import os

import tests.faults.steps  # noqa: F401  registers fault_slow, fault_raise, fault_hang
from tribune.config.settings.base import *
from tribune.config.settings.base import TRIBUNE_DOOR, TRIBUNE_MODERATION

TRIBUNE_MODERATION = {
    **TRIBUNE_MODERATION,
    "STEPS": [
        "length",
        "article_open",
        "rate_limit",
        "duplicate",
        "promotion",
        "fault_slow",
        "fault_raise",
        "fault_hang",
        "classifier",
    ],
    # Short, so a hanging step is cut off quickly; the kill tests raise it so a slow step is not.
    "STEP_TIMEOUT_SECONDS": float(os.environ.get("TRIBUNE_FAULT_STEP_TIMEOUT", "1.5")),
    "RATE_LIMIT_PER_AUTHOR": 1000,
    "RATE_LIMIT_PER_IP": 100000,
}
# Every test POSTs from 127.0.0.1 to one web server per package run: the door's per-address limit
# would refuse the later tests' comments (the per-author limit still applies).
TRIBUNE_DOOR = {**TRIBUNE_DOOR, "PER_IP": 100000}
