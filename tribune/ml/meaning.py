"""The meaning stage of the scorer: sentence-embedding heads blended with the n-gram heads, as a cascade.

The n-gram heads run on every comment. The sentence encoder
(``tribune.ml.sentence``, USE multilingual) runs only where it can change
something and where it speaks the language:

* the comment's language is one the encoder covers (``languages``), and
* the n-gram ``reject`` head is unsure: ``below[lang] <= p < above``. Under
  ``below`` the n-gram stage alone is sure enough to let the policy approve
  (at most 1% of any validation set's violations score there); from ``above``
  it is sure of a violation.

For those comments each head with a sentence head becomes
``sigmoid(w * logit(p_ngram) + (1 - w) * z_sentence)`` (``w``: the head's
``blend``, chosen on validation). Everything after (rules, ``combine``, the
policy) is unchanged, and training picks the policy on exactly these cascade
scores (``tribune.ml.training.meaning``), so the approve-side promise covers
what the cascade serves.

Usage::

    stage = MeaningStage.from_bundle(manifest, arrays)        # None when the bundle has none
    probs, refined = stage.refine(texts, langs, probs, heads)  # refined[i]: encoder ran on row i
    probs, vectors = stage.refine_with_vectors(texts, langs, probs, heads)  # vectors[i]: row i's, or None
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tribune.ml.sentence import SentenceEncoder, get_sentence_encoder

WEIGHTS_KEY = "sentence.weight"


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    out: np.ndarray = np.log(q / (1 - q))
    return out


@dataclass
class MeaningStage:
    """Sentence heads and cascade bounds read from a bundle (see the module docstring).

    heads (list[str]): labels with a sentence head, in ``weight``'s column order.
    weight (np.ndarray): (512, len(heads)) float32; intercept, platt_a, platt_b, blend: per head.
    below (Mapping[str, float]): per language, the n-gram reject probability under which the encoder is skipped.
    above (float): from this n-gram reject probability the encoder is skipped too.
    """

    heads: list[str]
    weight: np.ndarray
    intercept: np.ndarray
    platt_a: np.ndarray
    platt_b: np.ndarray
    blend: np.ndarray
    below: Mapping[str, float]
    above: float
    encoder: SentenceEncoder | None = None
    stats: dict[str, float] = field(default_factory=lambda: {"rows": 0, "refined": 0, "seconds": 0.0})
    """Running totals since load: rows seen, rows the encoder refined, seconds spent encoding and blending."""

    @classmethod
    def from_bundle(
        cls, manifest: Mapping[str, Any], arrays: Mapping[str, np.ndarray]
    ) -> MeaningStage | None:
        """The stage a bundle describes, or None when it has no ``sentence`` section or no weights."""
        section = manifest.get("sentence")
        if not section or WEIGHTS_KEY not in arrays:
            return None
        heads = list(section["heads"])
        weight = np.asarray(arrays[WEIGHTS_KEY], dtype=np.float32)
        if weight.shape != (section["dimension"], len(heads)):
            raise ValueError(f"{WEIGHTS_KEY} has shape {weight.shape}, manifest wants {len(heads)} heads")
        p = section["heads"]
        return cls(
            heads=heads,
            weight=weight,
            intercept=np.array([p[h]["intercept"] for h in heads]),
            platt_a=np.array([p[h]["platt_a"] for h in heads]),
            platt_b=np.array([p[h]["platt_b"] for h in heads]),
            blend=np.array([p[h]["blend"] for h in heads]),
            below=dict(section["cascade"]["below"]),
            above=float(section["cascade"]["above"]),
        )

    def warm_up(self) -> None:
        """Load the encoder and run it once, so the first unsure comment does not pay for it."""
        if self.encoder is None:
            self.encoder = get_sentence_encoder()
        if self.encoder is not None:
            self.encoder.encode(["warm up"])

    def wanted(self, langs: Sequence[str], reject: np.ndarray) -> np.ndarray:
        """Rows the encoder should see: a covered language and an unsure n-gram ``reject``."""
        return np.array(
            [
                lang in self.below and self.below[lang] <= r < self.above
                for lang, r in zip(langs, reject, strict=True)
            ],
            dtype=bool,
        )

    def sentence_logits(self, vectors: np.ndarray) -> np.ndarray:
        """Calibrated sentence-head logits, shape (rows, len(heads))."""
        out: np.ndarray = self.platt_a * (vectors @ self.weight + self.intercept) + self.platt_b
        return out

    def blend_rows(self, probs: np.ndarray, heads: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """``probs`` (rows, len(heads)) with every sentence head's column blended in."""
        out = probs.copy()
        z = self.sentence_logits(vectors)
        for j, head in enumerate(self.heads):
            col = list(heads).index(head)
            w = self.blend[j]
            mixed = w * _logit(probs[:, col]) + (1 - w) * z[:, j]
            out[:, col] = 1.0 / (1.0 + np.exp(-np.clip(mixed, -30, 30)))
        return out

    def refine(
        self, texts: Sequence[str], langs: Sequence[str], probs: np.ndarray, heads: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        """(probabilities with the unsure rows blended, which rows were); n-gram only without an encoder."""
        out, vectors = self.refine_with_vectors(texts, langs, probs, heads)
        return out, np.array([v is not None for v in vectors], dtype=bool)

    def refine_with_vectors(
        self, texts: Sequence[str], langs: Sequence[str], probs: np.ndarray, heads: Sequence[str]
    ) -> tuple[np.ndarray, list[np.ndarray | None]]:
        """As ``refine``, with each refined row's sentence vector (None for the others), for reuse."""
        wanted = self.wanted(langs, probs[:, list(heads).index("reject")])
        self.stats["rows"] += len(texts)
        none: list[np.ndarray | None] = [None] * len(texts)
        if not wanted.any():
            return probs, none
        started = time.perf_counter()
        if self.encoder is None:
            self.encoder = get_sentence_encoder()
            if self.encoder is None:
                return probs, none
        rows = np.flatnonzero(wanted)
        vectors = self.encoder.encode([texts[int(i)] for i in rows])
        out = probs.copy()
        out[rows] = self.blend_rows(probs[rows], heads, vectors)
        self.stats["refined"] += len(rows)
        self.stats["seconds"] += time.perf_counter() - started
        for k, i in enumerate(rows):
            none[int(i)] = vectors[k]
        return out, none
