"""Native-messaging tests: run the real host as a subprocess, and stop every helper a test started."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.native.processes import stop_processes_with_home
from tests.support.keyring_session import keyring_session  # noqa: F401  (fixture)

OUR_ORIGIN = "chrome-extension://jomlkaokpjbcgjmennpkcjbaogdomnno/"


@pytest.fixture(autouse=True)
def stop_helpers(postcheck_home: Path):
    yield
    stop_processes_with_home(postcheck_home)


def frame(payload: bytes | dict) -> bytes:
    import json

    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return struct.pack("=I", len(body)) + body


def parse_frames(data: bytes) -> list[dict]:
    """Every byte of the host's stdout must belong to a frame: a stray print or traceback fails here."""
    import json

    replies, offset = [], 0
    while offset < len(data):
        assert len(data) - offset >= 4, f"stray bytes on stdout: {data[offset:]!r}"
        (length,) = struct.unpack_from("=I", data, offset)
        body = data[offset + 4: offset + 4 + length]
        assert len(body) == length, f"truncated reply frame: {data[offset:]!r}"
        replies.append(json.loads(body.decode("utf-8")))
        offset += 4 + length
    return replies


def run_host(stdin: bytes, *argv: str, command: list[str] | None = None) -> tuple[list[dict], int, str]:
    """Run `python -m postcheck native-host ARGV` (or `command`) to completion; (replies, exit status, stderr)."""
    done = subprocess.run(command or [sys.executable, "-m", "postcheck", "native-host", *argv], input=stdin,
                          capture_output=True, timeout=90, env=dict(os.environ))
    return parse_frames(done.stdout), done.returncode, done.stderr.decode(errors="replace")
