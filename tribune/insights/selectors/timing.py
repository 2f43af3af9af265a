"""How long comments wait for a decision: the median, for Tribune and for people separately.

The median is found in the database: one ``COUNT`` and one ordered query that
reads only the middle one or two rows (``OFFSET``/``LIMIT``), so no
durations are pulled into Python. Both SQLite and PostgreSQL subtract the
timestamps natively.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import DurationField, ExpressionWrapper, F

from tribune.insights.selectors.scope import DECIDING, InsightScope
from tribune.moderation.enums import DecidedBy


@dataclass(frozen=True)
class WaitMedian:
    """The median wait from posting to an approve/reject decision.

    decided_by (str): ``DecidedBy`` value.
    decisions (int): how many decisions it was taken over.
    median (timedelta | None): None when there were none.
    """

    decided_by: str
    decisions: int
    median: timedelta | None


def _median_wait(*, scope: InsightScope, decided_by: str) -> WaitMedian:
    waits = (
        scope.decisions()
        .filter(decided_by=decided_by, outcome__in=DECIDING)
        .annotate(
            wait=ExpressionWrapper(F("created_at") - F("comment__submitted_at"), output_field=DurationField())
        )
    )
    n = waits.count()
    if n == 0:
        return WaitMedian(decided_by, 0, None)
    lo = (n - 1) // 2
    middle = list(waits.order_by("wait", "id").values_list("wait", flat=True)[lo : lo + 2 - n % 2])
    return WaitMedian(decided_by, n, sum(middle, timedelta()) / len(middle))


def median_waits(*, scope: InsightScope) -> list[WaitMedian]:
    """The median wait for Tribune's decisions, then for moderators'."""
    return [_median_wait(scope=scope, decided_by=who) for who in (DecidedBy.SYSTEM, DecidedBy.MODERATOR)]
