"""How long to wait before a failed task runs again: capped exponential backoff with jitter.

    retry_countdown(attempt=3, base=2.0, cap=300.0)   # somewhere in [8, 16] seconds

The wait doubles per attempt up to ``cap``; the jitter spreads a burst of
failures (say, every worker losing the database at once) so they do not all
come back in the same second.
"""

from __future__ import annotations

import random
from collections.abc import Callable


def retry_countdown(
    *, attempt: int, base: float, cap: float, rand: Callable[[], float] = random.random
) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry).

    attempt (int): how many retries already happened.
    base (float): the first wait's upper bound, in seconds.
    cap (float): no wait is longer than this.
    rand (Callable): uniform [0, 1) source, injectable for tests.
    Returns a value in ``[ceiling / 2, ceiling]`` where ``ceiling = min(cap, base * 2**attempt)``.
    """
    if attempt < 0 or base <= 0 or cap <= 0:
        raise ValueError("attempt must be >= 0 and base, cap > 0")
    ceiling = min(cap, base * (2 ** min(attempt, 62)))
    return ceiling / 2 + rand() * ceiling / 2
