"""Decision policy: per-guideline thresholds and per-language approve cuts turn scores into a decision.

Three tests, in this order:

1. a guideline whose score reaches its ``reject`` threshold rejects the comment;
2. one that reaches only its ``review`` threshold sends it to a human;
3. the **approve cut** of the comment's language: a comment is auto-approved only
   when its overall ``reject`` score is *below* that cut. The cut is a recall
   guarantee chosen on validation (``tribune.ml.training.thresholds``): at most
   2% of each of that language's validation sets' violations score under it, so
   that about 5% holds on text from elsewhere. A comment held by this test
   names its likeliest guideline(s), so a moderator knows what to look for, unless
   every guideline score is too low to point anywhere (``NAMED_FLOOR``).

Languages without a cut of their own (Kurdish, an undetected language) use the
``"*"`` cut, the most conservative one. A policy without approve cuts (the old
manifest format, ``DecisionPolicy.default()``) skips test 3.

    policy = DecisionPolicy.default()
    decision, guidelines = policy.decide({"threat": 0.97, ...}, language="en")
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tribune.ml.labels import GUIDELINES, Decision, Label

logger = logging.getLogger(__name__)

ANY_LANGUAGE = "*"
"""Key of the approve cut used by every language without its own."""
BLAMED: tuple[str, ...] = tuple(str(g) for g in GUIDELINES if g != Label.OFF_TOPIC)
"""Guidelines a language-cut hold can name (the overall score covers conduct and promotion)."""
NAMED_SHARE = 0.8
"""A held comment names every guideline scoring at least this share of the top one."""
NAMED_FLOOR = 0.1
"""Under this, the top guideline score says nothing about which guideline: none is named. Kurdish
comments, whose guideline heads never saw the language, score all of them near zero."""


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
_warned: set[str] = set()


def _check_cut(language: str, cut: float) -> float:
    value = float(cut)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"approve cut for {language!r} must be in [0, 1], got {cut}")
    return value


@dataclass(frozen=True)
class DecisionPolicy:
    """Thresholds for every guideline and approve cuts per language.

    thresholds (Mapping[str, Threshold]): per guideline; ``Label.REJECT`` is not a guideline.
    approve (Mapping[str, float]): language code (or ``"*"``) -> the ``reject`` score
        at or above which a comment is not auto-approved; empty: no language test.
    """

    thresholds: Mapping[str, Threshold] = field(default_factory=dict)
    approve: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for language, cut in self.approve.items():
            _check_cut(language, cut)

    @classmethod
    def default(cls) -> DecisionPolicy:
        return cls({str(label): DEFAULT_THRESHOLD for label in GUIDELINES})

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DecisionPolicy:
        """Read either format: ``{"guidelines": {...}, "approve": {...}}`` or the old ``{guideline: cut}``."""
        if "guidelines" in data:
            per_guideline = data["guidelines"]
            approve = {str(k): _check_cut(str(k), v) for k, v in (data.get("approve") or {}).items()}
        else:
            per_guideline, approve = data, {}
        try:
            thresholds = {
                str(k): Threshold(reject=float(v["reject"]), review=float(v["review"]))
                for k, v in per_guideline.items()
            }
        except (KeyError, TypeError) as exc:
            raise ValueError(f"policy JSON needs reject and review for every guideline: {exc}") from exc
        return cls(thresholds, approve)

    def to_json(self) -> dict[str, Any]:
        guidelines = {k: {"reject": t.reject, "review": t.review} for k, t in self.thresholds.items()}
        if not self.approve:
            return guidelines  # the old format, for a policy without language cuts
        return {"guidelines": guidelines, "approve": dict(self.approve)}

    def threshold(self, label: Label | str) -> Threshold:
        """The cut-offs of ``label``; a guideline the policy lacks gets ``DEFAULT_THRESHOLD`` (logged once)."""
        found = self.thresholds.get(str(label))
        if found is not None:
            return found
        if str(label) not in _warned:
            _warned.add(str(label))
            logger.warning(
                "no threshold for %s in the policy: using the default %s", label, DEFAULT_THRESHOLD
            )
        return DEFAULT_THRESHOLD

    def approve_cut(self, language: str | None) -> float | None:
        """The approve cut for ``language`` (``"*"``'s when it has none); None when the policy has none."""
        if not self.approve:
            return None
        if language and language in self.approve:
            return self.approve[language]
        return self.approve.get(ANY_LANGUAGE, min(self.approve.values()))

    def with_overrides(self, overrides: Mapping[str, Threshold]) -> DecisionPolicy:
        """This policy with the cut-offs of the guidelines in ``overrides`` replaced (approve cuts kept)."""
        return DecisionPolicy({**self.thresholds, **overrides}, self.approve)

    def decide(
        self, scores: Mapping[str, Any], language: str | None = None
    ) -> tuple[Decision, tuple[str, ...]]:
        """Return the decision and the guidelines behind it, riskiest first."""
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
        approve_cut = self.approve_cut(language)
        # A missing overall score cannot prove the comment clean: it goes to a human.
        if approve_cut is not None and float(scores.get(str(Label.REJECT), 1.0)) >= approve_cut:
            return Decision.REVIEW, likeliest(scores)
        return Decision.APPROVE, ()


def likeliest(scores: Mapping[str, Any]) -> tuple[str, ...]:
    """The guideline(s) most likely broken: the top one and any within ``NAMED_SHARE`` of it.

    None when even the top one scores under ``NAMED_FLOOR``: the comment is held as not clearly
    clean without pointing a moderator at a guideline nothing suggests.
    """
    ranked = sorted(((float(scores.get(g, 0.0)), g) for g in BLAMED), reverse=True)
    top = ranked[0][0]
    if top < NAMED_FLOOR:
        return ()
    return tuple(g for s, g in ranked if s >= top * NAMED_SHARE)
