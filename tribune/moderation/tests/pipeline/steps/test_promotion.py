from __future__ import annotations

from tests.factories import FakeScorer, make_context, make_input
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.moderation.pipeline.steps.promotion import PromotionStep
from tribune.moderation.pipeline.types import Action, ThresholdOverrides


def test_contact_details_with_a_sales_pitch_are_rejected() -> None:
    verdict = PromotionStep().check(
        make_input("Visit my channel t.me/cheapdeals for discounts"), make_context()
    )
    assert verdict.action is Action.REJECT
    assert verdict.guidelines == ("promotion",)
    assert any("t.me" in e["text"] for e in verdict.evidence)


def test_a_bare_link_goes_to_a_human() -> None:
    verdict = PromotionStep().check(
        make_input("The ministry statement: https://gov.example/statement"), make_context()
    )
    assert verdict.action is Action.HOLD


def test_plain_comment_passes() -> None:
    assert (
        PromotionStep().check(make_input("The launcher truck was seized."), make_context()).action
        is Action.CONTINUE
    )


def test_a_platform_named_in_passing_passes() -> None:
    verdict = PromotionStep().check(
        make_input("I first saw the launcher video on Instagram."), make_context()
    )
    assert verdict.action is Action.CONTINUE


def test_the_cut_offs_are_the_promotion_guidelines_in_force() -> None:
    text = "Visit my channel t.me/cheapdeals for discounts"
    raised = make_context()
    raised.threshold_overrides = ThresholdOverrides({"promotion": Threshold(reject=1.0, review=1.0)}, version=3)
    stricter = FakeScorer(policy=DecisionPolicy.default().with_overrides({"promotion": Threshold(0.3, 0.2)}))

    assert PromotionStep().check(make_input(text), raised).action is Action.CONTINUE
    link = make_input("The ministry statement: https://gov.example/statement")
    assert PromotionStep().check(link, make_context(scorer=stricter)).action is Action.REJECT
