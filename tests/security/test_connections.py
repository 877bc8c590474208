"""A local account against the helper's connections and its log, over raw sockets to a real `postcheck serve`."""

from __future__ import annotations

import socket
import time

from postcheck import paths
from postcheck.server.connections import HEADER_TIMEOUT_S, MAX_CONNECTIONS
from postcheck.server.lifecycle import KEEPALIVE_TIMEOUT
from tests.support.helper_process import HelperProcess

GUARD_S = 30  # only so that a broken helper fails the test instead of hanging it


def _address(info: dict) -> tuple[str, int]:
    return "127.0.0.1", int(info["url"].rsplit(":", 1)[1])


def _closed_after(sock: socket.socket) -> float:
    """Seconds until the helper closes `sock` (reading nothing but its end)."""
    began = time.monotonic()
    sock.settimeout(GUARD_S)
    while sock.recv(4096):
        pass
    return time.monotonic() - began


def _still_open(sock: socket.socket) -> bool:
    """Nothing to read and no end from the helper: the connection is open (a closed one reads b"" at once)."""
    sock.setblocking(False)
    try:
        return sock.recv(1) != b""
    except BlockingIOError:
        return True
    except ConnectionError:
        return False
    finally:
        sock.setblocking(True)


def _signed_get(info: dict, path: str) -> dict:
    helper = HelperProcess(paths.helper_file().parents[1])
    helper.info = info
    return helper.get(path)


def test_a_half_sent_request_head_is_dropped_long_before_keep_alive(served):
    _, info = served
    with socket.create_connection(_address(info)) as sock:
        sock.sendall(f"GET /v1/health HTTP/1.1\r\nHost: {info['url'][7:]}\r\nX-Slow: ".encode())
        held = _closed_after(sock)
    # Before: held for the keep-alive time (75 s) with no token at all.
    assert held < KEEPALIVE_TIMEOUT / 3 and held >= HEADER_TIMEOUT_S - 0.5
    assert _signed_get(info, "/v1/health")["status"] == "ok"


def test_connections_beyond_the_cap_are_closed_at_once_and_the_helper_recovers(served):
    _, info = served
    held = [socket.create_connection(_address(info)) for _ in range(MAX_CONNECTIONS)]
    try:
        time.sleep(0.5)
        with socket.create_connection(_address(info)) as extra:
            _closed_after(extra)
            # Refused at once, not timed out: the connections opened before it, as silent as it was, are all still
            # open (no timeout has applied to any of them yet).
            assert all(_still_open(sock) for sock in held)
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.5)
    assert _signed_get(info, "/v1/health")["status"] == "ok"


def test_a_path_cannot_forge_log_lines_and_malformed_requests_are_not_logged_raw(served):
    _, info = served
    forged = "/v1/nothing%0A2026-01-01%2000:00:00,000%20INFO%20postcheck.server%20forged"
    with socket.create_connection(_address(info)) as sock:
        sock.sendall(f"GET {forged} HTTP/1.1\r\nHost: {info['url'][7:]}\r\nConnection: close\r\n\r\n".encode())
        _closed_after(sock)
    with socket.create_connection(_address(info)) as sock:
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: \x01\x02 SECRET-BYTES \xff\r\nBad Header\r\n\r\n")
        _closed_after(sock)
    log = (paths.log_dir() / "helper.log").read_text(encoding="utf-8", errors="replace")
    assert not any(line.startswith("2026-01-01 00:00:00,000 INFO postcheck.server forged") for line in log.splitlines())
    assert "/v1/nothing%0A2026-01-01" in log
    assert "SECRET-BYTES" not in log and " ERROR " not in log
    assert "malformed request refused" in log
