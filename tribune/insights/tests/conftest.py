"""Fixtures for the insights tests: a fresh threshold cache, and a hand-built history with known numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tribune.insights.thresholds import threshold_overrides_forget


@pytest.fixture(autouse=True)
def _fresh_threshold_cache() -> Iterator[None]:
    # A test's saved overrides roll back with its transaction; its cached copy must go too.
    threshold_overrides_forget()
    yield
    threshold_overrides_forget()


def scores(**given: float) -> dict[str, float]:
    """A full score dictionary: 0.01 for every key not given."""
    from tribune.ml import SCORE_KEYS

    return {str(k): given.get(str(k), 0.01) for k in SCORE_KEYS}


def at(day: int, hour: int, *, minutes: float = 0, seconds: float = 0) -> datetime:
    """A UTC time on 2026-11-``day``."""
    return datetime(2026, 11, day, hour, tzinfo=UTC) + timedelta(minutes=minutes, seconds=seconds)


@pytest.fixture
def history(db: Any, django_user_model: Any) -> dict[str, Any]:
    """A small hand-built history with known answers (see ``test_selectors`` for the numbers).

    c1 day 10, approved by Tribune after 2 s          c5 article B, day 11, held (abuse), person rejects (threat) after 30 min
    c2 day 10, rejected by Tribune (threat) after 4 s c6 article B, day 11, held for the rate limit, still pending
    c3 day 10, ar, held (personal_attack), person rejects it (personal_attack) after 1 h
    c4 day 11, ar, held (personal_attack, abuse), person approves after 3 h
    c7 day 11, rejected by Tribune (promotion) after 6 s, a person approves it a day later (overturn)
    c8 day 20 (outside the range), approved by Tribune
    """
    from tests.factories import article_row, comment_row
    from tribune.comments.enums import CommentStatus as S
    from tribune.moderation.enums import DecidedBy, Outcome
    from tribune.moderation.models import ModerationDecision

    mod = django_user_model.objects.create_user(username="ana", password="x")
    a = article_row("a", "Article A", "Body A")
    b = article_row("b", "Article B", "Body B")

    def comment(
        name: str, article: Any, when: datetime, status: str, lang: str = "en", steps: Any = None
    ) -> Any:
        flags = {"steps": steps or {"length": "continue", "classifier": "continue"}}
        return comment_row(
            article=article, body=name, submitted_at=when, status=status, language=lang, flags=flags
        )

    def system(c: Any, outcome: str, after: float, guidelines: list[str], **given: float) -> None:
        ModerationDecision.objects.create(
            comment=c,
            outcome=outcome,
            decided_by=DecidedBy.SYSTEM,
            guidelines=guidelines,
            scores=scores(**given),
            created_at=c.submitted_at + timedelta(seconds=after),
        )

    def human(c: Any, outcome: str, after: timedelta, guidelines: list[str]) -> None:
        ModerationDecision.objects.create(
            comment=c,
            outcome=outcome,
            decided_by=DecidedBy.MODERATOR,
            moderator=mod,
            guidelines=guidelines,
            scores=scores(),
            created_at=c.submitted_at + after,
        )

    c = {
        "c1": comment("c1", a, at(10, 10), S.APPROVED),
        "c2": comment("c2", a, at(10, 11), S.REJECTED),
        "c3": comment("c3", a, at(10, 12), S.REJECTED, "ar"),
        "c4": comment("c4", a, at(11, 9), S.APPROVED, "ar"),
        "c5": comment("c5", b, at(11, 10), S.REJECTED, "tr"),
        "c6": comment("c6", b, at(11, 11), S.PENDING, steps={"rate_limit": "hold", "classifier": "continue"}),
        "c7": comment("c7", a, at(11, 12), S.APPROVED),
        "c8": comment("c8", a, at(20, 9), S.APPROVED),
    }
    system(c["c1"], Outcome.APPROVED, 2, [])
    system(c["c2"], Outcome.REJECTED, 4, ["threat"], threat=0.99)
    system(c["c3"], Outcome.HELD, 1, ["personal_attack"], personal_attack=0.6)
    human(c["c3"], Outcome.REJECTED, timedelta(hours=1), ["personal_attack"])
    system(c["c4"], Outcome.HELD, 3, ["personal_attack", "abuse"], personal_attack=0.8, abuse=0.7)
    human(c["c4"], Outcome.APPROVED, timedelta(hours=3), [])
    system(c["c5"], Outcome.HELD, 2, ["abuse"], abuse=0.6, threat=0.3)
    human(c["c5"], Outcome.REJECTED, timedelta(minutes=30), ["threat"])
    system(c["c6"], Outcome.HELD, 1, [])
    system(c["c7"], Outcome.REJECTED, 6, ["promotion"], promotion=0.95)
    human(c["c7"], Outcome.APPROVED, timedelta(days=1), [])
    system(c["c8"], Outcome.APPROVED, 1, [])
    return {"articles": {"a": a, "b": b}, "comments": c, "moderator": mod}
