from __future__ import annotations

import pytest

from tests.factories import FakeScorer
from tribune.ml import ScoreInput
from tribune.moderation.decision import rule
from tribune.moderation.pipeline.prescored import Prescored


class CountingScorer(FakeScorer):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.batches: list[int] = []

    def judge(self, items):
        self.batches.append(len(items))
        return super().judge(items)


def test_batch_judges_distinct_inputs_in_one_call_and_answers_from_it() -> None:
    scorer = CountingScorer(rules={"idiot": {"personal_attack": 0.97}})
    items = [ScoreInput(text="you idiot", article="a"), ScoreInput(text="fine", article="a")]
    prescored = Prescored.batch(scorer, [*items, items[0]])
    assert scorer.batches == [2]
    judged = prescored.judge([items[0]])
    guidelines = rule(judged[0], prescored.policy).guidelines
    assert guidelines == ("personal_attack",) or list(guidelines) == ["personal_attack"]
    assert prescored.judge([items[1]])[0].scores["personal_attack"] == 0.0
    assert scorer.batches == [2], "answered from the batch, no further call"


def test_an_input_outside_the_batch_goes_to_the_scorer() -> None:
    scorer = CountingScorer()
    prescored = Prescored.batch(scorer, [ScoreInput(text="one")])
    prescored.judge([ScoreInput(text="two")])
    assert scorer.batches == [1, 1]


def test_a_failed_batch_leaves_each_input_to_fail_in_its_own_step() -> None:
    scorer = FakeScorer(fail=True)
    prescored = Prescored.batch(scorer, [ScoreInput(text="one")])
    assert prescored.judged == {}
    with pytest.raises(RuntimeError):
        prescored.judge([ScoreInput(text="one")])


def test_other_attributes_are_the_wrapped_scorers() -> None:
    prescored = Prescored(FakeScorer(version="m.v9"))
    assert prescored.version == "m.v9"
