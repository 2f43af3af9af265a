"""Measure model evidence: what it highlights on real comments, and what it costs per comment.

Quality, on data the bundle was not tuned for (``$TRIBUNE_DATA`` or ../shared/data):

* ToxicSpans (SemEval-2021 test split): news comments whose toxic characters
  raters marked. Of the words the scorer highlights as ``"model"`` evidence, how
  many overlap a marked span (the rest are the "last", "night" kind).
* UCC healthy comments (news comments raters called healthy): how many get any
  model evidence at all.

Cost, on one core: ``explain_batch`` on ``--n`` ToxicSpans comments in one
batch, then one at a time on 300 others, every head but off_topic asked (the
judge asks only for the guidelines it holds or rejects on). The caches of
hashed n-grams stay warm between the two passes, as in a serving process.

Runs with any checkout's scorer (``PYTHONPATH=/other/checkout`` measures the
old code's quality; the cost part needs ``tribune.ml.evidence``). Prints
measured numbers only.

Usage::

    .venv/bin/python bench/bench_evidence.py [--n 2000] [--examples 8]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import ast
import csv
import re
import time
from pathlib import Path

from tribune.ml.scorer import get_scorer
from tribune.ml.types import Evidence, ScoreInput

_WORD = re.compile(r"[^\W_]+")


def data_dir() -> Path:
    configured = os.environ.get("TRIBUNE_DATA")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "data"


def toxic_spans(n: int) -> list[tuple[str, set[int]]]:
    path = data_dir() / "toxic_spans" / "SemEval2021" / "data" / "tsd_test.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(r["text"], set(ast.literal_eval(r["spans"]))) for r in csv.DictReader(handle)]
    return [row for row in rows if row[1]][:n]


def healthy(n: int) -> list[str]:
    path = data_dir() / "ucc_unhealthy_comments" / "val.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [r["comment"] for r in csv.DictReader(handle) if r["healthy"] == "1"][:n]


def model_words(evidence: tuple[Evidence, ...]) -> set[tuple[int, int]]:
    return {(e.start, e.end) for e in evidence if e.source == "model"}


def quality(n: int, examples: int) -> None:
    scorer = get_scorer()
    rows = toxic_spans(n)
    judged = scorer.judge([ScoreInput(text=t, lang="en") for t, _ in rows])
    shown = inside = with_any = 0
    printed = 0
    for (text, gold), judgement in zip(rows, judged, strict=True):
        spans = model_words(judgement.evidence)
        with_any += bool(spans)
        for a, b in spans:
            shown += 1
            inside += any(i in gold for i in range(a, b))
        if spans and printed < examples:
            printed += 1
            words = sorted({text[a:b] for a, b in spans})
            print(f"  {judgement.decision}: {text[:90]!r} -> {words}")
    print(f"toxicspans test: {len(rows)} comments, {with_any} with model evidence, {shown} spans shown")
    if shown:
        print(f"  spans overlapping a rater's toxic span: {inside}/{shown} = {inside / shown:.1%}")
    clean = healthy(n)
    judged = scorer.judge([ScoreInput(text=t, lang="en") for t in clean])
    flagged = [j for j in judged if model_words(j.evidence)]
    print(f"ucc healthy: {len(clean)} comments, {len(flagged)} with model evidence")
    for text, judgement in list(zip(clean, judged, strict=True))[:2000]:
        spans = model_words(judgement.evidence)
        if spans and examples > 0:
            examples -= 1
            print(f"  {judgement.decision}: {text[:90]!r} -> {sorted({text[a:b] for a, b in spans})}")


def cost(n: int) -> None:
    scorer = get_scorer()
    explainer = getattr(scorer, "explainer", None)
    if explainer is None:
        print("cost: this scorer has no explainer (old code): skipped")
        return
    texts = [t for t, _ in toxic_spans(n + 300)]
    heads = [h for h in explainer.heads if h != "off_topic"]
    asks = [(t, [(h, h) for h in heads]) for t in texts]
    batch, singles = asks[:n], asks[n:]  # the single pass reads comments the batch did not warm
    explainer.explain_batch(asks[:50])  # warm-up: imports, first allocations
    start = time.perf_counter()
    explainer.explain_batch(batch)
    batched = (time.perf_counter() - start) / len(batch)
    start = time.perf_counter()
    for ask in singles:
        explainer.explain_batch([ask])
    single = (time.perf_counter() - start) / max(len(singles), 1)
    chars = sum(len(t) for t in texts) / len(texts)
    print(
        f"cost ({len(batch)} + {len(singles)} comments, mean {chars:.0f} chars, {len(heads)} heads asked, one core):"
    )
    print(f"  batched {batched * 1000:.2f} ms/comment; one at a time {single * 1000:.2f} ms/comment")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="comments per data set (default 2000)")
    parser.add_argument("--examples", type=int, default=8, help="examples to print (default 8)")
    args = parser.parse_args()
    quality(args.n, args.examples)
    cost(args.n)


if __name__ == "__main__":
    main()
