"""Hashed word and character n-gram features, rebuilt from a small JSON config.

Training and inference both call ``Featurizer.transform``: texts are normalised
with ``tribune.ml.text.normalize`` (so leetspeak, homoglyphs and Arabic-script
variants meet), then hashed into two blocks that share one sparse matrix:

* character n-grams inside word boundaries (``char_wb``), which carry every
  language, Kurdish included, without a tokenizer;
* word uni- and bigrams.

Features are binary and each row is L2-normalised. Hashing needs no vocabulary,
so the bundle stores only this config and the (pruned) coefficients; scikit-learn's
murmurhash is stable across versions, so nothing pickled is needed.

Usage::

    feats = Featurizer.from_config({"char_bits": 18, "word_bits": 18})
    X = feats.transform(["You are an idiot", "Great article"])   # scipy CSR, (2, 2**18 + 2**18)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize as l2_normalize

from tribune.ml.text import normalize

__all__ = ["FeatureConfig", "Featurizer"]


@dataclass(frozen=True)
class FeatureConfig:
    """What ``Featurizer`` hashes.

    char_bits, word_bits (int): log2 of each block's width.
    char_min, char_max (int): character n-gram lengths (``char_wb``).
    word_max (int): longest word n-gram.
    """

    char_bits: int = 20
    word_bits: int = 20
    char_min: int = 2
    char_max: int = 5
    word_max: int = 2

    @property
    def width(self) -> int:
        return int(2**self.char_bits + 2**self.word_bits)


class Featurizer:
    """Turns raw comments into the sparse matrix the heads were trained on."""

    def __init__(self, config: FeatureConfig) -> None:
        self.config = config
        common: dict[str, Any] = {"alternate_sign": False, "norm": None, "binary": True, "lowercase": False}
        self._char = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(config.char_min, config.char_max),
            n_features=2**config.char_bits,
            dtype=np.float32,
            **common,
        )
        self._word = HashingVectorizer(
            analyzer="word",
            ngram_range=(1, config.word_max),
            token_pattern=r"(?u)\b\w+\b",
            n_features=2**config.word_bits,
            dtype=np.float32,
            **common,
        )

    @classmethod
    def from_config(cls, data: Mapping[str, Any]) -> Featurizer:
        return cls(FeatureConfig(**{k: int(v) for k, v in data.items()}))

    def to_config(self) -> dict[str, int]:
        return asdict(self.config)

    def transform(self, texts: Sequence[str], normalized: bool = False) -> sp.csr_matrix:
        """Feature rows for ``texts`` (normalised here unless ``normalized`` says they already are)."""
        norm = list(texts) if normalized else [normalize(t) for t in texts]
        return self.transform_normalized(norm)

    def transform_normalized(self, norm: Sequence[str]) -> sp.csr_matrix:
        return l2_normalize(self.raw_transform(norm), copy=False)

    def raw_transform(self, norm: Sequence[str]) -> sp.csr_matrix:
        """Binary n-gram rows of already normalised texts, without the row normalisation."""
        return sp.hstack([self._char.transform(norm), self._word.transform(norm)], format="csr")

    def word_columns(self, word: str) -> np.ndarray:
        """Columns a single (normalised) word switches on: its char n-grams and the word itself."""
        return np.asarray(self.raw_transform([word]).indices, dtype=np.int64)
