"""Benchmark the process-wide scorer: batched throughput, single-comment latency, peak memory.

Runs on one core (BLAS/OpenMP threads pinned to 1 before numpy loads), so the
throughput is per core. Comments are test-split rows of the shared datasets in
all their languages (``$TRIBUNE_DATA`` or ../shared/data), or the invented test
fixture lines when the data is absent. Prints measured numbers only.

Usage::

    .venv/bin/python bench/bench_scorer.py [--n 5000] [--batch 256] [--single 1000] [--article FILE]

``--article FILE`` gives every comment that text as its article, so the
relevance path (lexical overlap, and for English the embedding encoder when a
comment shares few words with it) is measured too; without it off_topic is
"unknown" and costs nothing.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import random
import resource
import time
import tracemalloc
from pathlib import Path

import numpy as np

from tribune.ml.scorer import get_scorer
from tribune.ml.types import ScoreInput

FIXTURE = Path(__file__).resolve().parents[1] / "tribune" / "ml" / "tests" / "fixtures" / "data"


def comments(n: int, article: str = "") -> list[ScoreInput]:
    """``n`` comments, shuffled with a fixed seed; language left for the scorer to detect."""
    from tribune.ml.training.datasets import load_all
    from tribune.ml.training.train import default_data_dir

    data = default_data_dir()
    rows = load_all(data if data.is_dir() else FIXTURE)
    texts = [r.text for r in rows if r.split == "test"] or [r.text for r in rows]
    random.Random(7).shuffle(texts)
    while len(texts) < n:
        texts = texts + texts
    return [ScoreInput(text=t, article=article) for t in texts[:n]]


def _rss_mib() -> float:
    """Current resident set size (Linux ``/proc``; 0 elsewhere)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="comments for the batched run")
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--single", type=int, default=1000, help="single-comment calls timed")
    parser.add_argument("--article", type=Path, help="text file used as every comment's article")
    args = parser.parse_args()
    article = args.article.read_text(encoding="utf-8") if args.article else ""
    items = comments(args.n, article)
    rss_before = _rss_mib()
    tracemalloc.start()
    started = time.perf_counter()
    scorer = get_scorer()
    scorer.judge(items[:8])  # warm caches (lexicons, langid model)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    from tribune.ml.embeddings import get_encoder

    print(f"article: {len(article)} characters; English embedding model: {'on' if get_encoder() else 'off'}")
    print(
        f"scorer {scorer.version}; load + warm-up {time.perf_counter() - started:.2f} s (under tracemalloc); threads 1"
    )
    started = time.perf_counter()
    for i in range(0, len(items), args.batch):
        scorer.judge(items[i : i + args.batch])
    elapsed = time.perf_counter() - started
    print(
        f"batched: {len(items)} comments in {elapsed:.2f} s = {len(items) / elapsed:,.0f} comments/s (batch {args.batch})"
    )
    times = []
    for item in items[: args.single]:
        t0 = time.perf_counter()
        get_scorer().judge([item])
        times.append((time.perf_counter() - t0) * 1000)
    p50, p99 = np.percentile(times, [50, 99])
    print(f"single: {len(times)} calls, p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {max(times):.2f} ms")
    tracemalloc.start()
    scorer.judge(items[: args.batch])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"memory: process peak RSS {rss_mb:.0f} MiB (benchmark texts alone: {rss_before:.0f} MiB); "
        f"traced Python peak loading the scorer {load_peak / 2**20:.1f} MiB, "
        f"one batch of {args.batch} {peak / 2**20:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
