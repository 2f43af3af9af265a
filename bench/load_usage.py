"""CPU used per part of the load test's stack: its processes grouped by role, the client, PostgreSQL.

    before = cpu_snapshot(stack, conn, db_name)
    ...
    print(cpu_line(rate, delta(before, cpu_snapshot(stack, conn, db_name)), decided))
"""

from __future__ import annotations

import os

import psycopg

from bench.load_cpu import snapshot
from bench.load_stack import Stack


def backend_pids(conn: psycopg.Connection, db_name: str) -> list[int]:
    """PostgreSQL server processes serving the stack's database (this poller's own excluded)."""
    rows = conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", (db_name,)
    )
    return [pid for (pid,) in rows]


def cpu_snapshot(stack: Stack, conn: psycopg.Connection, db_name: str) -> dict[str, dict[int, float]]:
    groups: dict[str, list[int]] = {}
    for name, proc in stack.processes.items():  # solo worker nodes "celery-0", "celery-1", … count as one
        groups.setdefault(name.split("-")[0], []).append(proc.pid)
    out = snapshot(groups)
    # The stack's processes are this process's children: count the client alone.
    out.update(snapshot({"client": [os.getpid()], "postgres": backend_pids(conn, db_name)}, descend=False))
    return out


def cpu_line(rate: float, used: dict[str, float], decided: int) -> str:
    """One step's CPU milliseconds per decided comment, per part and in total."""
    if not decided:
        return f"  {rate:>6.0f}/s: nothing decided"
    parts = {name: seconds * 1000 / decided for name, seconds in sorted(used.items())}
    total = sum(parts.values())
    cells = ", ".join(f"{name} {ms:.1f}" for name, ms in parts.items())
    return f"  {rate:>6.0f}/s: {cells}; total {total:.1f} ms (= {(os.cpu_count() or 1) * 1000 / total:.0f} comments/s if {os.cpu_count()} idle cores did only this)"
