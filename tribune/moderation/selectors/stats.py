"""Reads for the moderator dashboard and API beyond ``selectors``: filtered history and today's numbers.

stats = moderation_stats(since=start_of_today)
stats.pending, stats.by_system, stats.by_moderators, stats.automation_rate
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, QuerySet

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.selectors import decision_list


@dataclass(frozen=True)
class ModerationStats:
    """What the queue looks like now and who decided since ``since``.

    pending (int): comments waiting for a decision.
    by_system (int): approvals and rejections Tribune made since ``since`` (holds are not decisions).
    by_moderators (int): approvals and rejections people made since ``since``.
    """

    pending: int
    by_system: int
    by_moderators: int

    @property
    def decided(self) -> int:
        return self.by_system + self.by_moderators

    @property
    def automation_rate(self) -> float | None:
        """The system's share of decisions, or None when nothing was decided."""
        return self.by_system / self.decided if self.decided else None


def moderation_stats(*, since: datetime) -> ModerationStats:
    """Pending count and decisions (approve/reject only) made at or after ``since``."""
    rows = (
        ModerationDecision.objects.filter(
            created_at__gte=since, outcome__in=(Outcome.APPROVED, Outcome.REJECTED)
        )
        .values("decided_by")
        .annotate(n=Count("id"))
    )
    counts = {row["decided_by"]: row["n"] for row in rows}
    return ModerationStats(
        pending=Comment.objects.filter(status=CommentStatus.PENDING).count(),
        by_system=counts.get(DecidedBy.SYSTEM, 0),
        by_moderators=counts.get(DecidedBy.MODERATOR, 0),
    )


def decision_list_filtered(
    *, comment_id: int | None = None, decided_by: str | None = None, moderator_id: int | None = None
) -> QuerySet[ModerationDecision]:
    """``decision_list`` narrowed to one decider kind (``"system"`` or ``"moderator"``)."""
    queryset = decision_list(comment_id=comment_id, moderator_id=moderator_id)
    if decided_by:
        queryset = queryset.filter(decided_by=decided_by)
    return queryset
