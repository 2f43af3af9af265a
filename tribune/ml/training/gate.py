"""The promotion gate: a candidate bundle replaces the current one only if it is not worse on any guideline.

For every evaluation set (the held-back moderators' decisions, the public test
splits) and every key in ``compare.KEYS`` (the seven guidelines and the overall
``reject``), three metrics are compared on the same rows: ROC-AUC, average
precision and F1 at the review cut (the decision that reaches a human or
rejects). A comparison is *worse* when the candidate falls below the current
bundle by more than the metric's tolerance (``TOLERANCE``: 0.01 AUC, 0.02
average precision, 0.03 F1; F1 moves more because each bundle chooses its own
cuts). A comparison only *counts* when the set has at least ``min_positives``
positive and ``min_negatives`` negative rows for that guideline (20 each by
default): on fewer, one comment flips an AUC by several points, so the
guideline is reported but not gated. The candidate is promoted when at least
one comparison counts and none that counts is worse. The safety numbers
(``safety``) are gated too, under the guideline name "safety": the share of
violations auto-approved may rise by at most 0.02, the share of clean comments
auto-approved and the precision of auto-rejection may fall by at most 0.05 and
0.03 (``SAFETY_TOLERANCE``), on sets with ``min_positives`` violations and
``min_negatives`` clean rows. F1 at the reject cut, the decision mix and the
agreement with moderators are reported, not gated.

Usage::

    verdict = gate({"public test": cur}, {"public test": cand})
    verdict.promote, verdict.reason
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from tribune.ml.training.compare import KEYS, SetResult

TOLERANCE: dict[str, float] = {"roc_auc": 0.01, "avg_precision": 0.02, "f1_review": 0.03}
"""How far below the current bundle a candidate may fall on a metric and still count as not worse."""
SAFETY_TOLERANCE: dict[str, tuple[float, bool]] = {
    "violations_approved": (0.02, False),
    "clean_approved": (0.05, True),
    "reject_precision": (0.03, True),
}
"""Safety numbers gated per set: (tolerance, higher is better). Counted with enough violations and clean rows."""
MIN_POSITIVES = 20
MIN_NEGATIVES = 20


@dataclass(frozen=True)
class Check:
    """One metric of one guideline on one set, current against candidate."""

    set: str
    guideline: str
    metric: str
    current: float
    candidate: float
    counted: bool
    worse: bool
    note: str = ""

    @property
    def delta(self) -> float:
        return self.candidate - self.current


@dataclass(frozen=True)
class Verdict:
    """promote (bool): the gate's answer; reason (str): why, in one sentence; checks: every comparison."""

    promote: bool
    reason: str
    checks: list[Check] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "promote": self.promote,
            "reason": self.reason,
            "checks": [{**asdict(c), "delta": c.delta} for c in self.checks],
        }


def compare_set(
    current: SetResult,
    candidate: SetResult,
    *,
    tolerance: Mapping[str, float],
    min_positives: int,
    min_negatives: int,
) -> list[Check]:
    """Every (guideline, metric) comparison on one set."""
    checks = []
    for key in KEYS:
        cur, cand = current.guidelines.get(key), candidate.guidelines.get(key)
        if cur is None or cand is None:
            continue
        enough = cur.positives >= min_positives and cur.negatives >= min_negatives
        note = "" if enough else f"too few labels ({cur.positives} pos / {cur.negatives} neg)"
        for metric, allowed in tolerance.items():
            a, b = float(getattr(cur, metric)), float(getattr(cand, metric))
            defined = not (math.isnan(a) or math.isnan(b))
            counted = enough and defined
            worse = counted and b < a - allowed
            checks.append(
                Check(
                    current.name, key, metric, a, b, counted, worse, note or ("" if defined else "undefined")
                )
            )
    return checks + safety_checks(
        current, candidate, min_positives=min_positives, min_negatives=min_negatives
    )


def safety_checks(
    current: SetResult, candidate: SetResult, *, min_positives: int, min_negatives: int
) -> list[Check]:
    """The item-1 numbers (``SAFETY_TOLERANCE``) of one set, current against candidate (guideline "safety")."""
    if not current.safety or not candidate.safety:
        return []
    enough = current.safety["violations"] >= min_positives and current.safety["clean"] >= min_negatives
    out = []
    for metric, (allowed, higher_better) in SAFETY_TOLERANCE.items():
        a, b = float(current.safety[metric]), float(candidate.safety[metric])
        defined = not (math.isnan(a) or math.isnan(b))
        counted = enough and defined
        worse = counted and (b < a - allowed if higher_better else b > a + allowed)
        note = "" if enough else "too few violations or clean rows"
        out.append(
            Check(
                current.name, "safety", metric, a, b, counted, worse, note or ("" if defined else "undefined")
            )
        )
    return out


def gate(
    current: Mapping[str, SetResult],
    candidate: Mapping[str, SetResult],
    *,
    tolerance: Mapping[str, float] = TOLERANCE,
    min_positives: int = MIN_POSITIVES,
    min_negatives: int = MIN_NEGATIVES,
) -> Verdict:
    """Compare the two bundles on every set both were measured on (see the module docstring)."""
    checks: list[Check] = []
    for name, cur in current.items():
        if name in candidate:
            checks += compare_set(
                cur,
                candidate[name],
                tolerance=tolerance,
                min_positives=min_positives,
                min_negatives=min_negatives,
            )
    counted = [c for c in checks if c.counted]
    worse = [c for c in counted if c.worse]
    if not counted:
        return Verdict(False, "nothing to compare: no guideline has enough labels on any set", checks)
    if worse:
        grouped: dict[tuple[str, str], list[str]] = {}
        for c in worse:
            grouped.setdefault((c.guideline, c.set), []).append(f"{c.metric} {c.delta:+.4f}")
        named = "; ".join(f"{g} on {name} ({', '.join(m)})" for (g, name), m in grouped.items())
        return Verdict(False, f"worse beyond tolerance: {named}", checks)
    return Verdict(True, f"not worse on any of {len(counted)} counted comparisons", checks)
