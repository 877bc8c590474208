"""`postcheck try --browser firefox`: the practice pages in real Firefox with the extension, paired natively.

PracticeFirefox (postcheck.practice.firefox) drives firefox-esr over WebDriver BiDi from Python; these tests run it
directly (typing on the French practice pages until postcheck underlines) and through the command (start and stop).
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

import pytest
from postcheck.practice.firefox import PracticeFirefox

from tests.browser.firefox.firefox import EXTENSION, require_firefox
from tests.browser.overlay_checks import expected

GUARD = 180  # seconds: only so that a hung run fails instead of blocking the suite
COUNT = "['error', 'warning', 'info'].reduce((n, s) => n + (CSS.highlights.get('postcheck-' + s)?.size ?? 0), 0)"


def _wait(browser, context, expression, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := browser.evaluate(context, expression):
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {expression}")


def test_practice_firefox_shows_french_pages_and_underlines(fixture_server, helper, tmp_path):
    executable = require_firefox()
    text = "Rejoignez-nous #JourneeMondialeDesRefugies #migration #solidarite #OIM"
    with PracticeFirefox(executable, tmp_path, EXTENSION, fixture_server.port, headless=True) as browser:
        assert browser.extension_id == "postcheck@iom.int"
        tab = browser.open("https://x.com/home?lang=fr")
        assert browser.evaluate(tab, "document.documentElement.lang") == "fr"
        browser.click(tab, '[data-testid="tweetTextarea_0"]')
        browser.type_text(tab, text)
        assert browser.evaluate(tab, "practice.text('home')") == text
        findings = len(expected(text, "twitter").findings)
        assert findings > 0 and _wait(browser, tab, f"{COUNT} === {findings}")

        # Lexical in Firefox: a Page's French comment box sends on Enter and keeps what was typed.
        browser.open("https://www.facebook.com/InternationalOrganization?locale=fr_FR")
        browser.click(tab, '[aria-label="Commenter en tant que International Organization"]')
        browser.type_text(tab, "Merci Maria")
        assert browser.evaluate(tab, "practice.text('comment')") == "Merci Maria"
        browser.type_text(tab, "\n")
        assert _wait(browser, tab, "document.querySelector('.comments').innerText.includes('Merci Maria')")
        process = browser.process
    assert process.poll() is not None  # closed with the context


def _try(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "postcheck", "try", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _pid(output: str, label: str) -> int:
    return int(re.search(rf"^{label}: .*\bpid (\d+)\b", output, re.MULTILINE).group(1))


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_try_browser_firefox_starts_and_stops_everything(postcheck_home):
    require_firefox()
    process = _try("--browser", "firefox", "--headless")
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Type on the practice pages"):
            break
    out = "".join(lines)
    assert re.search(r"^browser: \S*firefox\S* \(pid \d+\) with extension postcheck@iom\.int$", out, re.MULTILINE), out
    helper, browser = _pid(out, "helper"), _pid(out, "browser")
    assert _alive(helper) and _alive(browser)
    process.send_signal(signal.SIGTERM)
    rest, err = process.communicate(timeout=GUARD)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert rest.rstrip().endswith("stopped everything postcheck try started")
    assert not _alive(browser) and not _alive(helper)


@pytest.mark.parametrize("args, message", [
    (["--browser", "firefox", "--screenshot", "shot.png"], "--screenshot drives Chrome or Chromium"),
])
def test_try_firefox_refuses_what_it_cannot_do(args, message, tmp_path):
    require_firefox()
    done = subprocess.run([sys.executable, "-m", "postcheck", "try", *args], capture_output=True, text=True,
                          timeout=GUARD, check=False, cwd=tmp_path)
    assert (done.returncode, message in done.stderr) == (1, True), done.stderr
