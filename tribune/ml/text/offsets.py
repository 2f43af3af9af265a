"""``align``: the normalised text plus, for each of its characters, the span of the original behind it.

Evidence is found on the normalised text and shown on the original, so
``align`` runs the same folds as ``normalize`` (``chars`` per character, then
``patterns.STEPS``) while carrying a start/end offset for every character. A
substitution that changes a match's length maps every character it writes to
the whole original span of the match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from tribune.ml.text.chars import CLUSTER, fold_char
from tribune.ml.text.patterns import STEPS

__all__ = ["Aligned", "align", "normalize_with_offsets"]


@dataclass(frozen=True)
class Aligned:
    """A normalised text and where each of its characters came from.

    original (str): the text as posted.
    text (str): ``normalize(original)`` (``tribune.ml.text.folding``).
    starts, ends (list[int]): ``text[i]`` came from ``original[starts[i]:ends[i]]``.
    """

    original: str
    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` behind ``text[start:end]`` (``end > start``)."""
        if not self.text or end <= start:
            return (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return (self.starts[start], self.ends[end - 1])


def _map_sub(
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str],
    text: str,
    starts: list[int],
    ends: list[int],
) -> tuple[str, list[int], list[int]]:
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for match in pattern.finditer(text):
        a, b = match.span()
        pieces.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        out = repl(match)
        pieces.append(out)
        if len(out) == b - a:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        elif out:
            lo = starts[a] if a < len(starts) else (ends[-1] if ends else 0)
            hi = ends[b - 1] if b > a else lo
            new_starts.extend([lo] * len(out))
            new_ends.extend([hi] * len(out))
        pos = b
    pieces.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(pieces), new_starts, new_ends


@lru_cache(maxsize=1024)
def align(text: str) -> Aligned:
    """``normalize(text)`` with a character map back to ``text`` (slower; for evidence; cached)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clusters = (
        ((m.start(), m.end(), m.group(0)) for m in CLUSTER.finditer(text))
        if not unicodedata.is_normalized("NFKC", text)
        else ((i, i + 1, ch) for i, ch in enumerate(text))
    )
    composing = not unicodedata.is_normalized("NFKC", text)
    for a, b, cluster in clusters:
        composed = unicodedata.normalize("NFKC", cluster) if composing else cluster
        for ch in composed:
            out = fold_char(ch)
            pieces.append(out)
            starts.extend([a] * len(out))
            ends.extend([b] * len(out))
    norm = "".join(pieces)
    for pattern, repl, needed in STEPS:
        if needed(norm):
            norm, starts, ends = _map_sub(pattern, repl, norm, starts, ends)
    return Aligned(original=text, text=norm, starts=starts, ends=ends)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` and, for each of its characters, its start offset in ``text``."""
    aligned = align(text)
    return aligned.text, aligned.starts
