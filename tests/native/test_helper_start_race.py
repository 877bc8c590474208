"""Two native hosts starting the helper at the same moment (the service worker's pairing and a page's first check):
the second `serve` exits at once on helper.lock, and its host waits for the first helper instead of failing."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from postcheck import paths
from postcheck.native import helper_process
from postcheck.server import helperfile

HOLD = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold_lock(seconds: float) -> subprocess.Popen:
    """A process holding helper.lock as a starting helper does, for `seconds`."""
    path = helperfile.lock_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def _loser() -> subprocess.Popen:
    """The second `serve`, which exits with status 1 at once: another helper holds the lock."""
    return subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])


def test_the_lock_tells_a_starting_helper(postcheck_home: Path):
    assert not helperfile.starting_elsewhere()  # no lock file yet
    holder = _hold_lock(30)
    try:
        assert helperfile.starting_elsewhere()
        assert helperfile.starting_elsewhere()  # probing does not take it
    finally:
        holder.kill()
        holder.wait()
    assert not helperfile.starting_elsewhere()


def test_the_host_waits_for_the_helper_that_holds_the_lock(postcheck_home: Path, monkeypatch: pytest.MonkeyPatch):
    holder = _hold_lock(30)
    ready_at = time.monotonic() + 1.5  # the first helper answers 1.5 s after our own `serve` has given up
    info = {"url": "http://127.0.0.1:1", "token": "t", "pid": holder.pid}
    monkeypatch.setattr(helper_process, "_spawn", _loser)
    monkeypatch.setattr(helper_process, "running", lambda: info if time.monotonic() >= ready_at else None)
    try:
        assert helper_process.ensure_running(timeout=10) is info
    finally:
        holder.kill()
        holder.wait()


def test_a_helper_that_exits_with_nobody_starting_is_an_error_at_once(postcheck_home: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(helper_process, "_spawn", _loser)
    monkeypatch.setattr(helper_process, "running", lambda: None)
    started = time.monotonic()
    with pytest.raises(helper_process.HelperStartError, match="exited with status 1") as failure:
        helper_process.ensure_running(timeout=10)
    assert time.monotonic() - started < 9  # it did not wait for the deadline
    assert str(paths.log_dir() / "helper-output.log") in str(failure.value)
