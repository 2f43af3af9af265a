"""A scorer that answers from judgements computed beforehand in one batched call.

    scorer = Prescored.batch(get_scorer(), [ScoreInput(text=..., article=...), ...])
    scorer.judge([item])  # the precomputed judgement when ``item`` was in the batch

Scoring many comments in one ``judge`` call is several times cheaper per
comment than one call each. The pipeline still asks for a judgement only
when its classifier step runs, so wrapping the scorer changes no decision:
an input not in the batch, or a batch that failed, goes to the wrapped
scorer one call at a time (inside the step, with its timeout and fail-closed
handling).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from tribune.ml import Judgement, ScoreInput, Scorer
from tribune.ml.policy import DecisionPolicy

logger = logging.getLogger("tribune.moderation")


class Prescored:
    """``Scorer`` proxy holding judgements by input; everything else is the wrapped scorer's."""

    def __init__(self, scorer: Scorer, judged: dict[ScoreInput, Judgement] | None = None) -> None:
        self.scorer = scorer
        self.judged = dict(judged or {})

    @classmethod
    def batch(cls, scorer: Scorer, items: Sequence[ScoreInput]) -> Prescored:
        """Judge the distinct ``items`` in one call; a failing call leaves nothing precomputed."""
        distinct = list(dict.fromkeys(items))
        judged: dict[ScoreInput, Judgement] = {}
        if distinct:
            try:
                judged = dict(zip(distinct, scorer.judge(distinct), strict=True))
            except Exception:
                logger.exception(
                    "batched scoring of %d comments failed; scoring one at a time", len(distinct)
                )
        return cls(scorer, judged)

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        missing = [item for item in items if item not in self.judged]
        if missing:
            self.judged.update(zip(missing, self.scorer.judge(missing), strict=True))
        return [self.judged[item] for item in items]

    @property
    def policy(self) -> DecisionPolicy:
        return self.scorer.policy

    def __getattr__(self, name: str) -> Any:  # version, ...
        return getattr(self.scorer, name)
