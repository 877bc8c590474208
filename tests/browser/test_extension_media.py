"""An attached photo in real Chromium (practice pages, real helper paired natively): its metadata findings in the
composer's panel, the one-click image kind reported at publish, and the clean copy saved on the person's click."""

from __future__ import annotations

import pytest

from tests.browser.overlay_checks import PIXEL, published_events
from tests.browser.test_extension_reply_templates import click_panel_button
from tests.media import photos

POST_BOX = {"en": '[aria-label="What\'s on your mind, Ana?"]', "fr": '[aria-label="Que voulez-vous dire, Ana ?"]'}
POST_BUTTON = {"en": '[role="button"][aria-label="Post"]', "fr": '[role="button"][aria-label="Publier"]'}
# The panel speaks the browser's language (English here) whatever the site's: `lang` changes the site's labels only.
PANEL = {"save": "Save a copy without location and personal data", "caption": "Photo with caption",
         "saved": "Saved to", "question": "This image is:"}


def _panel_with_rule(world, rule: str) -> dict:
    return world.wait_for(lambda cs: next((c for c in cs if c["kind"] == "post" and rule in c["panel"]["rules"]),
                                          None), what=f"the post panel to show {rule}")


def _buttons(composer: dict) -> list[str]:
    return [button["text"] for button in composer["panel"]["buttons"]]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_photo_with_gps_shows_its_location_and_a_clean_copy_is_saved(browser, helper, postcheck_home, tmp_path,
                                                                       lang):
    words = PANEL
    original = photos.jpeg(photos.gps_exif(), image=photos.picture(640, 480))  # Pillow: EXIF with GPS and a name
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(original)
    page, world = browser.open(f"https://www.facebook.com/?lang={lang}")
    page.set_input_files('input[type="file"]', str(photo))

    composer = _panel_with_rule(world, "image.location")
    # Errors first: the location, then the names and serial number, then the reminders.
    assert composer["panel"]["rules"][0] == "image.location"
    assert "image.personal" in composer["panel"]["rules"]
    assert "48.858219° N" in composer["panel"]["text"]
    assert words["question"] in composer["panel"]["text"]
    assert words["save"] in _buttons(composer)

    page.wait_for_timeout(300)  # the site lays out its photo preview: the panel beside the composer moves with it
    click_panel_button(page, _panel_with_rule(world, "image.location"), words["save"])
    saved = world.wait_for(lambda cs: next((c for c in cs if words["saved"] in c["panel"]["text"]), None),
                           what="the panel to say where the copy was saved")
    copies = list((postcheck_home / "downloads").iterdir())
    assert [c.name for c in copies] == ["IMG_0042-no-metadata.jpg"]
    assert str(copies[0]) in saved["panel"]["text"]
    clean = copies[0].read_bytes()
    exif = photos.exif_of(clean)
    assert not exif.get_ifd(0x8825) and b"Jane Doe" not in clean  # no GPS block, no name
    assert photos.pixels(clean) == photos.pixels(original)
    # What the person attached stays attached: the site's preview still shows that one photo.
    assert page.locator('.attachments img').count() == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_chosen_image_kind_goes_into_the_published_event(browser, helper, tmp_path, lang):
    words = PANEL
    photo = tmp_path / "chart.jpg"
    photo.write_bytes(photos.jpeg(photos.gps_exif()))
    page, world = browser.open(f"https://www.facebook.com/?lang={lang}")
    page.set_input_files('input[type="file"]', str(photo))
    composer = _panel_with_rule(world, "image.location")
    assert _buttons(composer)[1:4] == [
        "Infographic", "Photo", words["caption"]]
    page.wait_for_timeout(300)
    click_panel_button(page, _panel_with_rule(world, "image.location"), words["caption"])
    page.wait_for_timeout(300)
    page.click(POST_BOX[lang])
    page.keyboard.type("Volunteers in Geneva #WorldRefugeeDay")
    world.wait_for_panel("post", text="Volunteers in Geneva #WorldRefugeeDay")
    page.click(POST_BUTTON[lang])
    published = published_events(helper, page)
    assert [(e["kind"], e["media"]) for e in published] == [("post", ["photo-with-caption"])]


def test_no_image_no_question(browser, helper):
    page, world = browser.open("https://www.facebook.com/")
    page.click(POST_BOX["en"])
    page.keyboard.type("Volunteers in Geneva")
    composer = world.wait_for_panel("post", text="Volunteers in Geneva")
    assert "This image is:" not in composer["panel"]["text"] and _buttons(composer) == []


def test_a_png_without_metadata_says_nothing_to_fix_and_still_asks_its_kind(browser, helper, tmp_path):
    photo = tmp_path / "pixel.png"
    photo.write_bytes(PIXEL)
    page, world = browser.open("https://www.facebook.com/")
    page.set_input_files('input[type="file"]', str(photo))
    composer = world.wait_for(lambda cs: next((c for c in cs if "pixel.png" in c["panel"]["text"]), None),
                              what="the attached PNG in the panel")
    assert "This image is:" in composer["panel"]["text"]
    assert "Save a copy without location and personal data" not in _buttons(composer)


def test_a_credit_typed_after_the_photo_is_attached_answers_the_credit_check(browser, helper, tmp_path):
    photo = tmp_path / "pixel.png"
    photo.write_bytes(PIXEL)  # no metadata: nothing says who took it
    page, world = browser.open("https://www.facebook.com/")
    page.set_input_files('input[type="file"]', str(photo))
    _panel_with_rule(world, "image.credit")

    def credit_asked(text: str, asked: bool):
        return lambda cs: next((c for c in cs if c["kind"] == "post" and c["text"] == text
                                and ("image.credit" in c["panel"]["rules"]) == asked), None)

    page.click(POST_BOX["en"])
    page.keyboard.type("Volunteers in Geneva. Photo: IOM/Ana Diaz")
    world.wait_for(credit_asked("Volunteers in Geneva. Photo: IOM/Ana Diaz", False),
                   what="the credit line typed after the photo to answer its credit check")
    for _ in " Photo: IOM/Ana Diaz":
        page.keyboard.press("Backspace")
    composer = world.wait_for(credit_asked("Volunteers in Geneva.", True),
                              what="the credit check back once the line is gone")
    assert "pixel.png" in composer["panel"]["text"]
