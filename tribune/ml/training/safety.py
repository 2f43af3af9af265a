"""The safety numbers a newsroom reads: what is published unseen, what is decided without a human.

For a group of labelled rows (one dataset, or one language) under a policy:

* ``violations_approved``: share of violations (``violation`` is 1) auto-approved;
  the approve cut promises at most 5% on sets it never saw (2% on each validation set);
* ``clean_approved``: share of clean rows auto-approved (what automation saves);
* ``clean_rejected``: share of clean rows auto-rejected (the error a reader sees);
* ``reject_precision``: share of auto-rejected rows that are violations (a
  rejection for promotion on a set that never labels promotion is left out of
  this and of ``clean_rejected``: spam in an offensive-language set is "clean");
* ``reject_auc`` / ``threat_auc``: ROC-AUC of the ``reject`` score against
  ``violation`` and of the ``threat`` score against the threat label.

Usage::

    numbers = safety_numbers(scores, labels, languages, policy)
    print(format_line("olid (en)", numbers))
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from tribune.ml.labels import Decision
from tribune.ml.policy import DecisionPolicy
from tribune.ml.training.metrics import auc

HEADER = (
    f"{'set':24s} {'rows':>6s} {'viol':>6s} {'clean':>6s}  {'rejAUC':>6s} {'thrAUC':>6s}  "
    f"{'viol->approved':>14s} {'clean->approved':>15s} {'clean->rejected':>15s} {'rej prec':>8s}"
)


def violation(labels: Mapping[str, int]) -> int | None:
    """1 if the row breaks a guideline (conduct or promotion), 0 if clean, None if its labels cannot say."""
    if labels.get("reject") == 1 or labels.get("promotion") == 1:
        return 1
    if "reject" in labels:
        return 0
    return 0 if labels.get("promotion") == 0 else None


@dataclass(frozen=True)
class SafetyNumbers:
    """Counts and shares for one group of rows (NaN where undefined)."""

    rows: int
    violations: int
    clean: int
    violations_approved: float
    clean_approved: float
    clean_rejected: float
    reject_precision: float
    reject_auc: float
    threat_auc: float


def _share(mask: np.ndarray, of: np.ndarray) -> float:
    return float(mask[of].mean()) if of.any() else float("nan")


def safety_numbers(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    languages: Sequence[str | None],
    policy: DecisionPolicy,
) -> SafetyNumbers:
    """The safety numbers of these rows under ``policy`` (see the module docstring)."""
    decided = [policy.decide(s, lang) for s, lang in zip(scores, languages, strict=True)]
    made = [d for d, _ in decided]
    v = [violation(lab) for lab in labels]
    # A set that never labels promotion cannot say a comment rejected as spam was clean.
    blind = np.array(
        [
            d == Decision.REJECT and g[:1] == ("promotion",) and "promotion" not in lab
            for (d, g), lab in zip(decided, labels, strict=True)
        ]
    )
    known = np.array([x is not None for x in v]) & ~blind
    y = np.array([x == 1 for x in v])
    bad, good = known & y, known & ~y
    approved = np.array([d == Decision.APPROVE for d in made])
    rejected = np.array([d == Decision.REJECT for d in made])
    risk = np.array([float(s["reject"]) for s in scores])
    threat_rows = [i for i, lab in enumerate(labels) if "threat" in lab]
    threat_y = np.array([labels[i]["threat"] for i in threat_rows])
    threat_s = np.array([float(scores[i]["threat"]) for i in threat_rows])
    return SafetyNumbers(
        rows=len(made),
        violations=int(bad.sum()),
        clean=int(good.sum()),
        violations_approved=_share(approved, bad),
        clean_approved=_share(approved, good),
        clean_rejected=_share(rejected, good),
        reject_precision=_share(y, rejected & known),
        reject_auc=auc(y[known].astype(int), risk[known]) if known.any() else float("nan"),
        threat_auc=auc(threat_y, threat_s) if threat_rows else float("nan"),
    )


def _cell(value: float, width: int) -> str:
    return f"{'-':>{width}s}" if math.isnan(value) else f"{value:{width}.3f}"


def format_line(name: str, n: SafetyNumbers) -> str:
    """One table line under ``HEADER``."""
    return (
        f"{name:24s} {n.rows:6d} {n.violations:6d} {n.clean:6d}  {_cell(n.reject_auc, 6)} "
        f"{_cell(n.threat_auc, 6)}  {_cell(n.violations_approved, 14)} {_cell(n.clean_approved, 15)} "
        f"{_cell(n.clean_rejected, 15)} {_cell(n.reject_precision, 8)}"
    )


def safety_table(
    scores: Sequence[Mapping[str, float]],
    labels: Sequence[Mapping[str, int]],
    datasets: Sequence[str],
    languages: Sequence[str],
    policy: DecisionPolicy,
) -> list[str]:
    """``HEADER`` then one line per dataset, then one per language (``lang:xx``)."""
    lines = [HEADER]
    groups: list[tuple[str, str | None, str | None]] = [
        (f"{d} ({lang})", d, lang) for d, lang in dict.fromkeys(zip(datasets, languages, strict=True))
    ]
    groups += [(f"lang:{lang}", None, lang) for lang in dict.fromkeys(languages)]
    for name, dataset, language in groups:
        idx = [
            i
            for i in range(len(scores))
            if (dataset is None or datasets[i] == dataset) and (language is None or languages[i] == language)
        ]
        sub = [scores[i] for i in idx]
        numbers = safety_numbers(sub, [labels[i] for i in idx], [languages[i] for i in idx], policy)
        lines.append(format_line(name, numbers))
    return lines
