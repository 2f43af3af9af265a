"""The Prometheus exposition of ``/metrics``, built from the database at scrape time.

    body = render_metrics()      # text format 0.0.4, ready for a scrape

Why from the database: a site in scale mode runs many web and worker processes
on several machines. In-process counters would give each scrape the slice of
whichever process answered (prometheus_client's multiprocess mode only merges
processes of one machine). Decisions, queue depths and latencies are all rows
already, so every process reports the same totals; a decision counter never
goes down because decisions are append-only. Decision totals are aggregated
incrementally (``DecisionTally``: each row once, then only the last minutes),
and snapshots are cached per process for ``TRIBUNE_METRICS_CACHE_SECONDS``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from django.conf import settings
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    InfoMetricFamily,
    Metric,
)

from tribune.ops.broker import broker_queue_length
from tribune.ops.selectors import DecisionTally, MetricsSnapshot, metrics_snapshot

_lock = threading.Lock()
_cached: tuple[float, MetricsSnapshot, int | None] | None = None
_tally = DecisionTally()


def _read() -> tuple[MetricsSnapshot, int | None]:
    global _cached
    ttl = float(settings.TRIBUNE_METRICS_CACHE_SECONDS)
    with _lock:
        if _cached is not None and time.monotonic() < _cached[0]:
            return _cached[1], _cached[2]
        snapshot = metrics_snapshot(tally=_tally)
        queued = (
            broker_queue_length(settings.CELERY_TASK_DEFAULT_QUEUE)
            if settings.TASKS_BACKEND == "celery"
            else None
        )
        _cached = (time.monotonic() + ttl, snapshot, queued)
        return snapshot, queued


def clear_cache() -> None:
    """Forget the cached snapshot and the settled totals (tests, or another database)."""
    global _cached, _tally
    with _lock:
        _cached = None
        _tally = DecisionTally()


class TribuneCollector:
    """A prometheus_client collector yielding Tribune's metric families."""

    def collect(self) -> Iterator[Metric]:
        snap, queued = _read()
        yield GaugeMetricFamily(
            "tribune_moderation_backlog",
            "Comments stored, pending and not yet moderated by the system (waiting for a worker).",
            value=snap.backlog,
        )
        yield GaugeMetricFamily(
            "tribune_moderation_backlog_oldest_seconds",
            "Age of the oldest comment waiting for its first moderation (0 when none waits).",
            value=snap.backlog_oldest_seconds,
        )
        yield GaugeMetricFamily(
            "tribune_review_queue", "Comments the system held for a human moderator.", value=snap.review_queue
        )
        if queued is not None:
            broker = GaugeMetricFamily(
                "tribune_broker_queue_messages", "Tasks ready in the broker queue.", labels=["queue"]
            )
            broker.add_metric([settings.CELERY_TASK_DEFAULT_QUEUE], queued)
            yield broker
        decisions = CounterMetricFamily(
            "tribune_moderation_decisions",
            "Moderation decisions by outcome, guideline and decider (from the audit trail).",
            labels=["outcome", "guideline", "decided_by"],
        )
        for (outcome, guideline, decided_by), count in sorted(snap.decisions.items()):
            decisions.add_metric([outcome, guideline, decided_by], count)
        yield decisions
        latency = HistogramMetricFamily(
            "tribune_decision_latency_seconds",
            "Seconds from a comment's submission to a decision on it, by decider.",
            labels=["decided_by"],
        )
        for decided_by, hist in sorted(snap.latency.items()):
            buckets = [(_le(bound), count) for bound, count in hist.buckets] + [("+Inf", hist.count)]
            latency.add_metric([decided_by], buckets, sum_value=hist.sum_seconds)
        yield latency
        if snap.model_version:
            yield InfoMetricFamily(
                "tribune_model",
                "Model version of the latest system decision.",
                value={"version": snap.model_version},
            )


def _le(bound: float) -> str:
    return str(float(bound))


def render_metrics() -> bytes:
    """The whole exposition, text format."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(TribuneCollector())  # type: ignore[arg-type]
    return generate_latest(registry)
