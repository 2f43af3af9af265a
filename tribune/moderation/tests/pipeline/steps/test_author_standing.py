"""The author_standing step: a ban rejects, always-review holds, warnings change nothing."""

from __future__ import annotations

from dataclasses import replace

from tests.factories import make_context, make_input
from tribune.moderation.pipeline.steps.author_standing import AuthorStandingStep
from tribune.moderation.pipeline.types import Action, Standing


def _check(standing: Standing) -> object:
    context = replace(make_context(), standing=standing)
    return AuthorStandingStep().check(make_input("A fair point."), context)


def test_banned_author_is_rejected_with_a_clear_reason() -> None:
    verdict = _check(Standing(banned=True, always_review=True))
    assert verdict.action is Action.REJECT
    assert verdict.reasons == ("author_banned",)
    assert verdict.guidelines == ()


def test_always_review_holds_for_a_human() -> None:
    verdict = _check(Standing(always_review=True))
    assert verdict.action is Action.HOLD and verdict.reasons == ("author_review",)


def test_clear_or_only_warned_author_passes() -> None:
    assert _check(Standing()).action is Action.CONTINUE
    assert _check(Standing(warnings=3)).action is Action.CONTINUE


def test_step_runs_early_in_the_default_order() -> None:
    from tribune.moderation.conf import DEFAULTS

    steps = DEFAULTS["STEPS"]
    assert steps.index("author_standing") < steps.index("rate_limit") < steps.index("classifier")
