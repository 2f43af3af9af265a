"""The recent comments the threshold tuning screen previews a policy on.

    rows = tuning_rows(limit=500)   # list[ScoredComment], newest first

One query: the latest ``limit`` system decisions that carry classifier scores,
each with the step actions of its comment and (through a subquery) the
latest moderator decision on it, which is the label.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import JSONField, OuterRef, Subquery

from tribune.insights.selectors.scope import DECIDING
from tribune.insights.tuning import ScoredComment, has_all_scores
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.outcomes import Action, action_parse, strongest
from tribune.moderation.pipeline.steps.classifier import ClassifierStep


def _rest(steps: Any) -> Action:
    """The strongest action of the pipeline's steps other than the classifier, merged as the runner does."""
    if not isinstance(steps, Mapping):
        return Action.CONTINUE
    return strongest(action_parse(action) for name, action in steps.items() if name != ClassifierStep.name)


def _label(outcome: str | None, guidelines: Any) -> tuple[str, ...] | None:
    if outcome is None:
        return None
    if outcome != Outcome.REJECTED:
        return ()
    return tuple(str(g) for g in guidelines or ())


def tuning_rows(*, limit: int) -> list[ScoredComment]:
    """Up to ``limit`` recent system-scored comments, labelled where a moderator decided them."""
    human = ModerationDecision.objects.filter(
        comment=OuterRef("comment"), decided_by=DecidedBy.MODERATOR, outcome__in=DECIDING
    ).order_by("-created_at", "-id")
    rows = (
        ModerationDecision.objects.filter(decided_by=DecidedBy.SYSTEM)
        .exclude(scores={})
        .annotate(
            human_outcome=Subquery(human.values("outcome")[:1]),
            human_guidelines=Subquery(human.values("guidelines")[:1], output_field=JSONField()),
        )
        .order_by("-created_at", "-id")
        .values("scores", "comment__flags__steps", "comment__language", "human_outcome", "human_guidelines")[
            :limit
        ]
    )
    return [
        ScoredComment(
            scores={k: float(v) for k, v in row["scores"].items() if isinstance(v, int | float)},
            rest=_rest(row["comment__flags__steps"]),
            human_rejected_for=_label(row["human_outcome"], row["human_guidelines"]),
            language=row["comment__language"] or None,
        )
        for row in rows
        if isinstance(row["scores"], Mapping) and has_all_scores(row["scores"])
    ]
