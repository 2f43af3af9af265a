"""How a comment is cut into the words evidence is shown for, and how ``char_wb`` sees each token.

A whitespace token (what scikit-learn's ``char_wb`` analyzer works inside) is
cut at dashes, slashes and sentence punctuation into pieces ("hypocrites--they"
is two, "f*ck" and "don't" one), each trimmed to its first and last letter or
digit; all occurrences of one normalised piece form one word. ``layout``
walks a token exactly as the analyzer does and says which pieces each
character n-gram overlaps, so its weight can be shared among them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tribune.ml.text import Aligned

__all__ = ["UNIT", "WORD_TOKEN", "Layout", "Word", "group_pieces", "layout"]

UNIT = re.compile(r"\S+")
"""What ``char_wb`` splits a text on (``str.split``)."""
WORD_TOKEN = re.compile(r"(?u)\b\w+\b")
"""The word block's token pattern (``tribune.ml.features``)."""
_PIECE = re.compile(r"[^\s\-/.,;:!?()\[\]{}\"“”«»…]+")
_EDGE = re.compile(r"[^\W_]")

Word = tuple[str, tuple[tuple[int, int], ...]]
"""A distinct normalised word and its spans in the original text."""


@dataclass(frozen=True)
class Layout:
    """One whitespace token: its display pieces and its ``char_wb`` n-grams with the pieces each covers.

    pieces (list[tuple[int, int]]): spans inside the token (``_PIECE``).
    grams (list[tuple[str, tuple[int, ...]]]): every n-gram scikit-learn's ``char_wb``
        analyzer takes from `` token `` (padded), in its order, with the pieces it overlaps.
    """

    pieces: list[tuple[int, int]]
    grams: list[tuple[str, tuple[int, ...]]]


def layout(token: str, lo: int, hi: int) -> Layout:
    """``Layout`` of one whitespace token for ``char_wb`` n-grams of ``lo`` to ``hi`` characters."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(token)]
    padded = f" {token} "
    grams = []
    for n in range(lo, hi + 1):
        # The analyzer's own walk: every window of n, or the whole padded token once if shorter.
        last = max(len(padded) - n, 0)
        for at in range(last + 1):
            a, b = at - 1, at + n - 1  # the window in token positions (padding at -1 and len)
            grams.append(
                (padded[at : at + n], tuple(k for k, (s, e) in enumerate(pieces) if s < b and a < e))
            )
        if last == 0:
            break
    return Layout(pieces, grams)


def group_pieces(al: Aligned, units: list[tuple[int, int]]) -> tuple[list[Word], list[int]]:
    """Distinct words (units trimmed to letters and digits) with their original spans, and each unit's word."""
    index: dict[str, int] = {}
    spans: list[list[tuple[int, int]]] = []
    group: list[int] = []
    for s, e in units:
        inner = [m.start() for m in _EDGE.finditer(al.text, s, e)]
        if not inner:
            group.append(-1)  # punctuation only: counted in no word
            continue
        a, b = inner[0], inner[-1] + 1
        k = index.setdefault(al.text[a:b], len(spans))
        if k == len(spans):
            spans.append([])
        span = _with_marks(al.original, al.original_span(a, b))
        if span not in spans[k]:
            spans[k].append(span)
        group.append(k)
    return [(w, tuple(spans[k])) for w, k in index.items()], group


def _with_marks(original: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` stretched over the combining marks that follow it (a shadda belongs to its letter)."""
    start, end = span
    while end < len(original) and unicodedata.category(original[end]) in ("Mn", "Mc", "Me"):
        end += 1
    return start, end
