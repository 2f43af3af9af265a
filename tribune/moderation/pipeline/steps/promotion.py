"""Links, contact details and promotional phrases (the promotion guideline).

``tribune.ml.promotion`` scores what it finds: a contact detail together with
a sales pitch or "dm me" is reject-grade; a contact detail or a pitch alone
(a link to a source, say) goes to a human; a platform named in passing passes.
"""

from __future__ import annotations

from tribune.ml.promotion import promotion_evidence, promotion_score
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict

REJECT_AT = 0.9
HOLD_AT = 0.5


@register_step("promotion")
class PromotionStep:
    name = "promotion"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        found = promotion_evidence(comment.text)
        score = promotion_score(found)
        if score < HOLD_AT:
            return PASS
        action = Action.REJECT if score >= REJECT_AT else Action.HOLD
        shown = ", ".join(dict.fromkeys(e.text for e in found[:3]))
        return Verdict(
            action,
            guidelines=("promotion",),
            scores={"promotion_rules": round(score, 3)},
            evidence=tuple(e.to_json() for e in found),
            note=f"{'promotes' if action is Action.REJECT else 'contains'} {shown}",
        )
