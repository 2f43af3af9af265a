"""CPU seconds used by each part of the stack, read from Linux ``/proc`` (user + system time).

On a shared machine wall-clock rates say as much about the neighbours as about
Tribune; CPU time per comment does not. ``cpu_seconds(pids)`` sums a set of
processes and their descendants; processes that ended in between are missed,
so the figures are lower bounds.

    before = snapshot({"web": [gunicorn_pid], "workers": [celery_pid], "client": [os.getpid()]})
    ...
    used = delta(before, snapshot(...))   # {"web": 12.3, ...} seconds
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str] | None:
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces; everything after its ')' is space-separated.
    return raw[raw.rindex(")") + 2 :].split()


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of one live process (0.0 when it is gone)."""
    fields = _stat(pid)
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14 and 15)


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (Linux ``/proc/<pid>/task/*/children``)."""
    out: list[int] = []
    for task in (PROC / str(pid) / "task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def tree(pids: Iterable[int]) -> set[int]:
    """``pids`` and all their live descendants."""
    seen: set[int] = set()
    todo = list(pids)
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        todo += children(pid)
    return seen


def snapshot(groups: Mapping[str, Iterable[int]], *, descend: bool = True) -> dict[str, dict[int, float]]:
    """Per group, CPU seconds of each process in it (with descendants when ``descend``)."""
    return {
        name: {pid: process_cpu(pid) for pid in (tree(pids) if descend else set(pids))}
        for name, pids in groups.items()
    }


def delta(
    before: Mapping[str, Mapping[int, float]], after: Mapping[str, Mapping[int, float]]
) -> dict[str, float]:
    """CPU seconds each group used between two snapshots (a process new in ``after`` counts whole)."""
    return {
        name: sum(max(0.0, cpu - before.get(name, {}).get(pid, 0.0)) for pid, cpu in procs.items())
        for name, procs in after.items()
    }
