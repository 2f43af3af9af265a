"""The load test's pure helpers: percentiles, the send schedule, step figures, decision accounting.

The load test itself (bench/load_test.py) is not part of the suite; these run in milliseconds.
"""

from __future__ import annotations

import itertools
import math

import pytest

from bench.load_stats import (
    Sample,
    account,
    add_decisions,
    meets_target,
    percentile,
    send_offsets,
    summarize_posts,
    table_header,
    table_row,
)


def test_percentile_interpolates_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]  # 1..100
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 100.0
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 99) == pytest.approx(99.01)
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0  # unsorted input
    assert percentile([7.0], 99) == 7.0
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_send_offsets_are_evenly_spaced_and_bounded() -> None:
    offsets = send_offsets(rate=200, seconds=1.5)
    assert len(offsets) == 300
    assert offsets[0] == 0.0 and offsets[-1] < 1.5
    gaps = {round(b - a, 9) for a, b in itertools.pairwise(offsets)}
    assert gaps == {0.005}
    with pytest.raises(ValueError):
        send_offsets(rate=0, seconds=1)


def test_account_finds_lost_duplicated_and_repeated() -> None:
    result = account(accepted=[1, 2, 3, 4, 4], decisions={1: 1, 3: 2, 4: 1, 99: 1})
    assert result.accepted == 4
    assert result.lost == (2,)
    assert result.duplicated == (3,)
    assert result.repeated_ids == (4,)
    assert not result.ok
    assert account(accepted=[5, 6], decisions={5: 1, 6: 1}).ok


def _samples() -> list[Sample]:
    # 10 POSTs sent at Unix time 1000.0 + i/10; ids 1..8 accepted, one 429, one connection failure.
    out = []
    for i in range(10):
        status = 202 if i < 8 else (429 if i == 8 else 0)
        out.append(
            Sample(due=i / 10, sent=i / 10 + 0.002, sent_wall=1000.0 + i / 10, latency=0.010 + i / 1000,
                   status=status, comment_id=i + 1 if status == 202 else None)
        )  # fmt: skip
    return out


def test_step_summary_from_fixture() -> None:
    samples = _samples()
    summary = summarize_posts(samples, target=10, seconds=1.0)
    assert (summary.sent, summary.accepted, summary.errors) == (10, 8, 2)
    assert summary.accepted_per_s == 8.0
    assert summary.post_p50 == pytest.approx(14.0)  # 9 answered: 10..18 ms
    assert summary.lag_p99 == pytest.approx(2.0)
    assert summary.status_counts == {202: 8, 429: 1, 0: 1}

    # Comment i decided 0.2 s after its POST, except id 8 (lost) and id 7 decided twice.
    decided_at = {i: 1000.0 + (i - 1) / 10 + 0.2 for i in range(1, 8)}
    counts = {i: 1 for i in range(1, 8)} | {7: 2}
    add_decisions(summary, samples, decided_at, counts)
    assert summary.decided == 7
    assert summary.decision_p50 == pytest.approx(200.0)
    assert (summary.lost, summary.duplicated) == (1, 1)
    assert summary.decided_per_s == pytest.approx(7 / 0.8)
    assert not meets_target(summary)
    assert len(table_row(summary)) == len(table_header())


def test_accepted_rate_counts_the_real_length_of_a_late_step() -> None:
    # Due over 1 s, but the last answer came 4 s after the first due send.
    samples = [
        Sample(due=i / 4, sent=i / 4, sent_wall=0.0, latency=0.01, status=202, comment_id=i) for i in range(4)
    ]
    late = Sample(due=1.0, sent=3.5, sent_wall=0.0, latency=0.5, status=202, comment_id=9)
    assert summarize_posts(samples, target=4, seconds=1.0).accepted_per_s == 4.0
    assert summarize_posts([*samples, late], target=5, seconds=1.0).accepted_per_s == pytest.approx(5 / 4)


def test_meets_target_needs_every_comment_decided_in_time() -> None:
    samples = [s for s in _samples() if s.status == 202]
    summary = summarize_posts(samples, target=8, seconds=1.0)
    decided_at = {s.comment_id: s.sent_wall + 0.3 for s in samples}
    add_decisions(summary, samples, decided_at, dict.fromkeys(decided_at, 1))
    assert meets_target(summary)
    assert not meets_target(summary, decision_p99_ms=250)
