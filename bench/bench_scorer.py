"""Benchmark the process-wide scorer: batched throughput, single-comment latency, peak memory, per stage.

Runs on one core (BLAS/OpenMP threads pinned to 1 before numpy loads), so the
throughput is per core. Two mixes of comments:

* ``--mix realistic`` (default): what a news site receives. English news
  comments from C3 (often several sentences), each with its article stood in
  for by the first five comments on the same article (C3 has article ids, not
  texts; as ``training.relevance_eval`` does), so comments share articles; Arabic news comments (Aljazeera
  test), Turkish and Persian test rows and Kurdish (Sorani, Kurmanji) comments
  of one to three sentences of the Kurdish check sets (``tribune.ml.checks``:
  praise, criticism, news talk and every guideline's violations; there is no
  labelled Kurdish set), each with the demo article of its language (title,
  lead, body), so relevance runs too;
* ``--mix test``: every dataset's test rows shuffled, no article (the old run).

Besides comments/s, p50/p99 and memory it prints, per language, what share of
comments each stage decides (the n-gram + lexicon stage alone, or the sentence
encoder after it: ``tribune.ml.meaning``), the time each stage takes and the
language's own throughput; ``chars`` is the language's mean comment length,
``stage1 ms`` the n-gram + lexicon + relevance time per comment, ``encoder ms``
the USE stage per encoded comment, ``e5`` the share of comments the Kurdish
cross-lingual stage encoded (only those the earlier stages would publish) and
``e5 ms`` its time per encoded comment.
The machine's load average is printed: on a shared VM the figures move with it.
Prints measured numbers only.

Usage::

    .venv/bin/python bench/bench_scorer.py [--mix realistic|test] [--n 3000] [--batch 64] [--single 500]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.load_texts import generated
from tribune.ml.scorer import get_scorer
from tribune.ml.types import ScoreInput

FIXTURE = Path(__file__).resolve().parents[1] / "tribune" / "ml" / "tests" / "fixtures" / "data"
SHARES = {"en": 0.35, "ar": 0.15, "tr": 0.1, "fa": 0.1, "ckb": 0.2, "kmr": 0.1}
"""Language mix of the realistic run (Kurdish is the site's first language)."""
ACTIVE_ARTICLES = 20
NEWS_SETS = {"ar": ("aljazeera",), "tr": ("offenseval_tr",), "fa": ("pars_off",)}


def _articles() -> dict[str, str]:
    from tribune.demo.content.articles import DEMO_ARTICLES as DEMO  # plain data, no Django import

    out: dict[str, str] = {}
    for article in DEMO:
        text = " ".join(str(article.get(k, "")) for k in ("title", "lead", "body"))
        out.setdefault(str(article.get("language", "en")), text)
    return out


def c3_with_articles() -> list[tuple[str, str]]:
    """(comment, stand-in article) pairs: C3 comments with the first five comments on their article.

    Only the ``ACTIVE_ARTICLES`` articles with the most comments: a site's comments come under its few
    open articles, whose vectors the relevance stage caches, not one new article per comment.
    """
    import csv

    from tribune.ml.training.train import default_data_dir

    path = default_data_dir() / "c3_constructive_comments" / "C3_anonymized.csv"
    if not path.is_file():
        return []
    by_article: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_article.setdefault(row["article_id"], []).append(row["comment_text"])
    pairs = []
    # A site's comments fall under its few open articles: the ACTIVE_ARTICLES most commented on.
    busiest = sorted(by_article.values(), key=len, reverse=True)[:ACTIVE_ARTICLES]
    for texts in busiest:
        # One stand-in per article, as a site has one article for many comments (its vector is cached).
        stand_in = " ".join(texts[:5])
        pairs.extend((text, stand_in) for text in texts[5:])
    return pairs


def realistic(n: int) -> list[tuple[str, ScoreInput]]:
    """``n`` (language, comment) pairs in ``SHARES`` proportions, seeded."""
    from tribune.ml.training.datasets import load_all
    from tribune.ml.training.train import default_data_dir

    rng = random.Random(7)
    data = default_data_dir()
    rows = load_all(data if data.is_dir() else FIXTURE)
    pools = {
        lang: [r.text for r in rows if r.split == "test" and r.dataset in sets] or [r.text for r in rows]
        for lang, sets in NEWS_SETS.items()
    }
    articles = _articles()
    english = c3_with_articles()
    kurdish = _kurdish_sentences()
    out = []
    for lang, share in SHARES.items():
        article = articles.get(lang, articles.get("en", ""))
        for _ in range(round(n * share)):
            if lang == "en" and english:
                text, article = rng.choice(english)
            elif lang in pools:
                text = rng.choice(pools[lang])
            elif kurdish.get(lang):
                text = " ".join(rng.sample(kurdish[lang], rng.randint(1, 3)))
            else:
                text = generated(rng, lang)
            out.append((lang, ScoreInput(text=text[:2000], article=article)))
    rng.shuffle(out)
    return out


def _kurdish_sentences() -> dict[str, list[str]]:
    """The Kurdish check sets' comments by script (``ckb``, ``kmr``)."""
    from tribune.ml.checks.checkset import KURDISH_CHECKS, KURDISH_HOLDOUT, load_check_set

    out: dict[str, list[str]] = {}
    for path in (KURDISH_CHECKS, KURDISH_HOLDOUT):
        for item in load_check_set(path):
            out.setdefault(item.lang, []).append(item.text)
    return out


def test_rows(n: int) -> list[tuple[str, ScoreInput]]:
    """``n`` test rows of every dataset, shuffled, without article."""
    from tribune.ml.training.datasets import load_all
    from tribune.ml.training.train import default_data_dir

    data = default_data_dir()
    rows = [r for r in load_all(data if data.is_dir() else FIXTURE) if r.split == "test"]
    random.Random(7).shuffle(rows)
    while len(rows) < n:
        rows = rows + rows
    return [(r.lang, ScoreInput(text=r.text)) for r in rows[:n]]


def _stage_stats(scorer: object) -> dict[str, float]:
    """Running totals of the meaning stage (refined rows, seconds) and the Kurdish stage (``e5_*``)."""
    meaning = getattr(scorer, "meaning", None)
    kurdish = getattr(scorer, "kurdish", None)
    out = dict(meaning.stats) if meaning is not None else {"rows": 0, "refined": 0, "seconds": 0.0}
    out["e5_rows"] = kurdish.stats["rows"] if kurdish is not None else 0
    out["e5_seconds"] = kurdish.stats["seconds"] if kurdish is not None else 0.0
    return out


def timed_batches(scorer: object, items: list[ScoreInput], batch: int) -> tuple[float, dict[str, float]]:
    """(seconds, encoder stats over the run) for ``items`` judged in batches."""
    before = _stage_stats(scorer)
    started = time.perf_counter()
    for i in range(0, len(items), batch):
        scorer.judge(items[i : i + batch])  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - started
    after = _stage_stats(scorer)
    return elapsed, {k: after[k] - before[k] for k in after}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mix", choices=("realistic", "test"), default="realistic")
    parser.add_argument("--n", type=int, default=3000, help="comments for the batched run")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--single", type=int, default=500, help="single-comment calls timed")
    args = parser.parse_args()
    pairs = realistic(args.n) if args.mix == "realistic" else test_rows(args.n)
    items = [item for _, item in pairs]
    chars = np.mean([len(i.text) for i in items])
    tracemalloc.start()
    started = time.perf_counter()
    scorer = get_scorer()
    scorer.judge(items[:8])  # warm caches (lexicons, langid model, encoders)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"mix {args.mix}: {len(items)} comments, mean {chars:.0f} characters; threads 1; load average {load}"
    )
    print(
        f"scorer {scorer.version}; load + warm-up {time.perf_counter() - started:.2f} s (under tracemalloc)"
    )
    elapsed, stats = timed_batches(scorer, items, args.batch)
    print(
        f"batched: {len(items)} comments in {elapsed:.2f} s = {len(items) / elapsed:,.0f} comments/s "
        f"(batch {args.batch}); sentence encoder on {stats['refined']:.0f} "
        f"({stats['refined'] / len(items):.3f}), {stats['seconds']:.2f} s of it"
    )
    print(
        f"{'lang':5s} {'n':>5s} {'chars':>5s} {'comments/s':>10s} {'stage1 decides':>14s} {'encoder':>8s} "
        f"{'stage1 ms':>9s} {'encoder ms':>10s} {'e5':>6s} {'e5 ms':>6s}"
    )
    for lang in SHARES if args.mix == "realistic" else sorted({lang for lang, _ in pairs}):
        subset = [item for code, item in pairs if code == lang]
        if not subset:
            continue
        seconds, part = timed_batches(scorer, subset, args.batch)
        share = part["refined"] / len(subset)
        first_ms = (seconds - part["seconds"] - part["e5_seconds"]) / len(subset) * 1000
        enc_ms = part["seconds"] / part["refined"] * 1000 if part["refined"] else 0.0
        e5_ms = part["e5_seconds"] / part["e5_rows"] * 1000 if part["e5_rows"] else 0.0
        chars = np.mean([len(item.text) for item in subset])
        print(
            f"{lang:5s} {len(subset):5d} {chars:5.0f} {len(subset) / seconds:10.0f} {1 - share:14.3f} "
            f"{share:8.3f} {first_ms:9.2f} {enc_ms:10.2f} {part['e5_rows'] / len(subset):6.3f} {e5_ms:6.2f}"
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
        f"memory: process peak RSS {rss_mb:.0f} MiB; traced Python peak loading the scorer "
        f"{load_peak / 2**20:.1f} MiB, one batch of {args.batch} {peak / 2**20:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
