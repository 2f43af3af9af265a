"""Preview math for the threshold tuning screen: pure functions, no database.

Given recent comments with the model's scores (and, where a moderator decided
one, the moderator's verdict), say what a proposed policy would change:

    rows = [ScoredComment(scores={...}, rest="continue", human_rejected_for=("threat",)), ...]
    moves = workload_moves(rows, current=policy, proposed=policy.with_overrides({...}), auto_approve=True)
    quality = guideline_quality(rows, guideline="threat", threshold=Threshold(0.9, 0.5))

Moderators' decisions are the labels: a comment is a positive for a guideline
when a moderator rejected it citing that guideline, a negative when a
moderator approved it or rejected it for something else. Comments nobody
reviewed have no label and count only in the workload.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from tribune.ml.labels import GUIDELINES, Decision
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.moderation.decision import rule_scores
from tribune.moderation.outcomes import (
    ACTION_FOR_DECISION,
    DECISION_FOR_OUTCOME,
    Action,
    action_parse,
    outcome_for,
    strongest,
)

BUCKETS: tuple[Decision, ...] = (Decision.APPROVE, Decision.REVIEW, Decision.REJECT)
"""Where a comment ends up: published automatically, sent to a person, rejected automatically."""


@dataclass(frozen=True)
class ScoredComment:
    """One recent comment as the system saw it.

    scores (Mapping[str, float]): the model's score for every guideline.
    rest (Action | str): the combined action of the pipeline's other steps.
    human_rejected_for (tuple[str, ...] | None): None if no moderator decided it; otherwise the
        guidelines the moderator's rejection cited (empty for an approval).
    language (str | None): the comment's language, for per-language cut-offs.
    """

    scores: Mapping[str, float]
    rest: Action | str = Action.CONTINUE
    human_rejected_for: tuple[str, ...] | None = None
    language: str | None = None

    @property
    def labelled(self) -> bool:
        return self.human_rejected_for is not None


def has_all_scores(scores: Mapping[str, object]) -> bool:
    """Whether ``scores`` hold a number for every guideline (the classifier ran)."""
    return all(isinstance(scores.get(str(g)), int | float) for g in GUIDELINES)


def bucket(row: ScoredComment, policy: DecisionPolicy, *, auto_approve: bool) -> Decision:
    """Where ``row`` ends up under ``policy``: the live run's own rules, replayed.

    The classifier's ruling (``rule_scores``), merged with the other steps' action as the
    runner merges verdicts, then the outcome rule the run records (``outcome_for``).
    """
    classifier = ACTION_FOR_DECISION[rule_scores(row.scores, policy, language=row.language).decision]
    outcome, _ = outcome_for(strongest((action_parse(row.rest), classifier)), auto_approve=auto_approve)
    return DECISION_FOR_OUTCOME[outcome]


@dataclass(frozen=True)
class WorkloadMoves:
    """How ``total`` comments split under the current and the proposed policy.

    moves (Mapping[tuple[Decision, Decision], int]): (current bucket, proposed bucket) -> comments.
    """

    total: int
    moves: Mapping[tuple[Decision, Decision], int] = field(default_factory=dict)

    def count(self, before: Decision, after: Decision) -> int:
        return self.moves.get((before, after), 0)

    def before(self, where: Decision) -> int:
        return sum(self.count(where, after) for after in BUCKETS)

    def after(self, where: Decision) -> int:
        return sum(self.count(before, where) for before in BUCKETS)

    @property
    def changed(self) -> int:
        return sum(n for (a, b), n in self.moves.items() if a != b)

    @property
    def review_change(self) -> int:
        """Comments more (positive) or fewer (negative) for people to review."""
        return self.after(Decision.REVIEW) - self.before(Decision.REVIEW)


def workload_moves(
    rows: Iterable[ScoredComment], *, current: DecisionPolicy, proposed: DecisionPolicy, auto_approve: bool
) -> WorkloadMoves:
    """Count where each row lands under ``current`` and under ``proposed``."""
    moves: dict[tuple[Decision, Decision], int] = {}
    total = 0
    for row in rows:
        key = (
            bucket(row, current, auto_approve=auto_approve),
            bucket(row, proposed, auto_approve=auto_approve),
        )
        moves[key] = moves.get(key, 0) + 1
        total += 1
    return WorkloadMoves(total, moves)


@dataclass(frozen=True)
class AutoApproved:
    """Comments moderators decided that a policy would have published unread.

    violations (int): a moderator rejected it; clean (int): a moderator approved it.
    """

    violations: int = 0
    clean: int = 0


def auto_approved(rows: Iterable[ScoredComment], policy: DecisionPolicy, *, auto_approve: bool) -> AutoApproved:
    """Count the labelled rows ``policy`` would auto-approve, by what the moderator decided."""
    violations = clean = 0
    for row in rows:
        if row.human_rejected_for is None or bucket(row, policy, auto_approve=auto_approve) != Decision.APPROVE:
            continue
        if row.human_rejected_for:
            violations += 1
        else:
            clean += 1
    return AutoApproved(violations, clean)


@dataclass(frozen=True)
class Confusion:
    """Labelled comments a cut-off flags (``score >= cut``) against the moderators' verdicts."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    @property
    def flagged(self) -> int:
        return self.true_positive + self.false_positive

    @property
    def positives(self) -> int:
        return self.true_positive + self.false_negative

    @property
    def precision(self) -> float | None:
        return self.true_positive / self.flagged if self.flagged else None

    @property
    def recall(self) -> float | None:
        return self.true_positive / self.positives if self.positives else None


def confusion(rows: Iterable[ScoredComment], *, guideline: str, cut: float) -> Confusion:
    """Flag labelled rows whose ``guideline`` score reaches ``cut``; compare with the moderators."""
    tp = fp = fn = tn = 0
    for row in rows:
        if row.human_rejected_for is None:
            continue
        flagged = float(row.scores[guideline]) >= cut
        positive = guideline in row.human_rejected_for
        tp += flagged and positive
        fp += flagged and not positive
        fn += positive and not flagged
        tn += not flagged and not positive
    return Confusion(tp, fp, fn, tn)


@dataclass(frozen=True)
class GuidelineQuality:
    """reject: auto-rejections for the guideline; review: comments it sends to a person or rejects."""

    threshold: Threshold
    reject: Confusion
    review: Confusion


def guideline_quality(
    rows: Sequence[ScoredComment], *, guideline: str, threshold: Threshold
) -> GuidelineQuality:
    """Precision and recall of ``threshold``'s two cut-offs for ``guideline`` on the labelled rows."""
    return GuidelineQuality(
        threshold=threshold,
        reject=confusion(rows, guideline=guideline, cut=threshold.reject),
        review=confusion(rows, guideline=guideline, cut=threshold.review),
    )
