"""The test stacks' clean-up: leftovers of a dead run are stopped, children die with their run, signals tear down."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults import reaper


def _gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return False


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(reaper, "REGISTRY", tmp_path)
    return tmp_path


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_groups_left_by_a_dead_run_are_killed(registry: Path) -> None:
    leftover = subprocess.Popen(["sleep", "60"], start_new_session=True)
    (registry / f"{_dead_pid()}.pids").write_text(f"{leftover.pid}\n")
    assert reaper.sweep_leftovers() == 1
    assert _gone(leftover.pid)
    assert not list(registry.glob("*.pids"))


def test_groups_of_a_live_run_are_left_alone(registry: Path) -> None:
    other = subprocess.Popen(["sleep", "60"], start_new_session=True)
    try:
        (registry / f"{os.getppid()}.pids").write_text(f"{other.pid}\n")
        assert reaper.sweep_leftovers() == 0
        assert other.poll() is None
    finally:
        other.kill()
        other.wait()


def test_a_child_dies_with_the_run_even_on_sigkill(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    code = (
        "import subprocess, sys, time; from tests.faults import reaper; "
        "p = subprocess.Popen(['sleep', '60'], start_new_session=True, preexec_fn=reaper.die_with_parent); "
        f"open({str(pid_file)!r}, 'w').write(str(p.pid)); time.sleep(60)"
    )
    run = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2])
    deadline = time.monotonic() + 20
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the run did not start its child"
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert _gone(int(pid_file.read_text()))


def test_sigterm_becomes_keyboard_interrupt_so_teardown_runs(tmp_path: Path) -> None:
    code = (
        "import os, signal, time; from tests.faults import reaper; reaper.REGISTRY = __import__('pathlib').Path("
        f"{str(tmp_path)!r}); reaper.install()\n"
        "try:\n    os.kill(os.getpid(), signal.SIGTERM); time.sleep(5)\n"
        "except KeyboardInterrupt:\n    print('teardown ran')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "teardown ran" in done.stdout


def test_a_child_started_by_a_helper_thread_outlives_the_thread() -> None:
    import threading

    started: list[subprocess.Popen[bytes]] = []

    def start() -> None:
        setup = reaper.child_setup()
        started.append(subprocess.Popen(["sleep", "30"], start_new_session=True, preexec_fn=setup))  # noqa: PLW1509

    helper = threading.Thread(target=start)
    helper.start()
    helper.join()
    time.sleep(0.5)
    try:
        assert started[0].poll() is None, "the death signal followed the helper thread"
    finally:
        started[0].kill()
        started[0].wait()
