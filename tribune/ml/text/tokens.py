"""``words``: the word tokens of an already normalised text (placeholders such as ``xurlx`` included)."""

from __future__ import annotations

import re

__all__ = ["words"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|x(?:url|email|user|num)x")


def words(normalized: str) -> list[str]:
    """Word tokens of an already normalised text (placeholders are kept as words)."""
    return _WORD.findall(normalized)
