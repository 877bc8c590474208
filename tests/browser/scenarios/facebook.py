"""Facebook's composers (issue 12's table): "Create post" with an attached photo, a Page's post flow
(What's on your mind → Next → Post settings → Post), the comment box (as a Page and as a person) and the reply to a
comment, both checked and recorded as replies, and Messenger (left alone). Boxes are Lexical editors found by their
labels in the interface language (extension/sites-labels/labels.js)."""

from __future__ import annotations

from pathlib import Path

from tests.browser.overlay_checks import PIXEL, assert_underlines_match, expected
from tests.browser.scenarios.checks import private_message, recognised, shown
from tests.browser.scenarios.tabs import Activity, Box
from tests.browser.scenarios.words import WORDS, lexical, localised

PAGE = "https://www.facebook.com/InternationalOrganization"
REPLY = "We are sorry you feel this way, please write to us"
POST = "Read our report https://bit.ly/3xYz #WorldRefugeeDay"
HAS_EDITOR = "!!document.querySelector('[role=\"dialog\"] [data-lexical-editor]')"


def _checked_as(tab, box: Box, name: str) -> None:
    tab.checked(box)
    assert_underlines_match(tab, box.selector, box.report)
    assert tab.evaluate(f"practice.text({name!r})") == box.text  # Lexical's own state holds what was typed


def create_post(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://www.facebook.com/", lang))
    photo = tmp_path / "volunteers.png"
    photo.write_bytes(PIXEL)
    box = Box(lexical(WORDS[lang]["mind_ana"]), "post", POST, expected(POST, "facebook"))
    tab.click(box.selector)
    tab.upload('input[type="file"]', photo)
    tab.type(POST)
    _checked_as(tab, box, "post")
    recognised(activity, "facebook")
    tab.click(f'[role="button"][aria-label="{WORDS[lang]["post"]}"]')
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["hashtags"]) == ("facebook", "post", ["WorldRefugeeDay"])
    assert event["media"] == ["photo"]  # the file the person attached
    # The photo's metadata was checked too (a PNG that names no author: credit it), then the text's findings.
    assert event["rules_shown"] == ["image.credit", *shown(box.report)]
    assert "bit.ly" not in str(event)


def page_post_flow(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    words = WORDS[lang]
    tab.goto(localised(PAGE, lang))
    tab.click('[role="button"]', words["mind"])
    text = "Volunteer day on Friday http://bit.ly/abc #WorldRefugeeDay"
    box = Box(f'[role="dialog"] {lexical(words["mind"])}', "post", text, expected(text, "facebook"))
    tab.click(box.selector)
    tab.type(text)
    _checked_as(tab, box, "page-post")
    tab.click(f'[role="dialog"] [role="button"][aria-label="{words["next"]}"]')
    # "Post settings": the editor is gone, and "Next" published nothing.
    tab.pause(0.5)
    assert not tab.evaluate(HAS_EDITOR)
    assert activity.new("post-published") == []
    tab.click(f'[role="dialog"] [role="button"][aria-label="{words["post"]}"]')
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["hashtags"]) == ("facebook", "post", ["WorldRefugeeDay"])
    assert event["rules_shown"] == shown(box.report)


def _comment(tab, activity: Activity, lang: str, url: str, label: str) -> None:
    tab.goto(localised(url, lang))
    box = Box(lexical(WORDS[lang][label]), "reply", REPLY, expected(REPLY, "facebook", kind="reply"))
    tab.click(box.selector)
    tab.type(REPLY)
    _checked_as(tab, box, "comment")
    # Checked as a post, the same words would be underlined differently: the box was taken for a reply.
    assert shown(expected(REPLY, "facebook")) != shown(box.report)
    tab.press("Enter")  # Facebook sends a comment with Enter
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["media"]) == ("facebook", "reply", [])
    assert event["rules_shown"] == shown(box.report)


def comment_as_page(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    _comment(tab, activity, lang, PAGE, "comment_as")


def comment_as_person(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    _comment(tab, activity, lang, "https://www.facebook.com/permalink.php", "write_comment")


def reply_to_a_comment(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    words = WORDS[lang]
    tab.goto(localised(PAGE, lang))
    tab.click('[role="button"].link-button', words["reply"])
    text = "Maria Lopez thank you, two places are left"  # after the mention Facebook fills in
    # The extension tells the helper whom the box answers: the pre-filled mention then greets Maria.
    box = Box(lexical(words["reply_to"]), "reply", text,
              expected(text, "facebook", kind="reply", addressee="Maria Lopez"))
    tab.click(box.selector)
    tab.press("End")
    tab.type("thank you, two places are left")
    _checked_as(tab, box, "comment-reply")
    assert any(rule.startswith("reply.") for rule in shown(box.report))
    tab.press("Enter")
    [event] = activity.published()
    assert (event["platform"], event["kind"]) == ("facebook", "reply")
    assert event["rules_shown"] == shown(box.report)


def reply_box_under_a_comment(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    """The feed's reply box under a comment ("Write a reply…"), sent with its Reply button."""
    words = WORDS[lang]
    tab.goto(localised("https://www.facebook.com/", lang))
    box = Box(lexical(words["write_reply"]), "reply", REPLY, expected(REPLY, "facebook", kind="reply"))
    tab.click(box.selector)
    tab.type(REPLY)
    _checked_as(tab, box, "reply")
    recognised(activity, "facebook")
    tab.click(f'[role="button"][aria-label="{words["reply"]}"]')
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["media"]) == ("facebook", "reply", [])
    assert event["rules_shown"] == shown(box.report)


def messenger(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://www.facebook.com/messages/t/maria.lopez", lang))
    private_message(tab, activity, lexical(WORDS[lang]["message"]))


SCENARIOS = (create_post, page_post_flow, comment_as_page, comment_as_person, reply_to_a_comment,
             reply_box_under_a_comment, messenger)
