from __future__ import annotations

from tests.factories import FakeScorer, make_context, make_input
from tribune.ml.policy import DecisionPolicy
from tribune.moderation.pipeline.steps.classifier import ClassifierStep
from tribune.moderation.pipeline.types import Action


def _scorer() -> FakeScorer:
    return FakeScorer(rules={"idiot": {"personal_attack": 0.97}, "hmm": {"personal_attack": 0.6}})


def test_clear_violation_rejects_with_its_guideline_and_scores() -> None:
    verdict = ClassifierStep().check(make_input("you idiot"), make_context(scorer=_scorer()))
    assert verdict.action is Action.REJECT
    assert verdict.guidelines == ("personal_attack",)
    assert verdict.scores["personal_attack"] == 0.97
    assert "breaks personal_attack" in verdict.note


def test_uncertain_score_holds_and_clean_continues() -> None:
    held = ClassifierStep().check(make_input("hmm"), make_context(scorer=_scorer()))
    assert held.action is Action.HOLD and held.reasons == ("uncertain",)
    clean = ClassifierStep().check(make_input("Thanks for the report"), make_context(scorer=_scorer()))
    assert clean.action is Action.CONTINUE
    assert clean.scores["reject"] == 0.0


def test_article_text_reaches_the_scorer_once() -> None:
    scorer = _scorer()
    context = make_context(scorer=scorer)
    ClassifierStep().check(make_input("hello"), context)
    ClassifierStep().check(make_input("hello"), context)
    assert len(scorer.calls) == 1
    assert "launcher truck" in scorer.calls[0].article


def test_a_hold_by_the_language_approve_cut_says_so_not_uncertain() -> None:
    """Low guideline scores over the language's approve cut: held as not clearly clean, naming the likeliest."""
    base = DecisionPolicy.default()
    policy = DecisionPolicy(base.thresholds, approve={"en": 0.1, "*": 0.1})
    scorer = FakeScorer(rules={"meh": {"personal_attack": 0.3, "reject": 0.3}}, policy=policy)
    verdict = ClassifierStep().check(make_input("meh"), make_context(scorer=scorer))
    assert verdict.action is Action.HOLD
    assert verdict.reasons == ("not_sure_clean",)
    assert verdict.guidelines == ("personal_attack",)


def test_a_guideline_over_its_review_cut_is_still_uncertain_under_an_approve_cut() -> None:
    base = DecisionPolicy.default()
    policy = DecisionPolicy(base.thresholds, approve={"*": 0.1})
    scorer = FakeScorer(rules={"hmm": {"personal_attack": 0.6, "reject": 0.6}}, policy=policy)
    verdict = ClassifierStep().check(make_input("hmm"), make_context(scorer=scorer))
    assert verdict.action is Action.HOLD and verdict.reasons == ("uncertain",)
