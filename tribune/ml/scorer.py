"""The ``Scorer`` interface the site and the CLI call, and the one loader.

``get_scorer()`` returns the process-wide scorer: the trained model bundle when
one is found, otherwise the word-list ``BaselineScorer``. Which bundle: the
folder ``TRIBUNE_MODEL_BUNDLE`` names, else the model store's active version
(``tribune.ml.store``: ``TRIBUNE_MODEL_DIR``, set by ``tribune train
--with-decisions`` and ``tribune models rollback``), else the bundle shipped in
the package. It loads once per process: a promoted or rolled-back version is
picked up when the process (web server, worker) restarts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from tribune.ml.policy import DecisionPolicy
from tribune.ml.types import Judgement, ScoreInput

BUNDLE_ENV = "TRIBUNE_MODEL_BUNDLE"
PACKAGED_BUNDLE = Path(__file__).parent / "models" / "bundle"


@runtime_checkable
class Scorer(Protocol):
    """Judges comments in batches. Implementations must be safe to call from many threads.

    version (str): recorded with every decision made on its scores.
    policy (DecisionPolicy): the cut-offs it was calibrated for; applied by the caller, never here.
    """

    version: str
    policy: DecisionPolicy

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        """One ``Judgement`` per input, in the same order."""
        ...


def bundle_path() -> Path | None:
    """Where the model bundle is, or None when there is none to load (see the module docstring)."""
    configured = os.environ.get(BUNDLE_ENV)
    if configured:
        return Path(configured)
    from tribune.ml.store import ModelStore, store_root

    active = ModelStore(store_root()).active_path()
    if active is not None:
        return active
    return PACKAGED_BUNDLE if PACKAGED_BUNDLE.exists() else None


@lru_cache(maxsize=4)
def get_scorer(path: str | None = None) -> Scorer:
    """Load the scorer once per process (per bundle path)."""
    chosen = Path(path) if path else bundle_path()
    if chosen is not None:
        from tribune.ml.bundle import load_bundle_scorer

        return load_bundle_scorer(chosen)
    from tribune.ml.baseline import BaselineScorer

    return BaselineScorer()
