"""The pieces under the fault harness: names and free ports per run, waiting, a private Redis, databases.

See ``tests.faults.harness`` for how they are put together.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from tests.factories import redis_test_url, redis_up
from tests.faults import reaper

ROOT = Path(__file__).resolve().parents[2]
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
SHARED_REDIS_URL = redis_test_url(1)
RABBITMQ_URL = os.environ.get("TRIBUNE_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")
ARTICLE_SLUG = "scale-test-article"
WORKER_APP = "tribune-worker"
# Worker names carry this run's pid: a worker left by an earlier run never holds this run's names
# (RabbitMQ answers RESOURCE_LOCKED to a second consumer of a name's exclusive queue).
WORKER_HOST = f"scale-tests-{os.getpid()}"


WEB_PORTS = range(8110, 8120)
REDIS_PORTS = range(6390, 6400)


def run_name(base: str) -> str:
    """``base`` made unique to this test run (database and queue names)."""
    return f"{base}_{os.getpid()}"


def free_port(ports: range) -> int:
    """The first port of ``ports`` nobody listens on or holds (another run may use the others)."""
    for port in ports:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports.start}-{ports.stop - 1}")


def postgres_up() -> bool:
    try:
        psycopg.connect(dbname="postgres", connect_timeout=2, **PG).close()
    except Exception:  # noqa: BLE001  any failure means "not up": the fault test skips
        return False
    return True


def port_open(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class PrivateRedis:
    """A throwaway redis-server of our own (never the shared one), restartable mid-test."""

    def __init__(self, log: Path, port: int | None = None) -> None:
        self.port, self.log = port or free_port(REDIS_PORTS), log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        cmd = [
            "redis-server",
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]
        reaper.install()
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=reaper.child_setup(),  # noqa: PLW1509
            )
        reaper.record(self.proc.pid)
        if not wait_until(lambda: redis_up(self.url), 10):
            raise RuntimeError(f"private redis-server on port {self.port} did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc = None

    def restart(self, down_seconds: float = 0.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()


def create_database(name: str) -> None:
    with psycopg.connect(dbname="postgres", autocommit=True, **PG) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    with psycopg.connect(dbname="postgres", autocommit=True, **PG) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
