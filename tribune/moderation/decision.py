"""The one place where thresholds turn a judgement into a decision.

``tribune.ml`` returns scores and evidence only. The site's ``classifier`` step
and ``tribune score`` both call ``rule()``: the scorer's own policy (the bundle
manifest's cut-offs), with the cut-offs editors saved on the tuning screen in
place of the model's for their guidelines::

    overrides = threshold_overrides()          # the one read (see ``overrides``)
    ruling = rule(judgement, scorer.policy, overrides)
    ruling.decision, ruling.guidelines

Overrides that could not be read fail closed: the ruling is "review" with
``failed`` set, so a lowered reject threshold is never skipped silently.
This module is plain Python (no Django), so the CLI can use it without a site.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tribune.ml import GUIDELINES, SCORE_KEYS, Decision, Judgement
from tribune.ml.policy import DecisionPolicy
from tribune.moderation.pipeline.types import NO_OVERRIDES, ThresholdOverrides


def missing_guidelines(policy: DecisionPolicy) -> list[str]:
    """Guidelines ``policy`` has no cut-offs for (``DecisionPolicy`` then uses its default)."""
    return [str(g) for g in GUIDELINES if str(g) not in policy.thresholds]


@dataclass(frozen=True)
class Ruling:
    """The decision thresholds take on one judgement.

    decision (Decision): approve, reject or review.
    guidelines (tuple[str, ...]): guidelines broken (reject) or suspected (review), riskiest first.
    overridden (tuple[str, ...]): those of ``guidelines`` judged by an editor's cut-offs.
    failed (bool): the overrides could not be read, so a human decides (``decision`` is review).
    approve_cut_only (bool): a review that no guideline's own review cut asked for: only the
        language's safety-first approve cut held it, and ``guidelines`` are the likeliest concerns.
    """

    decision: Decision
    guidelines: tuple[str, ...] = ()
    overridden: tuple[str, ...] = ()
    failed: bool = False
    approve_cut_only: bool = False


def policy_in_force(policy: DecisionPolicy, overrides: ThresholdOverrides = NO_OVERRIDES) -> DecisionPolicy:
    """``policy`` with the guidelines in ``overrides`` given the editors' cut-offs.

    A guideline neither has falls back to ``DEFAULT_THRESHOLD`` (``DecisionPolicy.threshold`` logs it once).
    """
    return policy.with_overrides(overrides.thresholds) if overrides.thresholds else policy


def rule(
    judgement: Judgement, policy: DecisionPolicy, overrides: ThresholdOverrides = NO_OVERRIDES
) -> Ruling:
    """Decide ``judgement`` under ``policy`` (the scorer's) and ``overrides`` (the editors')."""
    return rule_scores(judgement.scores, policy, overrides, language=judgement.language)


def rule_scores(
    scores: Mapping[str, float],
    policy: DecisionPolicy,
    overrides: ThresholdOverrides = NO_OVERRIDES,
    *,
    language: str | None = None,
) -> Ruling:
    """``rule`` on stored scores (the threshold preview replays recent comments through it)."""
    if overrides.failed:
        return Ruling(Decision.REVIEW, failed=True)
    in_force = policy_in_force(policy, overrides)
    decision, guidelines = in_force.decide(scores, language=language)
    overridden = tuple(g for g in guidelines if g in overrides.thresholds)
    approve_cut_only = decision is Decision.REVIEW and not any(
        float(scores.get(g, 0.0)) >= in_force.threshold(g).review for g in guidelines
    )
    return Ruling(decision, guidelines, overridden, approve_cut_only=approve_cut_only)


def contract_line(item_id: Any, judgement: Judgement, ruling: Ruling) -> dict[str, Any]:
    """The fixed ``tribune score`` output line: ``{"id", "decision", "guidelines", "scores", "language"}``."""
    return {
        "id": item_id,
        "decision": str(ruling.decision),
        "guidelines": list(ruling.guidelines),
        "scores": {str(k): round(float(judgement.scores[str(k)]), 6) for k in SCORE_KEYS},
        "language": judgement.language,
    }
