"""What the sentence encoders share: batch encoding around empty texts, and loading once per process.

``sentence`` (USE, en/ar/tr) and ``crosslingual`` (e5, Kurdish) each wrap one
third-party model; this module holds the two pieces of their behaviour that are
the same, so a fix to either lands in both:

* ``LockedEncoder.encode``: texts cut to ``max_chars``, empty ones given a zero
  vector without calling the model, one call at a time (the engines keep
  per-call buffers);
* ``LoadOnce``: the process-wide instance, built under a lock on first use, or
  ``None`` (logged once) when the package or its engine cannot load, so the
  scorer falls back to the n-gram heads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import numpy as np

logger = logging.getLogger(__name__)

E = TypeVar("E")


class LockedEncoder:
    """Base of an encoder: subclasses set ``dimension`` and ``max_chars`` and implement ``_embed``."""

    dimension: int
    max_chars: int

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def _embed(self, texts: list[str]) -> Any:
        """The model's vectors for non-empty, already cut texts (array-like, one row per text)."""
        raise NotImplementedError

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, shape ``(len(texts), dimension)``, float32; an empty text gets a zero vector."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        keep = [i for i, t in enumerate(texts) if t.strip()]
        if keep:
            with self._lock:
                vectors = self._embed([texts[i][: self.max_chars] for i in keep])
            out[keep] = np.asarray(vectors, dtype=np.float32).reshape(len(keep), self.dimension)
        return out


class LoadOnce(Generic[E]):
    """A process-wide instance made by ``factory`` on first ``get()``; None if it raised one of ``errors``.

    name (str): the encoder's name, for the log line.
    fallback (str): what the scorer does without it, for the log line.
    """

    def __init__(
        self,
        factory: Callable[[], E],
        *,
        name: str,
        errors: tuple[type[BaseException], ...],
        fallback: str,
    ) -> None:
        self._factory = factory
        self._name = name
        self._errors = errors
        self._fallback = fallback
        self._lock = threading.Lock()
        self._loaded: list[E | None] = []

    def get(self) -> E | None:
        """The instance, loading it the first time (thread-safe)."""
        with self._lock:
            if not self._loaded:
                try:
                    self._loaded.append(self._factory())
                except self._errors as exc:
                    logger.warning("encoder %s unavailable (%s): %s", self._name, exc, self._fallback)
                    self._loaded.append(None)
            return self._loaded[0]
