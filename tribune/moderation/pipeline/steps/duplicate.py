"""Reject an author's repeated posts; hold a text many authors post (a campaign)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.registry import register_step
from tribune.moderation.pipeline.types import PASS, Action, CommentInput, Context, Verdict

CAMPAIGN_AUTHORS = 3
_SPACE = re.compile(r"\W+", re.UNICODE)


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text.casefold()).strip()


def similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two texts, ignoring case, spacing and punctuation."""
    left, right = _squash(a), _squash(b)
    if left == right:
        return 1.0
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    if matcher.real_quick_ratio() < 0.5:
        return 0.0
    return matcher.ratio()


@register_step("duplicate")
class DuplicateStep:
    name = "duplicate"

    def check(self, comment: CommentInput, context: Context) -> Verdict:
        threshold = context.settings.duplicate_similarity
        for earlier in context.history.author_recent_texts:
            score = similarity(comment.text, earlier)
            if score >= threshold:
                return Verdict(
                    Action.REJECT,
                    reasons=(Reason.DUPLICATE,),
                    scores={"duplicate": round(score, 3)},
                    note=f"{score:.0%} the same as the author's earlier comment",
                )
        if context.history.same_text_authors >= CAMPAIGN_AUTHORS:
            note = f"{context.history.same_text_authors} other authors posted the same text"
            return Verdict(Action.HOLD, guidelines=("promotion",), reasons=(Reason.DUPLICATE,), note=note)
        return PASS
