"""A disk cache of sentence embeddings for training and evaluation (never used when serving).

Encoding tens of thousands of rows takes minutes, so vectors are kept by the
SHA-1 of the text in ``$TRIBUNE_CACHE_DIR/<encoder>/`` (default
``~/.cache/tribune``), outside the repository, in float16 chunk files. Only
rows not yet cached are encoded, in batches, with a progress bar.

Usage::

    vectors = encode_cached(texts, get_sentence_encoder())   # (len(texts), 512) float32
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
from tqdm import tqdm

CHUNK = 2000


class Encoder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def cache_dir(encoder: str) -> Path:
    root = os.environ.get("TRIBUNE_CACHE_DIR") or str(Path.home() / ".cache" / "tribune")
    path = Path(root) / encoder
    path.mkdir(parents=True, exist_ok=True)
    return path


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_cache(encoder: str) -> dict[str, np.ndarray]:
    """Every cached vector of ``encoder``, by text hash."""
    found: dict[str, np.ndarray] = {}
    for path in sorted(cache_dir(encoder).glob("chunk-*.npz")):
        with np.load(path) as data:
            found.update(zip(data["keys"].tolist(), data["vectors"], strict=True))
    return found


def encode_cached(
    texts: Sequence[str], encoder: Encoder, batch: int = 64, progress: bool = True
) -> np.ndarray:
    """Vectors for ``texts``, encoding (and caching) only those not seen before."""
    known = load_cache(encoder.name)
    keys = [_key(t) for t in texts]
    todo = list(dict.fromkeys(k for k in keys if k not in known))
    text_of = dict(zip(keys, texts, strict=True))
    folder = cache_dir(encoder.name)
    for start in tqdm(range(0, len(todo), CHUNK), desc=f"encode {encoder.name}", disable=not progress):
        part = todo[start : start + CHUNK]
        vectors = np.concatenate(
            [encoder.encode([text_of[k] for k in part[i : i + batch]]) for i in range(0, len(part), batch)]
        ).astype(np.float16)
        stamp = f"{time.time_ns()}-{os.getpid()}"
        np.savez(folder / f"chunk-{stamp}.npz", keys=np.array(part), vectors=vectors)
        known.update(zip(part, vectors, strict=True))
    out = np.zeros((len(texts), encoder.dimension), dtype=np.float32)
    for i, k in enumerate(keys):
        out[i] = known[k]
    return out
