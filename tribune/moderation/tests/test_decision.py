"""The one rule that turns a judgement into a decision (the site's and ``tribune score``'s)."""

from __future__ import annotations

import logging

import pytest

from tribune.ml import SCORE_KEYS, Decision, Judgement
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.moderation.decision import contract_line, policy_in_force, rule
from tribune.moderation.pipeline.types import ThresholdOverrides


def _judgement(**scores: float) -> Judgement:
    return Judgement({**{str(k): 0.0 for k in SCORE_KEYS}, **scores}, "ckb", (), "m.v1")


def test_the_scorers_policy_decides_without_overrides() -> None:
    ruling = rule(_judgement(threat=0.95, personal_attack=0.6), DecisionPolicy.default())
    assert ruling.decision is Decision.REJECT and ruling.guidelines == ("threat",)
    assert ruling.overridden == () and not ruling.failed


def test_an_override_replaces_only_its_guidelines_cut_offs() -> None:
    overrides = ThresholdOverrides({"personal_attack": Threshold(reject=0.55, review=0.3)}, version=2)
    ruling = rule(_judgement(personal_attack=0.6, vulgarity=0.6), DecisionPolicy.default(), overrides)
    assert ruling.decision is Decision.REJECT
    assert ruling.guidelines == ("personal_attack",) and ruling.overridden == ("personal_attack",)


def test_unreadable_overrides_fail_closed_to_a_human() -> None:
    ruling = rule(_judgement(), DecisionPolicy.default(), ThresholdOverrides(failed=True))
    assert ruling.decision is Decision.REVIEW and ruling.failed


def test_the_policy_is_asked_with_the_judgements_language() -> None:
    asked: list[str | None] = []

    class Recording(DecisionPolicy):
        def decide(self, scores, language=None):  # type: ignore[no-untyped-def]
            asked.append(language)
            return super().decide(scores, language)

    rule(_judgement(), Recording(DecisionPolicy.default().thresholds))
    assert asked == ["ckb"]


def test_a_guideline_without_cut_offs_is_logged_once(caplog: pytest.LogCaptureFixture, monkeypatch) -> None:
    from tribune.ml import policy as policy_module

    monkeypatch.setattr(policy_module, "_warned", set())
    partial = DecisionPolicy({"threat": Threshold(0.9, 0.5)})
    with caplog.at_level(logging.WARNING):
        rule(_judgement(), policy_in_force(partial))
        rule(_judgement(), policy_in_force(partial))
    warned = [r.getMessage() for r in caplog.records if "no threshold for profanity" in r.getMessage()]
    assert len(warned) == 1


def test_the_contract_line_carries_the_rulings_decision() -> None:
    judgement = _judgement(promotion=0.7)
    line = contract_line("c1", judgement, rule(judgement, DecisionPolicy.default()))
    assert line["decision"] == "review" and line["guidelines"] == ["promotion"]
    assert list(line["scores"]) == [str(k) for k in SCORE_KEYS] and line["language"] == "ckb"
