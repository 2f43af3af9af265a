"""Does a flood of comments slow readers down? Reader pages before and after 10k comments on one article.

Builds a throwaway database (SQLite file in a temporary folder by default; with
``TRIBUNE_DB=postgres`` the server's ``TRIBUNE_DB_NAME`` database, which it
migrates and fills: give it a scratch name) with two articles, each with
``--base`` approved and ``--base-pending`` pending comments, and times
``--requests`` GETs of each reader page through Django's test client: the
article (first and last comment page) and the API's comment list. Then
``--flood`` comments arrive on one of them (80% pending, 10% rejected, 10%
approved, many authors and addresses, as a flood looks) and the same pages are
timed again. The quiet article is timed in the same loop as the flooded one, so
a busy machine slows both alike: compare the two columns, not only before and
after. The moderator's queue is timed too. Prints p50/p99 in milliseconds, SQL
queries per page and the query plan of the reader's comment list. Prints
measured numbers only.

Usage::

    .venv/bin/python bench/bench_flood.py [--flood 10000] [--base 200] [--requests 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup_django(folder: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tribune.config.settings.base")
    os.environ.setdefault("TRIBUNE_VAR_DIR", str(folder))
    os.environ.setdefault("TRIBUNE_SQLITE_PATH", str(folder / "flood.sqlite3"))
    os.environ["TRIBUNE_DEBUG"] = "false"
    os.environ["TRIBUNE_DOOR_PER_IP"] = "1000000"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _count_queries(client: object, url: str) -> int:
    """SQL statements one GET runs (counted at the cursor; DEBUG stays off)."""
    from django.db import connection

    executed: list[str] = []

    def count(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)  # type: ignore[attr-defined]
    return len(executed)


def _time_pages(client: object, urls: list[str], requests: int) -> dict[str, tuple[float, float, int]]:
    """p50 and p99 in ms over ``requests`` GETs of each URL (taken in turn, so drift hits all alike)."""
    get = client.get  # type: ignore[attr-defined]
    for url in urls:
        for _ in range(10):  # warm-up; every page must work
            assert get(url).status_code == 200, url
    times: dict[str, list[float]] = {url: [] for url in urls}
    for _ in range(requests):
        for url in urls:
            start = time.perf_counter()
            get(url)
            times[url].append((time.perf_counter() - start) * 1000)
    return {
        url: (statistics.median(t), _percentile(t, 0.99), _count_queries(client, url))
        for url, t in times.items()
    }


def _pages(slug: str, last_page: int, tag: str) -> dict[str, str]:
    return {
        f"{tag} article page 1": f"/articles/{slug}/",
        f"{tag} article page {last_page} (last)": f"/articles/{slug}/?page={last_page}",
        f"{tag} API comments page 1": f"/api/articles/{slug}/comments",
    }


def _measure(label: str, slugs: dict[str, str], requests: int, moderator: object) -> None:
    """Time the reader pages of every article in ``slugs`` (tag -> slug) in one interleaved loop."""
    from django.test import Client

    from tribune.comments.enums import CommentStatus
    from tribune.comments.models import Comment
    from tribune.comments.views import COMMENTS_PER_PAGE

    print(f"\n{label}:")
    pages: dict[str, str] = {}
    for tag, slug in slugs.items():
        approved = Comment.objects.filter(article__slug=slug, status=CommentStatus.APPROVED).count()
        total = Comment.objects.filter(article__slug=slug).count()
        print(f"  {tag} article: {total} comments, {approved} approved")
        pages.update(_pages(slug, max(1, -(-approved // COMMENTS_PER_PAGE)), tag))
    timed = _time_pages(Client(), list(pages.values()), requests)
    for name, url in pages.items():
        p50, p99, queries = timed[url]
        print(f"  reader    {name:<36} p50 {p50:7.2f} ms   p99 {p99:7.2f} ms   {queries} queries")
    desk = Client()
    desk.force_login(moderator)  # type: ignore[arg-type]
    p50, p99, queries = _time_pages(desk, ["/moderation/"], max(20, requests // 4))["/moderation/"]
    print(f"  moderator {'queue page 1':<36} p50 {p50:7.2f} ms   p99 {p99:7.2f} ms   {queries} queries")


def _flood(article: object, count: int) -> float:
    """Insert ``count`` comments in bulk, as a flood leaves them; returns seconds taken."""
    import random

    from django.utils import timezone

    from tribune.comments.enums import CommentStatus
    from tribune.comments.fingerprint import author_key, text_fingerprint
    from tribune.comments.models import Comment

    rng = random.Random(5)
    now = timezone.now()
    statuses = [CommentStatus.PENDING] * 8 + [CommentStatus.REJECTED, CommentStatus.APPROVED]
    rows = []
    for n in range(count):
        body = f"Flood comment {n}: buy followers at example dot com, offer {rng.randint(0, 999)}"
        name = f"bot{rng.randint(0, 499)}"
        rows.append(
            Comment(
                article=article,
                author_name=name,
                author_key=author_key(name=name),
                body=body,
                language="en",
                ip_address=f"198.51.100.{rng.randint(1, 254)}",
                fingerprint=text_fingerprint(body),
                status=rng.choice(statuses),
                submitted_at=now - timezone.timedelta(seconds=count - n),
                risk=rng.random(),
            )
        )
    start = time.perf_counter()
    Comment.objects.bulk_create(rows, batch_size=1000)
    return time.perf_counter() - start


def _plan(slug: str) -> None:
    from django.db import connection

    from tribune.articles.models import Article
    from tribune.comments.selectors import comment_list_published

    article = Article.objects.get(slug=slug)
    sql, params = comment_list_published(article=article)[:20].query.sql_with_params()
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql, params)
        rows = cursor.fetchall()
    print("\nquery plan of the reader's comment list:")
    for row in rows:
        print("  " + " ".join(str(part) for part in row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood", type=int, default=10_000, help="comments in the flood")
    parser.add_argument("--base", type=int, default=200, help="approved comments before the flood")
    parser.add_argument("--base-pending", type=int, default=50, help="pending comments before the flood")
    parser.add_argument("--requests", type=int, default=200, help="timed GETs per page")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tribune-flood-") as folder:
        _setup_django(Path(folder))
        from django.db import connection

        from tests.factories import article_row, comment_row, moderator_create
        from tribune.comments.enums import CommentStatus

        print(f"database: {connection.vendor}; {args.requests} timed GETs per page (Django test client)")
        articles = {
            "flooded": article_row("flood-target", "Budget vote tonight", "Parliament votes on the budget."),
            "quiet": article_row("quiet-control", "Bridge reopens", "The old bridge reopened on Monday."),
        }
        for article in articles.values():
            for n in range(args.base):
                comment_row(article=article, body=f"Reader view number {n}.", status=CommentStatus.APPROVED)
            for n in range(args.base_pending):  # so the moderator's queue shows a full page before, too
                comment_row(article=article, body=f"Waiting comment {n}.", risk=0.5)
        moderator = moderator_create(username="bench-desk", password="bench-pass-123")
        slugs = {tag: article.slug for tag, article in articles.items()}

        _measure("before the flood", slugs, args.requests, moderator)
        seconds = _flood(articles["flooded"], args.flood)
        print(f"\nflood: {args.flood} comments inserted on the flooded article in {seconds:.2f} s")
        _measure("after the flood", slugs, args.requests, moderator)
        _plan(slugs["flooded"])
        with connection.cursor() as cursor:  # what autovacuum (PostgreSQL) or a periodic ANALYZE does
            cursor.execute("ANALYZE")
        _measure("after the flood, statistics refreshed (ANALYZE)", slugs, args.requests, moderator)
        _plan(slugs["flooded"])


if __name__ == "__main__":
    main()
