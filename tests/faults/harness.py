"""Real processes for the scale and fault tests: a PostgreSQL database, Redis, workers, gunicorn.

    with Stack.create(tmp_path, db_name="scale_faults", broker_url=redis.url) as stack:
        stack.start_worker("w1")
        ids = [stack.post(f"comment {i}") for i in range(10)]
        stack.wait_decided(ids)
        stack.assert_decided_exactly_once(ids)

The database is a dedicated one (created and dropped here), not pytest-django's
test database, so that worker and web subprocesses can reach it. Several test
runs may share one machine (and its PostgreSQL, Redis and RabbitMQ), so every
database and queue name carries this run's process id, and every server this
starts takes the first free port of its range on 127.0.0.1 (8110-8119 for
gunicorn, 6390-6399 for private Redis servers).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from tests.faults import reaper
from tests.faults.infra import (  # noqa: F401  (re-exported: the tests import them from here)
    ARTICLE_SLUG,
    PG,
    RABBITMQ_URL,
    REDIS_PORTS,
    ROOT,
    SHARED_REDIS_URL,
    WEB_PORTS,
    WORKER_APP,
    WORKER_HOST,
    PrivateRedis,
    create_database,
    drop_database,
    free_port,
    port_open,
    postgres_up,
    run_name,
    wait_until,
)


@dataclass
class Stack:
    """One site in scale mode: its database, broker URL, environment and processes."""

    tmp: Path
    db_name: str
    broker_url: str
    web_port: int = field(default_factory=lambda: free_port(WEB_PORTS))
    settings_module: str = "tests.faults.settings"
    extra_env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def env(self, app_name: str = "tribune-test", **overrides: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIBUNE_", "CELERY_", "DATABASE_"))}
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": self.settings_module,
                "PYTHONPATH": str(ROOT),
                "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{self.db_name}?application_name={app_name}",
                "TRIBUNE_TASKS_BACKEND": "celery",
                "CELERY_BROKER_URL": self.broker_url,
                "TRIBUNE_VAR_DIR": str(self.tmp / "var"),
                "TRIBUNE_DEBUG": "false",
                "TRIBUNE_BROKER_VISIBILITY_TIMEOUT": "6",
                "TRIBUNE_BROKER_RESTORE_INTERVAL": "1",
                "TRIBUNE_TASK_RETRY_BASE": "1",
                "TRIBUNE_TASK_RETRY_CAP": "2",
                "TRIBUNE_SWEEP_GRACE": "3",
                "TRIBUNE_SWEEP_INTERVAL": "2",
                "TRIBUNE_LOG_LEVEL": "INFO",
            }
        )
        env.update(self.extra_env)
        env.update(overrides)
        return env

    @classmethod
    @contextmanager
    def create(cls, tmp: Path, **fields: Any) -> Iterator[Stack]:
        """A stack on a new, migrated and seeded database; afterwards every process stopped, the database dropped."""
        reaper.install()
        stack = cls(tmp=tmp, **fields)
        try:
            stack.migrate_and_seed()
            yield stack
        finally:
            stack.stop_all()
            drop_database(stack.db_name)

    # --- setup -------------------------------------------------------------------------
    def manage(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tribune", "manage", *args],
            env=self.env(), cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"manage {args} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def migrate_and_seed(self) -> None:
        create_database(self.db_name)
        self.manage("migrate", "--noinput", "-v", "0")
        code = (
            "from tests.factories import article_row; "
            f"article_row({ARTICLE_SLUG!r}, 'Rockets hit air base', "
            "'Several rockets struck the air base in Anbar province. Security forces seized the launcher.')"
        )
        self.manage("shell", "-c", code)

    # --- processes -----------------------------------------------------------------------
    def _spawn(self, key: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.tmp / f"{key}.log").open("ab")
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=reaper.child_setup(),  # noqa: PLW1509 (none off the main thread)
        )  # fmt: skip
        reaper.record(proc.pid)
        self.procs[key] = proc
        return proc

    def log(self, key: str) -> str:
        path = self.tmp / f"{key}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def start_worker(
        self, key: str, *, pool: str = "solo", concurrency: int = 1, **env: str
    ) -> subprocess.Popen[bytes]:
        cmd = [
            sys.executable, "-m", "tribune", "worker", "-P", pool, "-c", str(concurrency),
            "-n", f"{key}@{WORKER_HOST}", "--without-gossip", "--without-mingle", "--without-heartbeat",
        ]  # fmt: skip
        proc = self._spawn(key, cmd, self.env(app_name=WORKER_APP, **env))
        if not wait_until(lambda: " ready." in self.log(key) or proc.poll() is not None, 90):
            raise RuntimeError(f"worker {key} did not become ready:\n{self.log(key)[-3000:]}")
        if proc.poll() is not None:
            raise RuntimeError(f"worker {key} exited:\n{self.log(key)[-3000:]}")
        return proc

    def start_web(self) -> subprocess.Popen[bytes]:
        cmd = [
            sys.executable, "-m", "gunicorn", "-c", "python:tribune.config.gunicorn",
            "--bind", f"127.0.0.1:{self.web_port}", "--workers", "2", "--access-logfile", "-",
            "tribune.config.wsgi",
        ]  # fmt: skip
        proc = self._spawn("web", cmd, self.env(app_name="tribune-web"))
        if not wait_until(lambda: self._get("/health/live")[0] == 200 or proc.poll() is not None, 60):
            raise RuntimeError(f"gunicorn did not answer:\n{self.log('web')[-3000:]}")
        return proc

    def start_beat(self) -> subprocess.Popen[bytes]:
        proc = self._spawn(
            "beat", [sys.executable, "-m", "tribune", "beat"], self.env(app_name="tribune-beat")
        )
        if not wait_until(lambda: "beat: Starting" in self.log("beat") or proc.poll() is not None, 60):
            raise RuntimeError(f"beat did not start:\n{self.log('beat')[-3000:]}")
        return proc

    def kill(self, key: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs.pop(key, None)
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, sig)
            proc.wait(15)

    def stop_all(self) -> None:
        for key in list(self.procs):
            proc = self.procs[key]
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(5)
            self.procs.pop(key)

    # --- HTTP ----------------------------------------------------------------------------
    def _get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}{path}", timeout=5) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()
        except OSError:
            return 0, b""

    def get_json(self, path: str) -> tuple[int, Any]:
        status, body = self._get(path)
        return status, json.loads(body) if body else None

    def post(self, body: str, author: str = "Reader", timeout: float = 15) -> tuple[int, int | None, float]:
        """POST a comment through the API; returns (HTTP status, comment id or None, seconds taken)."""
        data = json.dumps({"author_name": author, "body": body}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.web_port}/api/articles/{ARTICLE_SLUG}/comments",
            data=data, headers={"Content-Type": "application/json"}, method="POST",
        )  # fmt: skip
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as resp:
                status, payload = resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            return exc.code, None, time.monotonic() - started
        return status, int(payload["id"]), time.monotonic() - started

    # --- the database, read directly ----------------------------------------------------------
    @contextmanager
    def connect(self) -> Iterator[psycopg.Connection[Any]]:
        with psycopg.connect(dbname=self.db_name, autocommit=True, **PG) as conn:
            yield conn

    def comment_ids(self) -> list[int]:
        with self.connect() as conn:
            return [row[0] for row in conn.execute("SELECT id FROM comments_comment ORDER BY id")]

    def undecided(self, ids: list[int]) -> list[int]:
        """Ids still waiting for the system's first decision."""
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT c.id FROM comments_comment c WHERE c.id = ANY(%s) AND NOT EXISTS "
                "(SELECT 1 FROM moderation_moderationdecision d WHERE d.comment_id = c.id AND d.decided_by = 'system')",
                (ids,),
            ).fetchall()
        return [row[0] for row in rows]

    def wait_decided(self, ids: list[int], timeout: float) -> bool:
        return wait_until(lambda: not self.undecided(ids), timeout, interval=0.5)

    def outcomes(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Per comment: status, moderated_at set, and its system decisions (outcome, reasons)."""
        with self.connect() as conn:
            comments = conn.execute(
                "SELECT id, status, moderated_at IS NOT NULL FROM comments_comment WHERE id = ANY(%s)", (ids,)
            ).fetchall()
            decisions = conn.execute(
                "SELECT comment_id, outcome, reasons FROM moderation_moderationdecision "
                "WHERE comment_id = ANY(%s) AND decided_by = 'system' ORDER BY id",
                (ids,),
            ).fetchall()
        result = {
            cid: {"status": status, "moderated": moderated, "decisions": []}
            for cid, status, moderated in comments
        }
        for cid, outcome, reasons in decisions:
            result[cid]["decisions"].append((outcome, list(reasons)))
        return result

    def assert_decided_exactly_once(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Every comment: stored, one system decision, and a status matching it (held stays pending)."""
        state = self.outcomes(ids)
        assert sorted(state) == sorted(ids), f"comments missing from the database: {set(ids) - set(state)}"
        for cid, row in state.items():
            assert len(row["decisions"]) == 1, f"comment {cid} has system decisions {row['decisions']}"
            outcome, _ = row["decisions"][0]
            assert row["moderated"], f"comment {cid} decided but moderated_at unset"
            expected = {"approved": "approved", "rejected": "rejected", "held": "pending"}[outcome]
            assert row["status"] == expected, (
                f"comment {cid}: status {row['status']} after a {outcome} decision"
            )
        return state

    def terminate_backends(self, app_name: str) -> int:
        """pg_terminate_backend every connection of ``app_name`` to this database; returns how many."""
        with psycopg.connect(dbname="postgres", autocommit=True, **PG) as conn:
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND application_name = %s",
                (self.db_name, app_name),
            ).fetchall()
        return len(rows)
