"""Benchmark a ``/metrics`` scrape: how long the database-derived metrics take as decisions grow.

Fills a throwaway database with N comments and one system decision each (a
realistic mix of outcomes and guideline lists, plus a moderator decision on
every tenth), then times ``metrics_snapshot()`` (queue depths, decision
counters, latency histogram, model version) with no cache: the first scrape of
a process (every decision aggregated once) and the following ones (only the
recent window; ``tribune.ops.selectors.DecisionTally``). Prints measured numbers only.

Usage::

    .venv/bin/python bench/bench_metrics.py [--n 100000] [--repeat 5] [--postgres]

``--postgres`` uses a new database ``scale_bench_metrics_<pid>`` on 127.0.0.1:5432
(dropped afterwards); otherwise a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GUIDELINE_SETS = [
    [],
    [],
    [],
    ["personal_attack"],
    ["profanity"],
    ["threat"],
    ["abuse", "personal_attack"],
    ["promotion"],
]
OUTCOMES = ["approved", "approved", "approved", "rejected", "held"]


def _setup(postgres: bool, tmp: Path) -> str:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tribune.config.settings.base"
    os.environ["TRIBUNE_VAR_DIR"] = str(tmp)
    if postgres:
        from tests.faults.harness import create_database, run_name

        name = run_name("scale_bench_metrics")
        create_database(name)
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"
        return name
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    return ""


def _fill(n: int) -> None:
    """N comments submitted evenly over the last day, each decided by the system within 2 s; about
    every tenth also by a moderator 1 min to 2 h later. Decisions are inserted in time order, so ids
    follow ``created_at`` as they do on a live site."""
    from django.utils import timezone

    from tests.factories import article_row
    from tribune.comments.models import Comment
    from tribune.moderation.models import ModerationDecision

    rng = random.Random(7)
    article = article_row("bench", "Bench", "Bench article body.")
    now = timezone.now()
    start_at = now - timedelta(days=1)
    decisions: list[ModerationDecision] = []
    for start in range(0, n, 5000):
        size = min(5000, n - start)
        comments = Comment.objects.bulk_create(
            Comment(
                article=article,
                author_name="r",
                author_key=f"a{start + i}",
                body="text",
                fingerprint=f"f{start + i}",
                status="approved",
                submitted_at=start_at + timedelta(days=(start + i) / n),
                moderated_at=now,
            )
            for i in range(size)
        )
        for comment in comments:
            decisions.append(
                ModerationDecision(
                    comment=comment,
                    outcome=rng.choice(OUTCOMES),
                    decided_by="system",
                    guidelines=rng.choice(GUIDELINE_SETS),
                    model_version="bench.v1",
                    created_at=comment.submitted_at + timedelta(seconds=rng.uniform(0.01, 2)),
                )
            )
            decided_at = comment.submitted_at + timedelta(seconds=rng.uniform(60, 7200))
            if rng.random() < 0.1 and decided_at < now:
                decisions.append(
                    ModerationDecision(
                        comment=comment, outcome="approved", decided_by="moderator", created_at=decided_at
                    )
                )
    decisions.sort(key=lambda d: d.created_at)
    ModerationDecision.objects.bulk_create(decisions, batch_size=5000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="comments (one system decision each)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_name = _setup(args.postgres, Path(tmp))
        try:
            import django
            from django.core.management import call_command

            django.setup()
            call_command("migrate", verbosity=0)
            started = time.perf_counter()
            _fill(args.n)
            print(f"filled {args.n} comments in {time.perf_counter() - started:.1f}s")
            from django.db import connection

            from tribune.moderation.models import ModerationDecision
            from tribune.ops.selectors import DecisionTally, metrics_snapshot

            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            tally = DecisionTally()
            started = time.perf_counter()
            snapshot = metrics_snapshot(tally=tally)
            first = time.perf_counter() - started
            timings = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                snapshot = metrics_snapshot(tally=tally)
                timings.append(time.perf_counter() - started)
            decisions = ModerationDecision.objects.count()
            print(
                f"{connection.vendor}: {decisions} decisions, first scrape {first * 1000:.0f} ms; "
                f"later scrapes median {statistics.median(timings) * 1000:.0f} ms, "
                f"max {max(timings) * 1000:.0f} ms over {args.repeat} ({len(snapshot.decisions)} counter series)"
            )
        finally:
            from django.db import connections

            connections.close_all()
            if db_name:
                from tests.faults.harness import drop_database

                drop_database(db_name)


if __name__ == "__main__":
    main()
