"""``tribune.ml.evidence.attribution`` and ``pieces``: every head's logit is split exactly among words."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings

from tribune.ml.bundle import load_bundle_scorer
from tribune.ml.evidence import Attributor
from tribune.ml.features import FeatureConfig, Featurizer
from tribune.ml.scorer import PACKAGED_BUNDLE
from tribune.ml.tests.strategies import comment_texts

BOUNDED = settings(max_examples=60, deadline=None, derandomize=True, database=None)


@pytest.fixture(scope="module")
def packaged() -> Attributor:
    return load_bundle_scorer(PACKAGED_BUNDLE).explainer.attributor


def _sums_match(attributor: Attributor, text: str) -> None:
    [found] = attributor.attribute([text])
    total = found.values.sum(axis=0) + found.unworded + attributor.offsets
    np.testing.assert_allclose(total, found.logits, atol=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "You are a st00pid 1diot!!! — see www.example.com",
        "idiot idiot, IDIOT",
        "don't you dare, you're a clown",
        "أنت غـبـي ولا تفهم شيئا",
        "ئەم ڕاپۆرتە زۆر باشە، سوپاس",
        "Sen tam bir aptalsın",
        "",
        "!!! ???",
    ],
)
def test_word_contributions_add_up_to_the_logit(packaged: Attributor, text: str) -> None:
    _sums_match(packaged, text)


@BOUNDED
@given(comment_texts)
def test_attribution_is_exact_on_any_text(text: str) -> None:
    attributor = _toy(FeatureConfig(char_bits=12, word_bits=12, word_max=3))
    _sums_match(attributor, text)


@BOUNDED
@given(comment_texts)
def test_word_spans_point_into_the_original(text: str) -> None:
    [found] = _toy(FeatureConfig(char_bits=12, word_bits=12)).attribute([text])
    assert len(found.words) == found.values.shape[0]
    for _, spans in found.words:
        for start, end in spans:
            assert 0 <= start < end <= len(text)


def test_repeated_words_are_one_word_with_every_span() -> None:
    text = "Idiot, idiot and IDIOT"
    [found] = _toy(FeatureConfig(char_bits=12, word_bits=12)).attribute([text])
    words = dict(found.words)
    assert [text[a:b] for a, b in words["idiot"]] == ["Idiot", "idiot", "IDIOT"]


def test_tokens_are_cut_at_dashes_and_slashes_but_not_inside_a_masked_word() -> None:
    text = "hypocrites--they said f*ck sex/colour don't"
    [found] = _toy(FeatureConfig(char_bits=12, word_bits=12)).attribute([text])
    assert [w for w, _ in found.words] == ["hypocrites", "they", "said", "f*ck", "sex", "colour", "don't"]


def test_threads_sharing_an_attributor_get_what_one_thread_gets() -> None:
    texts = [f"comment {i}: you utter clown number {i}, stop-{i * 7}/go" for i in range(40)]
    alone = [found.values for found in _toy(FeatureConfig(char_bits=12, word_bits=12)).attribute(texts)]
    shared = _toy(FeatureConfig(char_bits=12, word_bits=12))
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda t: shared.attribute([t])[0].values, texts))
    for one, other in zip(alone, together, strict=True):
        np.testing.assert_allclose(one, other)


def test_weights_that_do_not_fit_the_features_are_refused() -> None:
    featurizer = Featurizer(FeatureConfig(char_bits=10, word_bits=10))
    with pytest.raises(ValueError, match="do not fit"):
        Attributor(featurizer, sp.csr_matrix((99, 1)), ["reject"], slopes=[1.0], offsets=[0.0])


def _toy(config: FeatureConfig) -> Attributor:
    """Random dense weights over a small feature space, so every column counts."""
    featurizer = Featurizer(config)
    rng = np.random.default_rng(7)
    weights = sp.csr_matrix(rng.normal(size=(config.width, 2)))
    return Attributor(featurizer, weights, ["a", "b"], slopes=[0.7, 1.3], offsets=[-2.0, 0.5])


def test_the_scorers_feature_rows_give_the_same_attribution(packaged: Attributor) -> None:
    from tribune.ml.text import normalize

    texts = ["You are a st00pid 1diot!!!", "ئەم ڕاپۆرتە زۆر باشە، سوپاس", "Sen tam bir aptalsın"]
    rows = packaged.featurizer.transform_normalized([normalize(t) for t in texts])
    given_rows, own = packaged.attribute(texts, rows), packaged.attribute(texts)
    for a, b in zip(given_rows, own, strict=True):
        np.testing.assert_allclose(a.values, b.values)
        np.testing.assert_allclose(a.logits, b.logits)
    with pytest.raises(ValueError, match="2 feature rows for 3 texts"):
        packaged.attribute(texts, rows[:2])
