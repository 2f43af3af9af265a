"""The insights selectors on the hand-built ``history`` (numbers worked out in its docstring)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tribune.insights.selectors import (
    InsightScope,
    comments_per_day,
    deciders_per_day,
    median_waits,
    model_agreement,
    rejections_by_guideline,
    rejections_by_language,
    tuning_rows,
)

pytestmark = pytest.mark.django_db
NOV = InsightScope(start=date(2026, 11, 10), end=date(2026, 11, 12))


def test_comments_per_day_counts_each_status_and_fills_empty_days(history: Any) -> None:
    rows = comments_per_day(scope=NOV)

    assert [(r.day.day, r.approved, r.rejected, r.pending) for r in rows] == [
        (10, 1, 2, 0),
        (11, 2, 1, 1),
        (12, 0, 0, 0),
    ]


def test_a_comment_any_person_decided_counts_as_human(history: Any) -> None:
    rows = deciders_per_day(scope=NOV)

    assert [(r.day.day, r.automatic, r.human) for r in rows] == [(10, 2, 1), (11, 0, 3), (12, 0, 0)]


def test_rejections_by_guideline_count_comments_rejected_now_by_who_rejected(history: Any) -> None:
    rows = {r.guideline: (r.automatic, r.human) for r in rejections_by_guideline(scope=NOV)}

    assert rows["threat"] == (1, 1)
    assert rows["personal_attack"] == (0, 1)
    assert rows["promotion"] == (0, 0)  # c7's rejection was overturned
    assert sum(a + h for a, h in rows.values()) == 3


def test_rejections_by_language(history: Any) -> None:
    assert rejections_by_language(scope=NOV) == [("ar", 1), ("en", 1), ("tr", 1)]


def test_median_waits_for_tribune_and_for_people(history: Any) -> None:
    system, people = median_waits(scope=NOV)

    assert (system.decided_by, system.decisions, system.median) == ("system", 3, timedelta(seconds=4))
    # 30 min, 1 h, 3 h, 1 day: the middle two average to 2 h.
    assert (people.decided_by, people.decisions, people.median) == ("moderator", 4, timedelta(hours=2))


def test_median_of_nothing_is_none(db: Any) -> None:
    assert [w.median for w in median_waits(scope=NOV)] == [None, None]


def test_agreement_per_guideline(history: Any) -> None:
    agreement = model_agreement(scope=NOV)
    by = {g.guideline: g for g in agreement.guidelines}

    assert (agreement.human_decided, agreement.held_approved, agreement.held_rejected) == (4, 2, 2)
    attack = by["personal_attack"]
    assert (attack.suspected, attack.confirmed, attack.missed) == (2, 1, 0)
    assert (attack.precision, attack.caught) == (0.5, 1.0)
    assert (by["abuse"].suspected, by["abuse"].confirmed, by["abuse"].precision) == (2, 0, 0.0)
    assert (by["threat"].suspected, by["threat"].missed, by["threat"].caught) == (0, 1, 0.0)
    assert by["threat"].precision is None


def test_overturns_of_automatic_decisions(history: Any) -> None:
    agreement = model_agreement(scope=NOV)
    by = {g.guideline: g for g in agreement.guidelines}

    assert (agreement.auto_decided, agreement.overturned) == (3, 1)
    assert agreement.overturn_rate == pytest.approx(1 / 3)
    assert (by["promotion"].auto_rejected, by["promotion"].overturned, by["promotion"].overturn_rate) == (
        1,
        1,
        1.0,
    )
    assert (by["threat"].auto_rejected, by["threat"].overturned) == (1, 0)


def test_the_article_filter_narrows_every_selector(history: Any) -> None:
    only_b = InsightScope(start=NOV.start, end=NOV.end, article_id=history["articles"]["b"].pk)

    assert [(r.approved, r.rejected, r.pending) for r in comments_per_day(scope=only_b)] == [
        (0, 0, 0),
        (0, 1, 1),
        (0, 0, 0),
    ]
    assert rejections_by_language(scope=only_b) == [("tr", 1)]
    assert model_agreement(scope=only_b).human_decided == 1
    assert median_waits(scope=only_b)[1].median == timedelta(minutes=30)


def test_the_date_range_excludes_other_days(history: Any) -> None:
    late = InsightScope(start=date(2026, 11, 20), end=date(2026, 11, 20))

    assert [(r.approved, r.total) for r in comments_per_day(scope=late)] == [(1, 1)]
    assert model_agreement(scope=late).human_decided == 0


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        InsightScope(start=date(2026, 11, 12), end=date(2026, 11, 10))


def test_tuning_rows_carry_scores_other_steps_and_the_moderators_label(history: Any) -> None:
    rows = tuning_rows(limit=100)

    assert len(rows) == 8  # every system decision has full scores; newest first
    by_attack = {round(r.scores["personal_attack"], 2): r for r in rows if r.scores["personal_attack"] > 0.1}
    assert by_attack[0.6].human_rejected_for == ("personal_attack",)
    assert by_attack[0.8].human_rejected_for == ()
    labelled = [r for r in rows if r.labelled]
    assert len(labelled) == 4
    assert sorted(r.rest for r in rows).count("hold") == 1  # c6 was held by the rate limit
    assert len(tuning_rows(limit=3)) == 3
