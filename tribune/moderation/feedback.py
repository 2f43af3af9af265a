"""Moderators' decisions as training examples, so Tribune learns from its humans.

    rows = feedback_rows()   # one dict per human decision, oldest first
    # tribune train --with-decisions   (or: tribune manage export_decisions feedback.jsonl)

Each row carries the comment text, the article text and language, the
guideline labels the moderator chose (an approval is a negative for every
guideline) and the model version whose scores the moderator saw. System
decisions are left out: learning from them would only teach the model its own
mistakes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision


def feedback_rows(*, since_id: int = 0) -> Iterator[dict[str, Any]]:
    """Human decisions after decision ``since_id``, oldest first."""
    decisions = (
        ModerationDecision.objects.filter(decided_by=DecidedBy.MODERATOR, pk__gt=since_id)
        .select_related("comment", "comment__article")
        .order_by("pk")
    )
    for decision in decisions.iterator(chunk_size=500):
        comment = decision.comment
        yield {
            "decision_id": decision.pk,
            "comment_id": comment.pk,
            "text": comment.body,
            "article": comment.article.text_for_relevance,
            "lang": comment.language or comment.article.language,
            "decision": "approve" if decision.outcome == Outcome.APPROVED else "reject",
            "guidelines": list(decision.guidelines),
            "abuse_target": decision.abuse_target,
            "decided_at": decision.created_at.isoformat(),
            "model_version": decision.model_version,
        }
