"""Benchmark the insights selectors and the tuning preview on a synthetic history.

Builds ``--comments`` comments over ``--days`` days (each with a system
decision holding full scores; a share held and then decided by a moderator)
in a throwaway SQLite file, or in a throwaway PostgreSQL database with
``--postgres`` (named ``insight_bench``, dropped afterwards), then times each
selector of the overview page and the threshold preview. Prints measured
numbers only.

Usage::

    .venv/bin/python bench/bench_insights.py [--comments 20000] [--days 30] [--repeat 3] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _setup(postgres: bool, folder: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tribune.config.settings.base"
    os.environ["TRIBUNE_VAR_DIR"] = folder
    if postgres:
        os.environ["TRIBUNE_DB"] = "postgres"
        os.environ["TRIBUNE_DB_NAME"] = "insight_bench"
        import psycopg

        with psycopg.connect("host=127.0.0.1 dbname=postgres user=postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS insight_bench")
            conn.execute("CREATE DATABASE insight_bench")
    else:
        os.environ["TRIBUNE_SQLITE_PATH"] = str(Path(folder) / "bench.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _fill(n: int, days: int, end: date) -> None:
    from django.contrib.auth import get_user_model

    from tribune.articles.models import Article
    from tribune.comments.models import Comment
    from tribune.ml import SCORE_KEYS
    from tribune.moderation.models import ModerationDecision

    rng = random.Random(7)
    mod = get_user_model().objects.create_user(username="bench-mod", password="x")
    articles = [
        Article.objects.create(slug=f"a{i}", title=f"A{i}", body="b", language="en") for i in range(20)
    ]
    guidelines = ["profanity", "threat", "personal_attack", "abuse", "promotion"]
    start = datetime(end.year, end.month, end.day, tzinfo=UTC) - timedelta(days=days - 1)
    comments, plans = [], []
    for i in range(n):
        posted = start + timedelta(seconds=rng.uniform(0, days * 86400))
        g = rng.choice(guidelines)
        score = rng.random()
        outcome = "rejected" if score > 0.9 else "held" if score > 0.5 else "approved"
        human = None
        if outcome == "held" and rng.random() < 0.9:
            human = ("rejected", [g]) if rng.random() < 0.6 else ("approved", [])
        status = (human[0] if human else "pending") if outcome == "held" else outcome
        comments.append(
            Comment(
                article=rng.choice(articles),
                author_name="r",
                author_key=f"k{i}",
                body="x",
                fingerprint=f"f{i}",
                language=rng.choice(["en", "ar", "tr", "fa"]),
                status=status,
                submitted_at=posted,
                flags={"steps": {"length": "continue", "classifier": "continue"}},
            )
        )
        plans.append((posted, g, score, outcome, human))
    Comment.objects.bulk_create(comments, batch_size=2000)
    decisions = []
    for comment, (posted, g, score, outcome, human) in zip(comments, plans, strict=True):
        scores = {str(k): rng.random() * 0.3 for k in SCORE_KEYS}
        scores[g] = score
        decisions.append(
            ModerationDecision(
                comment=comment,
                outcome=outcome,
                decided_by="system",
                guidelines=[g] if outcome != "approved" else [],
                scores=scores,
                created_at=posted + timedelta(milliseconds=rng.uniform(5, 60)),
            )
        )
        if human:
            decisions.append(
                ModerationDecision(
                    comment=comment,
                    outcome=human[0],
                    decided_by="moderator",
                    moderator=mod,
                    guidelines=human[1],
                    scores=scores,
                    created_at=posted + timedelta(minutes=rng.uniform(2, 600)),
                )
            )
    ModerationDecision.objects.bulk_create(decisions, batch_size=2000)


def _time(fn: Callable[[], Any], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=20000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="insight-bench-") as folder:
        _setup(args.postgres, folder)
        from tribune.insights import selectors
        from tribune.insights.preview import threshold_preview
        from tribune.ml.policy import Threshold

        end = date(2026, 11, 30)
        started = time.perf_counter()
        _fill(args.comments, args.days, end)
        print(
            f"filled {args.comments} comments over {args.days} days in {time.perf_counter() - started:.1f} s"
        )
        from django.db import connection

        with connection.cursor() as cursor:  # fresh tables: give the planner statistics, as autovacuum would
            cursor.execute("ANALYZE")
        scope = selectors.InsightScope(start=end - timedelta(days=args.days - 1), end=end)
        checks: dict[str, Callable[[], Any]] = {
            "comments_per_day": lambda: selectors.comments_per_day(scope=scope),
            "deciders_per_day": lambda: selectors.deciders_per_day(scope=scope),
            "rejections_by_guideline": lambda: selectors.rejections_by_guideline(scope=scope),
            "rejections_by_language": lambda: selectors.rejections_by_language(scope=scope),
            "median_waits": lambda: selectors.median_waits(scope=scope),
            "model_agreement": lambda: selectors.model_agreement(scope=scope),
            "threshold_preview(sample=2000)": lambda: threshold_preview(
                guideline="threat", proposed=Threshold(reject=0.8, review=0.4), sample=2000
            ),
        }
        engine = "PostgreSQL" if args.postgres else "SQLite"
        for name, fn in checks.items():
            print(f"{engine} {name}: {_time(fn, args.repeat):.1f} ms (median of {args.repeat})", flush=True)
        from django.db import connections

        connections.close_all()
    if args.postgres:
        import psycopg

        with psycopg.connect("host=127.0.0.1 dbname=postgres user=postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS insight_bench")


if __name__ == "__main__":
    main()
