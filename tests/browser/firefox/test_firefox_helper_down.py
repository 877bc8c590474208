"""Real Firefox before `postcheck install`: the helper cannot start, the overlay says so without underlining anything,
and once `postcheck install --browser firefox` has run, coming back to the draft checks it without a keystroke."""

from __future__ import annotations

from tests.browser.firefox.test_firefox_composers import X_EDITOR, settled_underlines
from tests.browser.overlay_checks import assert_underlines_match, expected

FIRST = "Hello #one #two #three #four"
# Page-side: where the page's hit-testing lands on our overlay (a closed shadow root shows as its host element).
OVERLAY_AREA = """() => {
  let hits = 0;
  for (let y = 0; y < innerHeight; y += 16) for (let x = 0; x < innerWidth; x += 16)
    if (document.elementFromPoint(x, y)?.localName === 'postcheck-overlay') hits += 1;
  return hits;
}"""
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
    settled_underlines(page, report)
    assert_underlines_match(page, X_EDITOR, report)
    assert (home.postcheck / "run" / "helper.json").exists()  # the native host started it
    assert page.evaluate("practice.text('home')") == FIRST
