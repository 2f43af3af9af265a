"""Preview math: where comments land under a policy, and precision/recall of a cut-off."""

from __future__ import annotations

from tribune.insights.tuning import (
    AutoApproved,
    ScoredComment,
    auto_approved,
    bucket,
    confusion,
    guideline_quality,
    has_all_scores,
    workload_moves,
)
from tribune.ml.labels import GUIDELINES, Decision
from tribune.ml.policy import DecisionPolicy, Threshold

A, V, R = Decision.APPROVE, Decision.REVIEW, Decision.REJECT
POLICY = DecisionPolicy.default()  # 0.9 reject / 0.5 review everywhere


def row(threat: float, *, rest: str = "continue", label: tuple[str, ...] | None = None) -> ScoredComment:
    scores = {str(g): 0.01 for g in GUIDELINES}
    scores["threat"] = threat
    return ScoredComment(scores=scores, rest=rest, human_rejected_for=label)


ROWS = [
    row(0.95, label=("threat",)),  # rejected now
    row(0.85, label=("threat",)),  # reviewed now, a real threat
    row(0.70, label=()),  # reviewed now, approved by a person
    row(0.60, label=("personal_attack",)),  # reviewed now, rejected for something else
    row(0.40, label=("threat",)),  # approved now, a missed threat
    row(0.10),  # approved now, never reviewed
    row(0.10, rest="hold"),  # held by another step whatever the score
]


def test_bucket_combines_the_policy_with_other_steps_and_the_switch() -> None:
    assert bucket(row(0.95), POLICY, auto_approve=True) is R
    assert bucket(row(0.6), POLICY, auto_approve=True) is V
    assert bucket(row(0.1), POLICY, auto_approve=True) is A
    assert bucket(row(0.1, rest="hold"), POLICY, auto_approve=True) is V
    assert bucket(row(0.1, rest="reject"), POLICY, auto_approve=True) is R
    assert bucket(row(0.1), POLICY, auto_approve=False) is V


def test_workload_moves_between_buckets() -> None:
    proposed = POLICY.with_overrides({"threat": Threshold(reject=0.8, review=0.3)})

    moves = workload_moves(ROWS, current=POLICY, proposed=proposed, auto_approve=True)

    assert moves.total == 7
    assert moves.count(V, R) == 1  # 0.85 now rejected automatically
    assert moves.count(A, V) == 1  # 0.40 now reviewed
    assert moves.count(R, R) == 1 and moves.count(V, V) == 3 and moves.count(A, A) == 1
    assert (moves.before(A), moves.before(V), moves.before(R)) == (2, 4, 1)
    assert (moves.after(A), moves.after(V), moves.after(R)) == (1, 4, 2)
    assert moves.changed == 2
    assert moves.review_change == 0  # one more to review (0.40), one fewer (0.85)


def test_same_policy_moves_nothing() -> None:
    moves = workload_moves(ROWS, current=POLICY, proposed=POLICY, auto_approve=True)
    assert moves.changed == 0 and moves.review_change == 0 and moves.total == len(ROWS)


def test_confusion_uses_only_labelled_rows() -> None:
    result = confusion(ROWS, guideline="threat", cut=0.5)

    # flagged: 0.95 (tp), 0.85 (tp), 0.70 (fp), 0.60 (fp, rejected for another guideline); 0.40 is a fn.
    assert (result.true_positive, result.false_positive, result.false_negative, result.true_negative) == (
        2,
        2,
        1,
        0,
    )
    assert result.precision == 0.5
    assert result.recall == 2 / 3


def test_guideline_quality_reports_both_cut_offs() -> None:
    quality = guideline_quality(ROWS, guideline="threat", threshold=Threshold(reject=0.9, review=0.5))

    assert (quality.reject.precision, quality.reject.recall) == (1.0, 1 / 3)
    assert quality.review.flagged == 4


def test_no_labels_means_no_precision_or_recall() -> None:
    result = confusion([row(0.9), row(0.1)], guideline="threat", cut=0.5)
    assert result.precision is None and result.recall is None


def test_has_all_scores() -> None:
    assert has_all_scores(row(0.1).scores)
    assert not has_all_scores({"threat": 0.3})
    assert not has_all_scores({**row(0.1).scores, "abuse": "high"})


def test_auto_approved_counts_moderators_verdicts_on_what_would_be_published_unread() -> None:
    now = auto_approved(ROWS, POLICY, auto_approve=True)
    assert (now.violations, now.clean) == (1, 0)  # the missed threat at 0.40
    looser = POLICY.with_overrides({"threat": Threshold(reject=0.99, review=0.8)})
    later = auto_approved(ROWS, looser, auto_approve=True)
    assert (later.violations, later.clean) == (2, 1)  # now 0.70 (approved) and 0.60 (rejected for another) pass too
    assert auto_approved(ROWS, POLICY, auto_approve=False) == AutoApproved(0, 0)
