"""The system Firefox with the extension as a temporary add-on, in a throwaway profile and HOME, for `postcheck try`.

Firefox is driven over WebDriver BiDi (its remote agent, `--remote-debugging-port`): no geckodriver needed. The
platforms' hosts resolve to 127.0.0.1 (network.dns.localDomains) and port 443 goes to the practice server
(network.socket.forcePort), so https://x.com/home keeps its real URL; other HTTPS sites do not load in this browser.
Firefox reads a person's native-messaging host manifests from ~/.mozilla/native-messaging-hosts/, so it runs with
a throwaway HOME holding ours; the launcher gives the host the person's real HOME back, to reach their helper.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from postcheck import paths
from postcheck.practice.bidi import BidiConnection, BidiError
from postcheck.practice.server import PLATFORM_HOSTS

FIREFOX_NAMES = ("firefox-esr", "firefox")
START_TIMEOUT = 60.0
_LISTENING = re.compile(r"WebDriver BiDi listening on (ws://\S+)")


def is_firefox(executable: str) -> bool:
    return Path(executable).name.lower().startswith("firefox")


def profile_prefs(fixture_port: int) -> str:
    """user.js: the practice hosts to the local server, and no first-run, update or telemetry traffic."""
    prefs = {
        "network.dns.localDomains": ",".join(PLATFORM_HOSTS),
        "network.socket.forcePort": f"443={fixture_port}",
        "browser.shell.checkDefaultBrowser": False,
        "browser.startup.homepage_override.mstone": "ignore",
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.reportingpolicy.firstRun": False,
        "app.update.enabled": False,
        "extensions.autoDisableScopes": 0,
    }
    as_js = lambda value: ("true" if value else "false") if isinstance(value, bool) else f'"{value}"'  # noqa: E731
    return "".join(f'user_pref("{name}", {as_js(value)});\n' for name, value in prefs.items())


def write_native_host(home: Path) -> Path:
    """<home>/.mozilla/native-messaging-hosts/<host>.json (Linux; the macOS folder under home there) and a launcher
    that gives the host the person's real HOME back."""
    from postcheck.native import write_manifest
    from postcheck.native.browsers import BROWSERS, Environment, manifest_dir
    from postcheck.native.launcher import launcher_text

    text = launcher_text("linux", postcheck_home=os.environ.get("POSTCHECK_HOME") or None)
    real_home = f"export HOME={shlex.quote(os.path.expanduser('~'))}\n"
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    launcher = home / "postcheck-native-host"
    launcher.write_text(text.replace("\n", "\n" + real_home, 1), encoding="utf-8")
    launcher.chmod(0o700)
    where = Environment("darwin" if sys.platform == "darwin" else "linux", home, {})
    return write_manifest(manifest_dir(BROWSERS["firefox"], where, "user"), "firefox", launcher)


class PracticeFirefox:
    """The Firefox process and its BiDi session; a context manager that always closes the browser.

    Same surface as PracticeBrowser for `postcheck try`: process, extension_id, open(url), wait_closed(), close()."""

    def __init__(self, executable: str, profile: Path, extension: Path, fixture_port: int, headless: bool) -> None:
        self.executable, self.profile, self.extension = executable, profile, extension
        self.fixture_port, self.headless = fixture_port, headless
        self.process: subprocess.Popen | None = None
        self.bidi: BidiConnection | None = None
        self.extension_id = ""
        self._context = ""

    def __enter__(self) -> PracticeFirefox:
        home, profile = self.profile / "home", self.profile / "firefox-profile"
        profile.mkdir(parents=True)
        (profile / "user.js").write_text(profile_prefs(self.fixture_port), encoding="utf-8")
        write_native_host(home)
        command = [self.executable, "--profile", str(profile), "--no-remote", "--new-instance",
                   "--remote-debugging-port=0", *(["--headless"] if self.headless else []), "about:blank"]
        log_path = paths.log_dir() / "try-browser.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, HOME=str(home), MOZ_CRASHREPORTER_DISABLE="1")
        # Own session: the cleanup below can end Firefox's whole process group (content processes too).
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, env=env, start_new_session=True)
        try:
            url = self._listening(log_path)
            self.bidi = BidiConnection(f"{url}/session")
            self.bidi.call("session.new", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})
            installed = self.bidi.call("webExtension.install",
                                       {"extensionData": {"type": "path", "path": str(self.extension)}})
            self.extension_id = installed["extension"]
            # A tab the session opens has the focus; the start-up tab's document does not (headless, document.hasFocus()
            # stays false there and Draft.js then puts the first character typed last).
            start_tab = self.bidi.call("browsingContext.getTree", {"maxDepth": 0})["contexts"][0]["context"]
            self._context = self.bidi.call("browsingContext.create", {"type": "tab"})["context"]
            self.bidi.call("browsingContext.close", {"context": start_tab})
        except BaseException:
            self.close()
            raise
        return self

    def _listening(self, log_path: Path) -> str:
        """The BiDi address Firefox prints on stderr; the rest of stderr goes on to the log file."""
        found: list[str] = []
        ready = threading.Event()

        def pump() -> None:
            with open(log_path, "ab") as log:
                for line in self.process.stderr:
                    log.write(line)
                    log.flush()
                    if not found and (match := _LISTENING.search(line.decode(errors="replace"))):
                        found.append(match.group(1))
                        ready.set()
            ready.set()

        threading.Thread(target=pump, name="postcheck-firefox-log", daemon=True).start()
        if not ready.wait(START_TIMEOUT) or not found:
            raise BidiError(f"Firefox did not start its remote agent within {START_TIMEOUT:g} s; see {log_path}")
        return found[0]

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self, url: str) -> str:
        """Navigate the first tab to url and wait for the page to load; returns the tab's browsing context."""
        self.bidi.call("browsingContext.navigate", {"context": self._context, "url": url, "wait": "complete"})
        return self._context

    def evaluate(self, context: str, expression: str):
        """The JSON-able value of expression (awaited) in the page (not in the add-on's content-script world)."""
        result = self.bidi.call("script.evaluate", {
            "expression": f"(async () => JSON.stringify(await ({expression})))()", "target": {"context": context},
            "awaitPromise": True, "resultOwnership": "none"})
        if result.get("type") == "exception":
            raise BidiError(f"{expression[:60]}… threw {result['exceptionDetails'].get('text')}")
        value = result["result"].get("value")
        return None if value is None else json.loads(value)

    def type_text(self, context: str, text: str) -> None:
        """Trusted key presses into the focused element, as a person types (Enter for "\\n")."""
        keys = [{"type": kind, "value": "\ue007" if char == "\n" else char}
                for char in text for kind in ("keyDown", "keyUp")]
        self.bidi.call("input.performActions", {"context": context, "actions": [
            {"type": "key", "id": "keyboard", "actions": keys}]})

    def click(self, context: str, selector: str) -> None:
        """A trusted left click in the middle of the first element matching selector."""
        x, y = self.evaluate(context, f"(r => [r.x + r.width / 2, r.y + r.height / 2])"
                                      f"(document.querySelector({json.dumps(selector)})"
                                      ".getBoundingClientRect())")
        self.bidi.call("input.performActions", {"context": context, "actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
                {"type": "pointerMove", "x": round(x), "y": round(y)},
                {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}]})

    def wait_closed(self) -> None:
        """Until the person closes Firefox."""
        while self.process.poll() is None:
            time.sleep(0.5)

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None and self.bidi is not None:
            try:
                self.bidi.call("browser.close", timeout=5)
            except BidiError:
                pass
        if self.bidi is not None:
            self.bidi.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.terminate()
        try:  # content processes and helpers left behind, all in the session started for Firefox
            os.killpg(self.process.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
