"""The insights demo: real pipeline decisions moved into the past, held ones decided by the demo moderator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from tests.factories import FakeScorer, article_row
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.insights.demo import insights_demo_seed
from tribune.moderation.enums import DecidedBy
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import moderate

pytestmark = pytest.mark.django_db


@pytest.fixture
def scorer(monkeypatch: pytest.MonkeyPatch) -> FakeScorer:
    fake = FakeScorer(rules={"moron": {"personal_attack": 0.6}, "Earn $500": {"promotion": 0.97}})
    monkeypatch.setattr(moderate, "get_scorer", lambda: fake)
    return fake


def test_demo_fills_past_days_and_decides_held_comments(tmp_path: Path, scorer: FakeScorer) -> None:
    article = article_row("demo", "Demo story", "The council met on Monday.")

    with override_settings(VAR_DIR=tmp_path):
        posted = insights_demo_seed(articles=[article], days=3, per_day=2)
        again = insights_demo_seed(articles=[article], days=3, per_day=2)

    assert (posted, again) == (6, 0)
    days = {c.submitted_at.date() for c in Comment.objects.all()}
    assert len(days) == 3
    held = Comment.objects.get(body__contains="moron")  # entry 2: held by the model, day 3 ago
    human = ModerationDecision.objects.get(comment=held, decided_by=DecidedBy.MODERATOR)
    assert held.status == CommentStatus.REJECTED and human.guidelines == ["personal_attack"]
    assert human.created_at > held.submitted_at
    system = ModerationDecision.objects.get(comment=held, decided_by=DecidedBy.SYSTEM)
    assert system.created_at - held.submitted_at < human.created_at - held.submitted_at
    assert (
        ModerationDecision.objects.filter(comment__body__contains="Earn $500", decided_by="system")
        .get()
        .outcome
        == "rejected"
    )


def test_demo_without_articles_does_nothing(tmp_path: Path, scorer: Any) -> None:
    with override_settings(VAR_DIR=tmp_path):
        assert insights_demo_seed(articles=[]) == 0
    assert not Comment.objects.exists()
