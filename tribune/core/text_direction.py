"""Which languages are written right to left."""

from __future__ import annotations

RTL_LANGUAGES = frozenset({"ar", "fa", "ckb", "he", "ur"})


def direction(language: str) -> str:
    """``"rtl"`` or ``"ltr"`` for an ISO language code."""
    return "rtl" if language in RTL_LANGUAGES else "ltr"
