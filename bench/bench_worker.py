"""The moderation worker's cost per comment, in one process, without Celery or HTTP.

    .venv/bin/python bench/bench_worker.py                    # 320 comments per mode, embeddings on
    .venv/bin/python bench/bench_worker.py --no-embeddings --comments 200

Creates a throwaway PostgreSQL database (``--db-name``, default ``load_worker_bench``;
dropped afterwards), migrates it, loads the demo articles, stores load-test comments
(``bench/load_texts.py``) as pending, and decides them the way a Celery worker
would: one task per comment, either ``comment_moderate`` (``batch 1``) or
``comment_moderate_batch`` with ``--batch`` comments per claim (the later tasks of
batched comments find them decided). Prints, per mode, CPU milliseconds (process
user + system) and wall milliseconds per comment, and SQL queries per comment,
the no-op tasks included. The Celery and HTTP costs are in ``load_test.py``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.load_stack import Stack, StackConfig, stack_env
from bench.load_texts import comments, default_data_dir


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=320, help="comments decided per mode")
    parser.add_argument("--batch", type=int, default=16, help="comments one batched task may claim")
    parser.add_argument("--db-name", default="load_worker_bench")
    parser.add_argument(
        "--no-embeddings",
        action="store_true",
        help="turned MiniLM relevance off; no effect since relevance reuses the meaning stage's USE vectors",
    )
    return parser.parse_args(argv)


def measure(limit: int, n: int, tag: int) -> str:
    """Store ``n`` pending comments and decide them with tasks of ``limit``; one printable line."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tribune.articles.models import Article
    from tribune.comments.enums import CommentStatus
    from tribune.comments.models import Comment
    from tribune.moderation.services import comment_moderate
    from tribune.moderation.services.batch import comment_moderate_batch

    rng = random.Random(tag)
    articles = {a.slug: a for a in Article.objects.all()}
    ids = [
        Comment.objects.create(
            article=articles[c.slug],
            author_name=f"Reader {tag}-{i}",
            author_key=f"bench-{tag}-{i}",
            body=c.text,
            ip_address=f"10.{tag % 250}.{i // 250}.{i % 250 + 1}",
            fingerprint=f"bench-{tag}-{i}-{rng.random()}",
            status=CommentStatus.PENDING,
        ).pk
        for i, c in enumerate(
            comments(n, data_dir=default_data_dir(), seed=7)
        )  # the same texts in every mode
    ]
    cpu, wall = time.process_time(), time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        for comment_id in ids:
            if limit > 1:
                comment_moderate_batch(comment_id=comment_id, limit=limit)
            else:
                comment_moderate(comment_id=comment_id)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    decided = Comment.objects.filter(pk__in=ids, moderated_at__isnull=False).count()
    return (
        f"batch {limit:>3}: {n} comments ({decided} decided): {cpu / n * 1000:.2f} ms CPU, "
        f"{wall / n * 1000:.2f} ms wall, {len(queries) / n:.1f} queries per comment"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    config = StackConfig(db_name=args.db_name, embeddings=not args.no_embeddings)
    stack = Stack(config)
    os.environ.update(stack_env(config))
    stack.create_database()
    try:
        import django

        django.setup()
        from tribune.ml import get_scorer
        from tribune.moderation.services import comment_moderate_unfinished

        get_scorer()
        print(f"warm-up: {measure(1, 10, tag=1)}")  # model, caches, connection
        print(f"worker cost, embeddings {'off' if args.no_embeddings else 'on'}, one process, no Celery:")
        print(measure(1, args.comments, tag=2))
        print(measure(args.batch, args.comments, tag=3))
        comment_moderate_unfinished()
    finally:
        from django.db import connections

        connections.close_all()
        stack.drop_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
