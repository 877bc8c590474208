"""The extension on Facebook's Lexical composers: a page post, a reply under a comment, and publishing events."""

from __future__ import annotations

from tests.browser.overlay_checks import (
    PIXEL,
    assert_underlines_match,
    count_line,
    exercise_overlay,
    expected,
    mutations,
    published_events,
    start_watching,
)

POST_BOX = '[aria-label="What\'s on your mind, Ana?"]'
REPLY_BOX = '[aria-label="Write a reply…"]'
POST = "Read our report https://bit.ly/3xYz and see en.wikipedia.org/wiki/Migration #WorldRefugeeDay"
REPLY = "We are sorry you feel this way, please write to us"


def test_facebook_post_composer(browser):
    page, world = browser.open("https://www.facebook.com/")
    page.click(POST_BOX)
    start_watching(page, POST_BOX)
    page.keyboard.type(POST)
    composer = world.wait_for_panel("post", text=POST)

    report = expected(POST, "facebook")
    assert {"links.shortener", "links.wikipedia-source"} <= set(composer["panel"]["rules"])
    assert composer["panel"]["rules"] == [f.rule for f in report.findings]
    assert composer["panel"]["count"] == count_line(report) == f"{len(POST)} · limit 63206"
    assert_underlines_match(page, POST_BOX, report)
    assert page.evaluate("practice.text('post')") == POST
    # Typing made Lexical mutate its own DOM; none of those records may be ours (attributes, nodes, styles).
    assert all(m["type"] in ("childList", "characterData") for m in mutations(page))
    assert not page.locator(f"{POST_BOX} postcheck-overlay, {POST_BOX} [style*='highlight']").count()


def test_text_deleted_in_lexical_is_checked_again(browser):
    """Lexical applies a delete itself after preventing the browser's: no input event comes, and the findings of the
    deleted words must still go."""
    page, world = browser.open("https://www.facebook.com/")
    page.click(POST_BOX)
    page.keyboard.type(POST)
    world.wait_for_panel("post", text=POST)
    kept = POST[:POST.index(" see ")]
    for _ in POST[len(kept):]:
        page.keyboard.press("Backspace")
    assert page.evaluate("practice.text('post')") == kept
    composer = world.wait_for_panel("post", text=kept)
    report = expected(kept, "facebook")
    assert composer["panel"]["rules"] == [f.rule for f in report.findings] and "links.wikipedia-source" not in composer[
        "panel"]["rules"]
    assert_underlines_match(page, POST_BOX, report)


def test_lexical_line_breaks_are_read_as_lexical_holds_them(browser):
    page, world = browser.open("https://www.facebook.com/")
    page.click(POST_BOX)
    for key in ("Line one", "Enter", "Enter", "Line three #a", "Enter"):
        page.keyboard.press(key) if key == "Enter" else page.keyboard.type(key)
    typed = page.evaluate("practice.text('post')")
    assert typed == "Line one\n\nLine three #a\n"
    composer = world.wait_for_panel("post", text=typed)
    assert composer["panel"]["count"].startswith(f"{len(typed)} ·")


def test_reply_box_gets_reply_rules(browser):
    page, world = browser.open("https://www.facebook.com/")
    page.click(REPLY_BOX)
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)

    report = expected(REPLY, "facebook", kind="reply")
    rules = composer["panel"]["rules"]
    assert {"reply.missing-greeting", "tone.patronizing"} <= set(rules)
    assert rules == [f.rule for f in report.findings]
    # The same words in the page's post composer are checked as a post: no reply rules there.
    assert not any(r.startswith("reply.") for r in (f.rule for f in expected(REPLY, "facebook").findings))
    assert_underlines_match(page, REPLY_BOX, report)
    assert page.evaluate("practice.text('reply')") == REPLY

    # Lexical watches its DOM closely: none of our work may show up in the reply box's subtree.
    start_watching(page, REPLY_BOX)
    exercise_overlay(page, world, "reply")
    assert mutations(page) == []
    assert page.evaluate("practice.text('reply')") == REPLY


def test_publishing_reports_activity_without_the_text(browser, helper, tmp_path):
    page, world = browser.open("https://www.facebook.com/")
    photo = tmp_path / "volunteers.png"
    photo.write_bytes(PIXEL)
    page.set_input_files('input[type="file"]', str(photo))
    page.click(POST_BOX)
    page.keyboard.type(POST)
    composer = world.wait_for_panel("post", text=POST)
    page.click('[role="button"][aria-label="Post"]')
    page.get_by_text("Read our report").first.wait_for()

    published = published_events(helper, page)
    assert len(published) == 1
    event = published[0]
    assert event["platform"] == "facebook"
    assert event["kind"] == "post"
    assert event["hashtags"] == ["WorldRefugeeDay"]
    assert event["media"] == ["photo"]
    assert event["rules_shown"] == sorted(set(composer["panel"]["rules"]), key=composer["panel"]["rules"].index)
    assert "Read our report" not in str(event) and "bit.ly" not in str(event)


def test_reply_published_with_its_reply_rules_and_enter_alone_is_not_a_publication(browser, helper):
    page, world = browser.open("https://www.facebook.com/")
    page.click(REPLY_BOX)
    page.keyboard.type(REPLY)
    page.keyboard.press("Enter")  # a new line in this box: the site did not send anything
    page.keyboard.type("Thanks")
    composer = world.wait_for_panel("reply", text=REPLY + "\nThanks")
    page.wait_for_timeout(800)
    # Only the composer watch's "recognised" (issue 12): nothing published.
    assert [e["type"] for e in helper.get("/v1/activity")["events"]] == ["composer-recognised"]

    page.click('[role="button"][aria-label="Reply"]')
    published = published_events(helper, page)
    assert len(published) == 1
    assert published[0]["platform"] == "facebook"
    assert published[0]["kind"] == "reply"
    assert published[0]["media"] == []
    assert published[0]["rules_shown"] == list(dict.fromkeys(composer["panel"]["rules"]))
    assert any(rule.startswith("reply.") for rule in published[0]["rules_shown"])

