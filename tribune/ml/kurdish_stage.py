"""Cross-lingual stage for Kurdish: an e5 head for the overall ``reject`` score, trained without Kurdish.

Sorani (``ckb``) and Kurmanji (``kmr``) have no labelled data, so the n-gram
heads know them only through characters shared with Persian, Arabic and
Turkish. Every Kurdish comment therefore also goes through multilingual-e5
(``tribune.ml.crosslingual``) and a logistic ``reject`` head trained on
English, Arabic and Turkish rows, calibrated and checked on Persian, a language
it never saw (the proxy for "a language without data"). The comment's
``reject`` probability becomes ``max(n-gram, cross-lingual)``: the stage can
only raise it, so it can only send more Kurdish comments to a human. The
policy's Kurdish approve cut is chosen on the same proxy
(``tribune.ml.training.kurdish``).

Slow (tens of milliseconds per comment), so the scorer runs it only where it
can change whether a comment is published: a Kurdish comment whose final
``reject`` score without it is already at or above its language's approve cut
is held or rejected whatever the encoder says (raising ``reject`` cannot lower
anything, and editors' overrides move guideline cut-offs, not approve cuts).
On the Kurdish check sets that is 80–87% of the comments; the other 13–20%,
the ones the n-gram and rule stages would publish, all go through it.

Usage::

    stage = KurdishStage.from_bundle(manifest, arrays)   # None when the bundle has none
    probs = stage.raise_reject(texts, langs, probs, heads)
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tribune.ml.crosslingual import LANGUAGES, CrosslingualEncoder, get_crosslingual_encoder

WEIGHTS_KEY = "crosslingual.reject"


@dataclass
class KurdishStage:
    """weight (384 float32), intercept, platt_a, platt_b: the cross-lingual ``reject`` head."""

    weight: np.ndarray
    intercept: float
    platt_a: float
    platt_b: float
    languages: frozenset[str] = LANGUAGES
    encoder: CrosslingualEncoder | None = None
    stats: dict[str, float] = field(default_factory=lambda: {"rows": 0, "seconds": 0.0})

    @classmethod
    def from_bundle(
        cls, manifest: Mapping[str, Any], arrays: Mapping[str, np.ndarray]
    ) -> KurdishStage | None:
        section = manifest.get("crosslingual")
        if not section or WEIGHTS_KEY not in arrays:
            return None
        head = section["heads"]["reject"]
        return cls(
            np.asarray(arrays[WEIGHTS_KEY], dtype=np.float32).ravel(),
            float(head["intercept"]),
            float(head["platt_a"]),
            float(head["platt_b"]),
            frozenset(section["languages"]),
        )

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        z = self.platt_a * (vectors @ self.weight + self.intercept) + self.platt_b
        out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return out

    def warm_up(self) -> None:
        if self.encoder is None:
            self.encoder = get_crosslingual_encoder()
        if self.encoder is not None:
            self.encoder.encode(["warm up"])

    def raise_reject(
        self,
        texts: Sequence[str],
        langs: Sequence[str],
        probs: np.ndarray,
        heads: Sequence[str],
        only: Sequence[bool] | None = None,
    ) -> np.ndarray:
        """``probs`` with each Kurdish row's ``reject`` raised to the cross-lingual head's probability.

        only: when given, the rows (Kurdish or not) the encoder may see; the others keep their probabilities.
        """
        rows = [i for i, lang in enumerate(langs) if lang in self.languages and (only is None or only[i])]
        if not rows:
            return probs
        if self.encoder is None:
            self.encoder = get_crosslingual_encoder()
            if self.encoder is None:
                return probs
        started = time.perf_counter()
        col = list(heads).index("reject")
        out = probs.copy()
        p = self.probability(self.encoder.encode([texts[i] for i in rows]))
        out[rows, col] = np.maximum(out[rows, col], p)
        self.stats["rows"] += len(rows)
        self.stats["seconds"] += time.perf_counter() - started
        return out
