"""Fixtures of the fault suite: one PostgreSQL database, a private Redis and gunicorn for the whole fault package.

Names and ports are this run's own (see ``tests.faults.harness``), so two runs on one machine do not collide.

Skipped, saying why, when PostgreSQL (127.0.0.1:5432) or ``redis-server`` is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.harness import PrivateRedis, Stack, postgres_up, run_name

FAULTS_DB = run_name("scale_faults")


def _missing() -> str:
    if not postgres_up():
        return "PostgreSQL is not running on 127.0.0.1:5432"
    if shutil.which("redis-server") is None:
        return "redis-server is not installed (the fault tests start a private one)"
    return ""


@pytest.fixture(scope="package")
def private_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateRedis]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    server = PrivateRedis(tmp_path_factory.mktemp("redis") / "redis.log")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="package")
def stack_base(tmp_path_factory: pytest.TempPathFactory, private_redis: PrivateRedis) -> Iterator[Stack]:
    tmp: Path = tmp_path_factory.mktemp("stack")
    with Stack.create(tmp, db_name=FAULTS_DB, broker_url=private_redis.url) as stack:
        stack.start_web()
        yield stack


@pytest.fixture
def stack(stack_base: Stack, private_redis: PrivateRedis) -> Iterator[Stack]:
    """The module's stack with a clean broker; every worker a test starts is stopped after it."""
    import redis

    if private_redis.proc is None or private_redis.proc.poll() is not None:
        private_redis.start()
    redis.Redis.from_url(private_redis.url).flushdb()
    yield stack_base
    for key in [k for k in stack_base.procs if k != "web"]:
        stack_base.kill(key)
