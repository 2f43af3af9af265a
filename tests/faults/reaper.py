"""Test stacks leave nothing running: their processes die with the run, and an earlier run's leftovers are stopped.

    proc = subprocess.Popen(cmd, start_new_session=True, preexec_fn=reaper.child_setup())
    reaper.record(proc.pid)        # this run's process groups, in REGISTRY/<run pid>.pids
    reaper.install()               # once, in the main thread, before the first process starts

What covers which exit:

* normal end, a failed test, Ctrl-C: the fixtures' teardown (``Stack.stop_all``);
* SIGTERM or SIGHUP to the test run: turned into ``KeyboardInterrupt``, so the same teardown runs;
* anything that skips teardown (``os._exit``, an error in teardown): ``atexit`` kills the groups recorded;
* SIGKILL of the run: each child started from the main thread has ``PR_SET_PDEATHSIG`` (Linux) and
  dies with it (the signal follows the starting *thread*, so a child a helper thread starts, such as a
  restarted broker, does without it), and the next run's
  ``install`` kills every process group recorded by a run that is no longer alive (the pool children
  of a Celery worker or gunicorn included), before it starts anything of its own.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import signal
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

REGISTRY = Path(tempfile.gettempdir()) / "tribune-test-stacks"
PR_SET_PDEATHSIG = 1
_installed = False


def _own_file() -> Path:
    return REGISTRY / f"{os.getpid()}.pids"


def die_with_parent() -> None:
    """``preexec_fn``: the child gets SIGKILL when the test run's process dies (no-op off Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass


def child_setup() -> Callable[[], None] | None:
    """The ``preexec_fn`` for a child started now: ``die_with_parent`` from the main thread, else none.

    Linux sends the death signal when the *thread* that started the child ends, so a child started by
    a short-lived helper thread would be killed at once.
    """
    return die_with_parent if threading.current_thread() is threading.main_thread() else None


def record(pgid: int) -> None:
    """Remember a process group this run started (its leader's pid)."""
    REGISTRY.mkdir(parents=True, exist_ok=True)
    with _own_file().open("a", encoding="ascii") as out:
        out.write(f"{pgid}\n")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _kill_groups(path: Path) -> int:
    killed = 0
    for line in path.read_text(encoding="ascii").split():
        try:
            os.killpg(int(line), signal.SIGKILL)
            killed += 1
        except (ProcessLookupError, PermissionError, ValueError):
            continue
    return killed


def sweep_leftovers() -> int:
    """Kill the process groups of earlier runs that died without cleaning up; returns how many were running."""
    if not REGISTRY.is_dir():
        return 0
    killed = 0
    for path in REGISTRY.glob("*.pids"):
        owner = int(path.stem) if path.stem.isdigit() else 0
        if owner == os.getpid() or (owner and _alive(owner)):
            continue
        killed += _kill_groups(path)
        path.unlink(missing_ok=True)
    return killed


def kill_recorded() -> None:
    """Kill every group this run recorded that still runs, and forget them."""
    path = _own_file()
    if path.exists():
        _kill_groups(path)
        path.unlink(missing_ok=True)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")


def install() -> None:
    """Once per run: stop earlier runs' leftovers, clean up at exit, and treat SIGTERM/SIGHUP as Ctrl-C."""
    global _installed
    if _installed:
        return
    _installed = True
    killed = sweep_leftovers()
    if killed:
        print(f"stopped {killed} process group(s) left running by an earlier test run", flush=True)
    atexit.register(kill_recorded)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) in (signal.SIG_DFL, None):
            signal.signal(signum, _interrupt)
