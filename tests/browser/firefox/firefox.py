"""Real Firefox (Debian's firefox-esr, headless) with postcheck as a temporary add-on, for pytest.

Why a Node subprocess: Firefox is driven over WebDriver BiDi and Debian ships no geckodriver; puppeteer-core (npm)
speaks BiDi and installs an unpacked add-on. The tests stay in pytest beside the Chromium ones so they share the
practice server, the `postcheck install` command, the engine's expected findings and the underline checks
(tests/browser/overlay_checks.py); driver.mjs only turns JSON lines into browser actions.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from postcheck.server.helperfile import read as read_helper_file

HERE = Path(__file__).resolve().parent
EXTENSION = HERE.parents[2] / "extension"
DRIVER = HERE / "driver.mjs"
START_TIMEOUT = 90.0  # seconds: launch takes 8-9 s on 2 idle cores, far more when the machine is busy
CALL_TIMEOUT = 60.0


class FirefoxError(RuntimeError):
    """Firefox or its driver did not start, went away, or refused a command."""


def require_firefox() -> str:
    """The firefox-esr (or firefox) executable; with CI=true a missing piece fails the test, otherwise skips it."""
    executable = shutil.which("firefox-esr") or shutil.which("firefox")
    missing = []
    if executable is None:
        missing.append("Firefox is not installed (scripts/test installs Debian's firefox-esr: "
                       "apt-get install firefox-esr)")
    if shutil.which("node") is None:
        missing.append("Node.js is not installed (apt-get install npm)")
    if not (HERE / "node_modules" / "puppeteer-core" / "package.json").is_file():
        missing.append("puppeteer-core is not installed "
                       "(PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/browser/firefox)")
    if missing:
        reason = "Firefox tests: " + "; ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return executable


def install_native_host(home: Path, postcheck_home: Path) -> Path:
    """`postcheck install --browser firefox --no-autostart` for a person whose HOME is `home`; the manifest path."""
    env = dict(os.environ, HOME=str(home), POSTCHECK_HOME=str(postcheck_home))
    done = subprocess.run([sys.executable, "-m", "postcheck", "install", "--browser", "firefox", "--no-autostart"],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    manifest = home / ".mozilla" / "native-messaging-hosts" / "int.iom.postcheck.json"
    assert manifest.is_file(), done.stdout
    return manifest


def stop_started_helper(postcheck_home: Path) -> None:
    """The helper that the native host started outlives the browser: stop it by the pid in its helper.json."""
    info = read_helper_file(postcheck_home / "run" / "helper.json")
    if info is None:
        return
    try:
        os.kill(info["pid"], signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Path(f"/proc/{info['pid']}").exists():
        time.sleep(0.05)


class FirefoxPage:
    """One tab of a headless Firefox; `evaluate` runs in the page (not in the add-on's content-script world)."""

    def __init__(self, executable: str, home: Path, postcheck_home: Path, port: int,
                 extension: Path = EXTENSION) -> None:
        self.home, self.postcheck_home = home, postcheck_home
        options = {"executable": executable, "home": str(home), "port": port, "extension": str(extension)}
        env = dict(os.environ, POSTCHECK_HOME=str(postcheck_home))
        self._log = open(home / "firefox-driver.log", "ab")  # noqa: SIM115 (kept open for the process's life)
        self._process = subprocess.Popen(["node", str(DRIVER), json.dumps(options)], cwd=HERE, env=env, text=True,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log)
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._next_id = 0
        ready = self._answer(START_TIMEOUT, "the start")
        if not ready.get("ready"):
            self.close()
            raise FirefoxError(ready.get("error", ready))
        self.addon, self.version = ready["addon"], ready["version"]

    def _read(self) -> None:
        for line in self._process.stdout:
            if line.startswith("{"):
                self._lines.put(line)
            else:
                print("FIREFOX:", line, end="", file=sys.stderr)
        self._lines.put(None)

    def _answer(self, timeout: float, what: str) -> dict:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise FirefoxError(f"Firefox did not answer {what} within {timeout:g} s; see "
                               f"{self.home / 'firefox-driver.log'}") from None
        if line is None:
            raise FirefoxError(f"the Firefox driver exited during {what}; see {self.home / 'firefox-driver.log'}")
        return json.loads(line)

    def call(self, op: str, timeout: float = CALL_TIMEOUT, **params):
        self._next_id += 1
        self._process.stdin.write(json.dumps({"id": self._next_id, "op": op, **params}) + "\n")
        self._process.stdin.flush()
        answer = self._answer(timeout, op)
        if "error" in answer:
            raise FirefoxError(f"{op} {params}: {answer['error']}")
        return answer["value"]

    def goto(self, url: str) -> str:
        return self.call("goto", url=url)

    def click(self, selector: str, text: str | None = None) -> None:
        """A real click on `selector`, or on the first element of `selector` whose trimmed text is exactly `text`."""
        if text is None:
            self.call("click", selector=selector)
        else:
            self.call("click", selector=selector, text=text)

    def upload(self, selector: str, path: Path) -> None:
        """Choose the file at `path` in the file input `selector`, as the person would in the file picker."""
        self.call("upload", selector=selector, path=str(path))

    def type(self, text: str) -> None:
        self.call("type", text=text)

    def press(self, key: str) -> None:
        self.call("press", key=key)

    def screenshot(self, path: Path) -> Path:
        return Path(self.call("screenshot", path=str(path)))

    def evaluate(self, expression: str, arg=None):
        """Like Playwright's page.evaluate: an expression's value, or a function's result called with `arg`."""
        return self.call("evaluate", expression=expression, args=[] if arg is None else [arg])

    def wait_for(self, expression: str, timeout: float = 20.0, what: str = "the page"):
        """Poll `expression` in the page until it is truthy; return that value."""
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out after {timeout:g} s waiting for {what}; last value: {value!r}")

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                self._process.stdin.write(json.dumps({"op": "close"}) + "\n")
                self._process.stdin.close()
                self._process.wait(timeout=20)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait()
        self._log.close()
