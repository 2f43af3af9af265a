"""Moderation batches: one scorer call for several waiting comments, each decided once with its own audit row."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection, connections
from django.test import override_settings
from django.utils import timezone

from tests.factories import comment_row
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.enums import DecidedBy
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_moderate
from tribune.moderation.services.batch import comment_moderate_batch, moderation_batch_size
from tribune.tasks.registry import get_task

pytestmark = pytest.mark.django_db

BODIES = ["Who launched the rockets?", "The author is an idiot", "maybe rude remark", "x"]
needs_skip_locked = pytest.mark.skipif(
    not connection.features.has_select_for_update_skip_locked,
    reason="claiming other comments needs SELECT ... SKIP LOCKED (run with TRIBUNE_DB=postgres)",
)


@pytest.fixture
def batches(fake_scorer: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Sizes of the scorer calls made through the fake scorer."""
    sizes: list[int] = []
    judge = fake_scorer.judge

    def counting(items: Any) -> Any:
        sizes.append(len(items))
        return judge(items)

    monkeypatch.setattr(fake_scorer, "judge", counting)
    return sizes


def _summary(comment: Comment) -> tuple[Any, ...]:
    comment.refresh_from_db()
    decision = comment.decisions.get()
    return (
        comment.status,
        comment.language,
        comment.risk,
        comment.guideline_tags,
        decision.outcome,
        decision.reasons,
        decision.guidelines,
        decision.scores,
        decision.model_version,
    )


def test_a_batch_decides_like_one_at_a_time(article: Any, batches: list[int]) -> None:
    singles = [comment_row(article=article, body=b) for b in BODIES]
    for comment in singles:
        comment_moderate(comment_id=comment.pk)
    expected = [_summary(c) for c in singles]
    batches.clear()

    batched = [comment_row(article=article, body=b) for b in BODIES]
    decisions = comment_moderate_batch(comment_id=batched[0].pk, limit=10)

    claimed = len(batched) if connection.features.has_select_for_update_skip_locked else 1
    assert len(decisions) == claimed
    assert [_summary(c) for c in batched[:claimed]] == expected[:claimed]
    if claimed > 1:
        assert batches == [len(BODIES)], "one scorer call for the whole batch"


def test_nothing_to_do_for_a_decided_or_missing_comment(article: Any, batches: list[int]) -> None:
    decided = comment_row(article=article, status=CommentStatus.APPROVED)
    waiting = comment_row(article=article)
    assert comment_moderate_batch(comment_id=decided.pk, limit=5) == []
    waiting.refresh_from_db()
    assert waiting.moderated_at is None, "a task with nothing to do claims no other comment"
    assert batches == []


@needs_skip_locked
def test_later_tasks_of_batched_comments_do_nothing(article: Any, batches: list[int]) -> None:
    comments = [comment_row(article=article, body=b) for b in BODIES]
    comment_moderate_batch(comment_id=comments[0].pk, limit=10)
    for comment in comments:
        assert comment_moderate_batch(comment_id=comment.pk, limit=10) == []
        assert comment_moderate(comment_id=comment.pk) is None
    for comment in comments:
        assert ModerationDecision.objects.filter(comment=comment, decided_by=DecidedBy.SYSTEM).count() == 1


@needs_skip_locked
def test_the_limit_and_the_held_queue_bound_what_is_claimed(article: Any, batches: list[int]) -> None:
    held = comment_row(article=article, body="maybe rude remark", moderated_at=timezone.now())
    waiting = [comment_row(article=article) for _ in range(5)]
    decisions = comment_moderate_batch(comment_id=waiting[-1].pk, limit=3)
    assert len(decisions) == 3
    assert decisions[0].comment_id == waiting[-1].pk, "the task's own comment first"
    assert {d.comment_id for d in decisions[1:]} == {waiting[0].pk, waiting[1].pk}, "then the oldest"
    left = Comment.objects.filter(pk__in=[c.pk for c in waiting], moderated_at__isnull=True).count()
    assert left == 2
    assert not held.decisions.exists(), "a comment held for a human is not moderated again"


def test_a_failing_scorer_holds_every_comment_of_the_batch(article: Any, fake_scorer: Any) -> None:
    fake_scorer.fail = True
    comments = [comment_row(article=article) for _ in range(3)]
    decisions = comment_moderate_batch(comment_id=comments[0].pk, limit=10)
    assert decisions
    for decision in decisions:
        assert decision.outcome == "held" and "system_error" in decision.reasons
        assert decision.comment.status == CommentStatus.PENDING


def test_batch_size_setting(settings: Any) -> None:
    settings.TASKS_BACKEND = "inline"
    settings.TRIBUNE_MODERATION_BATCH = None
    assert moderation_batch_size() == 1
    settings.TASKS_BACKEND = "celery"
    expected = 16 if connection.features.has_select_for_update_skip_locked else 1
    assert moderation_batch_size() == expected
    settings.TRIBUNE_MODERATION_BATCH = 4
    assert moderation_batch_size() == 4
    settings.TRIBUNE_MODERATION_BATCH = 0
    assert moderation_batch_size() == 1


@needs_skip_locked
def test_the_task_batches_when_the_setting_says_so(article: Any, batches: list[int]) -> None:
    comments = [comment_row(article=article, body=f"A fair point number {i}.") for i in range(3)]
    with override_settings(TRIBUNE_MODERATION_BATCH=8):
        get_task("moderation.moderate_comment")(comment_id=comments[1].pk)
    assert batches == [3]
    assert all(c.decisions.count() == 1 for c in comments)


@pytest.mark.django_db(transaction=True)
@needs_skip_locked
def test_racing_batches_decide_each_comment_once(article: Any, batches: list[int]) -> None:
    comments = [comment_row(article=article, body=BODIES[i % 3]) for i in range(24)]
    start = threading.Barrier(4)
    decided: list[int] = []
    lock = threading.Lock()

    def worker(offset: int) -> None:
        try:
            start.wait(10)
            for comment in comments[offset::4]:
                rows = comment_moderate_batch(comment_id=comment.pk, limit=5)
                with lock:
                    decided.extend(d.comment_id for d in rows)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(decided) == sorted(c.pk for c in comments)
    for comment in comments:
        assert comment.decisions.count() == 1
        comment.refresh_from_db()
        assert comment.moderated_at is not None


@needs_skip_locked
def test_each_author_standing_applies_within_a_batch(
    article: Any, batches: list[int], moderator: Any
) -> None:
    from tribune.moderation.services.authors import author_act

    for key in ("troll", "watched"):
        comment_row(article=article, author_key=key, status=CommentStatus.APPROVED)
    author_act(author_key="troll", kind="ban", reason="spam", moderator=moderator)
    author_act(author_key="watched", kind="always_review", reason="borderline", moderator=moderator)
    banned = comment_row(article=article, author_key="troll", body="Who launched the rockets?")
    watched = comment_row(article=article, author_key="watched", body="Who paid for the base?")
    clear = comment_row(article=article, author_key="clear", body="Who guards the base?")
    comment_moderate_batch(comment_id=clear.pk, limit=10)
    assert banned.decisions.get().reasons == ["author_banned"]
    assert watched.decisions.get().outcome == "held" and "author_review" in watched.decisions.get().reasons
    assert clear.decisions.get().outcome == "approved"
