"""The demo comments: real pipeline decisions, past ones moved back in time and decided by the demo moderator."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.factories import FakeScorer
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.demo.articles import article_seed_demo
from tribune.demo.comments import demo_comments_seed
from tribune.demo.content import demo_comments_by_slug
from tribune.moderation.enums import DecidedBy
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import moderate

pytestmark = pytest.mark.django_db
ROCKETS = "rockets-fired-at-ain-al-asad-air-base"


@pytest.fixture
def scorer(monkeypatch: pytest.MonkeyPatch) -> FakeScorer:
    fake = FakeScorer(rules={"brainless shill": {"personal_attack": 0.6}, "Earn $500": {"promotion": 0.97}})
    monkeypatch.setattr(moderate, "get_scorer", lambda: fake)
    return fake


def test_each_text_is_posted_once_under_its_own_article(tmp_path: Path, scorer: FakeScorer) -> None:
    articles = article_seed_demo()
    with override_settings(VAR_DIR=tmp_path):
        posted = demo_comments_seed(articles=articles, days=5)
        again = demo_comments_seed(articles=articles, days=5)

    pools = demo_comments_by_slug()
    assert (posted, again) == (sum(len(p) for p in pools.values()), 0)
    for comment in Comment.objects.select_related("article"):
        assert comment.body in {c.text for c in pools[comment.article.slug]}
    assert Comment.objects.values("body").distinct().count() == posted


def test_past_comments_span_days_and_held_ones_are_decided_by_the_moderator(
    tmp_path: Path, scorer: FakeScorer
) -> None:
    with override_settings(VAR_DIR=tmp_path):
        demo_comments_seed(articles=article_seed_demo(), days=5)

    today = timezone.localdate()
    rockets = Comment.objects.filter(article__slug=ROCKETS)
    assert len({c.submitted_at.date() for c in rockets if c.submitted_at.date() < today}) >= 3
    held = Comment.objects.get(body__contains="brainless shill")
    human = ModerationDecision.objects.get(comment=held, decided_by=DecidedBy.MODERATOR)
    assert held.status == CommentStatus.REJECTED and human.guidelines == ["personal_attack"]
    system = ModerationDecision.objects.get(comment=held, decided_by=DecidedBy.SYSTEM)
    assert system.created_at - held.submitted_at < human.created_at - held.submitted_at
    promo = ModerationDecision.objects.get(comment__body__contains="Earn $500", decided_by=DecidedBy.SYSTEM)
    assert promo.outcome == "rejected"


def test_no_comment_is_dated_before_its_article(tmp_path: Path, scorer: FakeScorer) -> None:
    with override_settings(VAR_DIR=tmp_path):
        demo_comments_seed(articles=article_seed_demo(), days=14)
    for comment in Comment.objects.select_related("article"):
        assert comment.submitted_at > comment.article.published_at


def test_without_history_only_todays_comments_are_posted(tmp_path: Path, scorer: FakeScorer) -> None:
    with override_settings(VAR_DIR=tmp_path):
        posted = demo_comments_seed(articles=article_seed_demo(), history=False)
    assert posted == sum(1 for pool in demo_comments_by_slug().values() for c in pool if c.today)
    assert not ModerationDecision.objects.filter(decided_by=DecidedBy.MODERATOR).exists()


def test_without_articles_nothing_is_posted(tmp_path: Path, scorer: FakeScorer) -> None:
    with override_settings(VAR_DIR=tmp_path):
        assert demo_comments_seed(articles=[]) == 0
    assert not Comment.objects.exists()
