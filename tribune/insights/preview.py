"""What the tuning screen shows: thresholds in force, and a proposal's expected effect.

    overview = thresholds_overview(sample=500)           # every guideline, as things stand
    effect = threshold_preview(guideline="threat", proposed=Threshold(0.9, 0.6), sample=500)
    effect.moves.review_change, effect.proposed_quality.reject.precision

Reads only: the recent comments come from ``tuning_rows``, the math from
``tribune.insights.tuning``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tribune.insights.models import ThresholdOverride
from tribune.insights.selectors import tuning_rows
from tribune.insights.thresholds import model_policy, policy_in_force
from tribune.insights.tuning import (
    AutoApproved,
    GuidelineQuality,
    ScoredComment,
    WorkloadMoves,
    auto_approved,
    guideline_quality,
    workload_moves,
)
from tribune.ml.policy import Threshold
from tribune.moderation.conf import get_settings
from tribune.moderation.enums import Guideline


@dataclass(frozen=True)
class GuidelineState:
    """One guideline's cut-offs: the model's, the override in force (if any), and how they do."""

    guideline: str
    model: Threshold
    override: ThresholdOverride | None
    quality: GuidelineQuality

    @property
    def in_force(self) -> Threshold:
        return self.quality.threshold


@dataclass(frozen=True)
class Preview:
    """The expected effect of ``proposed`` on the ``sample`` most recent scored comments."""

    guideline: str
    current: Threshold
    proposed: Threshold
    model: Threshold
    sample: int
    labelled: int
    current_quality: GuidelineQuality
    proposed_quality: GuidelineQuality
    moves: WorkloadMoves
    current_auto: AutoApproved
    proposed_auto: AutoApproved


def _labelled(rows: Sequence[ScoredComment]) -> int:
    return sum(1 for r in rows if r.labelled)


def thresholds_overview(*, sample: int) -> tuple[list[GuidelineState], int, int]:
    """Every guideline's state, plus how many comments were scored and how many a person labelled."""
    rows = tuning_rows(limit=sample)
    model = model_policy()
    overrides = {row.guideline: row for row in ThresholdOverride.objects.select_related("updated_by")}
    in_force = policy_in_force(fresh=True)
    states = [
        GuidelineState(
            guideline=code,
            model=model.threshold(code),
            override=overrides.get(code),
            quality=guideline_quality(rows, guideline=code, threshold=in_force.threshold(code)),
        )
        for code in Guideline.values
    ]
    return states, len(rows), _labelled(rows)


def threshold_preview(*, guideline: str, proposed: Threshold, sample: int) -> Preview:
    """What moving ``guideline``'s cut-offs to ``proposed`` would change (nothing is saved)."""
    rows = tuning_rows(limit=sample)
    model = model_policy()
    current_policy = policy_in_force(fresh=True)
    proposed_policy = current_policy.with_overrides({guideline: proposed})
    current = current_policy.threshold(guideline)
    auto = get_settings().auto_approve
    return Preview(
        guideline=guideline,
        current=current,
        proposed=proposed,
        model=model.threshold(guideline),
        sample=len(rows),
        labelled=_labelled(rows),
        current_quality=guideline_quality(rows, guideline=guideline, threshold=current),
        proposed_quality=guideline_quality(rows, guideline=guideline, threshold=proposed),
        moves=workload_moves(rows, current=current_policy, proposed=proposed_policy, auto_approve=auto),
        current_auto=auto_approved(rows, current_policy, auto_approve=auto),
        proposed_auto=auto_approved(rows, proposed_policy, auto_approve=auto),
    )
