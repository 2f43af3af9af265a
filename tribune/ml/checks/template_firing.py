"""How often each lexicon template fires on labelled data: clean rows it would flag, violations it finds.

For every dataset row the templates of its language (and English) run as in
``find_evidence``; a row counts once per template. "Clean" is a row its dataset
labels not offensive (``reject`` = 0 in ``tribune.ml.training.mapping``; for
UCC, healthy and neither hostile nor antagonising), "violation" one it labels
offensive. A template that fires on clean rows costs automation (hold) or
precision (decisive templates reject them).

Reads ``../shared/data`` (``--data``); never ships data. Evaluation only.

Usage::

    python -m tribune.ml.checks.template_firing --data ../shared/data
    python -m tribune.ml.checks.template_firing --datasets olid,ucc --top 20
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tribune.ml.lexicon.loading import languages_for
from tribune.ml.lexicon.matching import template_matches
from tribune.ml.lexicon.weights import HOLD_SOURCE, PATTERN_SOURCE
from tribune.ml.text import normalize

__all__ = ["DEFAULT_DATASETS", "Labelled", "count_firing", "labelled_rows", "main"]

DEFAULT_DATASETS = ("olid", "ucc", "c3", "offenseval_tr", "offenseval_ar", "pars_off")


@dataclass(frozen=True)
class Labelled:
    """One labelled text: dataset, language, text and whether it breaks a rule."""

    dataset: str
    lang: str
    text: str
    violation: bool


def _ucc(root: Path) -> Iterator[Labelled]:
    with (root / "ucc_unhealthy_comments" / "val.csv").open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            hostile = r["hostile"] == "1" or r["antagonize"] == "1"
            if hostile or r["healthy"] == "1":
                yield Labelled("ucc", "en", r["comment"], hostile)


def labelled_rows(root: Path, names: Sequence[str]) -> Iterator[Labelled]:
    """Rows of the named datasets with a clear offensive / clean label (others are skipped)."""
    from tribune.ml.training.datasets import LOADERS
    from tribune.ml.training.mapping import labels_for

    for name in names:
        if name == "ucc":
            yield from _ucc(root)
            continue
        if name not in LOADERS:
            raise SystemExit(f"unknown dataset {name!r}; choose from ucc, {', '.join(sorted(LOADERS))}")
        for row in LOADERS[name](root):
            overall = labels_for(row).get("reject")
            if overall is not None and row.text.strip():
                yield Labelled(name, row.lang, row.text, overall == 1)


Key = tuple[str, str, str, str]
"""(language, label, hold or decides, template)."""


def count_firing(rows: Sequence[Labelled]) -> tuple[Counter[Key], Counter[Key], Counter[str], Counter[str]]:
    """Per template: clean rows and violations it fires on; and per dataset: clean and violation rows."""
    clean: Counter[Key] = Counter()
    hits: Counter[Key] = Counter()
    clean_rows: Counter[str] = Counter()
    bad_rows: Counter[str] = Counter()
    for row in rows:
        (bad_rows if row.violation else clean_rows)[row.dataset] += 1
        norm = normalize(row.text)
        keys = {
            (m.language, m.rule.label, "hold" if m.source == HOLD_SOURCE else "decides", m.rule.template)
            for m in template_matches(norm, languages_for(row.text, row.lang))
            if m.source in (HOLD_SOURCE, PATTERN_SOURCE)
        }
        (hits if row.violation else clean).update(keys)
    return clean, hits, clean_rows, bad_rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per dataset and per template, how many clean rows and violations the templates fire on."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--datasets", default=",".join(DEFAULT_DATASETS))
    parser.add_argument("--top", type=int, default=40, help="templates listed (most clean firings first)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.datasets.split(",") if n.strip()]
    print(f"{'dataset':<14} {'clean':>6} {'viol.':>6} {'hold on clean':>14} {'decides on clean':>17}")
    everything: tuple[Counter[Key], Counter[Key]] = (Counter(), Counter())
    for name in names:
        rows = list(labelled_rows(args.data, [name]))
        clean, hits, clean_rows, bad_rows = count_firing(rows)
        everything[0].update(clean)
        everything[1].update(hits)
        fired = {kind: sum(v for k, v in clean.items() if k[2] == kind) for kind in ("hold", "decides")}
        print(
            f"{name:<14} {clean_rows[name]:>6} {bad_rows[name]:>6} {fired['hold']:>14} {fired['decides']:>17}"
            f"   (violations found: hold {sum(v for k, v in hits.items() if k[2] == 'hold')},"
            f" decides {sum(v for k, v in hits.items() if k[2] == 'decides')})"
        )
    clean, hits = everything
    print(f"\ntemplates firing on clean rows (all datasets; top {args.top}): clean / violations")
    for key, count in clean.most_common(args.top):
        lang, label, kind, template = key
        print(f"  {count:>4} / {hits[key]:<4} {lang:<3} {label:<16} {kind:<7} {template}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
