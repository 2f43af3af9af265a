"""Readiness checks: can this process reach what it needs to accept and moderate comments?

    results = readiness_checks()          # [CheckResult("database", True, "ok"), ...]

The database is always checked; the broker only when moderation runs on Celery
(``TASKS_BACKEND = "celery"``). Each check is bounded by a short timeout so a
dead dependency makes the probe fail fast instead of hang.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connection

BROKER_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class CheckResult:
    """One dependency's state.

    name (str): ``database`` or ``broker``.
    ok (bool): reachable and answering.
    detail (str): ``ok``, or the error's class and message.
    """

    name: str
    ok: bool
    detail: str


def _failure(name: str, exc: Exception) -> CheckResult:
    return CheckResult(name, False, f"{type(exc).__name__}: {exc}"[:300])


def check_database() -> CheckResult:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001  any failure is the health check's answer, not a crash
        return _failure("database", exc)
    return CheckResult("database", True, "ok")


def check_broker() -> CheckResult:
    from tribune.tasks.celery_app import celery_app

    app = celery_app()

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(
                max_retries=1, interval_start=0, interval_step=0, timeout=BROKER_TIMEOUT_SECONDS
            )
    except Exception as exc:  # noqa: BLE001  any failure is the health check's answer, not a crash
        return _failure("broker", exc)
    return CheckResult("broker", True, "ok")


def readiness_checks() -> list[CheckResult]:
    """Every check that applies to this configuration, in a fixed order."""
    results = [check_database()]
    if settings.TASKS_BACKEND == "celery":
        results.append(check_broker())
    return results
