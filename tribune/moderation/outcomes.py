"""The one outcome rule, and the one map between the four words for "what happens to a comment".

Four vocabularies meet here and nowhere else; each stays only where it is stored or
promised (so nothing needs migrating):

=====================  ==========  ===========  ===========
``ml.Decision``        approve     review       reject       ``tribune score``'s contract
pipeline ``Action``    continue    hold         reject       a step's verdict, ``flags["steps"]``
``Outcome``            approved    held         rejected     ``ModerationDecision.outcome``
``CommentStatus``      approved    pending      rejected     ``Comment.status``
=====================  ==========  ===========  ===========

``outcome_for`` is what the live run records and what the threshold preview
counts, so the two cannot drift::

    outcome, extra = outcome_for(strongest(actions), auto_approve=conf.auto_approve)
"""

from __future__ import annotations

from tribune.comments.enums import CommentStatus
from tribune.ml import Decision
from tribune.moderation.enums import Outcome
from tribune.moderation.pipeline.reasons import Reason
from tribune.moderation.pipeline.types import ACTION_FOR_DECISION, Action, action_parse, strongest

__all__ = [
    "ACTION_FOR_DECISION",
    "DECISION_FOR_OUTCOME",
    "STATUS_FOR_OUTCOME",
    "Action",
    "action_parse",
    "outcome_for",
    "strongest",
]

DECISION_FOR_OUTCOME: dict[Outcome, Decision] = {
    Outcome.APPROVED: Decision.APPROVE,
    Outcome.HELD: Decision.REVIEW,
    Outcome.REJECTED: Decision.REJECT,
}
STATUS_FOR_OUTCOME: dict[Outcome, CommentStatus] = {
    Outcome.APPROVED: CommentStatus.APPROVED,
    Outcome.HELD: CommentStatus.PENDING,
    Outcome.REJECTED: CommentStatus.REJECTED,
}


def outcome_for(action: Action, *, auto_approve: bool) -> tuple[Outcome, tuple[Reason, ...]]:
    """The run's outcome for its merged ``action``, and any reason the rule itself adds.

    A clean run is approved only when auto-approve is on; otherwise it is held with
    ``pre_moderation`` (humans approve everything).
    """
    if action is Action.REJECT:
        return Outcome.REJECTED, ()
    if action is Action.HOLD:
        return Outcome.HELD, ()
    if auto_approve:
        return Outcome.APPROVED, ()
    return Outcome.HELD, (Reason.PRE_MODERATION,)
