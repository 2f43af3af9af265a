"""Evaluate a model bundle on the test splits, per dataset and per label, against public baselines.

For every dataset's test split (official where one exists, else the seeded hash
split from ``datasets``) it prints, for each label the dataset speaks about:
rows, positives, ROC-AUC of the final score, F1 when flagging at the policy's
*reject* threshold and at its *review* threshold, and the decision mix (approve
/ review / reject share). For ``reject`` the F1s are those of the decision
(auto-rejected; not auto-approved). Labels without positives are left out.
Then the rejection rate of constructive, non-toxic C3 comments, the pooled
automation rate (share decided without a human), and the safety table
(``safety``) per dataset and per language: reject and threat ROC-AUC,
violations auto-approved, clean auto-approved, clean auto-rejected and the
precision of auto-rejection.

Comparisons in the same run (column ``cmp AUC``, on the ``reject`` label):
``alt-profanity-check`` for English sets and ``arabic-toxic`` (1 - P(NOT)) for
Arabic sets, when installed (``pip install alt-profanity-check arabic-toxic``).

Usage::

    python -m tribune.ml.training.evaluate [--data DIR] [--bundle DIR] [--no-compare]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from tribune.ml.bundle import load_bundle_scorer
from tribune.ml.labels import SCORE_KEYS, Decision, Label
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.ml.scorer import PACKAGED_BUNDLE, bundle_path
from tribune.ml.training.datasets import LOADERS, Row, load_all
from tribune.ml.training.mapping import is_constructive, labels_for
from tribune.ml.training.metrics import auc, decision_mix, decisions, f1_at, rejection_rate
from tribune.ml.training.safety import safety_table
from tribune.ml.training.scoring import final_scores
from tribune.ml.training.train import default_data_dir

Baseline = Callable[[Sequence[str]], np.ndarray]


def _profanity_check() -> Baseline:
    from profanity_check import predict_prob

    return lambda texts: np.asarray(predict_prob(list(texts)), dtype=float)


def _arabic_toxic() -> Baseline:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from arabic_toxic import predict_proba

        predict_proba(["تجربة"])
    if any("InconsistentVersionWarning" in type(w.message).__name__ for w in caught):
        print("note: arabic-toxic's pickled model was saved with another scikit-learn version (it warns)")

    return lambda texts: np.array([1.0 - row.get("NOT", 0.0) / 100.0 for row in predict_proba(list(texts))])


def load_baselines() -> tuple[dict[str, Baseline], list[str]]:
    """Comparison models by language, and a note for each one that could not load."""
    found: dict[str, Baseline] = {}
    notes: list[str] = []
    for lang, name, loader in (
        ("en", "alt-profanity-check", _profanity_check),
        ("ar", "arabic-toxic", _arabic_toxic),
    ):
        try:
            found[lang] = loader()
            found[lang](["test"])
            notes.append(f"{lang}: compared with {name}")
        except Exception as exc:  # noqa: BLE001 - any failure means "not available offline"
            notes.append(f"{lang}: {name} not available ({type(exc).__name__}: {exc})")
    return found, notes


def _cut(policy: DecisionPolicy, label: str) -> Threshold:
    """A guideline's thresholds; abuse targets use abuse's."""
    return policy.threshold(label if label in policy.thresholds else Label.ABUSE)


def report_dataset(
    name: str,
    rows: list[Row],
    scores: list[dict[str, float]],
    policy: DecisionPolicy,
    baseline: Baseline | None,
) -> list[str]:
    """Table lines for one dataset's test rows."""
    labels = [labels_for(r) for r in rows]
    langs = [r.lang for r in rows]
    mix = decision_mix(scores, policy, langs)
    made = decisions(scores, policy, langs)
    cmp_scores = baseline([r.text for r in rows]) if baseline else None
    head = f"{name} (n={len(rows)}, lang={rows[0].lang}): approve {mix['approve']:.3f}  "
    lines = [head + f"review {mix['review']:.3f}  reject {mix['reject']:.3f}"]
    for key in (str(k) for k in SCORE_KEYS):
        idx = [i for i, lab in enumerate(labels) if key in lab]
        y = np.array([labels[i][key] for i in idx])
        if not idx or y.sum() == 0:
            continue  # nothing to find: AUC and F1 are undefined
        s = np.array([scores[i][key] for i in idx])
        if key == "reject":
            flags = (
                [float(made[i] == Decision.REJECT) for i in idx],
                [float(made[i] != Decision.APPROVE) for i in idx],
            )
            f1_rej, f1_rev = (f1_at(y, np.array(f), 0.5) for f in flags)
        else:
            cut = _cut(policy, key)
            f1_rej, f1_rev = f1_at(y, s, cut.reject), f1_at(y, s, cut.review)
        cmp = f"{auc(y, cmp_scores[idx]):8.4f}" if cmp_scores is not None and key == "reject" else "       -"
        lines.append(
            f"  {key:16s} {len(idx):6d} {int(y.sum()):6d}  {auc(y, s):7.4f}  {f1_rej:6.4f}  {f1_rev:6.4f} {cmp}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tribune evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument(
        "--bundle",
        type=Path,
        default=None,
        help="default: the live bundle (the store's active version, else packaged)",
    )
    parser.add_argument("--no-compare", action="store_true", help="skip the public baselines")
    parser.add_argument("--datasets", nargs="*", default=None, choices=list(LOADERS))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data} (set --data or TRIBUNE_DATA)", file=sys.stderr)
        return 2
    args.bundle = args.bundle or bundle_path() or PACKAGED_BUNDLE
    scorer = load_bundle_scorer(args.bundle)
    baselines, notes = ({}, ["comparison skipped"]) if args.no_compare else load_baselines()
    rows = [r for r in load_all(args.data, args.datasets) if r.split == "test"]
    probs, refined = scorer.cascade_probabilities([r.text for r in rows], [r.lang for r in rows])
    scores = final_scores(probs, scorer.heads, rows, progress=False)
    print(f"bundle {scorer.version} ({args.bundle}); test rows {len(rows)}")
    shares = {
        lang: float(np.mean([f for f, r in zip(refined, rows, strict=True) if r.lang == lang]))
        for lang in dict.fromkeys(r.lang for r in rows)
    }
    print("sentence encoder ran on: " + ", ".join(f"{k} {v:.3f}" for k, v in shares.items()))
    print("\n".join(notes))
    print(
        f"  {'label':16s} {'rows':>6s} {'pos':>6s}  {'ROC-AUC':>7s}  {'F1@rej':>6s}  {'F1@rev':>6s} {'cmp AUC':>8s}"
    )
    for name in dict.fromkeys(r.dataset for r in rows):
        idx = [i for i, r in enumerate(rows) if r.dataset == name]
        sub = [rows[i] for i in idx]
        print(
            "\n".join(
                report_dataset(name, sub, [scores[i] for i in idx], scorer.policy, baselines.get(sub[0].lang))
            )
        )
    langs = [r.lang for r in rows]
    keep = [i for i, r in enumerate(rows) if is_constructive(r)]
    rejected, held = rejection_rate([scores[i] for i in keep], scorer.policy, [langs[i] for i in keep])
    print(
        f"constructive C3 comments (constructive_binary=1, toxicity<=1.5; n={len(keep)}): "
        f"auto-rejected {rejected:.3f}, sent to review {held - rejected:.3f}, approved {1 - held:.3f}"
    )
    mix = decision_mix(scores, scorer.policy, langs)
    print(
        f"pooled test decision mix: approve {mix['approve']:.3f} review {mix['review']:.3f} "
        f"reject {mix['reject']:.3f}; automation rate {mix['approve'] + mix['reject']:.3f}"
    )
    print(
        "\nsafety (violation = conduct or promotion; shares of each class; reject AUC of the overall score):"
    )
    labels = [labels_for(r) for r in rows]
    print("\n".join(safety_table(scores, labels, [r.dataset for r in rows], langs, scorer.policy)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
