"""Every labelled dataset by name, loading them all, and the provenance hashes a bundle records.

The readers live in ``readers`` (public sets) and ``feedback`` (moderators'
decisions); ``Row`` and the fixed split in ``rows``. This module is the one
place that lists the datasets.

Usage::

    rows = load_all(Path("/work/shared/data"))
    hashes = file_hashes(Path("/work/shared/data"))
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from tribune.ml.training.feedback import FEEDBACK_DECISIONS, FeedbackError, feedback, held_back
from tribune.ml.training.readers import (
    aljazeera,
    c3,
    davidson,
    hateval,
    lhsab,
    mlma,
    offenseval_ar,
    offenseval_tr,
    olid,
    pars_off,
    toxic_spans,
    trac,
    ucc,
    youtube,
)
from tribune.ml.training.rows import SEED, Row, hash_split

__all__ = [
    "FEEDBACK_DECISIONS",
    "FOLDERS",
    "LOADERS",
    "SEED",
    "FeedbackError",
    "Row",
    "feedback",
    "file_hashes",
    "file_sha256",
    "hash_split",
    "held_back",
    "load_all",
]

LOADERS: dict[str, Callable[[Path], Iterator[Row]]] = {
    "olid": olid,
    "davidson": davidson,
    "hateval": hateval,
    "trac": trac,
    "toxic_spans": toxic_spans,
    "c3": c3,
    "youtube_spam": youtube,
    "offenseval_ar": offenseval_ar,
    "l_hsab": lhsab,
    "aljazeera": aljazeera,
    "offenseval_tr": offenseval_tr,
    "pars_off": pars_off,
    "ucc": ucc,
    "mlma": mlma,
}
"""Dataset name -> reader; the names are what ``Row.dataset`` and reports use."""

FOLDERS: dict[str, str] = {
    "olid": "olid",
    "davidson": "davidson_hate_offensive",
    "hateval": "hateval2019",
    "trac": "trac1_english_aggression",
    "toxic_spans": "toxic_spans",
    "c3": "c3_constructive_comments",
    "youtube_spam": "youtube_spam",
    "offenseval_ar": "offenseval2020_arabic",
    "l_hsab": "l_hsab_arabic",
    "aljazeera": "aljazeera_deleted_comments_arabic",
    "offenseval_tr": "offenseval2020_turkish",
    "pars_off": "pars_off_persian",
    "ucc": "ucc_unhealthy_comments",
    "mlma": "mlma_hate_ar_en",
}
"""Dataset name -> its folder under the data root."""


def load_all(root: Path, names: list[str] | None = None) -> list[Row]:
    """Every row of the chosen datasets (by default all whose folder exists); empty texts are dropped."""
    rows: list[Row] = []
    for name in names or [n for n in LOADERS if (root / FOLDERS[n]).is_dir()]:
        rows.extend(r for r in LOADERS[name](root) if r.text.strip())
    return rows


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every data file read, relative to ``root``, for the bundle's provenance."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and path.suffix.lower() in {".csv", ".tsv", ".txt", ""}
            and "SOURCE" not in path.name
        ):
            if path.name.lower().startswith("readme") or path.name == "LICENSE":
                continue
            out[str(path.relative_to(root))] = file_sha256(path)
    return out
