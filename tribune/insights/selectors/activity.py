"""How many comments came in, how they ended, who decided them and why they were rejected.

Each function is one or two aggregate queries (``TruncDate``, filtered ``Count``)
that run the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, F, OuterRef, Q, TextField, Value
from django.db.models.functions import Cast, Coalesce, NullIf, TruncDate

from tribune.comments.enums import CommentStatus
from tribune.insights.selectors.scope import DECIDING, InsightScope
from tribune.moderation.enums import DecidedBy, Guideline, Outcome
from tribune.moderation.models import ModerationDecision


@dataclass(frozen=True)
class DayOutcomes:
    """Comments posted on ``day`` by their status now."""

    day: date
    approved: int = 0
    rejected: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.approved + self.rejected + self.pending


@dataclass(frozen=True)
class DayDeciders:
    """Decided comments posted on ``day``: by Tribune alone, or by a person."""

    day: date
    automatic: int = 0
    human: int = 0

    @property
    def total(self) -> int:
        return self.automatic + self.human


@dataclass(frozen=True)
class GuidelineRejections:
    """Rejected comments that cite ``guideline``, by who rejected them."""

    guideline: str
    automatic: int
    human: int

    @property
    def total(self) -> int:
        return self.automatic + self.human


def comments_per_day(*, scope: InsightScope) -> list[DayOutcomes]:
    """One row per day of the scope (days without comments are zeros)."""
    rows = (
        scope.comments()
        .annotate(day=TruncDate("submitted_at"))
        .values("day")
        .annotate(
            approved=Count("id", filter=Q(status=CommentStatus.APPROVED)),
            rejected=Count("id", filter=Q(status=CommentStatus.REJECTED)),
            pending=Count("id", filter=Q(status=CommentStatus.PENDING)),
        )
        .order_by("day")
    )
    found = {row["day"]: row for row in rows}
    return [
        DayOutcomes(day, found[day]["approved"], found[day]["rejected"], found[day]["pending"])
        if day in found
        else DayOutcomes(day)
        for day in scope.days
    ]


def _human_decided() -> Exists:
    return Exists(
        ModerationDecision.objects.filter(
            comment=OuterRef("pk"), decided_by=DecidedBy.MODERATOR, outcome__in=DECIDING
        )
    )


def deciders_per_day(*, scope: InsightScope) -> list[DayDeciders]:
    """Decided comments per day of posting: a comment any person decided counts as human."""
    rows = (
        scope.comments()
        .exclude(status=CommentStatus.PENDING)
        .annotate(day=TruncDate("submitted_at"), by_human=_human_decided())
        .values("day")
        .annotate(
            human=Count("id", filter=Q(by_human=True)),
            automatic=Count("id", filter=Q(by_human=False)),
        )
        .order_by("day")
    )
    found = {row["day"]: row for row in rows}
    return [
        DayDeciders(day, found[day]["automatic"], found[day]["human"]) if day in found else DayDeciders(day)
        for day in scope.days
    ]


def guideline_like(code: str) -> str:
    """The text a JSON list holds when it contains ``code`` (matched with ``contains``)."""
    return f'"{code}"'


def rejections_by_guideline(*, scope: InsightScope) -> list[GuidelineRejections]:
    """Comments rejected now, counted once per guideline their rejecting decision cites."""
    decisions = scope.decisions().filter(outcome=Outcome.REJECTED, comment__status=CommentStatus.REJECTED)
    decisions = decisions.annotate(cited=Cast("guidelines", TextField()))
    counts: dict[str, Count] = {}
    for code in Guideline.values:
        cites = Q(cited__contains=guideline_like(code))
        counts[f"{code}__auto"] = Count(
            "comment", distinct=True, filter=cites & Q(decided_by=DecidedBy.SYSTEM)
        )
        counts[f"{code}__human"] = Count(
            "comment", distinct=True, filter=cites & Q(decided_by=DecidedBy.MODERATOR)
        )
    totals = decisions.aggregate(**counts)
    return [
        GuidelineRejections(code, totals[f"{code}__auto"], totals[f"{code}__human"])
        for code in Guideline.values
    ]


def rejections_by_language(*, scope: InsightScope) -> list[tuple[str, int]]:
    """``(language code, rejected comments)``, most first.

    A comment's language is the one identified in its text, or its article's language when none was
    (short or mixed texts); ``""`` only if neither is known.
    """
    rows = (
        scope.comments()
        .filter(status=CommentStatus.REJECTED)
        .annotate(lang=Coalesce(NullIf(F("language"), Value("")), F("article__language"), Value("")))
        .values("lang")
        .annotate(n=Count("id"))
        .order_by("-n", "lang")
    )
    return [(row["lang"], row["n"]) for row in rows]
