"""Processes a test left behind under its POSTCHECK_HOME: a helper that a browser's native host started outlives the
browser (it is the workstation's helper, meant to stay up), so a test's teardown stops the ones of its own home."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def processes_with_home(home: Path) -> list[int]:
    """Pids of this user's processes whose environment has POSTCHECK_HOME=home (Linux /proc; [] elsewhere)."""
    wanted = f"POSTCHECK_HOME={home}".encode()
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if entry.stat().st_uid != os.getuid() or int(entry.name) == os.getpid():
                continue
            if wanted in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue  # gone meanwhile, or not readable
    return found


def stop_processes_with_home(home: Path, timeout: float = 5.0) -> list[int]:
    """SIGTERM every process of `home`, SIGKILL those still alive after `timeout` seconds; returns the pids found."""
    pids = processes_with_home(home)
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _alive(pid)]
        if alive:
            time.sleep(0.05)
    for pid in alive:
        _signal(pid, signal.SIGKILL)
    return pids


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; its parent reaps it
