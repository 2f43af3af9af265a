"""The learning loop: retrain with moderators' decisions, compare with the live bundle, promote only if not worse.

1. Split the decisions (JSONL from ``tribune manage export_decisions``) by a
   seeded hash of the comment id: ``--held-back`` (20%) of comments are held
   back and never train; the rest join the public training data (15% of them to
   validation, as ``tribune train --feedback`` does).
2. Train a **candidate** into ``<store>/staging/`` (the live bundle is never
   written while training); it gets a new version, ``tfidf-logreg.v1.<day>-<digest>``.
3. Measure the current bundle and the candidate on the same held-back decisions
   and the same public test rows (``compare``), per guideline.
4. Gate (``gate``): promote only if the candidate is not worse on any guideline
   beyond the stated tolerance, counting only guidelines with enough labels.
5. Promote atomically into the model store (``tribune.ml.store``), keeping the
   old version for ``tribune models rollback``; or keep the candidate under
   ``candidates/``. Write the report (Markdown + JSON) under ``reports/`` and print it.

The site loads its bundle once per process: restart the web server and the
workers to start deciding with a promoted version.

Usage (the Django side exports the decisions: ``tribune train --with-decisions``)::

    python -m tribune.ml.training.retrain --decisions decisions.jsonl [--quick] [--no-promote]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tribune.ml.bundle import BundleError, BundleScorer, load_bundle_scorer
from tribune.ml.scorer import BUNDLE_ENV, PACKAGED_BUNDLE
from tribune.ml.store import ModelStore, StoreError, bundle_version, store_root
from tribune.ml.training import train as training
from tribune.ml.training.compare import SetResult, evaluate_set
from tribune.ml.training.datasets import FeedbackError, Row, feedback, load_all
from tribune.ml.training.gate import MIN_NEGATIVES, MIN_POSITIVES, TOLERANCE, gate
from tribune.ml.training.report import build_report, to_markdown, write_report

HELD_BACK = "held-back decisions"
PUBLIC = "public test splits"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tribune train --with-decisions", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--decisions",
        type=Path,
        default=None,
        metavar="FILE",
        help="use this export of moderators' decisions (tribune manage export_decisions FILE) "
        "instead of exporting them from the site's database first",
    )
    parser.add_argument(
        "--data", type=Path, default=training.default_data_dir(), help="public dataset folder"
    )
    parser.add_argument(
        "--model-dir", type=Path, default=None, help="model store (default: $TRIBUNE_MODEL_DIR)"
    )
    parser.add_argument("--held-back", type=float, default=0.2, help="share of decisions never trained on")
    parser.add_argument("--quick", action="store_true", help="sampled public data: a demo or smoke run")
    parser.add_argument(
        "--test-per-dataset", type=int, default=None, help="public test rows per dataset (quick: 400)"
    )
    parser.add_argument("--bits", type=int, default=20, help="log2 width of each hashed block")
    parser.add_argument("--keep", type=int, default=80_000, help="weights kept per head")
    parser.add_argument("--datasets", nargs="*", default=None, help="only these public datasets")
    parser.add_argument(
        "--no-promote", "--dry-run", dest="no_promote", action="store_true", help="report, never promote"
    )
    parser.add_argument(
        "--min-positives",
        type=int,
        default=MIN_POSITIVES,
        help=f"a guideline is gated only with this many breaking decisions held back (default {MIN_POSITIVES})",
    )
    parser.add_argument(
        "--min-negatives",
        type=int,
        default=MIN_NEGATIVES,
        help=f"and this many decisions that do not break it (default {MIN_NEGATIVES})",
    )
    args = parser.parse_args(argv)
    if args.decisions is None:
        parser.error("--decisions FILE is needed here; `tribune train --with-decisions` exports it itself")
    if not 0.0 < args.held_back < 1.0:
        parser.error("--held-back must be between 0 and 1")
    return args


def current_bundle(store: ModelStore) -> Path:
    """The bundle the site would load now: ``$TRIBUNE_MODEL_BUNDLE``, the store's active one, or the packaged one."""
    configured = os.environ.get(BUNDLE_ENV)
    if configured:
        return Path(configured)
    return store.active_path() or PACKAGED_BUNDLE


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _public_test(args: argparse.Namespace) -> list[Row]:
    rows = [r for r in load_all(args.data, args.datasets) if r.split == "test"]
    per = args.test_per_dataset or (400 if args.quick else None)
    return training.sample(rows, per) if per else rows


def _train_candidate(args: argparse.Namespace, out: Path) -> dict[str, Any]:
    argv = [
        "--data", str(args.data), "--out", str(out), "--feedback", str(args.decisions),
        "--held-back", str(args.held_back), "--bits", str(args.bits), "--keep", str(args.keep),
    ]  # fmt: skip
    if args.quick:
        argv.append("--quick")
    if args.datasets:
        argv += ["--datasets", *args.datasets]
    return training.train(training.parse_args(argv))


def _measure(scorer: BundleScorer, sets: dict[str, list[Row]]) -> dict[str, SetResult]:
    return {name: evaluate_set(name, rows, scorer) for name, rows in sets.items() if rows}


def _promote(store: ModelStore, staging: Path, version: str, current: Path, current_version: str) -> str:
    """Install and activate the candidate; the first promotion also stores the bundle it replaces."""
    if store.active_version() is None:
        store.import_copy(current, current_version)
        store.activate(current_version, action="seed", note=f"copied from {current}")
    path = store.install(staging, version)
    store.activate(version, note=f"retrain over {current_version}")
    return (
        f"promoted: `{version}` is active ({path}); `{current_version}` is kept for `tribune models rollback`"
    )


def retrain(args: argparse.Namespace) -> dict[str, Any]:
    """Run the loop (see the module docstring); returns the report dict it wrote."""
    started = time.time()
    decisions = feedback(args.decisions, args.held_back)  # a bad file is refused before anything runs
    store = ModelStore(args.model_dir or store_root())
    current_path = current_bundle(store)
    current = load_bundle_scorer(current_path)
    current_version = bundle_version(dict(current.manifest))
    store.staging.mkdir(parents=True, exist_ok=True)
    staging = store.staging / f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{os.getpid()}"
    _log(f"training a candidate into {staging} ...")
    try:
        manifest = _train_candidate(args, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # a half-written candidate is never left to promote
        raise
    version = str(manifest["version"])
    candidate = load_bundle_scorer(staging)
    sets = {HELD_BACK: [r for r in decisions if r.split == "test"], PUBLIC: _public_test(args)}
    _log(
        f"measuring {current_version} and {version} on {', '.join(f'{len(v)} {k}' for k, v in sets.items())} ..."
    )
    before, after = _measure(current, sets), _measure(candidate, sets)
    verdict = gate(
        before, after, tolerance=TOLERANCE, min_positives=args.min_positives, min_negatives=args.min_negatives
    )
    notes: list[str] = []
    if os.environ.get(BUNDLE_ENV):
        notes.append(f"{BUNDLE_ENV} is set: the site loads that folder, not the model store's active version")
    if (store.versions / version).exists():
        shutil.rmtree(staging)
        outcome = f"not promoted: `{version}` is already installed (the same weights and thresholds)"
    elif verdict.promote and not args.no_promote:
        outcome = _promote(store, staging, version, current_path, current_version)
        notes.append("restart the web server and workers to load it (each process loads its bundle once)")
    else:
        kept = store.candidates / version
        store.candidates.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(kept, ignore_errors=True)
        os.replace(staging, kept)
        why = "--no-promote was given" if verdict.promote else "the gate said no"
        outcome = f"not promoted ({why}); the candidate is kept at {kept}"
    counts = Counter(r.split for r in decisions)
    meta = {
        "candidate": version,
        "current": current_version,
        "current_path": str(current_path),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": bool(args.quick),
        "data": str(args.data),
        "public_test_rows": len(sets[PUBLIC]),
        "decisions": {
            "total": len(decisions),
            "train": counts["train"],
            "validation": counts["val"],
            "held_back": counts["test"],
            "held_back_share": args.held_back,
            "by_model_version": dict(
                Counter(r.raw.get("model_version", "") for r in decisions).most_common()
            ),
        },
        "gate": {
            "tolerance": dict(TOLERANCE),
            "min_positives": args.min_positives,
            "min_negatives": args.min_negatives,
        },
        "outcome": outcome,
        "active_after": store.active_version(),
        "seconds": round(time.time() - started, 1),
        "notes": notes,
    }
    report = build_report(meta, before, after, verdict)
    json_path, md_path = write_report(report, store.reports / version)
    report["notes"].append(f"report written to {md_path} and {json_path}")
    return report


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    problem = training.missing_input(args.data, [args.decisions], "decisions")
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        report = retrain(args)
    except FeedbackError as exc:
        print(f"decisions file refused: {exc}", file=sys.stderr)
        return 2
    except (BundleError, StoreError) as exc:
        print(f"retrain stopped: {exc}", file=sys.stderr)
        return 2
    print(to_markdown(report), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
