"""The safety numbers: violations auto-approved, clean auto-approved or rejected, reject precision."""

from __future__ import annotations

import pytest

from tribune.ml.labels import GUIDELINES, SCORE_KEYS
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.ml.training.safety import HEADER, safety_numbers, safety_table, violation


def _s(reject: float, **given: float) -> dict[str, float]:
    return {**{str(k): 0.01 for k in SCORE_KEYS}, "reject": reject, **given}


def test_violation_reads_conduct_and_promotion() -> None:
    assert violation({"reject": 1}) == 1 and violation({"promotion": 1}) == 1
    assert violation({"reject": 0}) == 0 and violation({"promotion": 0}) == 0
    assert violation({"abuse": 0}) is None


def test_numbers_on_known_decisions() -> None:
    policy = DecisionPolicy({str(g): Threshold(0.9, 0.6) for g in GUIDELINES}, {"en": 0.3})
    scores = [_s(0.1), _s(0.5), _s(0.95, profanity=0.95), _s(0.1), _s(0.95, profanity=0.95)]
    labels = [{"reject": 1}, {"reject": 1}, {"reject": 1}, {"reject": 0}, {"reject": 0}]
    n = safety_numbers(scores, labels, ["en"] * 5, policy)
    assert n.violations == 3 and n.clean == 2
    assert n.violations_approved == pytest.approx(1 / 3)
    assert n.clean_approved == pytest.approx(0.5) and n.clean_rejected == pytest.approx(0.5)
    assert n.reject_precision == pytest.approx(0.5)
    lines = safety_table(scores, labels, ["a"] * 5, ["en"] * 5, policy)
    assert lines[0] == HEADER and lines[1].startswith("a (en)") and lines[2].startswith("lang:en")
