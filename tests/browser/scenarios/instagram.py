"""Instagram's composers (issue 12's table): the create-post caption (the older textarea and the Lexical editor) with
its photo, and the comment box under a post, checked and recorded as a reply, also after "Reply" filled in
"@name ". Boxes and buttons are found by their labels in the interface language (extension/sites-labels/labels.js)."""

from __future__ import annotations

from pathlib import Path

from tests.browser.overlay_checks import assert_underlines_match, expected
from tests.browser.scenarios.checks import private_message, recognised, shown, type_in_added_box
from tests.browser.scenarios.tabs import Activity, Box
from tests.browser.scenarios.words import WORDS, lexical, localised
from tests.support.waiting import wait_until

CAPTION = "Geneva #Refugees #Migrants #Hope #Help"
POST_PAGE = "https://www.instagram.com/p/C0practice/"


def _share(tab, activity: Activity, lang: str, box: Box) -> None:
    recognised(activity, "instagram")
    tab.click('[role="dialog"] [role="button"]', WORDS[lang]["share"])
    [event] = activity.published()
    assert (event["platform"], event["kind"]) == ("instagram", "post")
    assert event["hashtags"] == ["Refugees", "Migrants", "Hope", "Help"]
    assert event["media"] == ["photo"]  # the selected photo, once
    assert event["rules_shown"] == shown(box.report) == ["hashtags.too-many"]


def caption_textarea(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://www.instagram.com/", lang))
    box = Box(f'textarea[aria-label="{WORDS[lang]["caption"]}"]', "post", CAPTION, expected(CAPTION, "instagram"))
    tab.click(box.selector)
    tab.type(CAPTION)
    tab.checked(box)
    assert tab.evaluate(f"document.querySelector({box.selector!r}).value") == CAPTION
    _share(tab, activity, lang, box)


def caption_lexical(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://www.instagram.com/?editor=lexical", lang))
    box = Box(f'[contenteditable="true"][aria-label="{WORDS[lang]["caption"]}"]', "post", CAPTION,
              expected(CAPTION, "instagram"))
    tab.click(box.selector)
    tab.type(CAPTION)
    tab.checked(box)
    assert_underlines_match(tab, box.selector, box.report)
    assert tab.evaluate("practice.text('caption')") == CAPTION
    _share(tab, activity, lang, box)


def _comment(tab, activity: Activity, lang: str, text: str) -> None:
    words = WORDS[lang]
    box = Box(f'textarea[aria-label="{words["add_comment"]}"]', "reply", text,
              expected(text, "instagram", kind="reply"))
    tab.checked(box)
    assert tab.evaluate("practice.text('comment')") == text
    recognised(activity, "instagram")
    tab.click('[role="button"]', words["ig_post"])
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["media"]) == ("instagram", "reply", [])
    assert event["rules_shown"] == shown(box.report)


def comment_box(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised(POST_PAGE, lang))
    tab.click(f'textarea[aria-label="{WORDS[lang]["add_comment"]}"]')
    text = "We are sorry you feel this way, please write to us"
    tab.type(text)
    _comment(tab, activity, lang, text)


def reply_to_a_comment(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised(POST_PAGE, lang))
    tab.click('[role="button"]', WORDS[lang]["reply"])  # fills the comment box with "@maria.lopez " and focuses it
    tab.type("thank you for asking")
    _comment(tab, activity, lang, "@maria.lopez thank you for asking")


def direct_messages(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    """A conversation (/direct/t/…) is private in every interface language: nothing typed there is checked or
    reported, whatever the box's label (the Spanish one too); the same box under a post is reported as unknown."""
    tab.goto(localised("https://www.instagram.com/direct/t/17842/", lang))
    private_message(tab, activity, lexical(WORDS[lang]["ig_message"]))
    type_in_added_box(tab, "Envía un mensaje...")
    tab.pause(0.8)
    assert activity.new() == []
    # Control: on a post's page the same unknown box is reported (by its structure), so the silence above is the
    # conversation's path at work, not a watch that is off.
    tab.goto(localised(POST_PAGE, lang))
    type_in_added_box(tab, "Envía un mensaje...")
    [unknown] = wait_until(lambda: activity.new(), "the composer watch's event")
    assert (unknown["type"], unknown["platform"]) == ("composer-unrecognised", "instagram")


SCENARIOS = (caption_textarea, caption_lexical, comment_box, reply_to_a_comment, direct_messages)
