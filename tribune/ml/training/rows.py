"""The ``Row`` every dataset reader yields, the fixed hash split, and the CSV helpers readers share.

Usage::

    Row("olid", "en", "some text", hash_split("some text"), {"a": "NOT"})
"""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

csv.field_size_limit(sys.maxsize)

SEED = "tribune-split-v1"


@dataclass(frozen=True)
class Row:
    """One labelled text as its dataset gives it.

    dataset (str): folder name; lang (str): ISO code; split (str): train/val/test.
    raw (dict[str, str]): the dataset's label fields, as strings.
    """

    dataset: str
    lang: str
    text: str
    split: str
    raw: dict[str, str] = field(default_factory=dict)


def hash_split(text: str, val: float = 0.15, test: float = 0.15) -> str:
    """A fixed split for sets without one: a seeded SHA-1 of the text picks the bucket."""
    bucket = int(hashlib.sha1(f"{SEED}:{text}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if bucket < test:
        return "test"
    return "val" if bucket < test + val else "train"


def train_or_val(text: str) -> str:
    """For sets with an official test but no dev set: 15% of train becomes val."""
    return hash_split(text, val=0.15, test=0.0)


def read_csv(
    path: Path, delimiter: str = ",", quoting: Literal[0, 1, 2, 3] = csv.QUOTE_MINIMAL
) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter, quoting=quoting))


def read_tsv(path: Path) -> list[list[str]]:
    return read_csv(path, "\t", csv.QUOTE_NONE)


def read_gold(path: Path) -> dict[str, str]:
    return {r[0]: r[1] for r in read_csv(path) if len(r) >= 2}
