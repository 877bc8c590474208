"""The media request end to end in real Chromium: content world → background handler → real helper → findings."""

from __future__ import annotations

import base64

from postcheck.media.slicing import metadata_part
from postcheck.policy import load_policy
from tests.media import photos


def test_a_photos_metadata_part_comes_back_with_its_location(browser):
    page, world = browser.open("https://x.com/home")
    part = metadata_part(photos.jpeg(photos.gps_exif()), load_policy().media.metadata_cap_bytes)
    data = base64.b64encode(part).decode()
    # The content script's own records (protocol.media) live inside its bundle's closure; the same record by hand.
    answer = world.evaluate(f"chrome.runtime.sendMessage({{kind: 'media', data: {data!r}, text: 'Photo: IOM/J. Doe'}})")
    assert answer["kind"] == "media-report", answer
    rules = [finding["rule"] for finding in answer["report"]["findings"]]
    assert rules == ["image.location", "image.personal", "image.release"]
    assert "48.858219° N" in answer["report"]["findings"][0]["message"]
    refused = world.evaluate("chrome.runtime.sendMessage({kind: 'media', data: btoa('not a photo'), text: ''})")
    assert refused["kind"] == "failed" and "not a photo" in refused["message"]


def test_save_a_clean_copy_through_the_background(browser, postcheck_home):
    page, world = browser.open("https://x.com/home")
    original = photos.jpeg(photos.gps_exif(), image=photos.picture(800, 600))
    data = base64.b64encode(original).decode()
    answer = world.evaluate(f"chrome.runtime.sendMessage({{kind: 'media-clean', data: {data!r}, name: 'IMG_0042.jpg'}})")
    assert answer["kind"] == "media-copy", answer
    assert answer["name"] == "IMG_0042-no-metadata.jpg"
    copy = postcheck_home / "downloads" / answer["name"]
    assert answer["path"] == str(copy)
    assert photos.pixels(copy.read_bytes()) == photos.pixels(original) and b"Jane Doe" not in copy.read_bytes()
