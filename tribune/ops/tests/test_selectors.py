from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.factories import comment_row, moderator_create
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.ops.selectors import LATENCY_BUCKETS, decision_counts, decision_latency, latest_model_version

pytestmark = pytest.mark.django_db


def _decision(comment: Any, after_seconds: float, **fields: Any) -> ModerationDecision:
    values = {"outcome": Outcome.REJECTED, "decided_by": DecidedBy.SYSTEM, "guidelines": []}
    values.update(fields)
    return ModerationDecision.objects.create(
        comment=comment, created_at=comment.submitted_at + timedelta(seconds=after_seconds), **values
    )


def test_a_decision_counts_under_each_guideline_it_names(article: Any) -> None:
    _decision(comment_row(article=article), 0.2, guidelines=["threat", "abuse"])
    _decision(comment_row(article=article), 0.2, guidelines=["threat"])
    _decision(comment_row(article=article), 0.2, outcome=Outcome.APPROVED)
    assert decision_counts() == {
        ("rejected", "threat", "system"): 2,
        ("rejected", "abuse", "system"): 1,
        ("approved", "none", "system"): 1,
    }


def test_latency_histogram_is_cumulative_per_decider(article: Any) -> None:
    moderator = moderator_create(username="m", password="m-pass-123")
    submitted = timezone.now() - timedelta(hours=2)
    _decision(comment_row(article=article, submitted_at=submitted), 0.03)
    _decision(comment_row(article=article, submitted_at=submitted), 0.7)
    _decision(
        comment_row(article=article, submitted_at=submitted), 1800,
        decided_by=DecidedBy.MODERATOR, moderator=moderator, outcome=Outcome.APPROVED,
    )  # fmt: skip
    latency = decision_latency()
    system = dict(latency["system"].buckets)
    assert system[0.05] == 1 and system[0.5] == 1 and system[1] == 2 and system[LATENCY_BUCKETS[-1]] == 2
    assert latency["system"].count == 2
    assert latency["system"].sum_seconds == pytest.approx(0.73, abs=1e-3)
    human = dict(latency["moderator"].buckets)
    assert human[900] == 0 and human[3600] == 1
    assert latency["moderator"].sum_seconds == pytest.approx(1800, abs=1e-3)


def test_latest_model_version_comes_from_the_latest_system_decision(article: Any) -> None:
    assert latest_model_version() == ""
    _decision(comment_row(article=article), 0.1, model_version="m.v1")
    _decision(comment_row(article=article), 0.1, model_version="m.v2")
    assert latest_model_version() == "m.v2"


def test_tally_settles_old_rows_once_and_matches_a_full_count(article: Any) -> None:
    from tribune.ops.selectors import DecisionTally

    hour_ago = timezone.now() - timedelta(hours=1)
    for guidelines in (["threat"], [], ["abuse", "threat"]):
        _decision(comment_row(article=article, submitted_at=hour_ago), 0.3, guidelines=guidelines)
    recent = _decision(comment_row(article=article), 0.2, guidelines=["threat"])
    tally = DecisionTally()
    counts, latency = tally.totals(now=timezone.now())
    assert counts == decision_counts() and _same(latency, decision_latency())
    assert tally._settled_below == recent.pk  # the recent row is re-read each time, older ones never

    _decision(comment_row(article=article), 0.4, outcome=Outcome.APPROVED)
    counts, latency = tally.totals(now=timezone.now())
    assert counts == decision_counts() and latency["system"].count == 5

    later = timezone.now() + timedelta(hours=1)  # everything has settled
    counts, latency = tally.totals(now=later)
    assert counts == decision_counts() and _same(latency, decision_latency())
    assert tally._settled_below > recent.pk


def _same(a: Any, b: Any) -> bool:
    return a.keys() == b.keys() and all(
        a[k].buckets == b[k].buckets
        and a[k].count == b[k].count
        and a[k].sum_seconds == pytest.approx(b[k].sum_seconds)
        for k in a
    )
