"""Leave-one-dataset-out check of the approve cuts: does the recall promise hold on a set it never saw?

The shipped approve cut of a language is the strictest of its validation sets
(``approve_cuts``). A newsroom's comments come from none of those sets, so this
check asks what would happen to a set the cut was *not* chosen on. For every
dataset ``D`` with enough violations:

* **same language**: the cut chosen on the validation splits of ``D``'s
  language's *other* datasets, applied to ``D``'s test split;
* **no labelled data** (how Kurdish is treated): the strictest cut of every
  dataset of the *other* languages, applied to ``D``'s test split.

Both are computed for several miss rates (the share of validation violations a
cut may let through; the policy uses 0.05), and each cell gives ``D``'s test
violations auto-approved and clean comments auto-approved under the shipped
guideline cut-offs. What it cannot show: the heads saw ``D``'s training split,
so a truly new source would score worse than here; it measures how far the
cut's promise moves between datasets, not how the heads generalise.

Usage::

    python -m tribune.ml.training.transfer [--data DIR] [--bundle DIR] [--miss 0.05 0.03 0.02 0.01]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tribune.ml.bundle import BundleScorer, load_bundle_scorer
from tribune.ml.labels import Decision
from tribune.ml.policy import DecisionPolicy
from tribune.ml.scorer import PACKAGED_BUNDLE, bundle_path
from tribune.ml.training.approve_cuts import approve_cuts
from tribune.ml.training.datasets import Row, load_all
from tribune.ml.training.mapping import labels_for
from tribune.ml.training.safety import violation
from tribune.ml.training.scoring import final_scores
from tribune.ml.training.train import default_data_dir

MIN_VIOLATIONS = 30
"""Validation violations a dataset needs for its own cut (as in training)."""
MISS_RATES = (0.05, 0.03, 0.02, 0.01)


@dataclass(frozen=True)
class Scored:
    """Rows of one split with their final scores and labels."""

    rows: list[Row]
    scores: list[dict[str, float]]
    labels: list[dict[str, int]]


@dataclass(frozen=True)
class Transfer:
    """One held-out dataset under a cut chosen without it."""

    cut: float
    violations_approved: float
    clean_approved: float
    violations: int
    clean: int


def score_split(scorer: BundleScorer, rows: list[Row]) -> Scored:
    """The bundle's final scores (cascade included) for ``rows``."""
    probs, _ = scorer.cascade_probabilities([r.text for r in rows], [r.lang for r in rows])
    scores = final_scores(probs, scorer.heads, rows, progress=False)
    return Scored(rows, scores, [labels_for(r) for r in rows])


def cut_without(
    val: Scored, policy: DecisionPolicy, keep: Sequence[bool], miss_rate: float, language: str | None
) -> float | None:
    """The approve cut chosen on the kept validation rows: ``language``'s cut, or the strictest (None)."""
    idx = [i for i, k in enumerate(keep) if k]
    if not idx:
        return None
    _approve, per_dataset = approve_cuts(
        [val.scores[i] for i in idx],
        [val.labels[i] for i in idx],
        [val.rows[i].lang for i in idx],
        [val.rows[i].dataset for i in idx],
        policy.thresholds,
        miss_rate=miss_rate,
        min_violations=MIN_VIOLATIONS,
    )
    if not per_dataset:
        return None
    if language is None:
        return min(per_dataset.values())
    chosen = [c for (_, lang), c in per_dataset.items() if lang == language]
    return min(chosen) if chosen else None


def _groups(split: Scored) -> list[tuple[str, str]]:
    """The split's (dataset, language) groups, in order (MLMA is two: English and Arabic)."""
    return list(dict.fromkeys((r.dataset, r.lang) for r in split.rows))


def apply_cut(test: Scored, policy: DecisionPolicy, group: tuple[str, str], cut: float) -> Transfer:
    """The test rows of ``group`` (dataset, language) decided with approve cut ``cut`` for the language."""
    idx = [i for i, r in enumerate(test.rows) if (r.dataset, r.lang) == group]
    lang = group[1]
    trial = DecisionPolicy(policy.thresholds, {**policy.approve, lang: cut})
    approved = np.array([trial.decide(test.scores[i], language=lang)[0] == Decision.APPROVE for i in idx])
    kinds = np.array([violation(test.labels[i]) for i in idx], dtype=object)
    bad, good = kinds == 1, kinds == 0
    return Transfer(
        cut,
        float(approved[bad].mean()) if bad.any() else float("nan"),
        float(approved[good].mean()) if good.any() else float("nan"),
        int(bad.sum()),
        int(good.sum()),
    )


SETTINGS = ("same language", "no labels")
HeldOut = list[tuple[tuple[str, str], str, Transfer | None]]
"""``held_out``'s answer: ((dataset, language), setting, result or None), in table order."""


def held_out(val: Scored, test: Scored, policy: DecisionPolicy, miss: float) -> HeldOut:
    """Every (dataset, language) of ``test`` under each of ``SETTINGS`` at ``miss``: its ``Transfer``,
    or None when no cut can be chosen without it (see the module docstring)."""
    out: HeldOut = []
    for name, lang in _groups(test):
        for setting, keep, target in (
            (SETTINGS[0], [r.dataset != name and r.lang == lang for r in val.rows], lang),
            (SETTINGS[1], [r.lang != lang for r in val.rows], None),
        ):
            cut = cut_without(val, policy, keep, miss, target)
            out.append(
                ((name, lang), setting, None if cut is None else apply_cut(test, policy, (name, lang), cut))
            )
    return out


def transfer_table(results: Mapping[float, HeldOut]) -> list[str]:
    """The printed table from ``held_out`` per miss rate: one line per held-out set and setting."""
    miss_rates = list(results)
    header = f"  {'held out':22s} {'setting':14s} " + " ".join(f"{f'miss {m:.2f}':>26s}" for m in miss_rates)
    lines = [
        header,
        f"  {'':22s} {'':14s} " + " ".join(f"{'cut  viol.appr clean.appr':>26s}" for _ in miss_rates),
    ]
    for k, ((name, lang), setting, _) in enumerate(results[miss_rates[0]]):
        cells = []
        for miss in miss_rates:
            t = results[miss][k][2]
            if t is None:
                cells.append(f"{'-':>26s}")
            else:
                cells.append(f"{t.cut:8.4f} {t.violations_approved:8.3f} {t.clean_approved:8.3f}")
        lines.append(f"  {f'{name} ({lang})':22s} {setting:14s} " + " ".join(cells))
    return lines


def summary(results: Mapping[float, HeldOut]) -> list[str]:
    """Per miss rate: how many held-out sets (same language) stay at or under 5% violations approved."""
    out = []
    for miss, rows in results.items():
        rated = [
            t
            for _, setting, t in rows
            if setting == SETTINGS[0] and t is not None and t.violations >= MIN_VIOLATIONS
        ]
        within = sum(t.violations_approved <= 0.05 for t in rated)
        worst = max((t.violations_approved for t in rated), default=float("nan"))
        clean = np.nanmean([t.clean_approved for t in rated]) if rated else float("nan")
        out.append(
            f"  miss {miss:.2f}: {within}/{len(rated)} held-out sets at <= 5% violations approved, "
            f"worst {worst:.3f}, mean clean approved {clean:.3f}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="transfer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--bundle", type=Path, default=None)
    parser.add_argument("--miss", type=float, nargs="*", default=list(MISS_RATES))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    scorer = load_bundle_scorer(args.bundle or bundle_path() or PACKAGED_BUNDLE)
    rows = load_all(args.data)
    val = score_split(scorer, [r for r in rows if r.split == "val"])
    test = score_split(scorer, [r for r in rows if r.split == "test"])
    print(f"bundle {scorer.version}; validation rows {len(val.rows)}, test rows {len(test.rows)}")
    print(
        "cut chosen without the held-out set; its test split decided with it (shares of its violations / clean):"
    )
    results = {miss: held_out(val, test, scorer.policy, miss) for miss in args.miss}
    print("\n".join(transfer_table(results)))
    print("same-language summary:")
    print("\n".join(summary(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
