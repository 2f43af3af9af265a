"""Values the pipeline passes around: what a step sees and what it answers.

Steps are pure: everything they need from the database is gathered into a
``Context`` before the run, and the only other thing they may call is the
injected scorer (through ``Context.judgement``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Protocol

from tribune.ml import Decision, Judgement, ScoreInput, Scorer
from tribune.ml.policy import Threshold


class Action(StrEnum):
    CONTINUE = "continue"
    """No objection; the next step runs."""
    HOLD = "hold"
    """A human must decide; later steps still run to collect scores."""
    REJECT = "reject"
    """The comment breaks a guideline or rule; the run stops."""


ACTION_RANK: dict[Action, int] = {Action.CONTINUE: 0, Action.HOLD: 1, Action.REJECT: 2}
ACTION_FOR_DECISION: dict[Decision, Action] = {
    Decision.APPROVE: Action.CONTINUE,
    Decision.REVIEW: Action.HOLD,
    Decision.REJECT: Action.REJECT,
}
"""The classifier's action for the decision thresholds take (``tribune.moderation.decision.rule``)."""


def strongest(actions: Iterable[Action]) -> Action:
    """REJECT over HOLD over CONTINUE (CONTINUE when there are none): how verdicts merge."""
    return max(actions, key=ACTION_RANK.__getitem__, default=Action.CONTINUE)


def action_parse(value: object) -> Action:
    """A stored step action (``flags["steps"]``); anything unknown counts as a hold (a human looks)."""
    try:
        return Action(str(value))
    except ValueError:
        return Action.HOLD


@dataclass(frozen=True)
class CommentInput:
    """The comment under moderation, as stored (its text is never changed)."""

    id: int
    text: str
    author_key: str
    ip_address: str | None
    submitted_at: datetime
    language_hint: str | None = None


@dataclass(frozen=True)
class History:
    """What the database knew about neighbouring comments when the run began.

    by_author_recent (int): the author's other comments in the rate-limit window.
    by_ip_recent (int): other comments from the same address in that window.
    author_recent_texts (tuple[str, ...]): the author's other texts in the duplicate window.
    same_text_authors (int): other authors who posted the same text in the duplicate window.
    """

    by_author_recent: int = 0
    by_ip_recent: int = 0
    author_recent_texts: tuple[str, ...] = ()
    same_text_authors: int = 0


@dataclass(frozen=True)
class ThresholdOverrides:
    """Cut-offs people set (on the tuning screen) in place of the model's, per guideline.

    thresholds (Mapping[str, Threshold]): guideline code -> cut-offs; empty means none.
    version (int): the audit row that produced this set (0 when there never was one).
    failed (bool): they could not be read; the classifier then holds (fails closed).
    """

    thresholds: Mapping[str, Threshold] = field(default_factory=dict)
    version: int = 0
    failed: bool = False

    def __bool__(self) -> bool:
        return bool(self.thresholds) or self.failed


NO_OVERRIDES = ThresholdOverrides()


@dataclass(frozen=True)
class Standing:
    """What moderators decided about the comment's author before the run began.

    banned (bool): every new comment by the author is rejected.
    always_review (bool): every new comment waits for a human.
    warnings (int): warnings in force (they change nothing in moderation).
    """

    banned: bool = False
    always_review: bool = False
    warnings: int = 0


@dataclass
class Context:
    """Everything a step may consult besides the comment itself."""

    article_text: str
    article_language: str
    article_accepted_at_submission: bool
    history: History
    settings: Any  # tribune.moderation.conf.ModerationSettings; Any keeps this module Django-free
    scorer: Scorer
    threshold_overrides: ThresholdOverrides = NO_OVERRIDES
    standing: Standing = field(default_factory=Standing)
    _judgement: Judgement | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def judgement(self, comment: CommentInput) -> Judgement:
        """The scorer's judgement of ``comment``, computed once per run."""
        with self._lock:
            if self._judgement is None:
                item = ScoreInput(text=comment.text, article=self.article_text, lang=comment.language_hint)
                self._judgement = self.scorer.judge([item])[0]
            return self._judgement


@dataclass(frozen=True)
class Verdict:
    """A step's answer.

    action (Action): continue, hold or reject.
    guidelines (tuple[str, ...]): guideline codes behind a hold or rejection.
    reasons (tuple[str, ...]): ``HoldReason`` codes for rule-based actions.
    scores (Mapping[str, float]): scores to record even when the step passes.
    evidence (tuple[Mapping[str, Any], ...]): spans that explain the verdict.
    note (str): one sentence a moderator can read.
    """

    action: Action = Action.CONTINUE
    guidelines: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    evidence: tuple[Mapping[str, Any], ...] = ()
    note: str = ""


PASS = Verdict()


class Step(Protocol):
    """One moderation check."""

    name: ClassVar[str]

    def check(self, comment: CommentInput, context: Context) -> Verdict: ...
