"""Behaviour of ``BaselineScorer``: the rule-based fallback behind the ``Scorer`` contract."""

from __future__ import annotations

import pytest

from tribune.ml.baseline import BaselineScorer
from tribune.ml.labels import SCORE_KEYS, Decision
from tribune.ml.scorer import Scorer
from tribune.ml.types import ScoreInput

ARTICLE = (
    "City council approves new bridge over the Tigris. The council voted on Tuesday to build a second bridge "
    "in Mosul, costing 40 million dollars. Residents worry about the cost and about corruption."
)


@pytest.fixture(scope="module")
def scorer() -> BaselineScorer:
    return BaselineScorer()


def judge(scorer: BaselineScorer, text: str, lang: str | None = None, article: str = ARTICLE):  # type: ignore[no-untyped-def]
    return scorer.judge([ScoreInput(text=text, article=article, lang=lang)])[0]


def test_satisfies_the_scorer_protocol(scorer: BaselineScorer) -> None:
    assert isinstance(scorer, Scorer)
    assert scorer.version.startswith("baseline")


def test_every_score_key_is_a_probability(scorer: BaselineScorer) -> None:
    result = judge(scorer, "Who will pay for the new bridge?")
    assert set(result.scores) == {str(k) for k in SCORE_KEYS}
    assert all(0.0 <= v <= 1.0 for v in result.scores.values())
    assert result.model_version == scorer.version


@pytest.mark.parametrize(
    ("text", "guideline"),
    [
        ("Someone should shoot the editor", "threat"),
        ("Kurds are subhuman", "abuse"),
        ("You are a fucking idiot", "profanity"),
        ("Subscribe to my channel t.me/deals for discount", "promotion"),
        ("Seni öldüreceğim", "threat"),
        ("الأكراد حيوانات", "abuse"),
    ],
)
def test_clear_violations_are_rejected(scorer: BaselineScorer, text: str, guideline: str) -> None:
    result = judge(scorer, text)
    assert result.decision == Decision.REJECT
    assert guideline in result.guidelines
    assert all(text[e.start : e.end] == e.text for e in result.evidence)


def test_abuse_reports_its_target(scorer: BaselineScorer) -> None:
    result = judge(scorer, "Kurds are subhuman", "en")
    assert result.scores["racism"] >= 0.9
    assert result.scores["sexism"] < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "This government's policy is stupid and will fail",
        "The editor got this story badly wrong",
        "Kurds deserve equal rights",
        "The article about the attack on the base was detailed",
        "I'd kill for a coffee",
        "Great reporting",
        "Who will pay for the new bridge? The council never says.",
        "ئەم ڕاپۆرتە زۆر باش بوو",
        "Allah rahmet eylesin",
    ],
)
def test_constructive_comments_are_approved(scorer: BaselineScorer, text: str) -> None:
    result = judge(scorer, text)
    assert result.decision == Decision.APPROVE, result.scores


def test_links_and_mild_words_go_to_review(scorer: BaselineScorer) -> None:
    assert judge(scorer, "Source: https://www.reuters.com/world/bridge-story").decision == Decision.REVIEW
    assert judge(scorer, "Damn, forty million for a bridge").decision == Decision.REVIEW


def test_long_unrelated_comment_goes_to_review(scorer: BaselineScorer) -> None:
    text = "The football match yesterday was incredible, our striker scored twice and the goalkeeper saved a penalty."
    result = judge(scorer, text)
    assert result.decision == Decision.REVIEW and result.guidelines == ("off_topic",)


def test_language_is_detected_or_kept(scorer: BaselineScorer) -> None:
    assert judge(scorer, "Bu haber çok güzel olmuş").language == "tr"
    assert judge(scorer, "Great reporting", lang="en").language == "en"


def test_batch_keeps_order(scorer: BaselineScorer) -> None:
    texts = ["Great reporting", "Someone should shoot the editor", "Thanks"]
    results = scorer.judge([ScoreInput(text=t, article=ARTICLE) for t in texts])
    assert [r.decision for r in results] == [Decision.APPROVE, Decision.REJECT, Decision.APPROVE]
