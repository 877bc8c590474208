"""Instagram's composers (issue 12's table): the create-post caption (the older textarea and the Lexical editor) of a
post whose photo or video was chosen from the computer first, as on the real site (select → Crop → Edit → caption →
Share), and the comment box under a post, checked and recorded as a reply, also after "Reply" filled in "@name ".
Boxes and buttons are found by their labels in the interface language (extension/sites-labels/labels.js)."""

from __future__ import annotations

from pathlib import Path

from tests.browser.overlay_checks import PIXEL, assert_underlines_match, expected
from tests.browser.scenarios.checks import private_message, recognised, shown, type_in_added_box
from tests.browser.scenarios.tabs import Activity, Box
from tests.browser.scenarios.words import WORDS, lexical, localised
from tests.media import photos
from tests.support.waiting import wait_until

CAPTION = "Geneva #Refugees #Migrants #Hope #Help"
POST_PAGE = "https://www.instagram.com/p/C0practice/"
DIALOG = '[role="dialog"]'


def _until(tab, expression: str, what: str) -> None:
    wait_until(lambda: tab.evaluate(expression), what)


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "volunteers.png"
    path.write_bytes(PIXEL)  # no metadata: the photo check asks for a credit (image.credit)
    return path


def _video(tmp_path: Path) -> Path:
    path = tmp_path / "distribution.mp4"
    path.write_bytes(photos.mp4(b""))
    return path


def _create_post(tab, lang: str, url: str, media: Path) -> None:
    """"Create new post": the file chosen from the computer while no caption box exists yet, its preview shown (from a
    blob: URL), then "Next" past Crop and Edit to the caption step, where the avatar img and the svg role=img icons
    are in the dialog beside the preview."""
    tab.goto(localised(url, lang))
    _until(tab, f"!!document.querySelector('{DIALOG} input[type=file]')", "the select step's file input")
    tab.upload(f'{DIALOG} input[type="file"]', media)
    _until(tab, f"!!document.querySelector('{DIALOG} :is(img, video).preview[src^=\"blob:\"]')", "the preview")
    for step in ("edit", "caption"):
        tab.click(f'{DIALOG} [role="button"]', WORDS[lang]["next"])
        _until(tab, f"document.querySelector('{DIALOG}')?.dataset.step === '{step}'", f"the {step} step")
    assert tab.evaluate(f"document.querySelectorAll('{DIALOG} img:not(.preview), {DIALOG} svg[role=img]').length") >= 3


def _share(tab, activity: Activity, lang: str, box: Box, media: str) -> None:
    recognised(activity, "instagram")
    tab.click(f'{DIALOG} [role="button"]', WORDS[lang]["share"])
    [event] = activity.published()
    assert (event["platform"], event["kind"]) == ("instagram", "post")
    assert event["hashtags"] == ["Refugees", "Migrants", "Hope", "Help"]
    # Only what the person attached: not the avatar, not the icons, not the preview read a second time.
    assert event["media"] == [media]
    rules = event["rules_shown"]
    assert [rule for rule in rules if not rule.startswith("image.")] == shown(box.report) == ["hashtags.too-many"]
    if media == "photo":
        # The file chosen before the caption box existed reached the panel's photo check (no credit line).
        assert "image.credit" in rules, rules


def caption_textarea(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    _create_post(tab, lang, "https://www.instagram.com/", _photo(tmp_path))
    box = Box(f'textarea[aria-label="{WORDS[lang]["caption"]}"]', "post", CAPTION, expected(CAPTION, "instagram"))
    tab.click(box.selector)
    tab.type(CAPTION)
    tab.checked(box)
    assert tab.evaluate(f"document.querySelector({box.selector!r}).value") == CAPTION
    _share(tab, activity, lang, box, "photo")


def caption_lexical(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    _create_post(tab, lang, "https://www.instagram.com/?editor=lexical", _photo(tmp_path))
    box = Box(f'[contenteditable="true"][aria-label="{WORDS[lang]["caption"]}"]', "post", CAPTION,
              expected(CAPTION, "instagram"))
    tab.click(box.selector)
    tab.type(CAPTION)
    tab.checked(box)
    assert_underlines_match(tab, box.selector, box.report)
    assert tab.evaluate("practice.text('caption')") == CAPTION
    _share(tab, activity, lang, box, "photo")


def video_post(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    """A video shared: recorded as exactly ["video"] (the avatar img and icons beside it are no photo)."""
    _create_post(tab, lang, "https://www.instagram.com/", _video(tmp_path))
    assert tab.evaluate(f"!!document.querySelector('{DIALOG} video.preview')")
    box = Box(f'textarea[aria-label="{WORDS[lang]["caption"]}"]', "post", CAPTION, expected(CAPTION, "instagram"))
    tab.click(box.selector)
    tab.type(CAPTION)
    tab.checked(box)
    _share(tab, activity, lang, box, "video")


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


SCENARIOS = (caption_textarea, caption_lexical, video_post, comment_box, reply_to_a_comment, direct_messages)
