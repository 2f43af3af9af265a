from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import comment_row
from tribune.moderation.services import comment_moderate
from tribune.ops.metrics import clear_cache


@pytest.fixture(autouse=True)
def fresh_metrics(settings: Any) -> Iterator[None]:
    settings.TRIBUNE_METRICS_CACHE_SECONDS = 0
    clear_cache()
    yield
    clear_cache()


def test_live_needs_nothing(client: Client) -> None:
    response = client.get("/health/live")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready_checks_the_database_only_when_moderating_inline(client: Client) -> None:
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "failed": [], "checks": {"database": "ok"}}


@pytest.mark.django_db
def test_ready_is_503_naming_the_broker_when_it_is_down(
    client: Client, settings: Any, dead_broker: Any
) -> None:
    settings.TASKS_BACKEND = "celery"
    response = client.get("/health/ready")
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "unavailable" and body["failed"] == ["broker"]
    assert body["checks"]["database"] == "ok" and body["checks"]["broker"] != "ok"


@pytest.mark.django_db
def test_ready_is_503_naming_the_database_when_it_fails(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.db import OperationalError

    from tribune.ops import checks

    class BrokenCursor:
        def __enter__(self) -> Any:
            raise OperationalError("server closed the connection unexpectedly")

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(checks.connection, "cursor", lambda: BrokenCursor())
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["failed"] == ["database"]
    assert "server closed the connection" in response.json()["checks"]["database"]


@pytest.mark.django_db
def test_metrics_report_queues_decisions_latency_and_model(
    client: Client, article: Any, fake_scorer: Any
) -> None:
    waiting = comment_row(article=article, submitted_at=timezone.now() - timedelta(seconds=90))
    rejected = comment_row(article=article, body="The author is an idiot")
    held = comment_row(article=article, body="maybe rude remark")
    for comment in (rejected, held):
        comment_moderate(comment_id=comment.pk)
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    text = response.content.decode()
    assert "tribune_moderation_backlog 1.0" in text
    assert "tribune_review_queue 1.0" in text
    oldest = float(
        next(
            line for line in text.splitlines() if line.startswith("tribune_moderation_backlog_oldest")
        ).split()[-1]
    )
    assert 89 <= oldest < 200
    assert (
        'tribune_moderation_decisions_total{decided_by="system",guideline="personal_attack",outcome="rejected"} 1.0'
        in text
    )
    assert (
        'tribune_moderation_decisions_total{decided_by="system",guideline="personal_attack",outcome="held"} 1.0'
        in text
    )
    assert 'tribune_decision_latency_seconds_count{decided_by="system"} 2.0' in text
    assert 'tribune_decision_latency_seconds_bucket{decided_by="system",le="+Inf"} 2.0' in text
    assert 'tribune_model_info{version="fake-scorer.v1"} 1.0' in text
    assert "tribune_broker_queue_messages" not in text  # inline moderation has no broker
    assert waiting.pk


@pytest.mark.django_db
def test_metrics_refuse_other_addresses_unless_they_bring_the_token(client: Client, settings: Any) -> None:
    settings.TRIBUNE_METRICS_ALLOWED_IPS = ["10.0.0.0/8"]
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.9").status_code == 403
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    settings.TRIBUNE_METRICS_TOKEN = "scrape-me"
    assert (
        client.get("/metrics", REMOTE_ADDR="192.0.2.9", HTTP_AUTHORIZATION="Bearer nope").status_code == 403
    )
    ok = client.get("/metrics", REMOTE_ADDR="192.0.2.9", HTTP_AUTHORIZATION="Bearer scrape-me")
    assert ok.status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.9", HTTP_X_FORWARDED_FOR="10.1.2.3").status_code == 403


@pytest.mark.django_db
def test_metrics_are_cached_for_the_configured_time(client: Client, article: Any, settings: Any) -> None:
    settings.TRIBUNE_METRICS_CACHE_SECONDS = 60
    clear_cache()
    assert "tribune_moderation_backlog 0.0" in client.get("/metrics").content.decode()
    comment_row(article=article)
    assert "tribune_moderation_backlog 0.0" in client.get("/metrics").content.decode()
    clear_cache()
    assert "tribune_moderation_backlog 1.0" in client.get("/metrics").content.decode()
