"""Flood limits at the door: too many comments from one address or author are refused.

    comment_door_check(ip_address="203.0.113.9", author_key=key)  # raises ApplicationError(429)

The pipeline's ``rate_limit`` step holds a fast poster's comments for a human; this
is the coarser guard in front of it, so that a flood is never stored at all. Counts
live in Django's cache (locmem per process by default, Redis when
``TRIBUNE_CACHE_URL`` is set) in fixed windows of ``TRIBUNE_DOOR["WINDOW_SECONDS"]``.
Every attempt that reaches the door counts, refused ones included.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from tribune.core.errors import ApplicationError

RATE_LIMITED = "rate_limited"
DEFAULTS = {"PER_IP": 30, "PER_AUTHOR": 10, "WINDOW_SECONDS": 600}


@dataclass(frozen=True)
class DoorLimits:
    """per_ip (int), per_author (int): attempts allowed per window; window_seconds (int)."""

    per_ip: int
    per_author: int
    window_seconds: int


def door_limits() -> DoorLimits:
    raw = {**DEFAULTS, **getattr(settings, "TRIBUNE_DOOR", {})}
    return DoorLimits(int(raw["PER_IP"]), int(raw["PER_AUTHOR"]), max(1, int(raw["WINDOW_SECONDS"])))


def _hit(kind: str, identity: str, window: int, now: float) -> int:
    """Count one attempt for ``identity`` in the current window; returns the count so far."""
    slot = int(now // window)
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
    key = f"tribune:door:{kind}:{digest}:{slot}"
    cache.add(key, 0, timeout=window + 5)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 5)
        return 1


def _refuse(window: int) -> ApplicationError:
    minutes = max(1, round(window / 60))
    message = _(
        "You have posted too many comments in a short time. Please wait %(minutes)d minutes and try again."
    ) % {"minutes": minutes}
    return ApplicationError(RATE_LIMITED, message, status=429)


def comment_door_check(*, ip_address: str | None, author_key: str, now: float | None = None) -> None:
    """Count this attempt; raise ``ApplicationError`` (429) when a limit is passed."""
    limits = door_limits()
    moment = time.time() if now is None else now
    if ip_address and _hit("ip", ip_address, limits.window_seconds, moment) > limits.per_ip:
        raise _refuse(limits.window_seconds)
    if _hit("author", author_key, limits.window_seconds, moment) > limits.per_author:
        raise _refuse(limits.window_seconds)
