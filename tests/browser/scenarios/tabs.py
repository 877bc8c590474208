"""One surface over a Chromium tab (Playwright + the extension's world) and a Firefox tab (tests/browser/firefox), so
the composer scenarios (tests/browser/scenarios/) run unchanged in both browsers, and the helper's activity log.

What both browsers can observe: the page (the editors' text, the underlines in CSS.highlights, where postcheck's
overlay is hit-tested) and the helper (the events the extension sent). Chromium also lets a test into the content
script's world (its panel's rule ids); Firefox does not, so its `checked` waits on the page alone.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from postcheck.server.helperfile import read as read_helper_file

from tests.support.helper_process import HelperProcess
from tests.support.waiting import wait_until

# Page-side: how many ranges our three highlights hold (the underlines of a contenteditable composer).
UNDERLINED = "['error', 'warning', 'info'].reduce((n, s) => n + (CSS.highlights.get('postcheck-' + s)?.size ?? 0), 0)"
# Page-side: how many points of a 16-px grid hit postcheck's overlay (its closed shadow root's host): 0 = no panel.
OVERLAY_AREA = """() => {
  let hits = 0;
  for (let y = 0; y < innerHeight; y += 16) for (let x = 0; x < innerWidth; x += 16)
    if (document.elementFromPoint(x, y)?.localName === 'postcheck-overlay') hits += 1;
  return hits;
}"""
IS_FIELD = "(selector) => document.querySelector(selector)?.localName === 'textarea'"
# A textarea's underlines are drawn inside our closed shadow root: a page sees the panel appear (the first answer),
# then gives the check of the last keystroke (200 ms pause + the helper's answer) this long to land.
FIELD_SETTLE_S = 1.5


@dataclass(frozen=True)
class Box:
    """A composer the scenario typed into: its selector, the kind postcheck must give it, its text, the engine's
    report for that text and kind (the helper answers the same)."""

    selector: str
    kind: str
    text: str
    report: object


class Activity:
    """The helper's activity log from the moment this object is made: `new()` lists the events recorded since."""

    def __init__(self, helper) -> None:
        self.helper = helper
        self.seen = {event["id"] for event in self._events()}

    def _events(self) -> list[dict]:
        return self.helper.get("/v1/activity")["events"] if self.helper.running() else []

    def new(self, type_: str | None = None) -> list[dict]:
        return [e for e in self._events() if e["id"] not in self.seen and type_ in (None, e["type"])]

    def published(self, count: int = 1, timeout: float = 15.0) -> list[dict]:
        """The post-published events once there are `count` (they travel page → worker → helper asynchronously)."""
        return wait_until(lambda: len(self.new("post-published")) >= count and self.new("post-published"),
                    f"{count} post-published event(s)", timeout)


class FixtureHelper:
    """The helper the test started (tests/support/helper_process.py), as Activity reads it."""

    def __init__(self, process: HelperProcess) -> None:
        self.process = process

    def running(self) -> bool:
        return True

    def get(self, path: str) -> dict:
        return self.process.get(path)


class HostStartedHelper:
    """The helper the extension's native host started for `postcheck_home` (Firefox's tests pair the real way)."""

    def __init__(self, postcheck_home: Path) -> None:
        self.helper_file = postcheck_home / "run" / "helper.json"

    def running(self) -> bool:
        return read_helper_file(self.helper_file) is not None

    def get(self, path: str) -> dict:
        process = HelperProcess(self.helper_file.parents[1])
        process.info = read_helper_file(self.helper_file)
        return process.get(path)


class ChromiumTab:
    """A Chromium tab of tests/browser/conftest.py's Browser; each goto opens a new tab with its ExtensionWorld."""

    def __init__(self, browser) -> None:
        self.browser = browser
        self.page = self.world = None

    def goto(self, url: str) -> None:
        if self.page is not None:
            self.page.close()
        self.page, self.world = self.browser.open(url)

    def click(self, selector: str, text: str | None = None) -> None:
        locator = self.page.locator(selector)
        if text is not None:
            locator = locator.filter(has_text=re.compile(rf"^\s*{re.escape(text)}\s*$"))
        locator.first.click()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def upload(self, selector: str, path: Path) -> None:
        self.page.set_input_files(selector, str(path))

    def evaluate(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def pause(self, seconds: float) -> None:
        self.page.wait_for_timeout(seconds * 1000)

    def checked(self, *boxes: Box) -> None:
        """Every box's panel shows the report of its exact text, with its kind and the engine's rule ids (after those
        of an attached file, image.*)."""
        for box in boxes:
            composer = self.world.wait_for_panel(box.kind, text=box.text)
            rules = [rule for rule in composer["panel"]["rules"] if not rule.startswith("image.")]
            assert rules == [f.rule for f in box.report.findings], composer["panel"]


class FirefoxTab:
    """The one tab of a tests/browser/firefox FirefoxPage; the content script's world is out of reach."""

    def __init__(self, page) -> None:
        self.page = page

    def goto(self, url: str) -> None:
        self.page.goto(url)

    def click(self, selector: str, text: str | None = None) -> None:
        self.page.click(selector, text)

    def type(self, text: str) -> None:
        self.page.type(text)

    def press(self, key: str) -> None:
        self.page.press(key)

    def upload(self, selector: str, path: Path) -> None:
        self.page.upload(selector, path)

    def evaluate(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def pause(self, seconds: float) -> None:
        time.sleep(seconds)

    def checked(self, *boxes: Box) -> None:
        """Contenteditable boxes: the page's highlights hold as many ranges as the reports have findings; a textarea
        (or a report without findings): the panel is drawn and the last check had time to land."""
        fields = [box for box in boxes if self.evaluate(IS_FIELD, box.selector) or not box.report.findings]
        underlined = sum(len(box.report.findings) for box in boxes if box not in fields)
        if underlined:
            self.page.wait_for(f"{UNDERLINED} === {underlined}", 30.0, what=f"{underlined} underlined findings")
        if fields:
            self.page.wait_for(f"({OVERLAY_AREA})() > 0", 30.0, what="postcheck's panel")
            time.sleep(FIELD_SETTLE_S)
