"""Auto check-ins and focused minutes from tab focus, in real Chromium with a real helper: only a platform name and
minutes reach the helper. The helper's zone is picked so that Facebook's 09:00 check window is open right now."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from tests.support.helper_process import running_helper
from tests.support.waiting import wait_until

FOCUS_SECONDS = 2


def zone_in_facebook_window() -> str:
    """A fixed-offset zone where it is now between 08:45 and 09:59, inside the window around 09:00."""
    now = datetime.now(timezone.utc)
    target = 9 if now.minute < 45 else 8
    offset = (target - now.hour) % 24
    offset = offset - 24 if offset > 14 else offset
    return "Etc/GMT" + ("" if offset == 0 else f"{-offset:+d}")  # Etc/GMT-3 is UTC+3


@pytest.fixture
def helper(postcheck_home):
    override = postcheck_home / "config" / "policy.toml"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(f'[schedule]\ntimezone = "{zone_in_facebook_window()}"\n'
                        f'[schedule.auto_check_in]\nfocus_seconds = {FOCUS_SECONDS}\n', encoding="utf-8")
    with running_helper(postcheck_home) as process:
        yield process


def item(helper, item_id: str) -> dict:
    return next(i for i in helper.get("/v1/checklist/today")["items"] if i["id"] == item_id)


def test_a_focused_platform_tab_checks_in_once_for_the_open_window(browser, helper):
    assert item(helper, "check-time-facebook-0900")["status"] == "due"
    worker = browser.context.service_workers[0]
    # The background learns the focus time from the helper's week answer when it refreshes the badge.
    worker.evaluate("postcheck.badge.refresh()")
    page, _world = browser.open("https://www.facebook.com/")
    page.bring_to_front()
    wait_until(lambda: item(helper, "check-time-facebook-0900")["status"] == "done", "the auto check-in")
    check_ins = [e for e in helper.get("/v1/activity")["events"] if e["type"] == "check-in"]
    assert [(e["platform"], sorted(e)) for e in check_ins] == [("facebook", ["at", "id", "platform", "type"])]
    # Still focused, and again after switching away and back: the window has its check-in, none is added.
    other = browser.context.new_page()
    other.goto("about:blank")
    page.bring_to_front()
    time.sleep(FOCUS_SECONDS + 2)
    worker.evaluate("postcheck.focus.evaluate('tick')")
    assert len([e for e in helper.get("/v1/activity")["events"] if e["type"] == "check-in"]) == 1


def test_focused_minutes_are_reported_as_minutes_only(browser, helper):
    page, _world = browser.open("https://x.com/home")
    page.bring_to_front()
    worker = browser.context.service_workers[0]
    # The tab events may have fired before the worker listened (a loaded machine): re-evaluate as the alarm would.
    wait_until(lambda: worker.evaluate("postcheck.focus.evaluate('tick').then(() => chrome.storage.session.get('focus'))"
                                       ".then((s) => s.focus?.platform)") == "twitter",
               "the background to see the focused x.com tab")
    # Two and a half minutes of focus, without waiting them: the stretch began earlier. On a loaded machine a tab or
    # focus event's evaluation may run between this read and write (the x.com tab seen unfocused for a moment, or a
    # state read before the write saved back after it), and the tick then counts nothing or seconds only: the x.com
    # tab is brought to the front and the write made again until a tick has counted from it. The tick's report
    # reaches the helper before the tick resolves.
    def focused_after_an_earlier_start():
        page.bring_to_front()
        worker.evaluate("""async () => {
          await postcheck.focus.evaluate('tick');
          const {focus} = await chrome.storage.session.get('focus');
          if (focus?.platform !== 'twitter') return;
          const earlier = Date.now() - 150000;
          await chrome.storage.session.set({focus: {...focus, since: earlier, counted: earlier}});
          await postcheck.focus.evaluate('tick');
        }""")
        return [e for e in helper.get("/v1/activity")["events"] if e["type"] == "focused-time"]

    focused = wait_until(focused_after_an_earlier_start, "a focused-time event")
    assert [(e["platform"], e["minutes"], sorted(e)) for e in focused] == [
        ("twitter", 2, ["at", "id", "minutes", "platform", "type"])]
    assert item(helper, "time-on-social")["progress"]["done"] == 2


@pytest.fixture
def short_reply_helper(postcheck_home):
    """A policy whose reply deadline (1 h) is inside the warning lead (2 h): a marking is at once 'near'. It has no
    check times, whose reminders would otherwise come or not with the hour the test runs at (18:00 is one)."""
    override = postcheck_home / "config" / "policy.toml"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text("[schedule]\nreply_within_hours = 1\n\n[schedule.check_times]\nfacebook = []\ntwitter = []\n"
                        "instagram = []\n", encoding="utf-8")
    with running_helper(postcheck_home) as process:
        yield process


def test_notifications_are_off_by_default_and_warn_once_before_a_reply_deadline(open_browser, short_reply_helper):
    browser = open_browser()
    worker = browser.context.service_workers[0]
    # Record what would be shown instead of showing it (headless Chromium has no notification centre).
    worker.evaluate("""() => { globalThis.shown = [];
      chrome.notifications.create = (id, options) => { shown.push([id, options.title]); return Promise.resolve(id); }; }""")
    popup = browser.context.new_page()
    popup.goto(f"chrome-extension://{browser.extension_id}/popup/index.html")
    popup.wait_for_selector('body[data-state="ready"]')
    popup.select_option("#negative-platform", "facebook")
    popup.click("#negative button[type=submit]")
    popup.wait_for_selector('li[data-id^="reply-deadline-"] .countdown')
    worker.evaluate("postcheck.badge.refresh()")
    assert worker.evaluate("shown") == []

    options = browser.context.new_page()
    options.goto(f"chrome-extension://{browser.extension_id}/options/index.html")
    assert not options.is_checked("#notifications")
    options.check("#notifications")
    wait_until(lambda: worker.evaluate("chrome.storage.sync.get('notifications').then((s) => s.notifications)"),
               "the option to be stored")
    for _ in range(2):
        worker.evaluate("postcheck.badge.refresh()")
    shown = wait_until(lambda: worker.evaluate("shown"), "a notification")
    assert len(shown) == 1 and shown[0][0].endswith("/reply-deadline-1") and shown[0][1] == "A reply deadline is near"
