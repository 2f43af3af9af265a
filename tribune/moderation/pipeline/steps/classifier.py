"""Every guideline at once: ``tribune.ml``'s scores, decided by ``tribune.moderation.decision.rule``.

The rule is the one ``tribune score`` uses: the scorer's own policy, with the
thresholds people saved on the tuning screen (``Context.threshold_overrides``)
in place of the model's for their guidelines. Overrides that could not be read
make the step hold (fail closed): a lowered reject threshold must never be
skipped silently.
"""

from __future__ import annotations

from tribune.moderation.decision import Ruling, rule
from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.runner import SYSTEM_ERROR
from tribune.moderation.pipeline.types import ACTION_FOR_DECISION, Action, CommentInput, Context, Verdict


def _hold_reason(ruling: Ruling) -> Reason:
    """``not_sure_clean`` when only the language's approve cut held the comment, else ``uncertain``."""
    return Reason.NOT_SURE_CLEAN if ruling.approve_cut_only else Reason.UNCERTAIN


@register_step("classifier")
class ClassifierStep:
    name = "classifier"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        judgement = context.judgement(comment)
        scores = {key: float(value) for key, value in judgement.scores.items()}
        ruling = rule(judgement, context.scorer.policy, context.threshold_overrides)
        if ruling.failed:
            return Verdict(
                Action.HOLD,
                reasons=(SYSTEM_ERROR,),
                scores=scores,
                note="threshold overrides could not be read",
            )
        guidelines = ruling.guidelines
        action = ACTION_FOR_DECISION[ruling.decision]
        note = ""
        if guidelines:
            verb = "breaks" if action is Action.REJECT else "may break"
            note = f"{verb} {', '.join(guidelines)} (language {judgement.language})"
        if ruling.overridden:
            note += f"; thresholds overridden for {', '.join(sorted(ruling.overridden))}"
        return Verdict(
            action,
            guidelines=guidelines,
            reasons=(_hold_reason(ruling),) if action is Action.HOLD else (),
            scores=scores,
            evidence=tuple(e.to_json() for e in judgement.evidence),
            note=note,
        )
