"""Today's checklist in real Chromium, paired with a real helper through the native host: the badge, the popup,
ticks, the not-running state. The helper's hours are Paris's (policy override), the popup shows `?at=` moments."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.support.helper_process import running_helper
from tests.support.waiting import wait_until

MONDAY = "2026-12-07T10:45:00+01:00"
RED = [198, 40, 40, 255]
AMBER = [154, 91, 0, 255]


@pytest.fixture
def helper(postcheck_home):
    override = postcheck_home / "config" / "policy.toml"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text('[schedule]\ntimezone = "Europe/Paris"\n', encoding="utf-8")
    with running_helper(postcheck_home) as process:
        yield process


def worker(browser):
    return browser.context.service_workers[0]


def badge(browser) -> tuple[str, list[int]]:
    return tuple(worker(browser).evaluate(
        "Promise.all([chrome.action.getBadgeText({}), chrome.action.getBadgeBackgroundColor({})])"))


def open_popup(browser, at: str | None = None):
    page = browser.context.new_page()
    query = f"?at={quote(at)}" if at else ""
    page.goto(f"chrome-extension://{browser.extension_id}/popup/index.html{query}")
    page.wait_for_selector("body[data-state]")
    return page


def send(page, expression: str):
    """Send a protocol record from an extension page to the background, as the popup and content scripts do."""
    return page.evaluate(f"chrome.runtime.sendMessage(postcheck.protocol.{expression})")


def test_badge_shows_the_helpers_due_and_overdue_count_after_posts(browser, helper):
    page = open_popup(browser)
    before = helper.get("/v1/checklist/today")["badge"]
    wait_until(lambda: badge(browser)[0] == before["text"], f"badge {before['text']!r}")
    for _ in range(2):
        reply = send(page, 'activity({platform: "twitter", hashtags: ["Migration"], media: ["photo"], rulesShown: []})')
        assert reply == {"kind": "accepted"}
    after = helper.get("/v1/checklist/today")
    assert next(i for i in after["items"] if i["id"] == "posts-twitter")["progress"]["done"] == 2
    text, colour = wait_until(lambda: badge(browser) if badge(browser)[0] == after["badge"]["text"] else None,
                              f"badge {after['badge']['text']!r}")
    assert colour == (RED if after["badge"]["overdue"] else AMBER)


def test_popup_renders_todays_items_grouped_by_platform(browser, helper):
    page = open_popup(browser, MONDAY)
    assert page.get_attribute("body", "data-state") == "ready"
    answer = helper.get(f"/v1/checklist/today?at={quote(MONDAY)}")
    shown = page.eval_on_selector_all("li.item", "rows => rows.map(r => [r.dataset.id, r.dataset.status])")
    assert sorted(shown) == sorted([i["id"], i["status"]] for i in answer["items"])
    groups = page.eval_on_selector_all("section.group", "s => s.map(g => g.dataset.platform)")
    assert groups == ["general", "twitter", "facebook", "instagram", "youtube"]
    assert page.text_content("#date") == "Monday, December 7"
    # Monday 10:45: the official hashtags are not agreed yet, so their field is on top.
    assert page.is_visible("#top form.hashtags.prominent")
    assert page.eval_on_selector_all("svg.chart rect.bar", "bars => bars.length") == 21


def test_a_tick_changes_the_helpers_answer_and_the_badge(browser, helper):
    page = open_popup(browser)
    before = helper.get("/v1/checklist/today")["badge"]["text"]
    wait_until(lambda: badge(browser)[0] == before, "the first badge")
    page.click('li[data-id="youtube-comments"] button.tick')
    page.wait_for_selector('li[data-id="youtube-comments"][data-status="done"] button.undo')
    answer = helper.get("/v1/checklist/today")
    assert next(i for i in answer["items"] if i["id"] == "youtube-comments")["status"] == "done"
    assert int(answer["badge"]["text"] or 0) == int(before) - 1
    wait_until(lambda: badge(browser)[0] == answer["badge"]["text"], "the badge after the tick")
    page.click('li[data-id="youtube-comments"] button.undo')
    page.wait_for_selector('li[data-id="youtube-comments"][data-status="due"], '
                           'li[data-id="youtube-comments"][data-status="overdue"]')
    wait_until(lambda: badge(browser)[0] == before, "the badge after the undo")


def test_official_hashtags_entered_in_the_popup_mark_the_weeks_posts(browser, helper):
    page = open_popup(browser)
    page.fill("#hashtags-input", "#WorldRefugeeDay Migration")
    page.click("#hashtags button[type=submit]")
    wait_until(lambda: helper.get("/v1/checklist/week")["official_hashtags"]["source"] == "week", "the week's tags")
    assert helper.get("/v1/checklist/week")["official_hashtags"]["tags"] == ["WorldRefugeeDay", "Migration"]
    send(page, 'activity({platform: "twitter", hashtags: ["worldrefugeeday"], media: [], rulesShown: []})')
    events = helper.get("/v1/activity")["events"]
    assert events[-1]["type"] == "post-published" and events[-1]["official_hashtag"] is True


def test_not_running_state_in_the_popup_and_the_badge(open_browser):
    browser = open_browser(native_host=False)
    page = open_popup(browser)
    assert page.get_attribute("body", "data-state") == "down"
    assert page.is_visible("#down")
    assert "postcheck doctor" in page.text_content("#down") and "postcheck serve" in page.text_content("#down")
    text, colour = wait_until(lambda: badge(browser) if badge(browser)[0] == "!" else None, "the '!' badge")
    assert colour != RED
    assert "postcheck doctor" in worker(browser).evaluate("chrome.action.getTitle({})")


def test_the_popup_opens_this_weeks_report_to_ocu_in_a_tab(browser, helper):
    page = open_popup(browser, MONDAY)
    with browser.context.expect_page() as opened:
        page.click("#report")
    report = opened.value
    # The report page asks the background, then shows the helper's HTML as a blob of the extension: printable as is.
    report.wait_for_url(lambda url: url.startswith("blob:"), timeout=15000)
    assert report.url.startswith(f"blob:chrome-extension://{browser.extension_id}/")
    assert "Social media report to the Online Communications Unit" in report.text_content("body")
    assert "Week 50 of 2026" in report.text_content("body")


def test_a_content_script_cannot_ask_for_the_report(browser, helper):
    _page, world = browser.open("https://x.com/home")
    answer = world.evaluate("chrome.runtime.sendMessage({kind: 'ocu-report', week: null, at: null})")
    assert answer["kind"] == "refused", answer
