"""A real helper for browser tests: `python -m postcheck serve --port 0` under the test's POSTCHECK_HOME, stopped at teardown."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from postcheck.server import signing
from postcheck.server.helperfile import read as read_helper_file

START_TIMEOUT = 30.0


class HelperProcess:
    """One `postcheck serve` subprocess; `info` is its helper.json (url, token, pid, version) once it listens."""

    def __init__(self, home: Path, command: list[str] | None = None) -> None:
        self.home = home
        self.command = command or [sys.executable, "-m", "postcheck", "serve", "--port", "0"]
        self.process: subprocess.Popen | None = None
        self.info: dict | None = None

    @property
    def helper_file(self) -> Path:
        return self.home / "run" / "helper.json"

    def start(self) -> dict:
        env = dict(os.environ, POSTCHECK_HOME=str(self.home))
        log = open(self.home / "helper-test.log", "ab")  # noqa: SIM115 (kept open for the process's life)
        self.process = subprocess.Popen(self.command, env=env,
                                        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            info = read_helper_file(self.helper_file)
            if info is not None and info["pid"] == self.process.pid:
                self.info = info
                return info
            if self.process.poll() is not None:
                raise RuntimeError(f"postcheck serve exited with {self.process.returncode}; see "
                                   f"{self.home / 'helper-test.log'}")
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"postcheck serve wrote no helper.json within {START_TIMEOUT:g} s; see "
                           f"{self.home / 'helper-test.log'}")

    def get(self, path: str) -> dict:
        """GET `path` from the helper as a token-holding client (the CLI's way: no Origin header), signed."""
        assert self.info is not None, "the helper is not running"
        host = self.info["url"].removeprefix("http://")
        request = urllib.request.Request(f"{self.info['url']}{path}",
                                         headers=signing.sign(self.info["token"], "GET", host, path))
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=10) as response:
            return json.loads(response.read())

    def start_or_adopt(self) -> dict:
        """start(), or — when the extension already re-paired and its native host started a helper for this home, as
        it should — that helper (stopped by stop() all the same)."""
        try:
            return self.start()
        except RuntimeError:
            info = read_helper_file(self.helper_file)
            if info is None:
                raise
            self.info, self.adopted_pid = info, info["pid"]
            return info

    def stop(self) -> None:
        pid, self.adopted_pid = getattr(self, "adopted_pid", None), None
        if pid is not None:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None


@contextmanager
def running_helper(home: Path | None = None) -> Iterator[HelperProcess]:
    """Start a helper for the current POSTCHECK_HOME (conftest gives each test its own) and stop it afterwards."""
    helper = HelperProcess(home or Path(os.environ["POSTCHECK_HOME"]))
    helper.start()
    try:
        yield helper
    finally:
        helper.stop()
