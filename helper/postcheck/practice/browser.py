"""Run the system Chrome/Chromium with the extension in a throwaway profile that sends the platforms' hosts to us."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from postcheck import paths
from postcheck.practice.cdp import DevToolsError, PipeConnection
from postcheck.practice.firefox import FIREFOX_NAMES, PracticeFirefox, is_firefox
from postcheck.practice.server import PLATFORM_HOSTS

BROWSER_NAMES = ("google-chrome", "google-chrome-stable", "chromium", "chromium-browser")
MAC_APPS = ("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium")
# A source checkout keeps the extension beside helper/; a wheel does not ship it (see find_extension).
CHECKOUT_EXTENSION = Path(__file__).resolve().parents[3] / "extension"


class PracticeBrowserError(RuntimeError):
    """No usable browser or extension, or the browser would not start."""


def find_browser(explicit: str | None = None) -> str:
    """--browser (a name on PATH or a path; "firefox" also finds Debian's firefox-esr), else Chrome or Chromium."""
    if explicit in FIREFOX_NAMES:
        for name in FIREFOX_NAMES:
            if found := shutil.which(name):
                return found
        raise PracticeBrowserError(f"--browser {explicit}: no Firefox found (looked for {', '.join(FIREFOX_NAMES)}): "
                                   "install one (Debian: apt-get install firefox-esr) or pass --browser PATH")
    if explicit:
        found = shutil.which(explicit) or (explicit if os.access(explicit, os.X_OK) else None)
        if not found:
            raise PracticeBrowserError(f"--browser {explicit}: no executable there")
        return found
    for name in BROWSER_NAMES:
        if found := shutil.which(name):
            return found
    for app in MAC_APPS:
        if os.access(app, os.X_OK):
            return app
    raise PracticeBrowserError(f"no Chrome or Chromium found (looked for {', '.join(BROWSER_NAMES)}): install one "
                               "or pass --browser PATH")


def find_extension(explicit: Path | None = None) -> Path:
    """--extension, else the checkout this package runs from (editable install), else ./extension (a plain
    `pip install .` run from the checkout, as scripts/run does)."""
    candidates = [explicit] if explicit else [CHECKOUT_EXTENSION, Path.cwd() / "extension"]
    for extension in candidates:
        if (extension / "manifest.json").is_file():
            return extension
    raise PracticeBrowserError(f"no unpacked extension at {' or '.join(map(str, candidates))} (no manifest.json): "
                               "the Python package does not contain the extension; pass --extension DIR (the "
                               "extension/ folder of a postcheck checkout or release)")


def browser_args(profile: Path, fixture_port: int, headless: bool) -> list[str]:
    rules = ", ".join(f"MAP {host} 127.0.0.1:{fixture_port}" for host in PLATFORM_HOSTS)
    args = [f"--user-data-dir={profile}", "--remote-debugging-pipe", "--enable-unsafe-extension-debugging",
            f"--host-resolver-rules={rules}", "--ignore-certificate-errors", "--test-type", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
            "--disable-sync"]
    if headless:
        args += ["--headless", "--disable-gpu", "--window-size=1280,800"]
    if os.geteuid() == 0:
        args.append("--no-sandbox")  # Chrome refuses to start as root with its sandbox on
    return args


def write_native_host(profile: Path) -> Path:
    """Chrome reads <profile>/NativeMessagingHosts/, so pairing works here without touching the user's own install."""
    from postcheck.native import write_launcher, write_manifest

    launcher = write_launcher(profile / "postcheck-native-host", sys.platform)
    return write_manifest(profile / "NativeMessagingHosts", "chrome", launcher)


_PLACE_FDS = ("import os, sys; r, w = int(sys.argv[1]), int(sys.argv[2]); os.dup2(r, 3); os.dup2(w, 4); "
              "os.close(r); os.close(w); os.execv(sys.argv[3], sys.argv[3:])")


def _above_four(fd: int) -> int:
    """The same pipe end at a number above 4, so that moving the other end onto 3 or 4 cannot close it."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class PracticeBrowser:
    """The browser process and its DevTools pipe; a context manager that always closes the browser."""

    def __init__(self, executable: str, profile: Path, extension: Path, fixture_port: int, headless: bool) -> None:
        self.executable, self.profile, self.extension = executable, profile, extension
        self.fixture_port, self.headless = fixture_port, headless
        self.process: subprocess.Popen | None = None
        self.devtools: PipeConnection | None = None
        self.extension_id = ""

    def __enter__(self) -> PracticeBrowser:
        write_native_host(self.profile)
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        to_browser_r, from_browser_w = _above_four(to_browser_r), _above_four(from_browser_w)
        log_path = paths.log_dir() / "try-browser.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        # Chrome reads commands on fd 3 and answers on fd 4; a tiny Python trampoline puts our pipe ends there
        # (dash cannot redirect fds above 9, and preexec_fn is unsafe with the practice server's thread running).
        command = [sys.executable, "-c", _PLACE_FDS, str(to_browser_r), str(from_browser_w), self.executable,
                   *browser_args(self.profile, self.fixture_port, self.headless)]
        with open(log_path, "ab") as log:
            # Own session: the cleanup below can end the browser's whole process group and nothing else.
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                            pass_fds=(to_browser_r, from_browser_w), start_new_session=True)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.devtools = PipeConnection(to_browser_w, from_browser_r)
        try:
            # Loading through DevTools also works in branded Chrome 137+, which ignores --load-extension.
            self.extension_id = self.devtools.call("Extensions.loadUnpacked", {"path": str(self.extension)})["id"]
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self, url: str) -> str:
        """Navigate the first tab to url; returns the DevTools session attached to it."""
        targets = self.devtools.call("Target.getTargets")["targetInfos"]
        pages = [t for t in targets if t["type"] == "page"]
        if pages:
            target = pages[0]["targetId"]
        else:
            target = self.devtools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.devtools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        navigation = self.devtools.call("Page.navigate", {"url": url}, session)
        if navigation.get("errorText"):
            raise DevToolsError(f"the browser could not open {url}: {navigation['errorText']}")
        return session

    def evaluate(self, session: str, expression: str):
        result = self.devtools.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                         "awaitPromise": True}, session)
        if "exceptionDetails" in result:
            raise DevToolsError(f"{expression[:60]}… threw {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_closed(self) -> None:
        """Until the person closes the browser (its DevTools pipe closes with it)."""
        while self.process.poll() is None and self.devtools.drain(1.0):
            pass

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.devtools.call("Browser.close", timeout=5)
            except DevToolsError:
                self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        try:  # helpers the browser left behind (crash handler…), all in the session started for it
            os.killpg(self.process.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        self.devtools.close()
        self.process = None


def practice_browser(executable: str, profile: Path, extension: Path, fixture_port: int,
                     headless: bool) -> PracticeBrowser | PracticeFirefox:
    """The practice browser for this executable: Firefox over WebDriver BiDi, anything else as Chrome/Chromium."""
    kind = PracticeFirefox if is_firefox(executable) else PracticeBrowser
    return kind(executable, profile, extension, fixture_port, headless)
