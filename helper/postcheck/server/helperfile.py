"""helper.json: how other processes find the running helper (url, token, pid, version), written 0600."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from postcheck import paths
from postcheck.server import signing

HEALTH_TIMEOUT = 2.0

try:
    import fcntl
except ImportError:  # Windows: no advisory lock; helper.json alone tells a running helper
    fcntl = None  # type: ignore[assignment]


def lock_path() -> Path:
    """runtime_dir/helper.lock: held by a helper from before it binds until it exits."""
    return paths.helper_file().with_name("helper.lock")


def starting_elsewhere() -> bool:
    """Whether another process holds helper.lock: a helper is starting (or running) that has not answered yet.
    Always False without fcntl (Windows)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(lock_path(), os.O_WRONLY)
    except OSError:
        return False  # no lock file: no helper ever started here
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also releases the lock this probe may have taken
    return False


def write(info: dict[str, Any], path: Path | None = None) -> Path:
    """Create helper.json atomically with mode 0600 (its directory 0700): the token never exists world-readable."""
    path = path or paths.helper_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def read(path: Path | None = None) -> dict[str, Any] | None:
    """helper.json's content, or None when it is missing, not what a helper writes, or not safely ours."""
    path = path or paths.helper_file()
    if paths.problem(path) or paths.problem(path.parent):
        return None  # planted or writable by another account: never trusted (the helper refuses to start there)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not all(isinstance(info.get(k), t) for k, t in
                                             (("url", str), ("token", str), ("pid", int), ("version", str))):
        return None
    return info


def remove_if_ours(pid: int, path: Path | None = None) -> None:
    """Delete helper.json on shutdown, unless another helper has since written its own."""
    path = path or paths.helper_file()
    info = read(path)
    if info is not None and info["pid"] == pid:
        path.unlink(missing_ok=True)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but someone else's
        return True
    except OSError:
        return False
    return True


def running_helper(path: Path | None = None) -> dict[str, Any] | None:
    """The running helper's helper.json (url, token, pid, version) if its process is alive and proves, answering
    /v1/health, that it holds the token."""
    info = read(path)
    if info is None or not pid_alive(info["pid"]):
        return None
    url = info["url"]
    # Only ever send the token to a loopback helper, whatever a tampered helper.json says.
    if not url.startswith("http://127.0.0.1:") or not url.rsplit(":", 1)[1].isdigit():
        return None
    # A signed request with a fresh nonce is a challenge: only the token's holder can prove its answer.
    headers = signing.sign(info["token"], "GET", url.removeprefix("http://"), "/v1/health")
    request = urllib.request.Request(f"{url}/v1/health", headers=headers)
    # No proxy: a loopback address must not leave the machine.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=HEALTH_TIMEOUT) as response:
            raw = response.read()
            proved = signing.check_proof(info["token"], signing.nonce_of(headers), response.status, raw,
                                         response.headers.get(signing.PROOF_HEADER))
            body = json.loads(raw)
    except (OSError, ValueError):
        return None
    return info if proved and isinstance(body, dict) and body.get("status") == "ok" else None
