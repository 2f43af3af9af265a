"""System checks: a bad moderation configuration fails at start-up, not on a comment."""

from __future__ import annotations

from typing import Any

from django.core import checks

from tribune.moderation.conf import _from_django
from tribune.moderation.pipeline.registry import STEPS


@checks.register()
def check_moderation_settings(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    errors: list[checks.CheckMessage] = []
    conf = _from_django()
    for name in conf.steps:
        if name not in STEPS:
            errors.append(
                checks.Error(
                    f"unknown moderation step {name!r}", hint=f"known: {sorted(STEPS)}", id="tribune.E001"
                )
            )
    if "classifier" not in conf.steps and conf.auto_approve:
        errors.append(
            checks.Warning(
                "AUTO_APPROVE is on but no classifier step runs: clean-looking comments are published unread",
                id="tribune.W001",
            )
        )
    if not 0.0 < conf.duplicate_similarity <= 1.0:
        errors.append(checks.Error("DUPLICATE_SIMILARITY must be in (0, 1]", id="tribune.E002"))
    if conf.min_length < 1 or conf.max_length < conf.min_length:
        errors.append(checks.Error("need 1 <= MIN_LENGTH <= MAX_LENGTH", id="tribune.E003"))
    return errors
