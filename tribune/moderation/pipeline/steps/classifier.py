"""Every guideline at once, through ``tribune.ml``'s scorer and its decision policy."""

from __future__ import annotations

from tribune.ml import Decision
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import Action, CommentInput, Context, Verdict

_ACTIONS = {Decision.APPROVE: Action.CONTINUE, Decision.REVIEW: Action.HOLD, Decision.REJECT: Action.REJECT}


@register_step("classifier")
class ClassifierStep:
    name = "classifier"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        judgement = context.judgement(comment)
        action = _ACTIONS[judgement.decision]
        scores = {key: float(value) for key, value in judgement.scores.items()}
        note = ""
        if judgement.guidelines:
            verb = "breaks" if action is Action.REJECT else "may break"
            note = f"{verb} {', '.join(judgement.guidelines)} (language {judgement.language})"
        return Verdict(
            action,
            guidelines=judgement.guidelines,
            reasons=("uncertain",) if action is Action.HOLD else (),
            scores=scores,
            evidence=tuple(e.to_json() for e in judgement.evidence),
            note=note,
        )
