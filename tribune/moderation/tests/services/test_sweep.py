from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.factories import comment_row
from tribune.comments.enums import CommentStatus
from tribune.moderation.services import sweep
from tribune.moderation.services.sweep import comment_requeue_stale, stale_pending_ids
from tribune.tasks.registry import get_task

pytestmark = pytest.mark.django_db


def _aged(article: Any, seconds: int, **fields: Any) -> Any:
    return comment_row(article=article, submitted_at=timezone.now() - timedelta(seconds=seconds), **fields)


def test_only_old_pending_never_moderated_comments_are_stale(article: Any) -> None:
    old = _aged(article, 600)
    older = _aged(article, 900)
    _aged(article, 5)  # still inside the grace period
    _aged(article, 600, moderated_at=timezone.now())  # held for a human: not the sweeper's
    _aged(article, 600, status=CommentStatus.APPROVED)
    assert stale_pending_ids(older_than=timedelta(seconds=120), limit=10) == [older.pk, old.pk]
    assert stale_pending_ids(older_than=timedelta(seconds=120), limit=1) == [older.pk]


def test_sweep_moderates_stale_comments_once(article: Any, fake_scorer: Any) -> None:
    lost = _aged(article, 600, body="The author is an idiot")
    assert comment_requeue_stale(older_than=timedelta(seconds=60), limit=10) == 1
    lost.refresh_from_db()
    assert lost.status == CommentStatus.REJECTED and lost.decisions.count() == 1
    assert comment_requeue_stale(older_than=timedelta(seconds=60), limit=10) == 0
    assert lost.decisions.count() == 1


def test_sweep_stops_at_the_first_refusal(article: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(3):
        _aged(article, 600)
    handed: list[int] = []

    def broker_down_after_one(name: str, **payload: Any) -> bool:
        if handed:
            return False
        handed.append(payload["comment_id"])
        return True

    monkeypatch.setattr(sweep, "enqueue_now", broker_down_after_one)
    assert comment_requeue_stale(older_than=timedelta(seconds=60), limit=10) == 1
    assert len(handed) == 1


def test_sweep_task_uses_the_sweep_settings(article: Any, fake_scorer: Any, settings: Any) -> None:
    lost = _aged(article, 30)
    settings.TRIBUNE_SWEEP = {"INTERVAL_SECONDS": 60, "GRACE_SECONDS": 10, "LIMIT": 5}
    get_task("moderation.sweep_pending")()
    lost.refresh_from_db()
    assert lost.moderated_at is not None and lost.decisions.count() == 1


def test_sweep_pending_command(article: Any, fake_scorer: Any, capsys: Any) -> None:
    _aged(article, 30)
    call_command("sweep_pending", "--older-than", "60")
    assert "enqueued 0 stale pending comments" in capsys.readouterr().out
    call_command("sweep_pending", "--older-than", "10", "--limit", "5")
    assert "enqueued 1 stale pending comments" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("sweep_pending", "--limit", "0")


def test_duplicate_deliveries_decide_once(article: Any, fake_scorer: Any) -> None:
    comment = comment_row(article=article, body="maybe rude remark")
    task = get_task("moderation.moderate_comment")
    for _ in range(3):  # the broker delivering the same message three times
        task(comment_id=comment.pk)
    comment.refresh_from_db()
    assert comment.decisions.count() == 1 and comment.decisions.get().outcome == "held"
    assert comment.status == CommentStatus.PENDING and comment.moderated_at is not None
