"""Hashed n-gram features: shape, determinism, normalisation and per-word columns."""

from __future__ import annotations

import numpy as np

from tribune.ml.features import FeatureConfig, Featurizer

SMALL = FeatureConfig(char_bits=12, word_bits=12)


def test_shape_and_unit_rows() -> None:
    X = Featurizer(SMALL).transform(["You are an idiot", "Great article", ""])
    assert X.shape == (3, 2**12 + 2**12)
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    assert np.allclose(norms[:2], 1.0, atol=1e-5)
    assert norms[2] == 0.0


def test_same_config_same_features() -> None:
    texts = ["ئەمە هەواڵێکی باشە", "Bu haber çok iyi", "هذا خبر جيد"]
    a = Featurizer(SMALL).transform(texts)
    b = Featurizer.from_config(Featurizer(SMALL).to_config()).transform(texts)
    assert (a != b).nnz == 0


def test_normalisation_meets_obfuscation() -> None:
    feats = Featurizer(SMALL)
    plain, leet = feats.transform(["shit"]), feats.transform(["SH1T"])
    assert (plain != leet).nnz == 0


def test_word_columns_are_inside_the_text_row() -> None:
    feats = Featurizer(SMALL)
    row = feats.transform(["idiot editor"], normalized=True)
    assert set(feats.word_columns("idiot")) <= set(row.indices)
