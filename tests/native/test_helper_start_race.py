"""Two native hosts starting the helper at the same moment (the service worker's pairing and a page's first check):
the second `serve` exits at once on helper.lock, and its host waits for the first helper instead of failing."""

from __future__ import annotations

import subprocess
import sys
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
    """The second `serve`, already exited with status 1 when its host first looks: another helper holds the lock."""
    process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])
    process.wait()
    return process


def _answers_from_call(n: int, info: dict):
    """A stand-in for running(): None (nobody answers yet) for the first n - 1 calls, then `info`."""
    calls = []

    def running():
        calls.append(1)
        return info if len(calls) >= n else None
    return running


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
    info = {"url": "http://127.0.0.1:1", "token": "t", "pid": holder.pid}
    monkeypatch.setattr(helper_process, "_spawn", _loser)
    # The first helper answers on the host's 4th look, after its own `serve` has exited.
    monkeypatch.setattr(helper_process, "running", _answers_from_call(4, info))
    try:
        assert helper_process.ensure_running(timeout=30) is info
    finally:
        holder.kill()
        holder.wait()


def test_a_helper_that_exits_with_nobody_starting_is_an_error_at_once(postcheck_home: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(helper_process, "_spawn", _loser)
    monkeypatch.setattr(helper_process, "running", lambda: None)
    pauses = []
    monkeypatch.setattr(helper_process.time, "sleep", pauses.append)
    with pytest.raises(helper_process.HelperStartError, match="exited with status 1") as failure:
        helper_process.ensure_running(timeout=30)
    assert pauses == []  # no waiting: nobody holds the lock, so nobody else is starting
    assert str(paths.log_dir() / "helper-output.log") in str(failure.value)
