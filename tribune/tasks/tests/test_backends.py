from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tribune.tasks.backends import CeleryBackend, InlineBackend, get_backend
from tribune.tasks.registry import TASKS, TaskDeclarationError, task


@pytest.fixture
def recorded() -> Iterator[list[dict[str, Any]]]:
    calls: list[dict[str, Any]] = []

    @task("tests.record")
    def record(**payload: Any) -> None:
        calls.append(payload)

    @task("tests.explode")
    def explode(**payload: Any) -> None:
        raise RuntimeError("boom")

    yield calls
    TASKS.pop("tests.record")
    TASKS.pop("tests.explode")


def test_inline_runs_after_a_json_round_trip(recorded: list[dict[str, Any]]) -> None:
    assert InlineBackend().submit("tests.record", {"comment_id": 7}) is True
    assert recorded == [{"comment_id": 7}]


def test_inline_failure_is_logged_and_reported(recorded: list[dict[str, Any]], caplog: Any) -> None:
    assert InlineBackend().submit("tests.explode", {}) is False
    assert "failed inline" in caplog.text


def test_celery_backend_with_a_dead_broker_returns_quickly_and_says_so(
    recorded: list[dict[str, Any]], caplog: Any, dead_broker: Any
) -> None:
    started = time.monotonic()
    handed = CeleryBackend().submit("tests.record", {"comment_id": 1})
    elapsed = time.monotonic() - started
    assert handed is False
    assert elapsed < 8.0, f"publishing to a dead broker took {elapsed:.1f}s"
    assert "the sweeper will enqueue it again" in caplog.text
    assert recorded == []


def test_unknown_task_names_fail_at_the_caller() -> None:
    with pytest.raises(TaskDeclarationError):
        CeleryBackend().submit("tests.nope", {})


def test_backend_choice() -> None:
    assert isinstance(get_backend("celery"), CeleryBackend)
    assert isinstance(get_backend("inline"), InlineBackend)
