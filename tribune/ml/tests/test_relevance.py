"""Behaviour of ``tribune.ml.relevance`` on our own article/comment fixture (``relevance_fixture.py``)."""

from __future__ import annotations

import timeit

import pytest

from tribune.ml.relevance import CEILING, off_topic_score, relevance_features
from tribune.ml.tests.relevance_fixture import CASES

ON = [(lang, article, c) for lang, article, on, _, _ in CASES for c in on]
OFF = [(lang, article, c) for lang, article, _, off, _ in CASES for c in off]
REACTIONS = [(lang, article, c) for lang, article, _, _, gen in CASES for c in gen]


@pytest.mark.parametrize(("lang", "article", "comment"), ON)
def test_on_topic_comments_are_not_flagged(lang: str, article: str, comment: str) -> None:
    assert off_topic_score(comment, article, lang) < 0.5


@pytest.mark.parametrize(("lang", "article", "comment"), OFF)
def test_long_unrelated_comments_go_to_review(lang: str, article: str, comment: str) -> None:
    score = off_topic_score(comment, article, lang)
    assert 0.5 <= score <= CEILING


@pytest.mark.parametrize(("lang", "article", "comment"), REACTIONS)
def test_short_generic_reactions_score_low(lang: str, article: str, comment: str) -> None:
    assert off_topic_score(comment, article, lang) <= 0.15


def test_every_on_topic_comment_scores_below_every_off_topic_one() -> None:
    worst_on = max(off_topic_score(c, a, lang) for lang, a, c in ON)
    best_off = min(off_topic_score(c, a, lang) for lang, a, c in OFF)
    assert worst_on < best_off


def test_unknown_article_and_other_script_are_undecided() -> None:
    assert off_topic_score("Anything at all about football and recipes and phones", "", "en") < 0.2
    article = CASES[0][1]
    assert off_topic_score("ئەم بابەتە زۆر گرنگە بۆ هەموو خەڵکی شارەکە و ناوچەکە", article, "ckb") < 0.2


def test_lexical_evidence_never_reaches_reject_grade() -> None:
    article = CASES[0][1]
    rambling = " ".join(f"word{i} zebra{i} quartz{i}" for i in range(60)).replace("0", "o")
    assert off_topic_score(rambling, article, "en") <= CEILING


def test_features_are_bounded() -> None:
    lang, article, comment = ON[0]
    feats = relevance_features(comment, article)
    assert feats.specific > 0 and 0.0 <= feats.word_overlap <= 1.0 and 0.0 <= feats.gram_overlap <= 1.0


def test_is_fast_with_a_cached_article() -> None:
    lang, article, comment = ON[0]
    article = article * 10
    off_topic_score(comment, article, lang)
    runs = 1000
    per_call = timeit.timeit(lambda: off_topic_score(comment, article, lang), number=runs) / runs
    assert per_call < 1e-3  # ~30 µs on a dev laptop
