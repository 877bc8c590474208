"""Stop every process a test started under its POSTCHECK_HOME (helpers are detached, so no parent will reap them)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def processes_with_home(home: Path) -> list[int]:
    """Pids whose environment has POSTCHECK_HOME=home (Linux /proc); the test process itself excluded."""
    marker = f"POSTCHECK_HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:  # gone already, or not ours
            continue
        if marker in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (our own exited child not yet reaped) counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0] != "Z"
    except OSError:
        return False


def stop_processes_with_home(home: Path, grace: float = 10.0) -> list[int]:
    pids = processes_with_home(home)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in pids:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    return pids
