"""Per-word attribution of the n-gram heads' logits: what each word of a comment adds to each head.

An n-gram head scores a comment as ``z = x . w + b``, where ``x`` is the
comment's (L2-normalised) row of hashed character n-grams, taken inside
whitespace-separated tokens, and word n-grams (``tribune.ml.features``); the
probability shown is ``sigmoid(a z + c)`` (Platt). Every active column's term
``a x_j w_j`` is shared among the tokens that switch it on: a character n-gram
goes to the token it lies in, a word n-gram in equal parts to the tokens it
spans, and a column several tokens switch on is split evenly among them. So a
token's contribution is the calibrated log-odds it adds; over all tokens the
contributions sum to ``a (z - b)`` (the intercept is nobody's).

Tokens are grouped into words: a whitespace token trimmed to its first and
last letter or digit, all occurrences of one normalised word together.
Tokens without a letter or digit ("!!", "—") are kept apart (``unworded``).
Spans are found on the normalised text and mapped back onto the text as
posted (``tribune.ml.text.align``), so leetspeak, homoglyphs and Arabic-script
variants point at what the reader wrote.

The hashing is rebuilt here from the featurizer's config (scikit-learn's
``char_wb`` analyzer and murmurhash), and checked against the featurizer's own
row: a column only the featurizer switches on stays unattributed, so a change
in ``tribune.ml.features`` shows up as ``values.sum(0) + unworded`` falling
short of ``logits - offsets`` (a test asserts they are equal).

Usage::

    attributor = Attributor(featurizer, weights, heads, slopes=a, offsets=a * intercept + c)
    [found] = attributor.attribute(["You are a STUPID idiot"])
    found.words[3], found.values[3]   # ("stupid", ((10, 16),)), one value per head
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer

from tribune.ml.features import Featurizer
from tribune.ml.text import Aligned, align

__all__ = ["Attribution", "Attributor", "Word"]

_UNIT = re.compile(r"\S+")  # what ``char_wb`` splits on (``str.split``)
_WORD_TOKEN = re.compile(r"(?u)\b\w+\b")  # the word block's token pattern
_EDGE = re.compile(r"[^\W_]")

Word = tuple[str, tuple[tuple[int, int], ...]]
"""A distinct normalised word and its spans in the original text."""


class Attributor:
    """Splits each n-gram head's calibrated logit among the words of a comment (see the module docstring).

    featurizer (Featurizer): the bundle's featurizer.
    weights (sp.csr_matrix): ``(featurizer width, len(heads))`` head weights.
    heads (Sequence[str]): head names, one per column of ``weights``.
    slopes (npt.ArrayLike): each head's Platt slope ``a``.
    offsets (npt.ArrayLike): each head's calibrated logit of an empty row, ``a b + c``.
    """

    def __init__(
        self,
        featurizer: Featurizer,
        weights: sp.csr_matrix,
        heads: Sequence[str],
        *,
        slopes: npt.ArrayLike,
        offsets: npt.ArrayLike,
    ) -> None:
        self.slopes = np.asarray(slopes, dtype=np.float64).reshape(-1)
        self.offsets = np.asarray(offsets, dtype=np.float64).reshape(-1)
        if weights.shape != (featurizer.config.width, len(heads)) or not (
            len(self.slopes) == len(self.offsets) == len(heads)
        ):
            raise ValueError(f"weights {weights.shape} do not fit {len(heads)} heads and the feature width")
        cfg = featurizer.config
        self.featurizer = featurizer
        self.weights = sp.csr_matrix(weights)
        self.heads = list(heads)
        self._char = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(cfg.char_min, cfg.char_max),
            n_features=2**cfg.char_bits,
            alternate_sign=False,
            norm=None,
            binary=True,
            lowercase=False,
        )
        self._word = FeatureHasher(n_features=2**cfg.word_bits, input_type="string", alternate_sign=False)
        self._word_offset = 2**cfg.char_bits
        self._word_max = cfg.word_max

    def attribute(self, texts: Sequence[str]) -> list[Attribution]:
        """Each text's words with their contribution to every head (one hashing pass for the batch)."""
        if not texts:
            return []
        aligned = [align(t) for t in texts]
        units = [[(m.start(), m.end()) for m in _UNIT.finditer(a.text)] for a in aligned]
        tokens = [[(m.start(), m.group(0)) for m in _WORD_TOKEN.finditer(a.text)] for a in aligned]
        unique = list(dict.fromkeys(a.text[s:e] for a, us in zip(aligned, units, strict=True) for s, e in us))
        row_of = {u: i for i, u in enumerate(unique)}
        chars = self._char.transform(unique).tocsr() if unique else sp.csr_matrix((0, 1))
        grams = [self._word_grams(tok) for tok in tokens]
        flat = [g for per_text in grams for g, _ in per_text]
        word_cols = (
            self._word.transform([[g] for g in flat]).tocsr().indices + self._word_offset if flat else []
        )
        X = self.featurizer.transform_normalized([a.text for a in aligned]).tocsr()
        logits = np.asarray((X @ self.weights).todense()) * self.slopes + self.offsets
        out = []
        cursor = 0
        for n, (al, us, toks) in enumerate(zip(aligned, units, tokens, strict=True)):
            starts = [s for s, _ in us]
            rows: list[int] = []
            cols: list[int] = []
            vals: list[float] = []
            for u, (s, e) in enumerate(us):
                r = row_of[al.text[s:e]]
                line = chars.indices[chars.indptr[r] : chars.indptr[r + 1]].tolist()
                rows += [u] * len(line)
                cols += line
                vals += [1.0] * len(line)
            for _, members in grams[n]:
                col = int(word_cols[cursor])
                cursor += 1
                for t in members:
                    rows.append(bisect_right(starts, toks[t][0]) - 1)
                    cols.append(col)
                    vals.append(1.0 / len(members))
            words, group = _group_units(al, us)
            per_unit = self._per_unit(len(us), X.getrow(n), rows, cols, vals)
            values = np.zeros((len(words), len(self.heads)))
            unworded = np.zeros(len(self.heads))
            for u, k in enumerate(group):
                if k >= 0:
                    values[k] += per_unit[u]
                else:
                    unworded += per_unit[u]
            out.append(Attribution(al, words, values, logits[n], unworded))
        return out

    def _word_grams(self, tokens: list[tuple[int, str]]) -> list[tuple[str, tuple[int, ...]]]:
        """The word block's n-grams of one text and the token indices each spans."""
        words = [w for _, w in tokens]
        return [
            (" ".join(words[i : i + n]), tuple(range(i, i + n)))
            for n in range(1, self._word_max + 1)
            for i in range(len(words) - n + 1)
        ]

    def _per_unit(
        self, size: int, row: sp.csr_matrix, rows: list[int], cols: list[int], vals: list[float]
    ) -> np.ndarray:
        """``(size, heads)`` calibrated contributions of each whitespace unit, given who switches on what."""
        if not cols:
            return np.zeros((size, len(self.heads)))
        active, local = np.unique(np.asarray(cols, dtype=np.int64), return_inverse=True)
        share = sp.csr_matrix((vals, (rows, local)), shape=(size, len(active)))
        totals = np.asarray(share.sum(axis=0)).ravel()
        x = np.zeros(len(active))
        hit = np.searchsorted(active, row.indices)
        inside = (hit < len(active)) & (active[np.minimum(hit, len(active) - 1)] == row.indices)
        x[hit[inside]] = row.data[inside]
        scaled = share.multiply((x / np.where(totals > 0, totals, 1.0))[None, :]).tocsr()
        return np.asarray((scaled @ self.weights[active]).todense()) * self.slopes


@dataclass(frozen=True)
class Attribution:
    """One text's words and what each adds to every head.

    aligned (Aligned): the text, its normalised form and the map between them.
    words (list[Word]): distinct normalised words and their spans in the original text.
    values (np.ndarray): ``(len(words), heads)`` calibrated log-odds each word adds.
    logits (np.ndarray): ``(heads,)`` each head's calibrated logit for the whole text.
    unworded (np.ndarray): ``(heads,)`` what tokens without a letter or digit ("!!", "—") add.
        ``values.sum(0) + unworded + offsets == logits``: every active column is attributed.
    """

    aligned: Aligned
    words: list[Word]
    values: np.ndarray
    logits: np.ndarray
    unworded: np.ndarray


def _group_units(al: Aligned, units: list[tuple[int, int]]) -> tuple[list[Word], list[int]]:
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
