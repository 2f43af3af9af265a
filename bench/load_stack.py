"""The system under load: a throwaway PostgreSQL database, gunicorn and Celery workers as subprocesses.

    stack = Stack(StackConfig(db_name="load_bench", port=8120, web_workers=3, celery_workers=2))
    try:
        stack.start()          # create + migrate + seed the database, start the processes
        ...
    finally:
        stack.stop()           # kill what it started, drop the database (unless keep=True)

Every process is started in its own session, so ``stop`` ends exactly the
process groups it started, never anything else on the machine. Only the
queue keys of the configured Redis database are deleted.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[1]
PG_ADMIN = "host={host} port={port} user={user} dbname=postgres"


@dataclass(frozen=True)
class StackConfig:
    """How to run the stack.

    db_name (str): database created for the run and dropped after it.
    port (int): gunicorn's loopback port.
    web_workers (int): gunicorn worker processes; web_threads > 1 selects the gthread worker.
    celery_workers (int): Celery pool size (prefork child processes or threads; one worker node).
    prefetch (int): the worker's prefetch multiplier; 0 keeps the project's setting.
    conn_max_age (int): seconds Django keeps a PostgreSQL connection (0 closes per request).
    """

    db_name: str = "load_bench"
    db_host: str = "127.0.0.1"
    db_port: int = 5432
    db_user: str = "postgres"
    port: int = 8120
    web_workers: int = 3
    web_threads: int = 1
    celery_workers: int = 2
    celery_pool: str = "prefork"
    prefetch: int = 0
    conn_max_age: int = 60
    broker_url: str = "redis://127.0.0.1:6379/2"
    embeddings: bool = True
    keep: bool = False
    log_dir: Path = field(default_factory=lambda: Path("/tmp/tribune-load-bench"))


def stack_env(config: StackConfig) -> dict[str, str]:
    """Environment of every process of the stack (settings are read from it)."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.load_settings",
        TRIBUNE_DB="postgres",
        TRIBUNE_DB_NAME=config.db_name,
        TRIBUNE_DB_HOST=config.db_host,
        TRIBUNE_DB_PORT=str(config.db_port),
        TRIBUNE_DB_USER=config.db_user,
        TRIBUNE_DB_CONN_MAX_AGE=str(config.conn_max_age),
        TRIBUNE_TASKS_BACKEND="celery",
        TRIBUNE_BROKER_URL=config.broker_url,
        CELERY_BROKER_URL=config.broker_url,
        TRIBUNE_DEBUG="false",
        TRIBUNE_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
        # One BLAS thread per process: the processes themselves share the cores.
        OMP_NUM_THREADS="1",
        OPENBLAS_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
    )
    if not config.embeddings:
        env["TRIBUNE_EMBEDDING_MODEL_DIR"] = "off"
    return env


class Stack:
    """Starts and stops the database and processes of one load-test run."""

    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.env = stack_env(config)
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    # --- database ------------------------------------------------------------------
    def admin_dsn(self) -> str:
        c = self.config
        return PG_ADMIN.format(host=c.db_host, port=c.db_port, user=c.db_user)

    def dsn(self) -> str:
        c = self.config
        return f"host={c.db_host} port={c.db_port} user={c.db_user} dbname={c.db_name}"

    def _admin(self, sql: str) -> None:
        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self) -> None:
        name = self.config.db_name
        if not name.replace("_", "").isalnum():
            raise ValueError(f"unsafe database name {name!r}")
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{name}"')
        self._manage("migrate", "--noinput", "-v", "0")
        self._manage("seed_demo", "--no-comments")

    def drop_database(self) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{self.config.db_name}" WITH (FORCE)')

    def _manage(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "tribune", "manage", *args],
            env=self.env,
            cwd=REPO,
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=300,
        )

    # --- broker ----------------------------------------------------------------------
    def clear_queue(self) -> None:
        """Delete Celery's keys in this run's Redis database (and nothing else)."""
        import redis

        client = redis.Redis.from_url(self.config.broker_url)
        for pattern in ("celery*", "_kombu.*", "unacked*"):
            keys = list(client.scan_iter(match=pattern, count=1000))
            if keys:
                client.delete(*keys)

    # --- processes ---------------------------------------------------------------------
    def _spawn(self, name: str, argv: list[str]) -> None:
        self.config.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.config.log_dir / f"{name}.log", "wb")  # noqa: SIM115 - the child holds it
        self.processes[name] = subprocess.Popen(
            argv, env=self.env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def start_web(self) -> None:
        c = self.config
        argv = [
            sys.executable, "-m", "gunicorn", "bench.load_wsgi:application",
            "--bind", f"127.0.0.1:{c.port}", "--workers", str(c.web_workers),
            "--backlog", "2048", "--timeout", "60", "--graceful-timeout", "5",
        ]  # fmt: skip
        if c.web_threads > 1:
            argv += ["--worker-class", "gthread", "--threads", str(c.web_threads)]
        self._spawn("gunicorn", argv)

    def start_workers(self) -> None:
        """One prefork/threads worker node with ``celery_workers`` in its pool, or that many solo nodes."""
        c = self.config
        nodes = c.celery_workers if c.celery_pool == "solo" else 1
        for node in range(nodes):
            argv = [
                sys.executable, "-m", "celery", "-A", "tribune.config.celery", "worker",
                "--hostname", f"load-bench-{os.getpid()}-{node}@%h", "--pool", c.celery_pool,
                "--concurrency", "1" if c.celery_pool == "solo" else str(c.celery_workers),
                "--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat",
            ]  # fmt: skip
            if c.prefetch:
                argv += ["--prefetch-multiplier", str(c.prefetch)]
            self._spawn("celery" if nodes == 1 else f"celery-{node}", argv)

    def wait_for_port(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                with socket.create_connection(("127.0.0.1", self.config.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"gunicorn did not listen on 127.0.0.1:{self.config.port} in {timeout:.0f}s")

    def check_alive(self) -> None:
        """Raise if a process of the stack has exited (its log says why)."""
        for name, proc in self.processes.items():
            if proc.poll() is not None:
                raise RuntimeError(
                    f"{name} exited with {proc.returncode}; see {self.config.log_dir / (name + '.log')}"
                )

    def start(self) -> None:
        self.clear_queue()
        self.create_database()
        self.start_web()
        self.start_workers()
        self.wait_for_port()

    def stop(self) -> None:
        """Stop every process group started here (TERM, then KILL after 10 s); drop the database."""
        for proc in self.processes.values():
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + 10
        for proc in self.processes.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait(timeout=5)
        self.processes.clear()
        try:
            self.clear_queue()
        except Exception as exc:  # noqa: BLE001 - teardown goes on
            print(f"warning: could not clear the queue: {exc}", file=sys.stderr)
        if not self.config.keep:
            self.drop_database()
