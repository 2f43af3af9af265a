"""Every guideline at once, through ``tribune.ml``'s scorer and its decision policy.

Thresholds people saved on the tuning screen (``Context.threshold_overrides``)
replace the model's cut-offs for their guidelines: the scores stay the model's,
only the decision is taken again under the overridden policy. Overrides that
could not be read make the step hold (fail closed): a lowered reject
threshold must never be skipped silently.
"""

from __future__ import annotations

from tribune.ml import Decision, Judgement
from tribune.ml.policy import DecisionPolicy
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.runner import SYSTEM_ERROR
from tribune.moderation.pipeline.types import Action, CommentInput, Context, ThresholdOverrides, Verdict

_ACTIONS = {Decision.APPROVE: Action.CONTINUE, Decision.REVIEW: Action.HOLD, Decision.REJECT: Action.REJECT}


def _decide(judgement: Judgement, context: Context) -> tuple[Decision, tuple[str, ...]]:
    overrides: ThresholdOverrides = context.threshold_overrides
    if not overrides.thresholds:
        return judgement.decision, judgement.guidelines
    # The scorer's own policy, so the guidelines nobody overrode keep the cut-offs it used.
    base = getattr(context.scorer, "policy", None)
    policy = base if isinstance(base, DecisionPolicy) else DecisionPolicy.default()
    return policy.with_overrides(overrides.thresholds).decide(judgement.scores)


@register_step("classifier")
class ClassifierStep:
    name = "classifier"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        judgement = context.judgement(comment)
        scores = {key: float(value) for key, value in judgement.scores.items()}
        if context.threshold_overrides.failed:
            return Verdict(
                Action.HOLD,
                reasons=(SYSTEM_ERROR,),
                scores=scores,
                note="threshold overrides could not be read",
            )
        decision, guidelines = _decide(judgement, context)
        action = _ACTIONS[decision]
        note = ""
        if guidelines:
            verb = "breaks" if action is Action.REJECT else "may break"
            note = f"{verb} {', '.join(guidelines)} (language {judgement.language})"
        overridden = sorted(set(context.threshold_overrides.thresholds) & set(guidelines))
        if overridden:
            note += f"; thresholds overridden for {', '.join(overridden)}"
        return Verdict(
            action,
            guidelines=guidelines,
            reasons=("uncertain",) if action is Action.HOLD else (),
            scores=scores,
            evidence=tuple(e.to_json() for e in judgement.evidence),
            note=note,
        )
