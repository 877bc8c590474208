"""The scripted run behind `postcheck try --screenshot`: type a flawed post on the X page, wait for the underlines."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

from postcheck.practice.browser import PracticeBrowser

X_HOME = "https://x.com/home"
COMPOSER = '[data-testid="tweetTextarea_0"]'
# Announces an empty office (a safety error), too many hashtags and mentions, a shortened link, too long to quote.
SAMPLE = ("Trucks leave Goma at 06:00 on Monday via the Sake road. I'm on leave from Friday! Join us for "
          "#WorldRefugeeDay #refugees #migration #SDGs with @UNHCR @IOM @UN @WHO\n\nMore: bit.ly/abc123")
SEVERITIES = ("error", "warning", "info")
_COUNT_HIGHLIGHTS = (f"Object.fromEntries({json.dumps(list(SEVERITIES))}"
                     ".map(s => [s, CSS.highlights.get('postcheck-' + s)?.size ?? 0]))")


class DemoError(RuntimeError):
    """The practice page or the overlay did not show up in time."""


def wait_for(browser: PracticeBrowser, session: str, expression: str, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = browser.evaluate(session, expression)
        if value:
            return value
        time.sleep(0.2)
    raise DemoError(f"{what} did not happen within {timeout:.0f} s")


def click(browser: PracticeBrowser, session: str, selector: str) -> None:
    box = browser.evaluate(session, f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
                                    ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    for kind in ("mousePressed", "mouseReleased"):
        browser.devtools.call("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left",
                                                           "clickCount": 1}, session)


def type_text(browser: PracticeBrowser, session: str, text: str) -> None:
    """Key by key, as a person types: the editors see keydown/keypress/input for each character."""
    for char in text:
        if char == "\n":
            key = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r", "unmodifiedText": "\r"}
        else:
            key = {"key": char, "text": char, "unmodifiedText": char}
        browser.devtools.call("Input.dispatchKeyEvent", {"type": "keyDown", **key}, session)
        browser.devtools.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": key["key"]}, session)


def run_demo(browser: PracticeBrowser, session: str, screenshot: Path, timeout: float = 30.0) -> dict[str, int]:
    """Type SAMPLE into the X composer, wait until postcheck's highlights settle, save a PNG; returns their counts."""
    # A fixed viewport, so every run's screenshot has the same size whatever the window manager does.
    browser.devtools.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 800, "deviceScaleFactor": 1,
                                                                 "mobile": False}, session)
    wait_for(browser, session, f"!!document.querySelector({json.dumps(COMPOSER)})", timeout, "the X practice page")
    click(browser, session, COMPOSER)
    type_text(browser, session, SAMPLE)
    counts = wait_for(browser, session, f"(c => Object.values(c).some(Boolean) && c)({_COUNT_HIGHLIGHTS})", timeout,
                      "postcheck's underlines (is the extension paired with the helper?)")
    # The panel is drawn with the highlights, but give one more debounce for the last keystrokes' answer.
    while True:
        time.sleep(0.5)
        later = browser.evaluate(session, _COUNT_HIGHLIGHTS)
        if later == counts:
            break
        counts = later
    png = browser.devtools.call("Page.captureScreenshot", {"format": "png"}, session)["data"]
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.write_bytes(base64.b64decode(png))
    return counts
