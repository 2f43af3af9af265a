"""Database reads behind ``/metrics``: the same numbers whichever process or machine answers.

    snap = metrics_snapshot()
    snap.backlog, snap.review_queue, snap.decisions, snap.latency

Counts come from the database at scrape time, not from in-process counters:
the site runs several gunicorn and Celery processes on several machines, and
a per-process counter would show only the slice one process saw. Queue
depths use the ``status`` index (the pending set is small); decision counts
and the latency histogram aggregate the append-only decision table in SQL.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, DurationField, ExpressionWrapper, F, Max, Min, Q, QuerySet, Sum
from django.utils import timezone

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.enums import DecidedBy
from tribune.moderation.models import ModerationDecision

# A decision row is written as the last statement of its transaction; one created longer ago than
# this is taken to be committed (rows are settled once and never read again).
SETTLE_SECONDS = 120

# Seconds from submission to decision: the system decides in well under a second,
# people in minutes to hours.
LATENCY_BUCKETS: tuple[float, ...] = (
    0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600,
)  # fmt: skip
NO_GUIDELINE = "none"


@dataclass(frozen=True)
class LatencyHistogram:
    """Cumulative counts per upper bound (``le``), the total and the sum of seconds."""

    buckets: tuple[tuple[float, int], ...]
    count: int
    sum_seconds: float


@dataclass(frozen=True)
class MetricsSnapshot:
    """What ``/metrics`` reports.

    backlog (int): comments pending and never moderated (waiting for a worker).
    backlog_oldest_seconds (float): age of the oldest of those, 0 when there is none.
    review_queue (int): comments the system held for a human.
    decisions (dict[tuple[str, str, str], int]): (outcome, guideline, decided_by) -> count;
        a decision naming two guidelines counts under each, one naming none under ``none``.
    latency (dict[str, LatencyHistogram]): submitted -> decided seconds, by decided_by.
    model_version (str): the model of the latest system decision, "" before the first.
    """

    backlog: int
    backlog_oldest_seconds: float
    review_queue: int
    decisions: dict[tuple[str, str, str], int] = field(default_factory=dict)
    latency: dict[str, LatencyHistogram] = field(default_factory=dict)
    model_version: str = ""


def decision_counts(decisions: QuerySet[ModerationDecision] | None = None) -> dict[tuple[str, str, str], int]:
    """Decisions by (outcome, guideline, decided_by), aggregated in SQL by guideline combination.

    decisions (QuerySet | None): the rows to count; all of them by default.
    """
    base = ModerationDecision.objects.all() if decisions is None else decisions
    rows = base.order_by().values("outcome", "decided_by", "guidelines").annotate(n=Count("id"))
    counts: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        for guideline in row["guidelines"] or [NO_GUIDELINE]:
            counts[(row["outcome"], str(guideline), row["decided_by"])] += row["n"]
    return dict(counts)


def decision_latency(decisions: QuerySet[ModerationDecision] | None = None) -> dict[str, LatencyHistogram]:
    """Histogram of seconds from a comment's submission to each decision on it, per decider.

    decisions (QuerySet | None): the rows to measure; all of them by default.
    """
    base = ModerationDecision.objects.all() if decisions is None else decisions
    latency = ExpressionWrapper(F("created_at") - F("comment__submitted_at"), output_field=DurationField())
    aggregates = {
        f"le_{i}": Count("id", filter=Q(latency__lte=timedelta(seconds=bound)))
        for i, bound in enumerate(LATENCY_BUCKETS)
    }
    result: dict[str, LatencyHistogram] = {}
    for decided_by in DecidedBy.values:
        row = (
            base.filter(decided_by=decided_by)
            .annotate(latency=latency)
            .aggregate(total=Count("id"), seconds=Sum("latency"), **aggregates)
        )
        total = int(row["total"] or 0)
        spent = row["seconds"]
        result[decided_by] = LatencyHistogram(
            buckets=tuple((bound, int(row[f"le_{i}"] or 0)) for i, bound in enumerate(LATENCY_BUCKETS)),
            count=total,
            sum_seconds=spent.total_seconds() if isinstance(spent, timedelta) else float(spent or 0) / 1e6,
        )
    return result


def latest_model_version() -> str:
    version = (
        ModerationDecision.objects.filter(decided_by=DecidedBy.SYSTEM)
        .exclude(model_version="")
        .order_by("-id")
        .values_list("model_version", flat=True)
        .first()
    )
    return version or ""


def merge_latency(a: LatencyHistogram, b: LatencyHistogram) -> LatencyHistogram:
    """The histogram of both sets of decisions (same bucket bounds)."""
    return LatencyHistogram(
        buckets=tuple((bound, x + y) for (bound, x), (_, y) in zip(a.buckets, b.buckets, strict=True)),
        count=a.count + b.count,
        sum_seconds=a.sum_seconds + b.sum_seconds,
    )


def metrics_snapshot(*, now: datetime | None = None, tally: DecisionTally | None = None) -> MetricsSnapshot:
    """Read every metric from the database (see ``MetricsSnapshot``).

    tally (DecisionTally | None): keeps settled decision totals between calls, so a scrape
        aggregates only new rows; without one every decision is aggregated.
    """
    now = now or timezone.now()
    counts, latency = (tally or DecisionTally()).totals(now=now)
    unmoderated = Comment.objects.filter(status=CommentStatus.PENDING, moderated_at__isnull=True)
    backlog = unmoderated.aggregate(n=Count("id"), oldest=Min("submitted_at"))
    oldest = backlog["oldest"]
    return MetricsSnapshot(
        backlog=int(backlog["n"]),
        backlog_oldest_seconds=max(0.0, (now - oldest).total_seconds()) if oldest else 0.0,
        review_queue=Comment.objects.filter(status=CommentStatus.PENDING, moderated_at__isnull=False).count(),
        decisions=counts,
        latency=latency,
        model_version=latest_model_version(),
    )


class DecisionTally:
    """Decision counters and latency histograms, aggregated incrementally by id.

    Decisions are append-only and a row is committed right after its ``created_at``, so
    rows older than ``SETTLE_SECONDS`` below the smallest recent id never change: they
    are aggregated once (``settled``) and only the recent window is read on each call.
    The first call of a process reads the whole table once.
    """

    def __init__(self) -> None:
        self._settled_below = 0  # every id < this is in _counts/_latency
        self._counts: Counter[tuple[str, str, str]] = Counter()
        self._latency: dict[str, LatencyHistogram] = {}

    def totals(self, *, now: datetime) -> tuple[dict[tuple[str, str, str], int], dict[str, LatencyHistogram]]:
        recent = ModerationDecision.objects.filter(created_at__gte=now - timedelta(seconds=SETTLE_SECONDS))
        frontier = recent.aggregate(first=Min("id"))["first"]
        if frontier is None:
            frontier = (ModerationDecision.objects.aggregate(last=Max("id"))["last"] or 0) + 1
        if frontier > self._settled_below:
            settling = ModerationDecision.objects.filter(id__gte=self._settled_below, id__lt=frontier)
            self._counts.update(decision_counts(settling))
            self._latency = _merged(self._latency, decision_latency(settling))
            self._settled_below = frontier
        fresh = ModerationDecision.objects.filter(id__gte=self._settled_below)
        counts = Counter(self._counts)
        counts.update(decision_counts(fresh))
        return dict(counts), _merged(self._latency, decision_latency(fresh))


def _merged(a: dict[str, LatencyHistogram], b: dict[str, LatencyHistogram]) -> dict[str, LatencyHistogram]:
    merged = dict(a)
    for key, hist in b.items():
        merged[key] = merge_latency(merged[key], hist) if key in merged else hist
    return merged
