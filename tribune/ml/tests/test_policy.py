"""DecisionPolicy: guideline cuts, per-language approve cuts, both manifest formats, the logged fallback."""

from __future__ import annotations

import logging

import pytest

from tribune.ml.labels import GUIDELINES, SCORE_KEYS, Decision
from tribune.ml.policy import ANY_LANGUAGE, DEFAULT_THRESHOLD, DecisionPolicy, Threshold


def _scores(**given: float) -> dict[str, float]:
    return {**{str(k): 0.01 for k in SCORE_KEYS}, **given}


def _policy() -> DecisionPolicy:
    cuts = {str(g): Threshold(reject=0.95, review=0.6) for g in GUIDELINES}
    return DecisionPolicy(cuts, {"en": 0.2, "ar": 0.3, ANY_LANGUAGE: 0.05})


def test_language_cut_holds_what_the_guideline_cuts_would_approve() -> None:
    policy = _policy()
    risky = _scores(reject=0.25, personal_attack=0.2, profanity=0.05)
    assert policy.decide(risky, "en") == (Decision.REVIEW, ("personal_attack",))
    assert policy.decide(risky, "ar") == (Decision.APPROVE, ())


def test_unknown_and_kurdish_languages_use_the_strictest_cut() -> None:
    policy = _policy()
    mild = _scores(reject=0.15, threat=0.12)
    assert policy.decide(mild, "en")[0] == Decision.APPROVE
    for lang in ("ckb", None, "xx"):
        decision, named = policy.decide(mild, lang)
        assert decision == Decision.REVIEW and named[0] == "threat"


def test_guideline_cuts_still_come_first() -> None:
    policy = _policy()
    assert policy.decide(_scores(reject=0.97, threat=0.97), "en") == (Decision.REJECT, ("threat",))
    assert policy.decide(_scores(reject=0.7, abuse=0.7), "en") == (Decision.REVIEW, ("abuse",))


def test_both_json_formats_read_and_round_trip() -> None:
    old = {str(g): {"reject": 0.9, "review": 0.4} for g in GUIDELINES}
    legacy = DecisionPolicy.from_json(old)
    assert legacy.approve == {} and legacy.decide(_scores(reject=0.8), "en")[0] == Decision.APPROVE
    assert legacy.to_json() == old
    policy = _policy()
    again = DecisionPolicy.from_json(policy.to_json())
    assert again == policy
    with pytest.raises(ValueError):
        DecisionPolicy.from_json({"guidelines": old, "approve": {"en": 1.5}})


def test_overrides_keep_the_language_cuts() -> None:
    changed = _policy().with_overrides({"threat": Threshold(reject=0.5, review=0.3)})
    assert changed.approve == _policy().approve
    assert changed.decide(_scores(reject=0.6, threat=0.6), "en")[0] == Decision.REJECT


def test_missing_guideline_falls_back_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    policy = DecisionPolicy({})
    with caplog.at_level(logging.WARNING, logger="tribune.ml.policy"):
        from tribune.ml import policy as module

        module._warned.clear()
        assert policy.threshold("threat") == DEFAULT_THRESHOLD
    assert any("threat" in r.getMessage() for r in caplog.records)


def test_an_approve_cut_hold_names_no_guideline_when_every_score_is_tiny() -> None:
    policy = DecisionPolicy(DecisionPolicy.default().thresholds, approve={"ckb": 0.1, "*": 0.1})
    tiny = {**{str(g): 0.004 for g in GUIDELINES}, "promotion": 0.02, "reject": 0.3}
    assert policy.decide(tiny, language="ckb") == (Decision.REVIEW, ())
    named = {**tiny, "threat": 0.25, "abuse": 0.22}
    assert policy.decide(named, language="ckb") == (Decision.REVIEW, ("threat", "abuse"))
