"""The one audit writer: a conditional status move and its row, or nothing at all."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from tests.factories import comment_row
from tribune.comments.enums import CommentStatus
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services.audit import decision_record

pytestmark = pytest.mark.django_db


def _record(comment: Any, **kwargs: Any) -> ModerationDecision | None:
    return decision_record(
        comment=comment, decided_by=DecidedBy.MODERATOR, pipeline_version="pipeline.v1", **kwargs
    )


def test_the_row_carries_what_the_decision_was_made_on(article: Any) -> None:
    flags = {"scores": {"threat": 0.7}, "evidence": [{"label": "threat", "start": 0, "end": 4}]}
    comment = comment_row(article=article, flags=flags)
    ModerationDecision.objects.create(
        comment=comment, outcome=Outcome.HELD, decided_by=DecidedBy.SYSTEM, model_version="m.v3"
    )

    row = _record(comment, outcome=Outcome.REJECTED, guidelines=["threat"])

    assert row is not None and row.pk is not None
    assert row.scores == {"threat": 0.7} and row.evidence == flags["evidence"] and row.model_version == "m.v3"
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED and comment.decided_at is not None


def test_a_comment_no_longer_in_the_expected_status_is_left_alone(article: Any) -> None:
    comment = comment_row(article=article, status=CommentStatus.APPROVED)

    assert _record(comment, outcome=Outcome.REJECTED) is None
    assert not ModerationDecision.objects.filter(comment=comment).exists()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED


def test_a_held_run_sets_its_fields_but_not_the_status(article: Any) -> None:
    comment = comment_row(article=article)

    fields = {"risk": 0.4, "moderated_at": timezone.now()}
    row = _record(comment, outcome=Outcome.HELD, unmoderated=True, fields=fields, save=False)

    assert row is not None and row.pk is None  # the caller inserts it
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING and comment.risk == 0.4
    # The pipeline finished on it: a second run (a retried task) writes nothing.
    assert _record(comment, outcome=Outcome.HELD, unmoderated=True, fields={"risk": 0.9}) is None
