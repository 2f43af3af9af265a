"""Training step for the meaning stage: sentence heads, their blend weights and the cascade bounds.

Given every train/val row, its labels and the n-gram head probabilities:

1. encode a stratified train sample and every validation row
   (``embedding_sample``, cached on disk by ``encoded``);
2. fit a logistic head per label over the embeddings (``sentence_heads``);
3. per head, the n-gram weight of the blend, by mean per-dataset validation
   ROC-AUC on the languages the encoder covers;
4. the cascade bounds (``tribune.ml.meaning``): per covered language, ``below``
   is the lowest over its validation sets of the n-gram ``reject`` probability
   under which at most ``SURE_MISS`` (1%) of the set's violations fall; ``above``
   the probability from which flagged rows are violations with ``SURE_PRECISION``;
5. the validation probabilities *as the cascade serves them*, on which the
   policy is then chosen.

Usage::

    result = train_meaning(rows, labels, probs, HEADS)   # None without an encoder
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tribune.ml.meaning import WEIGHTS_KEY, MeaningStage
from tribune.ml.sentence import COVERED, DIMENSION, MAX_CHARS, NAME, get_sentence_encoder
from tribune.ml.training.approve_cuts import recall_cut
from tribune.ml.training.embedding_sample import embedding_indices
from tribune.ml.training.encoded import encode_cached
from tribune.ml.training.rows import Row
from tribune.ml.training.safety import violation
from tribune.ml.training.sentence_heads import choose_blend, fit_all
from tribune.ml.training.thresholds import lowest_cut

SURE_MISS = 0.01
SURE_PRECISION = 0.99
MIN_VIOLATIONS = 30


@dataclass
class MeaningResult:
    """section: the manifest's ``sentence`` part; arrays: its weights; val_probs: cascade probabilities."""

    section: dict[str, Any]
    arrays: dict[str, np.ndarray]
    val_probs: np.ndarray
    refined_share: dict[str, float]


def cascade_bounds(
    reject: np.ndarray, labels: Sequence[Mapping[str, int]], rows: Sequence[Row]
) -> tuple[dict[str, float], float]:
    """(``below`` per covered language, ``above``) from validation n-gram ``reject`` probabilities."""
    below: dict[str, float] = {}
    for lang in sorted(COVERED):
        cuts = []
        for name in dict.fromkeys(r.dataset for r in rows if r.lang == lang):
            bad = [i for i, r in enumerate(rows) if r.dataset == name and violation(labels[i]) == 1]
            if len(bad) >= MIN_VIOLATIONS:
                cuts.append(recall_cut(reject[bad], SURE_MISS))
        if cuts:
            below[lang] = round(min(cuts), 6)
    known = [i for i, r in enumerate(rows) if r.lang in COVERED and violation(labels[i]) is not None]
    y = np.array([violation(labels[i]) for i in known], dtype=np.int64)
    above = lowest_cut(reject[known], y, SURE_PRECISION) if known else 1.0
    return below, round(max(above, 0.5), 6)


def train_meaning(
    rows: Sequence[Row],
    labels: Sequence[Mapping[str, int]],
    probs: np.ndarray,
    heads: Sequence[str],
    progress: bool = True,
) -> MeaningResult | None:
    """Fit the meaning stage on ``rows`` (train and val); None when no encoder is installed."""
    encoder = get_sentence_encoder()
    if encoder is None:
        return None
    train = embedding_indices(rows)
    val = [i for i, r in enumerate(rows) if r.split == "val"]
    E = encode_cached([rows[i].text for i in train], encoder, progress=progress)
    E_val = encode_cached([rows[i].text for i in val], encoder, progress=progress)
    val_rows = [rows[i] for i in val]
    val_labels = [labels[i] for i in val]
    fitted = fit_all(
        heads, E, [labels[i] for i in train], np.array([rows[i].dataset for i in train]), E_val, val_labels
    )
    if not fitted:
        return None
    covered = np.array([r.lang in COVERED for r in val_rows])
    groups = np.array([r.dataset for r in val_rows])
    section_heads: dict[str, dict[str, float]] = {}
    for head, fit in fitted.items():
        col = list(heads).index(head)
        has = covered & np.array([head in lab for lab in val_labels])
        y = np.array([val_labels[i].get(head, 0) for i in np.flatnonzero(has)])
        weight = choose_blend(probs[val][has, col], fit.predict(E_val[has]), y, groups[has])
        section_heads[head] = {
            "intercept": fit.intercept,
            "platt_a": fit.platt_a,
            "platt_b": fit.platt_b,
            "blend": weight,
            "val_auc": round(fit.val_auc, 4),
        }
    reject = probs[val][:, list(heads).index("reject")]
    below, above = cascade_bounds(reject, val_labels, val_rows)
    section = {
        "encoder": NAME,
        "dimension": DIMENSION,
        "max_chars": MAX_CHARS,
        "languages": sorted(COVERED),
        "heads": section_heads,
        "cascade": {"below": below, "above": above},
        "train_rows": len(train),
    }
    names = list(section_heads)
    arrays = {WEIGHTS_KEY: np.stack([fitted[h].weight for h in names], axis=1).astype(np.float16)}
    stage = MeaningStage.from_bundle(section_as_manifest(section), arrays)
    assert stage is not None
    wanted = stage.wanted([r.lang for r in val_rows], reject)
    val_probs = probs[val].copy()
    val_probs[wanted] = stage.blend_rows(val_probs[wanted], heads, E_val[wanted])
    langs = [r.lang for r in val_rows]
    share = {
        lang: round(float(wanted[[i for i, x in enumerate(langs) if x == lang]].mean()), 4)
        for lang in dict.fromkeys(langs)
    }
    return MeaningResult(section, arrays, val_probs, share)


def section_as_manifest(section: Mapping[str, Any]) -> dict[str, Any]:
    return {"sentence": dict(section)}
