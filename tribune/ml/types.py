"""Values that cross the boundary between ``tribune.ml`` and its callers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tribune.ml.labels import SCORE_KEYS, Decision, Label


@dataclass(frozen=True)
class ScoreInput:
    """One comment to judge.

    text (str): the comment exactly as posted.
    article (str): the article's text (title, lead, body); empty when unknown.
    lang (str | None): the comment's language if known, else detected.
    """

    text: str
    article: str = ""
    lang: str | None = None


@dataclass(frozen=True)
class Evidence:
    """A span of the original comment that drove a guideline's score.

    label (Label): the guideline or target the span supports.
    start, end (int): character offsets into the original text.
    text (str): ``original[start:end]``.
    source (str): what found it, e.g. ``"lexicon"``, ``"model"``, ``"contact-pattern"``.
    weight (float | None): for ``"model"`` evidence, the calibrated log-odds the word adds to
        the score of the head behind ``label`` (``tribune.ml.evidence``); None for rules.
    """

    label: Label
    start: int
    end: int
    text: str
    source: str = "model"
    weight: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": str(self.label),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source,
        }
        if self.weight is not None:
            out["weight"] = self.weight
        return out


@dataclass(frozen=True)
class Judgement:
    """The scorer's verdict on one comment.

    scores (Mapping[str, float]): a probability in [0, 1] for every ``SCORE_KEYS`` member.
    language (str): detected or given language code.
    decision (Decision): approve, reject or review under the bundle's thresholds.
    guidelines (tuple[str, ...]): guidelines broken (reject) or suspected (review).
    evidence (tuple[Evidence, ...]): spans explaining the guidelines.
    model_version (str): the scorer's version, recorded in the audit trail.
    """

    scores: Mapping[str, float]
    language: str
    decision: Decision
    guidelines: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    model_version: str = ""

    def __post_init__(self) -> None:
        missing = [str(k) for k in SCORE_KEYS if str(k) not in self.scores]
        if missing:
            raise ValueError(f"judgement lacks scores for {missing}")
        for key, value in self.scores.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"score {key}={value} is not a probability")

    def to_contract(self, item_id: Any) -> dict[str, Any]:
        """The fixed ``tribune score`` output line for this judgement."""
        return {
            "id": item_id,
            "decision": str(self.decision),
            "guidelines": list(self.guidelines),
            "scores": {str(k): round(float(self.scores[str(k)]), 6) for k in SCORE_KEYS},
            "language": self.language,
        }

    def score(self, label: Label) -> float:
        return float(self.scores[str(label)])
