"""Moderation settings, read at call time: Django settings overlaid by the admin row.

conf = get_settings()
conf.auto_approve, conf.steps, conf.step_timeout
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.conf import settings

from tribune.comments.conf import MAX_LENGTH_DEFAULT, comment_max_length

__all__ = ["DEFAULTS", "ModerationSettings", "comment_max_length", "get_settings"]

DEFAULTS: dict[str, Any] = {
    # Cheap rules first; then one batched pass through tribune.ml for every guideline.
    # author_standing applies moderators' bans and always-review before any scoring.
    "STEPS": [
        "length",
        "article_open",
        "author_standing",
        "rate_limit",
        "duplicate",
        "promotion",
        "classifier",
    ],
    "AUTO_APPROVE": True,
    "MIN_LENGTH": 2,
    "MAX_LENGTH": MAX_LENGTH_DEFAULT,
    "RATE_LIMIT_PER_AUTHOR": 5,
    "RATE_LIMIT_PER_IP": 10,
    "RATE_LIMIT_WINDOW_SECONDS": 600,
    "DUPLICATE_WINDOW_SECONDS": 86400,
    "DUPLICATE_SIMILARITY": 0.9,
    "STEP_TIMEOUT_SECONDS": 2.0,
    "PIPELINE_VERSION": "pipeline.v1",
}


@dataclass(frozen=True)
class ModerationSettings:
    """A snapshot of every moderation knob (see ``DEFAULTS`` for the values)."""

    steps: tuple[str, ...]
    auto_approve: bool
    min_length: int
    max_length: int
    rate_limit_per_author: int
    rate_limit_per_ip: int
    rate_limit_window_seconds: int
    duplicate_window_seconds: int
    duplicate_similarity: float
    step_timeout: float
    pipeline_version: str


def _from_django() -> ModerationSettings:
    raw = {**DEFAULTS, **getattr(settings, "TRIBUNE_MODERATION", {})}
    return ModerationSettings(
        steps=tuple(raw["STEPS"]),
        auto_approve=bool(raw["AUTO_APPROVE"]),
        min_length=int(raw["MIN_LENGTH"]),
        max_length=int(raw["MAX_LENGTH"]),
        rate_limit_per_author=int(raw["RATE_LIMIT_PER_AUTHOR"]),
        rate_limit_per_ip=int(raw["RATE_LIMIT_PER_IP"]),
        rate_limit_window_seconds=int(raw["RATE_LIMIT_WINDOW_SECONDS"]),
        duplicate_window_seconds=int(raw["DUPLICATE_WINDOW_SECONDS"]),
        duplicate_similarity=float(raw["DUPLICATE_SIMILARITY"]),
        step_timeout=float(raw["STEP_TIMEOUT_SECONDS"]),
        pipeline_version=str(raw["PIPELINE_VERSION"]),
    )


def get_settings() -> ModerationSettings:
    """Current settings; the admin's ``ModerationConfig`` row wins where it exists."""
    from tribune.moderation.models import ModerationConfig

    base = _from_django()
    row = ModerationConfig.objects.first()
    if row is None:
        return base
    return replace(
        base,
        auto_approve=row.auto_approve,
        rate_limit_per_author=row.rate_limit_per_author,
        rate_limit_per_ip=row.rate_limit_per_ip,
        rate_limit_window_seconds=row.rate_limit_window_seconds,
    )
