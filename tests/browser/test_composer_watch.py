"""The composer watch (issue 12) in real Chromium on the practice pages: typing into a box postcheck does not know
records composer-unrecognised (platform and structure hash only), typing into the real composer composer-recognised,
each once per page load, and typing in a direct message records nothing."""

from __future__ import annotations

import re
import time

EDITOR = '[data-testid="tweetTextarea_0"]'
SECRET = "nobody should see this #private"


def composer_events(helper, wanted: int, timeout: float = 10.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while True:
        events = [e for e in helper.get("/v1/activity")["events"] if e["type"].startswith("composer-")]
        if len(events) >= wanted or time.monotonic() > deadline:
            return events
        time.sleep(0.2)


def add_unknown_box(page, testid: str = "newComposer") -> None:
    # What a redesigned site would do: a new editable box none of the site's selectors know.
    page.evaluate("""(testid) => {
      const wrap = document.createElement('section');
      wrap.setAttribute('role', 'region');
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('aria-label', 'Share something new');
      box.dataset.testid = testid;
      box.style.cssText = 'min-height: 40px; border: 1px solid';
      wrap.append(box);
      document.body.prepend(wrap);
    }""", testid)


def test_unknown_box_is_reported_once_by_structure_and_the_composer_as_recognised(browser, helper):
    page, world = browser.open("https://x.com/home")
    add_unknown_box(page)
    page.click('[data-testid="newComposer"]')
    page.keyboard.type(SECRET)
    [unrecognised] = composer_events(helper, 1)
    assert sorted(unrecognised) == ["at", "id", "platform", "structure", "type"]
    assert unrecognised["type"] == "composer-unrecognised" and unrecognised["platform"] == "twitter"
    assert re.fullmatch(r"[0-9a-f]{16}", unrecognised["structure"])

    # The real composer: recognised, once, and the unknown box is not reported again in this page load.
    page.click(EDITOR)
    page.keyboard.type("Hello #WorldRefugeeDay")
    page.click('[data-testid="newComposer"]')
    page.keyboard.type(" more")
    page.click(EDITOR)
    page.keyboard.type(" again")
    world.wait_for_panel("post", text="Hello #WorldRefugeeDay again")
    page.wait_for_timeout(800)
    events = composer_events(helper, 3, timeout=1)
    assert [(e["type"], e["platform"]) for e in events] == [("composer-unrecognised", "twitter"),
                                                            ("composer-recognised", "twitter")]
    assert sorted(events[1]) == ["at", "id", "platform", "type"]
    # Never the text, never a label, never the page's address.
    stored = str(helper.get("/v1/activity"))
    assert "nobody" not in stored and "Share something" not in stored and "x.com" not in stored
    # Nothing of ours was written into the page: the box holds exactly what was typed.
    assert page.evaluate("document.querySelector('[data-testid=newComposer]').textContent") == SECRET + " more"


def test_synthetic_input_and_direct_messages_are_not_reported(browser, helper):
    page, _world = browser.open("https://x.com/home")
    add_unknown_box(page)
    # A page's own (untrusted) input event is not the person typing.
    page.evaluate("""() => {
      const box = document.querySelector('[data-testid=newComposer]');
      box.textContent = 'scripted';
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }""")
    dm, _ = browser.open("https://x.com/messages")
    dm.click('[data-testid="dmComposerTextInput"]')
    dm.keyboard.type("Hello Maria")
    dm.wait_for_timeout(1000)
    assert composer_events(helper, 1, timeout=1) == []
