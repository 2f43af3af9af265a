"""The classifier under thresholds people saved: same scores, decision taken again."""

from __future__ import annotations

from tests.factories import FakeScorer, make_context, make_input
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.moderation.pipeline.steps.classifier import ClassifierStep
from tribune.moderation.pipeline.types import Action, ThresholdOverrides


def _scorer() -> FakeScorer:
    return FakeScorer(rules={"idiot": {"personal_attack": 0.97}, "hmm": {"personal_attack": 0.6}})


def _context(overrides: ThresholdOverrides, scorer: object | None = None) -> object:
    context = make_context(scorer=scorer or _scorer())
    context.threshold_overrides = overrides
    return context


def test_a_lowered_reject_threshold_rejects_what_the_model_would_hold() -> None:
    overrides = ThresholdOverrides({"personal_attack": Threshold(reject=0.55, review=0.3)}, version=4)

    verdict = ClassifierStep().check(make_input("hmm"), _context(overrides))

    assert verdict.action is Action.REJECT
    assert verdict.guidelines == ("personal_attack",)
    assert verdict.scores["personal_attack"] == 0.6  # scores stay the model's
    assert "thresholds overridden for personal_attack" in verdict.note


def test_a_raised_review_threshold_lets_a_mild_score_through() -> None:
    overrides = ThresholdOverrides({"personal_attack": Threshold(reject=0.99, review=0.7)}, version=2)

    verdict = ClassifierStep().check(make_input("hmm"), _context(overrides))

    assert verdict.action is Action.CONTINUE
    assert verdict.guidelines == ()


def test_other_guidelines_keep_the_scorers_own_cut_offs() -> None:
    strict = DecisionPolicy.default().with_overrides({"personal_attack": Threshold(reject=0.5, review=0.2)})
    scorer = FakeScorer(rules={"hmm": {"personal_attack": 0.6}})
    scorer.policy = strict  # type: ignore[attr-defined]
    overrides = ThresholdOverrides({"threat": Threshold(reject=0.8, review=0.4)}, version=1)

    verdict = ClassifierStep().check(make_input("hmm"), _context(overrides, scorer))

    assert verdict.action is Action.REJECT  # personal_attack still judged by the scorer's 0.5
    assert "thresholds overridden" not in verdict.note


def test_without_overrides_the_judgement_stands() -> None:
    verdict = ClassifierStep().check(make_input("hmm"), _context(ThresholdOverrides()))

    assert verdict.action is Action.HOLD


def test_unreadable_overrides_hold_with_a_system_error() -> None:
    verdict = ClassifierStep().check(make_input("Thanks"), _context(ThresholdOverrides(failed=True)))

    assert verdict.action is Action.HOLD
    assert verdict.reasons == ("system_error",)
