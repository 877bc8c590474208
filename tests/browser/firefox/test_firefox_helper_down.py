"""Real Firefox before `postcheck install`: the helper cannot start, the overlay says so without underlining anything,
and once `postcheck install --browser firefox` has run, coming back to the draft checks it without a keystroke."""

from __future__ import annotations

from tests.browser.overlay_checks import assert_underlines_match, expected
from tests.browser.scenarios.tabs import OVERLAY_AREA, UNDERLINED
from tests.browser.scenarios.x import EDITOR as X_EDITOR

FIRST = "Hello #one #two #three #four"
NO_UNDERLINES = "[...CSS.highlights.values()].every((h) => h.size === 0)"


def test_not_running_state_then_install(unpaired_firefox, tmp_path):
    page, home = unpaired_firefox
    page.goto("https://x.com/home")
    page.click(X_EDITOR)
    page.type(FIRST)
    # The panel is drawn (the person reads "helper not running — run `postcheck install`"), nothing is underlined.
    page.wait_for(f"({OVERLAY_AREA})() > 0", what="postcheck's panel")
    assert page.evaluate(NO_UNDERLINES)
    page.screenshot(tmp_path / "helper-down.png")  # kept with the test's files for a person to look at
    assert page.evaluate("practice.text('home')") == FIRST
    assert not (home.postcheck / "run" / "helper.json").exists()

    home.install()
    page.click("h1")
    page.click(X_EDITOR)
    report = expected(FIRST, "twitter")
    page.wait_for(f"{UNDERLINED} === {len(report.findings)}", 30.0, what="the draft's underlines")
    assert_underlines_match(page, X_EDITOR, report)
    assert (home.postcheck / "run" / "helper.json").exists()  # the native host started it
    assert page.evaluate("practice.text('home')") == FIRST
