"""`postcheck try`: the helper, the practice pages and a throwaway browser with the extension, in one command."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

HELPER_START_TIMEOUT = 30.0


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="see postcheck at work on practice copies of X, Facebook and Instagram",
                       description="Start the helper (unless one runs), serve the practice pages and open Chrome, "
                                   "Chromium or Firefox with the extension in a throwaway profile. Everything it "
                                   "started stops when the browser is closed or on Ctrl-C.")
    p.add_argument("--headless", action="store_true", help="run the browser without a window")
    p.add_argument("--screenshot", type=Path, metavar="PATH",
                   help="type a flawed sample on each practice page (X, Facebook, Instagram), save a PNG of "
                        "postcheck's underlines on each, then one of the toolbar popup (today's checklist: "
                        "popup.png, or NAME-popup.png beside NAME.png) and exit; PATH is a folder (x.png, "
                        "facebook.png, instagram.png in it) or a .png file (the X page there, the others beside it as "
                        "NAME-facebook.png, NAME-instagram.png)")
    p.add_argument("--browser", metavar="PATH", help="the browser to run: `firefox` (Firefox or firefox-esr), or the "
                                                     "path of a Chrome/Chromium/Firefox (default: the first found of "
                                                     "google-chrome, chromium, chromium-browser)")
    p.add_argument("--extension", type=Path, metavar="DIR",
                   help="the unpacked extension (default: extension/ of the postcheck checkout this runs from)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if os.name != "posix":
        print("postcheck try: needs Linux or macOS for now; on Windows load extension/ unpacked by hand",
              file=sys.stderr)
        return 2
    from postcheck.practice import PracticeServer
    from postcheck.practice.bidi import BidiError
    from postcheck.practice.browser import PracticeBrowserError, find_browser, find_extension, practice_browser
    from postcheck.practice.cdp import DevToolsError
    from postcheck.practice.demo import DEMO_PAGES, DemoError, run_demo, screenshot_paths
    from postcheck.practice.firefox import is_firefox

    # SIGTERM must unwind through the cleanup below like Ctrl-C does, or the helper and browser would outlive us.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    try:
        executable, extension = find_browser(args.browser), find_extension(args.extension)
        if args.screenshot and is_firefox(executable):
            raise PracticeBrowserError("--screenshot drives Chrome or Chromium; run it without --browser firefox")
        with ExitStack() as stack:
            stack.callback(say, "stopped everything postcheck try started")  # runs last, after every cleanup
            helper = stack.enter_context(_helper())
            say(f"helper: {helper['url']} (postcheck {helper['version']}, pid {helper['pid']}) answered /v1/health")
            server = stack.enter_context(PracticeServer())
            say(f"practice pages: {server.index_url} (and x.com, facebook.com, instagram.com in this browser)")
            profile = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="postcheck-try-")))
            browser = stack.enter_context(practice_browser(executable, profile, extension, server.port, args.headless))
            say(f"browser: {executable} (pid {browser.process.pid}) with extension {browser.extension_id}")
            if args.screenshot:
                for page, path in zip(DEMO_PAGES, screenshot_paths(args.screenshot).values()):
                    say(f"{page.name}: {run_demo(browser, page, path)}; screenshot: {path}")
                return 0
            browser.open(server.index_url)
            if args.headless:
                say("Headless: no window to type in; use --screenshot PATH to save what each practice page shows.")
            say("Type on the practice pages; close the browser (or press Ctrl-C here) to stop.")
            browser.wait_closed()
            return 0
    except (PracticeBrowserError, HelperStartError, DevToolsError, BidiError, DemoError) as exc:
        print(f"postcheck try: {exc}", file=sys.stderr)
        return 1


def say(line: str) -> None:
    print(line, flush=True)


class HelperStartError(RuntimeError):
    """`postcheck serve` did not come up."""


@contextmanager
def _helper() -> Iterator[dict]:
    """The running helper, or one started for this session and stopped after it."""
    from postcheck import paths
    from postcheck.native.helper_process import serve_command
    from postcheck.server import running_helper

    info = running_helper()
    if info is not None:
        yield info  # someone else's helper: use it, leave it running
        return
    log_path = paths.log_dir() / "try-helper.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(serve_command(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + HELPER_START_TIMEOUT
        while (info := running_helper()) is None:
            if process.poll() is not None or time.monotonic() > deadline:
                raise HelperStartError(f"the helper did not start (`{' '.join(serve_command())}`); see {log_path}")
            time.sleep(0.1)
        yield info
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
