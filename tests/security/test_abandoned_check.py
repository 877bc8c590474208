"""A local client sends a check that costs seconds, then leaves: the helper stops that check instead of keeping its
worker busy for everyone else (issue 16, attack 4). Real `postcheck serve`, raw socket, the helper's own log."""

from __future__ import annotations

import json
import socket
import time

from postcheck import paths
from tests.support.signing import signed_headers

GUARD_S = 60  # only so that a broken helper fails the test instead of hanging it
# Digits read as phone-like runs: the slowest kind of text per character (benchmarks/bench_scaling.py), about
# 250,000 characters: seconds of work, under the 256 KiB body limit.
COSTLY = "call 0803 555 0101 or 0803 555 0102 " * 7000


def _request(info: dict, text: str) -> bytes:
    host = info["url"][len("http://"):]
    body = json.dumps({"text": text, "platform": "facebook"}).encode()
    headers = signed_headers({"Authorization": f"Bearer {info['token']}", "Content-Type": "application/json",
                              "Content-Length": str(len(body))}, "POST", host, "/v1/check", body)
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return f"POST /v1/check HTTP/1.1\r\nHost: {host}\r\n{head}\r\n".encode() + body


def _address(info: dict) -> tuple[str, int]:
    return "127.0.0.1", int(info["url"].rsplit(":", 1)[1])


def _log_says(needle: str) -> bool:
    log = paths.log_dir() / "helper.log"
    deadline = time.monotonic() + GUARD_S
    while time.monotonic() < deadline:
        if log.exists() and needle in log.read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.1)
    return False


def test_a_check_whose_client_left_is_stopped_and_the_helper_goes_on(served):
    _, info = served
    with socket.create_connection(_address(info)) as sock:
        sock.sendall(_request(info, COSTLY))
        time.sleep(0.3)  # the check is under way in the helper's worker thread; the client gives up
    assert _log_says("abandoned by its client"), "the helper did not stop the abandoned check"
    # And the helper still answers the next check.
    with socket.create_connection(_address(info)) as sock:
        sock.settimeout(GUARD_S)
        sock.sendall(_request(info, "Join us on #WorldRefugeeDay"))
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
