"""Reply boxes' templates menu: the commenter's first name read from the page, the sign-off initial, a clear state."""

from __future__ import annotations

REPLY_BOX = '[aria-label="Write a reply…"]'
REPLY = "Hi Maria, thank you for writing to us"


def click_panel_button(page, composer: dict, label: str) -> None:
    """A real click on one of the panel's buttons (the closed shadow root cannot be reached by selectors)."""
    rect = next(b["rect"] for b in composer["panel"]["buttons"] if b["text"] == label)
    page.mouse.click(rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2)


def test_commenter_first_name_and_initial_fill_a_template(browser):
    page, world = browser.open("https://www.facebook.com/")
    page.click(REPLY_BOX)
    world.wait_for(lambda cs: any(c["kind"] == "reply" for c in cs), what="the reply box to be tracked")
    filled = world.evaluate(f"""(() => {{
      const site = postcheck.sites.forHost(location.hostname);
      const editor = document.querySelector({REPLY_BOX!r});
      const name = postcheck.replyTemplates.commenterFirstName(editor, site.composers[0].author);
      return [name, postcheck.replyTemplates.fill('Hi {{first_name}}, thanks. –{{initial}}', {{first_name: name, initial: 'L'}}),
              postcheck.replyTemplates.fill('Hi {{first_name}} –{{initial}}', {{first_name: null, initial: ''}})];
    }})()""")
    assert filled == ["Maria", "Hi Maria, thanks. –L", "Hi [first name] –[initial]"]


def panel_with(world, needle: str) -> dict:
    return world.wait_for(lambda cs: next((c for c in cs if c["kind"] == "reply" and needle in c["panel"]["text"]),
                                          None), what=f"the reply panel to say {needle!r}")


def test_templates_menu_copies_a_filled_template(browser, helper):
    browser.context.grant_permissions(["clipboard-read", "clipboard-write"], origin="https://www.facebook.com")
    browser.context.service_workers[0].evaluate("chrome.storage.sync.set({initial: 'L'})")
    page, world = browser.open("https://www.facebook.com/")
    page.click(REPLY_BOX)
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)
    click_panel_button(page, composer, "Reply templates")

    templates = helper.get("/v1/templates")["templates"]
    assert [template["id"] for template in templates] == ["negative", "positive", "damaging"]
    labels = [template["label"] for template in templates]
    menu = world.wait_for(lambda cs: next((c for c in cs if c["kind"] == "reply" and
                                           [b["text"] for b in c["panel"]["buttons"]][2:] == labels), None),
                          what="the templates menu")
    click_panel_button(page, menu, labels[0])
    panel_with(world, "Copied")
    filled = templates[0]["text"].replace("{first_name}", "Maria").replace("{initial}", "L")
    assert page.evaluate("navigator.clipboard.readText()") == filled
    # Copying never types into the reply box: the person pastes it themselves.
    assert page.evaluate("practice.text('reply')") == REPLY


def test_marking_the_comment_negative_opens_a_reply_deadline(browser, helper):
    page, world = browser.open("https://www.facebook.com/")
    page.click(REPLY_BOX)
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)
    assert [b["text"] for b in composer["panel"]["buttons"]][:2] == ["Reply templates", "Mark as negative (24 h to reply)"]
    click_panel_button(page, composer, "Mark as negative (24 h to reply)")
    panel_with(world, "Marked negative: reply within 24 hours")

    marked = [e for e in helper.get("/v1/activity")["events"] if e["type"] == "review-marked-negative"]
    assert [e["platform"] for e in marked] == ["facebook"]
    deadlines = [i for i in helper.get("/v1/checklist/today")["items"] if i["kind"] == "reply-deadline"]
    assert len(deadlines) == 1 and deadlines[0]["status"] != "done"

    # The reply published from that box clears the deadline: the event says it is a reply.
    page.click('[role="button"][aria-label="Reply"]')
    for _ in range(100):
        published = [e for e in helper.get("/v1/activity")["events"] if e["type"] == "post-published"]
        if published:
            break
        page.wait_for_timeout(100)
    assert [e["kind"] for e in published] == ["reply"]
    deadlines = [i for i in helper.get("/v1/checklist/today")["items"] if i["kind"] == "reply-deadline"]
    assert all(i["status"] == "done" for i in deadlines)
