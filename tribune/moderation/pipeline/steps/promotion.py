"""Links, contact details and promotional phrases (the promotion guideline).

``tribune.ml.promotion`` scores what it finds: a contact detail together with
a sales pitch or "dm me" is reject-grade; a contact detail or a pitch alone
(a link to a source, say) goes to a human; a platform named in passing passes.
The cut-offs are the promotion guideline's in force (the bundle's policy with any
editor's override, ``tribune.moderation.decision.policy_in_force``), the same the
classifier applies to the combined promotion score, so this step only decides earlier.
"""

from __future__ import annotations

from tribune.ml import Label
from tribune.ml.promotion import promotion_evidence, promotion_score
from tribune.moderation.decision import policy_in_force
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict


@register_step("promotion")
class PromotionStep:
    name = "promotion"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        found = promotion_evidence(comment.text)
        score = promotion_score(found)
        cut = policy_in_force(context.scorer.policy, context.threshold_overrides).threshold(Label.PROMOTION)
        if score < cut.review:
            return PASS
        action = Action.REJECT if score >= cut.reject else Action.HOLD
        shown = ", ".join(dict.fromkeys(e.text for e in found[:3]))
        return Verdict(
            action,
            guidelines=("promotion",),
            scores={"promotion_rules": round(score, 3)},
            evidence=tuple(e.to_json() for e in found),
            note=f"{'promotes' if action is Action.REJECT else 'contains'} {shown}",
        )
