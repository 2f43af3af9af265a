"""Which comments an insights page looks at: those posted in a date range, optionally on one article.

scope = InsightScope(start=date(2026, 11, 1), end=date(2026, 11, 14), article_id=None)
comments = scope.comments()              # Comment queryset
decisions = scope.decisions()            # ModerationDecision queryset on those comments
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from tribune.comments.models import Comment
from tribune.moderation.enums import Outcome
from tribune.moderation.models import ModerationDecision

DECIDING = (Outcome.APPROVED, Outcome.REJECTED)
"""Outcomes that decide a comment (a hold does not)."""


@dataclass(frozen=True)
class InsightScope:
    """Comments submitted from ``start`` to ``end`` (both days included, site time zone).

    article_id (int | None): only this article's comments when given.
    """

    start: date
    end: date
    article_id: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the range ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> list[date]:
        """Every day of the range, in order."""
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def _bounds(self) -> tuple[datetime, datetime]:
        zone = timezone.get_current_timezone()
        since = timezone.make_aware(datetime.combine(self.start, time.min), zone)
        until = timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min), zone)
        return since, until

    def comment_filter(self, prefix: str = "") -> Q:
        """The scope as a ``Q`` on comments, or on a model reaching them through ``prefix``."""
        since, until = self._bounds()
        q = Q(**{f"{prefix}submitted_at__gte": since, f"{prefix}submitted_at__lt": until})
        if self.article_id:
            q &= Q(**{f"{prefix}article_id": self.article_id})
        return q

    def comments(self) -> QuerySet[Comment]:
        return Comment.objects.filter(self.comment_filter())

    def decisions(self) -> QuerySet[ModerationDecision]:
        return ModerationDecision.objects.filter(self.comment_filter("comment__"))
