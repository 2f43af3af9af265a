"""The one writer of the audit trail: move a comment's status by conditional UPDATE, append its row.

Every decision goes through ``decision_record``: the pipeline (one comment or a
batch), a moderator's approve/reject (one or bulk) and a granted appeal::

    row = decision_record(comment=locked, outcome=Outcome.APPROVED, decided_by=DecidedBy.MODERATOR,
                          moderator=user, expect=CommentStatus.PENDING)
    if row is None: ...   # somebody else decided it first: nothing was written

The UPDATE only matches while the comment is still in ``expect`` (and, for the
pipeline, not yet moderated), so two writers can never both decide it. The row
carries what the decision was made on: the scores and evidence the comment's
flags hold and the model version that produced them, unless the caller gives
its own. Call inside a transaction, so the status and the row commit together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.utils import timezone

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_status_move
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.outcomes import STATUS_FOR_OUTCOME


def scored_by(comment: Comment) -> str:
    """The model version behind the comment's scores: its latest system decision's ("" if none ran)."""
    return (
        ModerationDecision.objects.filter(comment=comment, decided_by=DecidedBy.SYSTEM)
        .order_by("-pk")
        .values_list("model_version", flat=True)
        .first()
        or ""
    )


def decision_record(
    *,
    comment: Comment,
    outcome: Outcome,
    decided_by: DecidedBy,
    pipeline_version: str,
    expect: CommentStatus = CommentStatus.PENDING,
    unmoderated: bool = False,
    moderator: Any = None,
    guidelines: Sequence[str] = (),
    abuse_target: str = "",
    reasons: Sequence[str] = (),
    note: str = "",
    scores: Mapping[str, float] | None = None,
    evidence: Sequence[Mapping[str, Any]] | None = None,
    model_version: str | None = None,
    fields: Mapping[str, Any] | None = None,
    save: bool = True,
) -> ModerationDecision | None:
    """Decide ``comment`` if it is still ``expect``; its audit row, or None when it was not.

    unmoderated (bool): also require that the pipeline never finished on it (the pipeline's own runs).
    fields (Mapping): more comment columns to set in the same UPDATE (the pipeline's flags, risk, ...).
    scores, evidence, model_version: default to the comment's flags and ``scored_by``.
    save (bool): False returns the row unsaved, for a caller that inserts many at once.
    """
    changes: dict[str, Any] = dict(fields or {})
    if outcome is not Outcome.HELD:  # a held comment stays pending
        changes["status"] = STATUS_FOR_OUTCOME[outcome]
        changes["decided_at"] = changes.get("moderated_at") or timezone.now()
    if not comment_status_move(comment=comment, expect=expect, unmoderated=unmoderated, **changes):
        return None
    flags = comment.flags or {}
    row = ModerationDecision(
        comment=comment,
        outcome=outcome,
        decided_by=decided_by,
        moderator=moderator,
        guidelines=list(guidelines),
        abuse_target=abuse_target,
        reasons=list(reasons),
        note=note.strip(),
        scores=dict(flags.get("scores", {}) if scores is None else scores),
        evidence=list(flags.get("evidence", []) if evidence is None else evidence),
        pipeline_version=pipeline_version,
        model_version=scored_by(comment) if model_version is None else model_version,
    )
    if save:
        row.save()
    return row
