"""Which words become model evidence, and for which guideline and head.

``tribune.ml.evidence.attribution`` splits each head's calibrated logit exactly among
the words of a comment. A word (all its occurrences together) becomes
evidence only when it clearly raised the score:

* the head itself gives the comment at least ``MIN_PROB``: the words of a head
  that does not lean to a violation explain nothing;
* the word adds at least ``MIN_LOGIT`` calibrated log-odds by itself,
* and at least ``MIN_SHARE`` of the comment's positive log-odds mass;
* it is among the ``MAX_WORDS`` largest such words.

Which head explains a guideline (``explaining_heads``): none when a word list
or rule set the score (that rule's evidence is the real trigger and stays,
source ``"lexicon"`` and the like), else the guideline's own head, for abuse
the likeliest of it and its targets, or the overall ``reject`` head the
guideline inherited its score from. Heads without per-word contributions
(sentence-embedding heads) are explained by the n-gram head of the same name.
Each piece of model evidence carries its ``weight`` (the word's contribution),
so a caller can keep the guidelines it acts on and show the strongest words.

Usage::

    explainer = NgramExplainer(Attributor(featurizer, weights, heads, slopes=a, offsets=a * intercept + c))
    explainer.explain("This is a stupid decision", [("personal_attack", "reject")])
    # [Evidence(label=personal_attack, start=10, end=16, text="stupid", source="model", weight=...)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from tribune.ml.evidence.attribution import Attributor
from tribune.ml.labels import ABUSE_TARGETS, Label
from tribune.ml.types import Evidence

__all__ = [
    "MAX_WORDS",
    "MIN_LOGIT",
    "MIN_PROB",
    "MIN_SHARE",
    "MODEL_SOURCE",
    "NgramExplainer",
    "WordScore",
    "clear_contributors",
    "explaining_heads",
    "not_covered",
]

MODEL_SOURCE = "model"
MIN_PROB = 0.5
"""The explaining head's own probability below which no word is shown."""
MIN_LOGIT = 1.5
"""Calibrated log-odds a shown word must add on its own (it multiplies the odds by 4.5 or more)."""
MIN_SHARE = 0.25
"""Share of the comment's positive log-odds mass a shown word must carry."""
MAX_WORDS = 3
"""At most this many distinct words explain one guideline."""


@dataclass(frozen=True)
class WordScore:
    """One distinct word of a comment and what it adds to one head.

    word (str): the word as normalised (``"stupid"`` for ``"ST00PID"``).
    weight (float): calibrated log-odds its occurrences add together.
    spans (tuple[tuple[int, int], ...]): where it occurs in the original text.
    """

    word: str
    weight: float
    spans: tuple[tuple[int, int], ...]


def clear_contributors(
    values: Sequence[float],
    *,
    min_logit: float = MIN_LOGIT,
    min_share: float = MIN_SHARE,
    top: int = MAX_WORDS,
) -> list[int]:
    """Indices of the values that clearly raised a score, largest first (see the module docstring)."""
    positive = sum(v for v in values if v > 0)
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    return [i for i in order if values[i] >= min_logit and values[i] >= min_share * positive][:top]


def explaining_heads(
    guidelines: Sequence[str],
    *,
    model: Mapping[str, float],
    rules: Mapping[str, float],
    scores: Mapping[str, float],
    heads: Sequence[str],
) -> list[tuple[str, str]]:
    """``(label, head)`` pairs to explain with model evidence, for the guidelines asked about.

    A guideline whose score a word list or rule set (``rules`` reached the final
    score) is left to that rule's evidence. Otherwise the head that set the
    score explains it: the guideline's own, for ``abuse`` the likeliest of it
    and its targets (the evidence is labelled with the target, so sexism reads
    as abuse/sexism), or the overall ``reject`` head the guideline inherited
    its score from (``tribune.ml.combine``). Labels without an n-gram head
    (``off_topic`` is scored from the article) get nothing.
    """
    out: list[tuple[str, str]] = []
    for name in guidelines:
        score = float(scores.get(name, 0.0))
        if name not in heads or name == str(Label.OFF_TOPIC) or float(rules.get(name, 0.0)) >= score - 1e-9:
            continue
        candidates = [name]
        if name == str(Label.ABUSE):
            candidates += [str(t) for t in ABUSE_TARGETS if str(t) in heads]
        best = max(candidates, key=lambda h: float(model.get(h, 0.0)))
        if float(model.get(best, 0.0)) >= score - 1e-9:
            if best != name:
                out.append((name, best))
            out.append((best, best))
        elif "reject" in heads:
            out.append((name, "reject"))
    return out


def not_covered(model: Sequence[Evidence], rules: Sequence[Evidence]) -> list[Evidence]:
    """``model`` evidence less the words a rule already marks (under any label: the rule's label is
    the real trigger there, and one word highlighted twice would hide it)."""
    taken = [(r.start, r.end) for r in rules]
    return [m for m in model if not any(a < m.end and m.start < b for a, b in taken)]


class NgramExplainer:
    """Model evidence from a bundle's n-gram heads (see the module docstring).

    attributor (Attributor): splits the heads' logits among words (``attribution``).
    """

    def __init__(self, attributor: Attributor) -> None:
        self.attributor = attributor
        self.heads = attributor.heads

    def word_scores(self, texts: Sequence[str], head: str) -> list[list[WordScore]]:
        """Every distinct word of each text with its contribution to ``head``, largest first."""
        column = self._column(head)
        out = []
        for found in self.attributor.attribute(texts):
            scores = [
                WordScore(w, float(found.values[i, column]), spans)
                for i, (w, spans) in enumerate(found.words)
            ]
            out.append(sorted(scores, key=lambda s: -s.weight))
        return out

    def explain(self, text: str, wanted: Sequence[tuple[str, str]]) -> list[Evidence]:
        """Model evidence in ``text`` for each ``(label, head)`` of ``wanted``."""
        return self.explain_batch([(text, wanted)])[0]

    def explain_batch(
        self, asks: Sequence[tuple[str, Sequence[tuple[str, str]]]], rows: sp.csr_matrix | None = None
    ) -> list[list[Evidence]]:
        """For each ``(text, [(label, head), ...])``: the words that clearly raised ``head``, as ``label``
        evidence whose ``weight`` is the word's contribution (calibrated log-odds).

        rows: the asked texts' feature rows, in order, when the caller has them (saves hashing them again).
        """
        for _, wanted in asks:
            for _, head in wanted:
                self._column(head)
        todo = [i for i, (_, wanted) in enumerate(asks) if wanted]
        out: list[list[Evidence]] = [[] for _ in asks]
        found_all = self.attributor.attribute(
            [asks[i][0] for i in todo], None if rows is None else sp.csr_matrix(rows)[todo]
        )
        for i, found in zip(todo, found_all, strict=True):
            for label, head in asks[i][1]:
                h = self._column(head)
                if 1.0 / (1.0 + np.exp(-found.logits[h])) < MIN_PROB:
                    continue
                column = found.values[:, h]
                for k in clear_contributors(column.tolist()):
                    weight = round(float(column[k]), 3)
                    for a, b in found.words[k][1]:
                        out[i].append(
                            Evidence(Label(label), a, b, found.aligned.original[a:b], MODEL_SOURCE, weight)
                        )
        return out

    def _column(self, head: str) -> int:
        try:
            return self.heads.index(head)
        except ValueError:
            raise ValueError(f"no n-gram head named {head!r}; heads are {self.heads}") from None
