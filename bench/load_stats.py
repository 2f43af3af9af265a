"""Pure arithmetic of the load test: percentiles, the send schedule, step summaries, decision accounting.

No I/O and no Django here, so the smoke test in the normal suite can check it on fixtures::

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
    2.5
    >>> send_offsets(rate=4, seconds=1.0)
    [0.0, 0.25, 0.5, 0.75]
    >>> account(accepted=[1, 2, 3], decisions={1: 1, 3: 2}).lost, account(accepted=[1, 2, 3], decisions={1: 1, 3: 2}).duplicated
    ((2,), (3,))
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by linear interpolation between closest ranks; NaN when empty."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def send_offsets(*, rate: float, seconds: float) -> list[float]:
    """Open-loop schedule: seconds after the step's start at which each request is due.

    Evenly spaced at ``rate`` per second for ``seconds``; the count is ``round(rate * seconds)``.
    """
    if rate <= 0 or seconds <= 0:
        raise ValueError("rate and seconds must be positive")
    count = round(rate * seconds)
    return [i / rate for i in range(count)]


@dataclass(frozen=True)
class Sample:
    """One POST as the client saw it.

    due (float): scheduled send time (client monotonic seconds).
    sent (float): actual send time (monotonic); ``sent - due`` is the client's lag.
    sent_wall (float): the same instant as a Unix timestamp, to compare with database times.
    latency (float): seconds from send to the full response.
    status (int): HTTP status, or 0 when the connection failed.
    comment_id (int | None): the id a 202 answered with.
    """

    due: float
    sent: float
    sent_wall: float
    latency: float
    status: int
    comment_id: int | None = None


@dataclass(frozen=True)
class Accounting:
    """Which accepted comments ended without exactly one system decision."""

    accepted: int
    lost: tuple[int, ...] = ()
    duplicated: tuple[int, ...] = ()
    repeated_ids: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.repeated_ids)


def account(*, accepted: Iterable[int], decisions: Mapping[int, int]) -> Accounting:
    """Compare accepted comment ids with their count of system decisions.

    accepted (Iterable[int]): ids from 202 answers (an id answered twice is itself an error).
    decisions (Mapping[int, int]): comment id -> number of system decision rows.
    """
    counts = Counter(accepted)
    repeated = tuple(sorted(i for i, n in counts.items() if n > 1))
    lost = tuple(sorted(i for i in counts if decisions.get(i, 0) == 0))
    duplicated = tuple(sorted(i for i in counts if decisions.get(i, 0) > 1))
    return Accounting(accepted=len(counts), lost=lost, duplicated=duplicated, repeated_ids=repeated)


@dataclass
class StepSummary:
    """One rate step's figures, as printed in the table (latencies in milliseconds)."""

    target: float
    seconds: float
    sent: int
    accepted: int
    errors: int
    accepted_per_s: float
    post_p50: float
    post_p99: float
    lag_p99: float
    decided: int = 0
    decided_per_s: float = math.nan
    decision_p50: float = math.nan
    decision_p99: float = math.nan
    lost: int = 0
    duplicated: int = 0
    status_counts: dict[int, int] = field(default_factory=dict)


def summarize_posts(samples: Sequence[Sample], *, target: float, seconds: float) -> StepSummary:
    """POST-side figures of a step: latency and lag percentiles, and accepted/s over the step's
    real length: from its first due send to its last answer, ``seconds`` at least (a client or
    server that falls behind stretches it)."""
    accepted = [s for s in samples if s.status == 202]
    if samples:
        seconds = max(seconds, max(s.sent + s.latency for s in samples) - min(s.due for s in samples))
    latencies = [s.latency * 1000 for s in samples if s.status]
    lags = [max(0.0, s.sent - s.due) * 1000 for s in samples]
    return StepSummary(
        target=target,
        seconds=seconds,
        sent=len(samples),
        accepted=len(accepted),
        errors=len(samples) - len(accepted),
        accepted_per_s=len(accepted) / seconds,
        post_p50=percentile(latencies, 50),
        post_p99=percentile(latencies, 99),
        lag_p99=percentile(lags, 99),
        status_counts=dict(Counter(s.status for s in samples)),
    )


def add_decisions(
    summary: StepSummary,
    samples: Sequence[Sample],
    decided_at: Mapping[int, float],
    decisions: Mapping[int, int],
) -> None:
    """Fill in POST→decision latency, decisions/s, lost and duplicated for a step.

    decided_at (Mapping[int, float]): comment id -> Unix time of its first system decision.
    decisions (Mapping[int, int]): comment id -> number of system decision rows.
    """
    accepted = [s for s in samples if s.status == 202 and s.comment_id is not None]
    delays = [(decided_at[s.comment_id] - s.sent_wall) * 1000 for s in accepted if s.comment_id in decided_at]
    summary.decided = len(delays)
    summary.decision_p50 = percentile(delays, 50)
    summary.decision_p99 = percentile(delays, 99)
    if accepted and delays:
        first = min(s.sent_wall for s in accepted)
        last = max(decided_at[s.comment_id] for s in accepted if s.comment_id in decided_at)  # type: ignore[index]
        summary.decided_per_s = len(delays) / max(last - first, 1e-9)
    result = account(accepted=[s.comment_id for s in accepted], decisions=decisions)  # type: ignore[misc]
    summary.lost, summary.duplicated = len(result.lost), len(result.duplicated)


COLUMNS = (
    ("target/s", "{:>8.0f}", "target"),
    ("sent", "{:>6d}", "sent"),
    ("202", "{:>6d}", "accepted"),
    ("err", "{:>4d}", "errors"),
    ("accepted/s", "{:>10.1f}", "accepted_per_s"),
    ("decided/s", "{:>9.1f}", "decided_per_s"),
    ("POST p50 ms", "{:>11.1f}", "post_p50"),
    ("POST p99 ms", "{:>11.1f}", "post_p99"),
    ("lag p99 ms", "{:>10.1f}", "lag_p99"),
    ("decision p50 ms", "{:>15.1f}", "decision_p50"),
    ("decision p99 ms", "{:>15.1f}", "decision_p99"),
    ("lost", "{:>5d}", "lost"),
    ("dup", "{:>4d}", "duplicated"),
)


def table_header() -> str:
    return " | ".join(f"{name:>{len(fmt.format(0))}}" for name, fmt, _ in COLUMNS)


def table_row(summary: StepSummary) -> str:
    cells = []
    for _, fmt, attr in COLUMNS:
        value = getattr(summary, attr)
        width = len(fmt.format(0))
        cells.append(
            f"{'-':>{width}}" if isinstance(value, float) and math.isnan(value) else fmt.format(value)
        )
    return " | ".join(cells)


def meets_target(summary: StepSummary, *, decision_p99_ms: float = 1000.0, keep_up: float = 0.95) -> bool:
    """Whether a step kept up: ≥ ``keep_up`` of the target accepted, no errors, nothing lost or
    duplicated, every comment decided, and POST→decision p99 within ``decision_p99_ms``."""
    return (
        summary.errors == 0
        and summary.accepted_per_s >= keep_up * summary.target
        and summary.decided == summary.accepted
        and summary.lost == 0
        and summary.duplicated == 0
        and summary.decision_p99 <= decision_p99_ms
    )
