"""Links, contact details and promotional phrases (the promotion guideline).

Contact details plus a promotional phrase ("visit my channel ... t.me/x") are
rejected; contact details alone (a link to a source, say) go to a human.
"""

from __future__ import annotations

from tribune.ml.promotion import promotion_evidence
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict

CONTACT = "contact-pattern"
PHRASE = "promotion-phrase"


@register_step("promotion")
class PromotionStep:
    name = "promotion"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        found = promotion_evidence(comment.text)
        contacts = [e for e in found if e.source == CONTACT]
        if not contacts:
            return PASS
        evidence = tuple(e.to_json() for e in found)
        shown = ", ".join(e.text for e in contacts[:3])
        if any(e.source == PHRASE for e in found):
            return Verdict(
                Action.REJECT, guidelines=("promotion",), evidence=evidence, note=f"promotes {shown}"
            )
        return Verdict(Action.HOLD, guidelines=("promotion",), evidence=evidence, note=f"contains {shown}")
