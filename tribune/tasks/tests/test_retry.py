from __future__ import annotations

import pytest

from tribune.tasks.retry import retry_countdown


def test_backoff_doubles_within_jitter_bounds() -> None:
    lows = [retry_countdown(attempt=a, base=2.0, cap=300.0, rand=lambda: 0.0) for a in range(4)]
    highs = [retry_countdown(attempt=a, base=2.0, cap=300.0, rand=lambda: 0.999999) for a in range(4)]
    assert lows == [1.0, 2.0, 4.0, 8.0]
    assert highs == pytest.approx([2.0, 4.0, 8.0, 16.0], rel=1e-5)


def test_backoff_is_capped_even_for_huge_attempts() -> None:
    assert retry_countdown(attempt=10_000, base=2.0, cap=300.0, rand=lambda: 0.999999) <= 300.0
    assert retry_countdown(attempt=20, base=2.0, cap=300.0, rand=lambda: 0.0) == 150.0


def test_jitter_spreads_waits() -> None:
    waits = {round(retry_countdown(attempt=3, base=2.0, cap=300.0), 6) for _ in range(50)}
    assert len(waits) > 10 and all(8.0 <= w <= 16.0 for w in waits)


@pytest.mark.parametrize("attempt,base,cap", [(-1, 2.0, 10.0), (0, 0.0, 10.0), (0, 2.0, 0.0)])
def test_nonsense_arguments_are_refused(attempt: int, base: float, cap: float) -> None:
    with pytest.raises(ValueError):
        retry_countdown(attempt=attempt, base=base, cap=cap)
