"""Find the running helper, or start `postcheck serve` detached and wait until it has written helper.json."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time

from postcheck import paths

log = logging.getLogger(__name__)
# A cold start imports the engine and aiohttp; on a busy two-core laptop that can take a few seconds.
START_TIMEOUT = 20.0


class HelperStartError(RuntimeError):
    """The helper could not be started; the message says where its log is."""


def starting_elsewhere() -> bool:
    from postcheck.server.helperfile import starting_elsewhere

    return starting_elsewhere()


def running() -> dict | None:
    """helper.json of a helper that answers, else None (the server package owns that check)."""
    from postcheck.server import running_helper

    return running_helper()


def serve_command() -> list[str]:
    # Port 0: the OS picks a free port, so the helper never clashes with another user's or a stale one;
    # the extension learns the address from the `hello` answer every time it pairs.
    # -I: the helper runs this interpreter's postcheck whatever PYTHON* variables the browser passed on.
    return [sys.executable, "-I", "-m", "postcheck", "serve", "--port", "0"]


def _spawn() -> subprocess.Popen:
    # Not helper.log: the helper rotates that one itself; this catches only what it prints before its logging is set up.
    log_path = paths.log_dir() / "helper-output.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {}
    if os.name == "nt":
        kwargs["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        # Own session: the browser kills the host (and its process group) when the port closes; the helper must live on.
        kwargs["start_new_session"] = True
    with open(log_path, "ab") as log_file:
        # stdout must never be the browser's pipe: the browser would wait on it, and it is the host's protocol stream.
        return subprocess.Popen(serve_command(), stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                                close_fds=True, **kwargs)


def ensure_running(timeout: float = START_TIMEOUT) -> dict:
    """The running helper's helper.json, starting one if needed."""
    info = running()
    if info is not None:
        return info
    log.info("no helper answering; starting %s", " ".join(serve_command()))
    process = _spawn()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = running()
        if info is not None:
            return info
        # It may have lost a race with a helper another host started at the same moment: while that one holds the
        # lock it is still starting, and it counts once it answers.
        if process.poll() is not None and not starting_elsewhere():
            info = running()
            if info is not None:
                return info
            raise HelperStartError(f"the helper exited with status {process.returncode} before answering; "
                                   f"see {paths.log_dir() / 'helper-output.log'} and helper.log beside it")
        time.sleep(0.1)
    raise HelperStartError(f"the helper did not answer within {timeout:.0f} s; see {paths.log_dir() / 'helper.log'}")
