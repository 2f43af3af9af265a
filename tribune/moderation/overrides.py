"""The one read of editors' threshold overrides, behind a seam the insights app plugs into.

The overrides are stored by ``tribune.insights`` (the tuning screen), which sits
above moderation in the layers, so moderation never imports it: insights
registers its reader when Django starts (``InsightsConfig.ready``) and every
caller (the pipeline's context, ``tribune score``) reads through here::

    threshold_overrides()   # ThresholdOverrides; failed=True when the read raised

Without a registered reader (no site: the CLI alone) there are no overrides and
the model's own cut-offs apply; that fallback is logged once per process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from tribune.moderation.pipeline.types import NO_OVERRIDES, ThresholdOverrides

logger = logging.getLogger("tribune.moderation")

OverridesReader = Callable[[], ThresholdOverrides]
_reader: OverridesReader | None = None
_fallback_logged = False


def overrides_reader_set(reader: OverridesReader | None) -> None:
    """Install the function that reads the overrides in force (None removes it)."""
    global _reader
    _reader = reader


def overrides_source() -> str:
    """Where ``threshold_overrides()`` reads from: ``"overrides"`` or ``"model only"``."""
    return "overrides" if _reader is not None else "model only"


def threshold_overrides() -> ThresholdOverrides:
    """The overrides in force; a failed read is marked so the decision fails closed."""
    global _fallback_logged
    if _reader is None:
        if not _fallback_logged:
            logger.info("no threshold-override reader registered: the model's own cut-offs apply")
            _fallback_logged = True
        return NO_OVERRIDES
    try:
        return _reader()
    except Exception:
        logger.exception("threshold overrides could not be read")
        return ThresholdOverrides(failed=True)
