"""Pairing with the helper: the "not running" state, re-pairing after a restart or a refused token, options."""

from __future__ import annotations

from tests.browser.conftest import install_native_host
from tests.browser.overlay_checks import expected

EDITOR = '[data-testid="tweetTextarea_0"]'
FIRST = "Hello #one #two #three #four"
SECOND = " and @a @b @c @d"


def test_helper_down_shows_the_not_running_state(open_browser):
    # No native host installed and no helper: exactly what a person sees before `postcheck install`.
    page, world = open_browser(native_host=False).open("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.type(FIRST)
    composer = world.wait_for_panel("post", state="helper-down", text=FIRST)
    assert "helper not running" in composer["panel"]["text"]
    assert "postcheck install" in composer["panel"]["text"]
    assert composer["panel"]["rules"] == []
    assert page.evaluate("[...CSS.highlights.values()].every((h) => h.size === 0)")
    assert page.evaluate("practice.text('home')") == FIRST


def test_leaves_the_not_running_state_once_installed(open_browser, helper, postcheck_home):
    browser = open_browser(native_host=False)
    page, world = browser.open("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.type(FIRST)
    world.wait_for_panel("post", state="helper-down", text=FIRST)

    # What `postcheck install` does; coming back to the draft checks it again without a keystroke.
    install_native_host(browser.user_data_dir, postcheck_home)
    page.click("h1")
    page.click(EDITOR)
    composer = world.wait_for_panel("post", state="report", text=FIRST)
    assert composer["panel"]["rules"] == [f.rule for f in expected(FIRST, "twitter").findings]
    assert page.evaluate("practice.text('home')") == FIRST


def test_repairs_after_the_helper_restarts(browser, helper):
    page, world = browser.open("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.type(FIRST)
    world.wait_for_panel("post", text=FIRST)
    old_url = helper.info["url"]

    # A new helper: new port, new token. The stored pairing is stale; the worker must pair again by itself.
    helper.stop()
    helper.start()
    assert helper.info["url"] != old_url
    page.keyboard.type(SECOND)
    composer = world.wait_for_panel("post", text=FIRST + SECOND)
    assert composer["panel"]["rules"] == [f.rule for f in expected(FIRST + SECOND, "twitter").findings]
    assert "mentions.too-many" in composer["panel"]["rules"]


def test_repairs_when_the_token_is_refused(browser):
    page, world = browser.open("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.type(FIRST)
    world.wait_for_panel("post", text=FIRST)
    worker = browser.context.service_workers[0]
    worker.evaluate("""async () => { const {pairing} = await chrome.storage.session.get('pairing');
      await chrome.storage.session.set({pairing: {...pairing, token: 'not-the-token'}}); }""")

    page.keyboard.type(SECOND)
    composer = world.wait_for_panel("post", text=FIRST + SECOND)
    assert "mentions.too-many" in composer["panel"]["rules"]
    stored = worker.evaluate("chrome.storage.session.get('pairing').then((s) => s.pairing.token)")
    assert stored != "not-the-token"


def test_options_store_the_sign_off_initial(browser):
    page = browser.context.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/options/index.html")
    page.fill("#initial", "l")
    page.click('button[type="submit"]')
    page.get_by_text("Saved.").wait_for()
    worker = browser.context.service_workers[0]
    assert worker.evaluate("chrome.storage.sync.get('initial').then((s) => s.initial)") == "L"
