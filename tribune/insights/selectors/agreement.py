"""Does the model agree with the moderators? Per guideline, on comments people decided.

For every approve/reject decision a moderator made, the model's view is the
latest system decision on the same comment before it (``decided_by=system``
rows hold the guidelines it suspected and its scores). Per guideline:

- suspected: the model cited the guideline (held or rejected for it);
- confirmed: ... and the moderator rejected the comment citing it too;
- missed: the moderator rejected citing it, but the model had not suspected it;
- precision = confirmed / suspected; caught = confirmed / (confirmed + missed).

Overturns are the other direction: a system approval or rejection that a
moderator later decided the other way (on appeal, say).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Cast, Coalesce

from tribune.insights.selectors.activity import guideline_like
from tribune.insights.selectors.scope import DECIDING, InsightScope
from tribune.moderation.enums import DecidedBy, Guideline, Outcome
from tribune.moderation.models import ModerationDecision


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class GuidelineAgreement:
    """Model versus moderators for one guideline (see the module docstring)."""

    guideline: str
    suspected: int
    confirmed: int
    missed: int
    auto_rejected: int
    overturned: int

    @property
    def precision(self) -> float | None:
        return _ratio(self.confirmed, self.suspected)

    @property
    def caught(self) -> float | None:
        return _ratio(self.confirmed, self.confirmed + self.missed)

    @property
    def overturn_rate(self) -> float | None:
        return _ratio(self.overturned, self.auto_rejected)


@dataclass(frozen=True)
class Agreement:
    """human_decided (int): comments a moderator approved or rejected.
    held_approved / held_rejected (int): of those, how the moderators decided them.
    auto_decided (int): system approvals and rejections; overturned (int): of those, later reversed.
    """

    human_decided: int
    held_approved: int
    held_rejected: int
    auto_decided: int
    overturned: int
    guidelines: list[GuidelineAgreement]

    @property
    def overturn_rate(self) -> float | None:
        return _ratio(self.overturned, self.auto_decided)


def _model_view() -> Cast:
    """The guidelines of the latest system decision before this (moderator) decision, as text."""
    latest = (
        ModerationDecision.objects.filter(
            comment=OuterRef("comment"), decided_by=DecidedBy.SYSTEM, created_at__lte=OuterRef("created_at")
        )
        .order_by("-created_at", "-id")
        .values("guidelines")[:1]
    )
    return Coalesce(Cast(Subquery(latest), TextField()), Value(""), output_field=TextField())


def _human_counts(scope: InsightScope) -> dict[str, int]:
    decisions = (
        scope.decisions()
        .filter(decided_by=DecidedBy.MODERATOR, outcome__in=DECIDING)
        .annotate(model_cited=_model_view(), human_cited=Cast("guidelines", TextField()))
    )
    rejected = Q(outcome=Outcome.REJECTED)
    counts = {
        "human_decided": Count("comment", distinct=True),
        "held_approved": Count("comment", distinct=True, filter=Q(outcome=Outcome.APPROVED)),
        "held_rejected": Count("comment", distinct=True, filter=rejected),
    }
    for code in Guideline.values:
        model = Q(model_cited__contains=guideline_like(code))
        human = rejected & Q(human_cited__contains=guideline_like(code))
        counts[f"{code}__suspected"] = Count("id", filter=model)
        counts[f"{code}__confirmed"] = Count("id", filter=model & human)
        counts[f"{code}__missed"] = Count("id", filter=~model & human)
    return decisions.aggregate(**counts)


def _overturn_counts(scope: InsightScope) -> dict[str, int]:
    reversed_later = Exists(
        ModerationDecision.objects.filter(
            comment=OuterRef("comment"),
            decided_by=DecidedBy.MODERATOR,
            outcome__in=DECIDING,
            created_at__gte=OuterRef("created_at"),
        ).exclude(outcome=OuterRef("outcome"))
    )
    decisions = (
        scope.decisions()
        .filter(decided_by=DecidedBy.SYSTEM, outcome__in=DECIDING)
        .annotate(is_reversed=reversed_later, cited=Cast("guidelines", TextField()))
    )
    counts = {
        "auto_decided": Count("id"),
        "overturned": Count("id", filter=Q(is_reversed=True)),
    }
    for code in Guideline.values:
        rejected_for = Q(outcome=Outcome.REJECTED, cited__contains=guideline_like(code))
        counts[f"{code}__auto_rejected"] = Count("id", filter=rejected_for)
        counts[f"{code}__overturned"] = Count("id", filter=rejected_for & Q(is_reversed=True))
    return decisions.aggregate(**counts)


def model_agreement(*, scope: InsightScope) -> Agreement:
    """Agreement between the model and the moderators in ``scope`` (two aggregate queries)."""
    human = _human_counts(scope)
    auto = _overturn_counts(scope)
    return Agreement(
        human_decided=human["human_decided"],
        held_approved=human["held_approved"],
        held_rejected=human["held_rejected"],
        auto_decided=auto["auto_decided"],
        overturned=auto["overturned"],
        guidelines=[
            GuidelineAgreement(
                guideline=code,
                suspected=human[f"{code}__suspected"],
                confirmed=human[f"{code}__confirmed"],
                missed=human[f"{code}__missed"],
                auto_rejected=auto[f"{code}__auto_rejected"],
                overturned=auto[f"{code}__overturned"],
            )
            for code in Guideline.values
        ],
    )
