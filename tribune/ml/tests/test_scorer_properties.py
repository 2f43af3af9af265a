"""Property tests: the packaged scorer judges any text without crashing, and its evidence points into it.

For arbitrary Unicode and for texts built from the tricks the model folds
(leetspeak, look-alikes, zero-width and bidi controls, Arabic-script variants,
contacts), every judgement has a probability for every score, a decision, and
evidence spans with ``text[start:end] == evidence.text``. Bounded for CI.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tribune.ml import SCORE_KEYS, ScoreInput, get_scorer
from tribune.ml.labels import Decision
from tribune.ml.tests.strategies import comment_texts

ARTICLE = "Rockets hit an air base in western Iraq; the launcher truck was seized by security forces."


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    st.lists(comment_texts, min_size=1, max_size=3),
    st.sampled_from([None, "en", "ar", "fa", "tr", "ckb", "kmr"]),
)
def test_any_text_gets_a_judgement_whose_evidence_maps_back_into_it(
    texts: list[str], lang: str | None
) -> None:
    scorer = get_scorer()
    judgements = scorer.judge([ScoreInput(text=t, article=ARTICLE, lang=lang) for t in texts])

    assert len(judgements) == len(texts)
    for text, judgement in zip(texts, judgements, strict=True):
        assert set(map(str, SCORE_KEYS)) <= set(judgement.scores)
        assert all(0.0 <= v <= 1.0 for v in judgement.scores.values())
        assert scorer.policy.decide(judgement.scores, language=judgement.language)[0] in set(Decision)
        for evidence in judgement.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.text
