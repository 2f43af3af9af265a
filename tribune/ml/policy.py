"""Decision policy: per-guideline thresholds turn scores into approve/reject/review.

A guideline whose score reaches its ``reject`` threshold rejects the comment;
one that reaches only ``review`` sends it to a human; otherwise it is approved.

    policy = DecisionPolicy.default()
    decision, guidelines = policy.decide({"threat": 0.97, ...})
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tribune.ml.labels import GUIDELINES, Decision, Label


@dataclass(frozen=True)
class Threshold:
    """Cut-offs for one guideline.

    reject (float): at or above this score the comment is rejected.
    review (float): at or above this (and below ``reject``) a human decides.
    """

    reject: float
    review: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.review <= self.reject <= 1.0:
            raise ValueError(f"need 0 <= review <= reject <= 1, got {self}")


DEFAULT_THRESHOLD = Threshold(reject=0.9, review=0.5)


@dataclass(frozen=True)
class DecisionPolicy:
    """Thresholds for every guideline; ``Label.REJECT`` is not a guideline."""

    thresholds: Mapping[str, Threshold] = field(default_factory=dict)

    @classmethod
    def default(cls) -> DecisionPolicy:
        return cls({str(label): DEFAULT_THRESHOLD for label in GUIDELINES})

    @classmethod
    def from_json(cls, data: Mapping[str, Mapping[str, float]]) -> DecisionPolicy:
        return cls(
            {k: Threshold(reject=float(v["reject"]), review=float(v["review"])) for k, v in data.items()}
        )

    def to_json(self) -> dict[str, dict[str, float]]:
        return {k: {"reject": t.reject, "review": t.review} for k, t in self.thresholds.items()}

    def threshold(self, label: Label | str) -> Threshold:
        return self.thresholds.get(str(label), DEFAULT_THRESHOLD)

    def with_overrides(self, overrides: Mapping[str, Threshold]) -> DecisionPolicy:
        """This policy with the cut-offs of the guidelines in ``overrides`` replaced."""
        return DecisionPolicy({**self.thresholds, **overrides})

    def decide(
        self, scores: Mapping[str, Any], language: str | None = None
    ) -> tuple[Decision, tuple[str, ...]]:
        """Return the decision and the guidelines behind it, riskiest first.

        language (str | None): the comment's language, for per-language cut-offs (none yet).
        """
        rejected: list[tuple[float, str]] = []
        reviewed: list[tuple[float, str]] = []
        for label in GUIDELINES:
            score = float(scores[str(label)])
            cut = self.threshold(label)
            if score >= cut.reject:
                rejected.append((score, str(label)))
            elif score >= cut.review:
                reviewed.append((score, str(label)))
        if rejected:
            return Decision.REJECT, tuple(name for _, name in sorted(rejected, reverse=True))
        if reviewed:
            return Decision.REVIEW, tuple(name for _, name in sorted(reviewed, reverse=True))
        return Decision.APPROVE, ()
