"""Which rows the sentence-embedding heads see: a stratified train sample, every val and test row.

Logistic heads over frozen embeddings stop gaining after a few thousand rows,
and encoding is the slow part, so training keeps at most ``PER_GROUP`` rows of
each (dataset, kind) group, kind being the rarest label the row carries (a
threat, an abuse target, a violation, clean). Which rows: the lowest seeded
SHA-1 of their text, so the sample is fixed across runs.

Usage::

    train_rows = embedding_rows(rows, "train")
    picked = embedding_indices(rows)   # positions of the train sample in ``rows``
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from tribune.ml.labels import ABUSE_TARGETS
from tribune.ml.training.datasets import Row
from tribune.ml.training.mapping import labels_for
from tribune.ml.training.safety import violation

PER_GROUP = 800
SEED = "tribune-embedding-sample-v1"


def kind(row: Row) -> str:
    """The rarest thing this row's labels say: threat, a target, violation, clean or unknown."""
    labels = labels_for(row)
    if labels.get("threat") == 1:
        return "threat"
    for target in ABUSE_TARGETS:
        if labels.get(str(target)) == 1:
            return str(target)
    return {1: "violation", 0: "clean", None: "unknown"}[violation(labels)]


def _rank(row: Row) -> str:
    return hashlib.sha1(f"{SEED}:{row.text}".encode()).hexdigest()


def embedding_indices(rows: Sequence[Row], per_group: int = PER_GROUP) -> list[int]:
    """Positions of the train sample: at most ``per_group`` train rows per (dataset, kind) group."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, row in enumerate(rows):
        if row.split == "train":
            groups.setdefault((row.dataset, kind(row)), []).append(i)
    out: list[int] = []
    for members in groups.values():
        out.extend(sorted(members, key=lambda i: _rank(rows[i]))[:per_group])
    return sorted(out)


def embedding_rows(rows: Sequence[Row], split: str, per_group: int = PER_GROUP) -> list[Row]:
    """``split``'s rows; for ``train``, the sample of ``embedding_indices``."""
    if split != "train":
        return [r for r in rows if r.split == split]
    return [rows[i] for i in embedding_indices(rows, per_group)]
