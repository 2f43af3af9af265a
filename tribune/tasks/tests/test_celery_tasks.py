"""``run_task`` through Celery's own machinery (eager apply), without a broker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tribune.config.celery import app
from tribune.tasks import celery_tasks
from tribune.tasks.registry import TASKS, task

# run_task drops stale connections first, which touches the (test) database.
pytestmark = pytest.mark.django_db


@pytest.fixture
def flaky() -> Iterator[dict[str, int]]:
    state = {"calls": 0, "fail_times": 2}

    @task("tests.flaky")
    def run(**payload: Any) -> None:
        state["calls"] += 1
        if state["calls"] <= state["fail_times"]:
            raise ConnectionError("database went away")

    yield state
    TASKS.pop("tests.flaky")


def test_task_options_survive_a_killed_worker() -> None:
    run_task = app.tasks["tribune.run_task"]
    assert run_task.acks_late is True and run_task.reject_on_worker_lost is True
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.worker_proc_alive_timeout >= 30  # children load the model before reporting ready


def test_failures_are_retried_with_growing_backoff(
    flaky: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[int] = []
    real = celery_tasks.retry_countdown

    def spy(**kwargs: Any) -> float:
        attempts.append(kwargs["attempt"])
        return real(**kwargs)

    monkeypatch.setattr(celery_tasks, "retry_countdown", spy)
    result = app.tasks["tribune.run_task"].apply(args=("tests.flaky", {}))
    assert result.successful()
    assert flaky["calls"] == 3 and attempts == [0, 1]


def test_retries_are_bounded(flaky: dict[str, int], settings: Any) -> None:
    flaky["fail_times"] = 100
    settings.TRIBUNE_TASK_RETRY = {"MAX_RETRIES": 2, "BASE_SECONDS": 1.0, "CAP_SECONDS": 1.0}
    result = app.tasks["tribune.run_task"].apply(args=("tests.flaky", {}))
    assert result.failed()
    assert flaky["calls"] == 3  # the first run and two retries, then the sweeper's turn


def test_beat_schedules_the_sweeper() -> None:
    entry = app.conf.beat_schedule["tribune-sweep-pending"]
    assert entry["task"] == "tribune.run_task" and entry["args"][0] == "moderation.sweep_pending"
    assert "moderation.sweep_pending" in TASKS
