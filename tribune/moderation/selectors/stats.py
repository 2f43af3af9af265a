"""Reads for the moderator dashboard and API beyond ``selectors``: filtered history and today's numbers.

stats = moderation_stats(since=start_of_today)
stats.pending, stats.by_system, stats.by_moderators, stats.held_by_system, stats.automation_rate
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
    """What the queue looks like now and who decided since ``since`` (the dashboard states each definition).

    pending (int): comments waiting for a decision now, whenever they arrived.
    by_system (int): approvals and rejections Tribune made since ``since``.
    by_moderators (int): approvals and rejections people made since ``since`` (appeals included).
    held_by_system (int): comments Tribune handed to a person since ``since`` instead of deciding them;
        they count against the automation rate whether they still wait or a person decided them since.
    """

    pending: int
    by_system: int
    by_moderators: int
    held_by_system: int = 0

    @property
    def decided(self) -> int:
        return self.by_system + self.by_moderators

    @property
    def moderated_by_system(self) -> int:
        """Comments Tribune's pipeline judged since ``since``: decided alone or handed to a person."""
        return self.by_system + self.held_by_system

    @property
    def automation_rate(self) -> float | None:
        """Of the comments Tribune judged since ``since``, the share it approved or rejected without a person.

        None when it judged none. A held comment counts against the rate, so comments waiting for a
        person never inflate it.
        """
        return self.by_system / self.moderated_by_system if self.moderated_by_system else None

    @property
    def automation_percent(self) -> int | None:
        rate = self.automation_rate
        return None if rate is None else round(rate * 100)


def moderation_stats(*, since: datetime) -> ModerationStats:
    """Pending count now; decisions and holds made at or after ``since``, by who made them."""
    rows = (
        ModerationDecision.objects.filter(
            created_at__gte=since, outcome__in=(Outcome.APPROVED, Outcome.REJECTED, Outcome.HELD)
        )
        .values("decided_by", "outcome")
        .annotate(n=Count("id"))
    )
    counts: dict[tuple[str, str], int] = {(row["decided_by"], row["outcome"]): row["n"] for row in rows}

    def decided(by: str) -> int:
        return counts.get((by, Outcome.APPROVED), 0) + counts.get((by, Outcome.REJECTED), 0)

    return ModerationStats(
        pending=Comment.objects.filter(status=CommentStatus.PENDING).count(),
        by_system=decided(DecidedBy.SYSTEM),
        by_moderators=decided(DecidedBy.MODERATOR),
        held_by_system=counts.get((DecidedBy.SYSTEM, Outcome.HELD), 0),
    )


def decision_list_filtered(
    *, comment_id: int | None = None, decided_by: str | None = None, moderator_id: int | None = None
) -> QuerySet[ModerationDecision]:
    """``decision_list`` narrowed to one decider kind (``"system"`` or ``"moderator"``)."""
    queryset = decision_list(comment_id=comment_id, moderator_id=moderator_id)
    if decided_by:
        queryset = queryset.filter(decided_by=decided_by)
    return queryset
