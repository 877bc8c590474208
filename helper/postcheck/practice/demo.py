"""The scripted run behind `postcheck try --screenshot`: type a flawed post on each practice page, wait for the
underlines, save a PNG of each; then open the toolbar popup (today's checklist) and save a PNG of it."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from pathlib import Path

from postcheck.practice.browser import PracticeBrowser

X_HOME = "https://x.com/home"
COMPOSER = '[data-testid="tweetTextarea_0"]'
# Announces an empty office (a safety error), too many hashtags and mentions, a shortened link, too long to quote.
SAMPLE = ("Trucks leave Goma at 06:00 on Monday via the Sake road. I'm on leave from Friday! Join us for "
          "#WorldRefugeeDay #refugees #migration #SDGs with @UNHCR @IOM @UN @WHO\n\nMore: bit.ly/abc123")


@dataclass(frozen=True)
class DemoPage:
    """One page `postcheck try --screenshot` shows: where it is, the editor to type in, and a flawed sample. An
    extension page has no composer: its `url` holds `{extension_id}`, filled in at run time."""

    name: str  # in the screenshot's file name and the output: x, facebook, instagram, popup
    url: str
    composer: str | None = None  # CSS selector of the editor
    sample: str = ""


POPUP = "chrome-extension://{extension_id}/popup/index.html"
# Browsers size a popup to its page, up to 800 × 600 px.
POPUP_MAX = (800, 600)
_PAGE_SIZE = "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"

# In the order they are shown; add a page here and every screenshot run includes it.
DEMO_PAGES = (
    DemoPage("x", X_HOME, COMPOSER, SAMPLE),
    # A shortened link and Wikipedia as a source (Facebook › Links).
    DemoPage("facebook", "https://www.facebook.com/", '[aria-label="What\'s on your mind, Ana?"]',
             "Read our new report bit.ly/3xYz and see en.wikipedia.org/wiki/Migration #WorldRefugeeDay"),
    # Four hashtags, one of them four words long (Instagram › Hashtags), and an undefined acronym. Instagram's newer
    # Lexical caption: underlines in a textarea are drawn inside postcheck's closed shadow root, where the demo's
    # count of the page's CSS highlights cannot see them.
    DemoPage("instagram", "https://www.instagram.com/?editor=lexical&step=caption",
             '[contenteditable="true"][aria-label="Write a caption..."]',
             "Sunset over the WQRT camp #Refugees #Migrants #Hope #SupportRefugeeFamiliesNow"),
    # Today's checklist behind the toolbar badge, as the helper has it now (accounts from the vault included).
    DemoPage("popup", POPUP),
)


def screenshot_paths(target: Path, pages: tuple[DemoPage, ...] = DEMO_PAGES) -> dict[str, Path]:
    """Where each page's PNG goes: `target` names a .png file → the first page there and the others beside it
    (try.png, try-facebook.png, try-instagram.png, try-popup.png); anything else is a folder → <folder>/<page>.png."""
    if target.suffix.lower() == ".png" and not target.is_dir():
        return {page.name: target if index == 0 else target.with_name(f"{target.stem}-{page.name}{target.suffix}")
                for index, page in enumerate(pages)}
    return {page.name: target / f"{page.name}.png" for page in pages}
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


def _save(browser: PracticeBrowser, session: str, screenshot: Path) -> None:
    png = browser.devtools.call("Page.captureScreenshot", {"format": "png"}, session)["data"]
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.write_bytes(base64.b64decode(png))


def _resize(browser: PracticeBrowser, session: str, size: tuple[int, int]) -> None:
    browser.devtools.call("Emulation.setDeviceMetricsOverride", {"width": size[0], "height": size[1],
                                                                 "deviceScaleFactor": 1, "mobile": False}, session)


def show_popup(browser: PracticeBrowser, page: DemoPage, screenshot: Path, timeout: float = 30.0) -> str:
    """Open the popup's page in the tab at the popup's size, wait until it has drawn the helper's checklist, save a
    PNG; returns "N items, M to do". Raises DemoError when it shows the not-running or an error state."""
    session = browser.open(page.url.format(extension_id=browser.extension_id))
    _resize(browser, session, POPUP_MAX)
    state = wait_for(browser, session, "document.body?.dataset.state", timeout, "the popup's checklist")
    if state != "ready":
        text = browser.evaluate(session, "document.querySelector('#error:not([hidden]), #down:not([hidden])')"
                                         "?.innerText ?? ''")
        raise DemoError(f"the popup shows its {state!r} state instead of today's checklist: {text.strip()[:200]}")
    items = browser.evaluate(session, "document.querySelectorAll('li.item').length")
    to_do = browser.evaluate(session, "document.querySelectorAll('li.item.due, li.item.overdue').length")
    # As the browser would show it: the page's own width (the body's 380 px), as tall as it is up to the cap, plus
    # the vertical scrollbar's width when it is taller (otherwise the scrollbar eats into the page's width).
    _resize(browser, session, (1, 1))
    width, height = browser.evaluate(session, _PAGE_SIZE)
    size = (min(width, POPUP_MAX[0]), min(height, POPUP_MAX[1]))
    _resize(browser, session, size)
    gutter = browser.evaluate(session, "window.innerWidth - document.documentElement.clientWidth")
    if gutter:
        _resize(browser, session, (min(size[0] + gutter, POPUP_MAX[0]), size[1]))
    _save(browser, session, screenshot)
    return f"{items} items, {to_do} to do"


def run_demo(browser: PracticeBrowser, page: DemoPage, screenshot: Path, timeout: float = 30.0) -> str:
    """Show `page` and save a PNG of it; returns what it showed, for the output line. A practice page: type its
    sample into its composer, wait until postcheck's highlights settle ("2 error, 3 warning, 0 info highlights").
    The popup: see show_popup. Raises DemoError (or DevToolsError) when a step does not happen."""
    if page.composer is None:
        return show_popup(browser, page, screenshot, timeout)
    counts = underline(browser, page, screenshot, timeout)
    return ", ".join(f"{n} {severity}" for severity, n in counts.items()) + " highlights"


def underline(browser: PracticeBrowser, page: DemoPage, screenshot: Path, timeout: float = 30.0) -> dict[str, int]:
    """Open `page`, type its sample into its composer, wait until postcheck's highlights settle, save a PNG;
    returns the highlights' counts by severity."""
    session = browser.open(page.url)
    # A fixed viewport, so every run's screenshot has the same size whatever the window manager does.
    browser.devtools.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 800, "deviceScaleFactor": 1,
                                                                 "mobile": False}, session)
    wait_for(browser, session, f"!!document.querySelector({json.dumps(page.composer)})", timeout,
             f"the {page.name} practice page's composer ({page.composer})")
    click(browser, session, page.composer)
    type_text(browser, session, page.sample)
    counts = wait_for(browser, session, f"(c => Object.values(c).some(Boolean) && c)({_COUNT_HIGHLIGHTS})", timeout,
                      "postcheck's underlines (is the extension paired with the helper?)")
    # The panel is drawn with the highlights, but give one more debounce for the last keystrokes' answer.
    while True:
        time.sleep(0.5)
        later = browser.evaluate(session, _COUNT_HIGHLIGHTS)
        if later == counts:
            break
        counts = later
    _save(browser, session, screenshot)
    return counts
