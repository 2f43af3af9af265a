"""Load test: comments posted at stepped rates through gunicorn + Celery + PostgreSQL.

Creates a throwaway PostgreSQL database (``load_bench``), migrates it and loads
the demo articles, starts gunicorn and a Celery worker as subprocesses, then
POSTs comments to ``/api/articles/<slug>/comments`` from an asyncio client at
each target rate for a fixed time (open loop: requests are sent on schedule,
whether or not earlier ones have been answered). After each step it waits for
the step's comments to be decided and prints one table row:

    accepted/s        202 answers per second of the step
    decided/s         system decisions per second, first POST to last decision
    POST p50/p99      send to full response, milliseconds
    lag p99           how late the client sent (large = the client machine was saturated)
    decision p50/p99  POST sent to the system's decision row, milliseconds
    lost / dup        accepted comments with no system decision after the drain
                      timeout / with more than one

At the end every accepted comment (all steps and the warm-up) is checked for
exactly one system decision. Everything started is stopped and the database
dropped, on Ctrl-C and errors too (``--keep`` keeps the database to inspect).
Loopback only; every step is bounded in time.

Usage::

    .venv/bin/python bench/load_test.py [--rates 25,50,75,100,150,200,300,500,700] [--step-seconds 15]
        [--web-workers 3] [--web-threads 1] [--celery-workers 3] [--celery-pool solo]
        [--prefetch N] [--keep] [--keep-going] [--no-embeddings]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg

from bench.load_cpu import delta
from bench.load_http import post_json, source_addresses
from bench.load_stack import Stack, StackConfig
from bench.load_stats import (
    Sample,
    StepSummary,
    account,
    add_decisions,
    meets_target,
    send_offsets,
    summarize_posts,
    table_header,
    table_row,
)
from bench.load_texts import LoadComment, comments, default_data_dir
from bench.load_usage import cpu_line, cpu_snapshot

DECISIONS_SQL = """
SELECT comment_id, count(*), extract(epoch FROM min(created_at))::float8
FROM moderation_moderationdecision
WHERE decided_by = 'system' AND comment_id = ANY(%s)
GROUP BY comment_id
"""


class Driver:
    """Posts comments on schedule and remembers what the server answered."""

    def __init__(self, port: int, texts: Sequence[LoadComment], sources: int, max_in_flight: int) -> None:
        self.port = port
        self.texts = itertools.cycle(texts)
        self.sources = itertools.cycle(source_addresses(sources))
        self.serial = itertools.count(1)
        self.in_flight = asyncio.Semaphore(max_in_flight)

    async def _one(self, due: float) -> Sample:
        item = next(self.texts)
        n = next(self.serial)
        payload = {"author_name": f"Reader {n}", "body": item.text}
        async with self.in_flight:
            sent, sent_wall = time.monotonic(), time.time()
            try:
                status, body = await post_json(
                    "127.0.0.1", self.port, f"/api/articles/{item.slug}/comments", payload,
                    source=next(self.sources),
                )  # fmt: skip
            except (TimeoutError, OSError, ValueError):
                return Sample(due, sent, sent_wall, time.monotonic() - sent, 0)
            latency = time.monotonic() - sent
        comment_id = json.loads(body)["id"] if status == 202 else None
        return Sample(due, sent, sent_wall, latency, status, comment_id)

    async def step(self, rate: float, seconds: float) -> list[Sample]:
        """Send ``rate`` comments/s for ``seconds``; return once every request has an answer."""
        start = time.monotonic()
        tasks = []
        for offset in send_offsets(rate=rate, seconds=seconds):
            delay = start + offset - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self._one(start + offset)))
        return list(await asyncio.gather(*tasks))


def fetch_decisions(conn: psycopg.Connection, ids: Sequence[int]) -> tuple[dict[int, int], dict[int, float]]:
    """comment id -> number of system decisions, and -> Unix time of the first one."""
    counts: dict[int, int] = {}
    first: dict[int, float] = {}
    for comment_id, n, at in conn.execute(DECISIONS_SQL, (list(ids),)):
        counts[comment_id], first[comment_id] = n, at
    return counts, first


async def wait_decided(
    conn: psycopg.Connection, ids: Sequence[int], timeout: float, stack: Stack, *, stall: float = 30.0
) -> tuple[dict[int, int], dict[int, float]]:
    """Poll until every id has a system decision, ``timeout`` passes, or ``stall`` seconds pass
    without a new decision (the workers have stopped deciding these). Ctrl-C interrupts it at once."""
    deadline = time.monotonic() + timeout
    last_count, last_progress = -1, time.monotonic()
    while True:
        counts, first = fetch_decisions(conn, ids)  # a few ms; nothing else runs meanwhile
        now = time.monotonic()
        if len(counts) != last_count:
            last_count, last_progress = len(counts), now
        if len(counts) >= len(set(ids)) or now > deadline or now - last_progress > stall:
            return counts, first
        stack.check_alive()
        await asyncio.sleep(0.5)


async def run_steps(args: argparse.Namespace, stack: Stack, texts: Sequence[LoadComment]) -> int:
    driver = Driver(args.port, texts, sources=args.sources, max_in_flight=args.max_in_flight)
    conn = psycopg.connect(stack.dsn(), autocommit=True, application_name="tribune_load_test")
    all_ids: list[int] = []

    warm = await driver.step(rate=args.warmup_rate, seconds=args.warmup_seconds)
    warm_ids = [s.comment_id for s in warm if s.comment_id is not None]
    all_ids += warm_ids
    counts, _ = await wait_decided(conn, warm_ids, args.warmup_timeout, stack)
    print(f"warm-up: {len(warm)} posted, {len(warm_ids)} accepted, {len(counts)} decided "
          f"(statuses {sorted({s.status for s in warm})})", flush=True)  # fmt: skip
    if not counts:
        raise RuntimeError(
            f"no comment was moderated during the warm-up; see the logs in {stack.config.log_dir}"
        )

    print(table_header(), flush=True)
    summaries: list[StepSummary] = []
    cpu_lines: list[str] = []
    for rate in args.rates:
        stack.check_alive()
        cpu_before = cpu_snapshot(stack, conn, args.db_name)
        samples = await driver.step(rate=rate, seconds=args.step_seconds)
        summary = summarize_posts(samples, target=rate, seconds=args.step_seconds)
        ids = [s.comment_id for s in samples if s.comment_id is not None]
        all_ids += ids
        counts, first = await wait_decided(conn, ids, args.drain_seconds, stack)
        add_decisions(summary, samples, first, counts)
        summaries.append(summary)
        print(table_row(summary), flush=True)
        cpu_lines.append(
            cpu_line(rate, delta(cpu_before, cpu_snapshot(stack, conn, args.db_name)), summary.decided)
        )
        other = {k: v for k, v in summary.status_counts.items() if k != 202}
        if other:
            print(f"  non-202 answers (status: count, 0 = connection failed): {other}", flush=True)
        if not meets_target(summary) and not args.keep_going:
            print(
                "  stopping: this step did not keep up (>=95% of target accepted, all decided, "
                "decision p99 <= 1 s); higher rates would not either (--keep-going runs them anyway)",
                flush=True,
            )
            break

    print("CPU per decided comment (ms; user+system from /proc, step start to end of its drain):")
    for line in cpu_lines:
        print(line)
    counts, _ = await wait_decided(conn, all_ids, args.final_drain_seconds, stack)
    conn.close()
    final = account(accepted=all_ids, decisions=counts)
    print(
        f"all accepted comments: {final.accepted}; lost (no system decision after the final drain, "
        f"<= {args.final_drain_seconds:.0f} s): {len(final.lost)}; duplicated (>1 system decision): {len(final.duplicated)}; "
        f"ids answered twice: {len(final.repeated_ids)}"
    )
    kept_up = [s for s in summaries if meets_target(s)]
    if kept_up:
        best = max(kept_up, key=lambda s: s.target)
        print(
            f"highest step that kept up (>=95% of target accepted, all decided, decision p99 <= 1 s): "
            f"{best.target:.0f}/s -> sustained {best.accepted_per_s:.1f} comments/s, "
            f"decision p99 {best.decision_p99:.0f} ms"
        )
    else:
        print("no step kept up (>=95% of target accepted, all decided, decision p99 <= 1 s)")
    return 0 if final.ok else 1


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rates", default="25,50,75,100,150,200,300,500,700", help="target comments/s per step")
    parser.add_argument("--step-seconds", type=float, default=15.0)
    parser.add_argument("--web-workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--web-threads", type=int, default=1, help=">1 uses gunicorn's gthread worker")
    parser.add_argument(
        "--celery-workers",
        type=int,
        default=3,
        help="Celery solo worker nodes, or the prefork/threads pool size",
    )
    parser.add_argument("--celery-pool", default="solo", choices=("prefork", "solo", "threads"))
    parser.add_argument("--prefetch", type=int, default=0, help="worker prefetch multiplier (0: settings)")
    parser.add_argument("--conn-max-age", type=int, default=60, help="Django CONN_MAX_AGE for the stack")
    parser.add_argument("--port", type=int, default=8120)
    parser.add_argument("--db-name", default="load_bench")
    parser.add_argument("--broker-url", default="redis://127.0.0.1:6379/2")
    parser.add_argument("--drain-seconds", type=float, default=60.0, help="wait for decisions after a step")
    parser.add_argument(
        "--final-drain-seconds",
        type=float,
        default=300.0,
        help="at most this long (or until 30 s pass without a decision) before counting lost",
    )
    parser.add_argument("--keep-going", action="store_true", help="run every step even when one fell behind")
    parser.add_argument("--warmup-rate", type=float, default=10.0)
    parser.add_argument("--warmup-seconds", type=float, default=3.0)
    parser.add_argument("--warmup-timeout", type=float, default=120.0)
    parser.add_argument("--sources", type=int, default=5000, help="distinct loopback client addresses")
    parser.add_argument("--max-in-flight", type=int, default=512, help="client's open connections at most")
    parser.add_argument(
        "--no-embeddings",
        action="store_true",
        help="turned MiniLM relevance off; no effect since relevance reuses the meaning stage's USE vectors",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args(argv)
    args.rates = [float(r) for r in args.rates.split(",") if r.strip()]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    total = int(sum(args.rates) * args.step_seconds + args.warmup_rate * args.warmup_seconds)
    texts = comments(min(total, 50_000), data_dir=default_data_dir())
    config = StackConfig(
        db_name=args.db_name,
        port=args.port,
        web_workers=args.web_workers,
        web_threads=args.web_threads,
        celery_workers=args.celery_workers,
        celery_pool=args.celery_pool,
        prefetch=args.prefetch,
        conn_max_age=args.conn_max_age,
        broker_url=args.broker_url,
        embeddings=not args.no_embeddings,
        keep=args.keep,
    )
    langs = {lang: sum(1 for t in texts if t.lang == lang) for lang in sorted({t.lang for t in texts})}
    print(
        f"load test: {os.cpu_count()} cores; gunicorn {args.web_workers} workers x {args.web_threads} threads; "
        f"celery {args.celery_pool} x {args.celery_workers} (prefetch {args.prefetch or 'settings'}); CONN_MAX_AGE {args.conn_max_age}; "
        f"embeddings {'on' if config.embeddings else 'off'}; steps {args.step_seconds:g} s; "
        f"{len(texts)} texts {langs}",
        flush=True,
    )
    stack = Stack(config)
    try:
        stack.start()
        return asyncio.run(run_steps(args, stack, texts))
    except KeyboardInterrupt:
        print("interrupted; tearing down", file=sys.stderr)
        return 130
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
