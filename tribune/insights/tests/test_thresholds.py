"""Saving overrides: validation, audit rows, the cached set and its use by the pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import override_settings

from tests.factories import FakeScorer, comment_row
from tribune.comments.enums import CommentStatus
from tribune.core.errors import ApplicationError
from tribune.insights.models import ThresholdChange, ThresholdOverride
from tribune.insights.thresholds import (
    threshold_override_reset,
    threshold_override_save,
    threshold_overrides_current,
    threshold_overrides_load,
)
from tribune.ml.policy import Threshold
from tribune.moderation.enums import Outcome
from tribune.moderation.services import moderate
from tribune.moderation.services.moderate import comment_moderate

pytestmark = pytest.mark.django_db
MODEL = Threshold(reject=0.9, review=0.5)


def test_saving_puts_the_cut_offs_in_force_and_audits_old_and_new(moderator: Any) -> None:
    first = threshold_override_save(guideline="threat", reject=0.8, review=0.4, user=moderator, model=MODEL)
    second = threshold_override_save(
        guideline="threat", reject=0.85, review=0.45, user=moderator, model=MODEL, note=" tighter "
    )

    row = ThresholdOverride.objects.get(guideline="threat")
    assert (row.reject, row.review, row.updated_by) == (0.85, 0.45, moderator)
    assert (first.old_reject, first.new_reject, first.model_reject) == (None, 0.8, 0.9)
    assert (second.old_reject, second.old_review, second.new_reject, second.new_review) == (
        0.8,
        0.4,
        0.85,
        0.45,
    )
    assert second.changed_by == moderator and second.note == "tighter"
    assert threshold_overrides_load().version == second.pk


def test_reset_removes_the_override_and_is_audited(moderator: Any) -> None:
    threshold_override_save(guideline="abuse", reject=0.7, review=0.3, user=moderator, model=MODEL)

    change = threshold_override_reset(guideline="abuse", user=moderator, model=MODEL)

    assert not ThresholdOverride.objects.exists()
    assert change.is_reset and change.old_reject == 0.7
    assert threshold_overrides_load().thresholds == {}
    with pytest.raises(ApplicationError) as error:
        threshold_override_reset(guideline="abuse", user=moderator, model=MODEL)
    assert error.value.code == "nothing_to_reset"


@pytest.mark.parametrize(
    ("guideline", "reject", "review", "code"),
    [
        ("threat", 0.4, 0.6, "bad_thresholds"),
        ("threat", 1.2, 0.6, "bad_thresholds"),
        ("threat", 0.5, -0.1, "bad_thresholds"),
        ("spam", 0.9, 0.5, "unknown_guideline"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    moderator: Any, guideline: str, reject: float, review: float, code: str
) -> None:
    with pytest.raises(ApplicationError) as error:
        threshold_override_save(
            guideline=guideline, reject=reject, review=review, user=moderator, model=MODEL
        )

    assert error.value.code == code
    assert not ThresholdOverride.objects.exists() and not ThresholdChange.objects.exists()


def test_audit_rows_are_append_only(moderator: Any) -> None:
    change = threshold_override_save(guideline="threat", reject=0.8, review=0.4, user=moderator, model=MODEL)

    with pytest.raises(ValueError):
        change.save()


@override_settings(TRIBUNE_THRESHOLD_CACHE_SECONDS=300)
def test_the_set_is_cached_and_a_save_in_this_process_refreshes_it(moderator: Any) -> None:
    assert threshold_overrides_current().thresholds == {}
    # Another process writing directly is seen only after the cache expires.
    ThresholdOverride.objects.create(guideline="threat", reject=0.7, review=0.2)
    assert threshold_overrides_current().thresholds == {}

    change = threshold_override_save(guideline="abuse", reject=0.8, review=0.4, user=moderator, model=MODEL)

    current = threshold_overrides_current()
    assert set(current.thresholds) == {"threat", "abuse"}
    assert current.version == change.pk


@override_settings(TRIBUNE_THRESHOLD_CACHE_SECONDS=0)
def test_with_no_cache_time_every_read_sees_the_database() -> None:
    assert threshold_overrides_current().thresholds == {}
    ThresholdOverride.objects.create(guideline="threat", reject=0.7, review=0.2)
    assert threshold_overrides_current().thresholds == {"threat": Threshold(reject=0.7, review=0.2)}


@pytest.fixture
def held_by_model(monkeypatch: pytest.MonkeyPatch) -> FakeScorer:
    scorer = FakeScorer(rules={"maybe rude": {"personal_attack": 0.6}})
    monkeypatch.setattr(moderate, "get_scorer", lambda: scorer)
    return scorer


def test_the_pipeline_applies_a_saved_override_and_records_it(
    article: Any, moderator: Any, held_by_model: FakeScorer
) -> None:
    change = threshold_override_save(
        guideline="personal_attack", reject=0.55, review=0.3, user=moderator, model=MODEL
    )
    comment = comment_row(article=article, body="that is maybe rude")

    decision = comment_moderate(comment_id=comment.pk)

    assert decision is not None
    assert decision.outcome == Outcome.REJECTED
    assert decision.guidelines == ["personal_attack"]
    assert decision.pipeline_version == f"pipeline.v1+thresholds.{change.pk}"
    assert decision.model_version == "fake-scorer.v1"  # the model is still named as it is
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    assert comment.flags["thresholds"] == {
        "version": change.pk,
        "overrides": {"personal_attack": {"reject": 0.55, "review": 0.3}},
    }


def test_without_overrides_the_decision_is_the_models_and_says_nothing_of_thresholds(
    article: Any, held_by_model: FakeScorer
) -> None:
    comment = comment_row(article=article, body="that is maybe rude")

    decision = comment_moderate(comment_id=comment.pk)

    assert decision is not None and decision.outcome == Outcome.HELD
    assert decision.pipeline_version == "pipeline.v1"
    comment.refresh_from_db()
    assert "thresholds" not in comment.flags


def test_unreadable_overrides_hold_the_comment(
    article: Any, held_by_model: FakeScorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tribune.insights import thresholds

    def broken() -> None:
        raise RuntimeError("database gone")

    monkeypatch.setattr(thresholds, "threshold_overrides_current", broken)
    comment = comment_row(article=article, body="Thanks for the report")

    decision = comment_moderate(comment_id=comment.pk)

    assert decision is not None and decision.outcome == Outcome.HELD
    assert "system_error" in decision.reasons
