"""Per-word attribution of the n-gram heads' logits: what each word of a comment adds to each head.

An n-gram head scores a comment as ``z = x . w + b``, where ``x`` is the
comment's (L2-normalised) row of hashed character n-grams, taken inside
whitespace-separated tokens, and word n-grams (``tribune.ml.features``); the
probability shown is ``sigmoid(a z + c)`` (Platt). Every active column's term
``a x_j w_j`` is shared among the pieces of text that switch it on: a character
n-gram goes to the piece(s) of its token it overlaps, a word n-gram in equal
parts to the pieces holding its words, and a column switched on in several
places is split evenly among them. So a piece's contribution is the
calibrated log-odds it adds; over all pieces the contributions sum to
``a (z - b)`` (the intercept is nobody's).

Pieces and words are defined in ``tribune.ml.evidence.pieces``; what covers no
letter or digit (padding, "!!", "—") is kept apart (``unworded``).
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

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher

from tribune.ml.evidence.pieces import UNIT, WORD_TOKEN, Word, group_pieces, layout
from tribune.ml.features import Featurizer
from tribune.ml.text import Aligned, align

__all__ = ["Attribution", "Attributor"]

_MAX_SEEN = 200_000
"""Tokens (and word n-grams) whose hashes are remembered: common words repeat from comment to comment."""


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
        self._char = FeatureHasher(n_features=2**cfg.char_bits, input_type="string", alternate_sign=False)
        self._char_range = (cfg.char_min, cfg.char_max)
        self._word = FeatureHasher(n_features=2**cfg.word_bits, input_type="string", alternate_sign=False)
        self._word_offset = 2**cfg.char_bits
        self._word_max = cfg.word_max
        self._tokens: dict[str, _Token] = {}  # whitespace token -> its hashed character n-grams
        self._words: dict[str, int] = {}  # word n-gram -> column

    def attribute(self, texts: Sequence[str], rows: sp.csr_matrix | None = None) -> list[Attribution]:
        """Each text's words with their contribution to every head (one hashing pass for the batch).

        rows: the texts' feature rows when the caller has them already (the scorer's), in order.
        """
        if not texts:
            return []
        if rows is not None and rows.shape[0] != len(texts):
            raise ValueError(f"{rows.shape[0]} feature rows for {len(texts)} texts")
        aligned = [align(t) for t in texts]
        units = [[(m.start(), m.end()) for m in UNIT.finditer(a.text)] for a in aligned]
        tokens = [[(m.start(), m.group(0)) for m in WORD_TOKEN.finditer(a.text)] for a in aligned]
        hashed = self._token_grams({a.text[s:e] for a, us in zip(aligned, units, strict=True) for s, e in us})
        grams = [self._word_grams(tok) for tok in tokens]
        word_col = self._word_columns({g for per_text in grams for g, _ in per_text})
        X = (
            rows if rows is not None else self.featurizer.transform_normalized([a.text for a in aligned])
        ).tocsr()
        logits = np.asarray((X @ self.weights).todense()) * self.slopes + self.offsets
        out = []
        for n, (al, us, toks) in enumerate(zip(aligned, units, tokens, strict=True)):
            pieces: list[tuple[int, int]] = []
            rows, cols, vals = [], [], []
            for s, e in us:
                known = hashed[al.text[s:e]]
                first = len(pieces)
                pieces += [(s + a, s + b) for a, b in known.pieces]
                rows.append(np.where(known.rows >= 0, known.rows + first, -1))
                cols.append(known.cols)
                vals.append(known.vals)
            starts = [a for a, _ in pieces]
            for gram, members in grams[n]:
                owners = [bisect_right(starts, toks[t][0]) - 1 for t in members]
                rows.append(np.asarray(owners, dtype=np.int64))
                cols.append(np.full(len(owners), word_col[gram], dtype=np.int64))
                vals.append(np.full(len(owners), 1.0 / len(owners)))
            sink = len(pieces)  # what covers no piece: padding and punctuation only
            row_of = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
            per_piece = self._per_piece(
                sink + 1,
                X.getrow(n),
                np.where(row_of >= 0, row_of, sink),
                np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64),
                np.concatenate(vals) if vals else np.zeros(0),
            )
            words, group = group_pieces(al, pieces)
            values = np.zeros((len(words), len(self.heads)))
            unworded = per_piece[sink].copy()
            for u, k in enumerate(group):
                if k >= 0:
                    values[k] += per_piece[u]
                else:
                    unworded += per_piece[u]
            out.append(Attribution(al, words, values, logits[n], unworded))
        return out

    def _token_grams(self, tokens: set[str]) -> dict[str, _Token]:
        """The hashed character n-grams of ``tokens`` (one hashing call for those not seen before).

        The caches are replaced, never cleared in place, so a thread keeps the mapping it was given.
        """
        known = self._tokens
        fresh = sorted(tokens - known.keys())
        if not fresh:
            return known
        if len(known) + len(fresh) > _MAX_SEEN:
            known = {}
        lo, hi = self._char_range
        layouts = [layout(token, lo, hi) for token in fresh]
        flat = [[g] for lay in layouts for g, _ in lay.grams]
        hashed = self._char.transform(flat).tocsr().indices if flat else np.zeros(0, dtype=np.int64)
        at = 0
        for token, lay in zip(fresh, layouts, strict=True):
            size = len(lay.grams)
            owners = [owned or (-1,) for _, owned in lay.grams]
            known[token] = _Token(
                pieces=lay.pieces,
                rows=np.asarray([k for owned in owners for k in owned], dtype=np.int64),
                cols=np.repeat(hashed[at : at + size].astype(np.int64), [len(o) for o in owners]),
                vals=np.asarray([1.0 / len(o) for o in owners for _ in o]),
            )
            at += size
        self._tokens = known
        return known

    def _word_columns(self, features: set[str]) -> dict[str, int]:
        """The column each word n-gram hashes to (one hashing call for those not seen before)."""
        known = self._words
        fresh = sorted(features - known.keys())
        if fresh:
            if len(known) + len(fresh) > _MAX_SEEN:
                known = {}
            hashed = self._word.transform([[f] for f in fresh]).tocsr().indices + self._word_offset
            known.update(zip(fresh, (int(c) for c in hashed), strict=True))
            self._words = known
        return known

    def _word_grams(self, tokens: list[tuple[int, str]]) -> list[tuple[str, tuple[int, ...]]]:
        """The word block's n-grams of one text and the token indices each spans."""
        words = [w for _, w in tokens]
        return [
            (" ".join(words[i : i + n]), tuple(range(i, i + n)))
            for n in range(1, self._word_max + 1)
            for i in range(len(words) - n + 1)
        ]

    def _per_piece(
        self, size: int, row: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray
    ) -> np.ndarray:
        """``(size, heads)`` calibrated contributions of each piece: entry ``i`` says piece ``rows[i]``
        holds a ``vals[i]`` share of an occurrence of column ``cols[i]``."""
        per_piece = np.zeros((size, len(self.heads)))
        if not len(cols):
            return per_piece
        active, local = np.unique(cols, return_inverse=True)
        totals = np.bincount(local, weights=vals, minlength=len(active))
        x = np.zeros(len(active))
        hit = np.searchsorted(active, row.indices)
        inside = (hit < len(active)) & (active[np.minimum(hit, len(active) - 1)] == row.indices)
        x[hit[inside]] = row.data[inside]  # a column only the featurizer knows stays unattributed
        weights = self.weights[active].toarray()
        np.add.at(per_piece, rows, (vals * (x / totals)[local])[:, None] * weights[local])
        return per_piece * self.slopes


@dataclass(frozen=True)
class _Token:
    """One whitespace token's character n-grams, hashed: entry ``i`` gives piece ``rows[i]`` (-1: none)
    a ``vals[i]`` share of column ``cols[i]``."""

    pieces: list[tuple[int, int]]
    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray


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
