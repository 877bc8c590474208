"""extension/content/media/metadata-slice.js in real Chromium, byte for byte against the helper's slicing.py."""

from __future__ import annotations

import base64
import struct
from pathlib import Path

import pytest

from postcheck.media.formats import MediaError
from postcheck.media.slicing import metadata_part
from postcheck.policy import load_policy
from tests.media import photos
from tests.support.chromium import chromium_path

MODULE = Path(__file__).resolve().parents[2] / "extension" / "content" / "media" / "metadata-slice.js"
OWN_BYTES = MODULE.parents[1] / "own-bytes.js"
ORIGIN = "https://media-test.invalid"
CAP = load_policy().media.metadata_cap_bytes
SLICE = """async ([data, cap]) => {
  const { metadataPart, METADATA_CAP } = await import('/metadata-slice.js');
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  try {
    const part = new Uint8Array(metadataPart(bytes.buffer, cap ?? undefined));
    let text = ''; for (const b of part) text += String.fromCharCode(b);
    return { part: btoa(text), cap: METADATA_CAP };
  } catch (error) { return { error: `${error.name}: ${error.message}` }; }
}"""


@pytest.fixture(scope="module")
def page(playwright):
    browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
    page = browser.new_page()
    page.route(f"{ORIGIN}/metadata-slice.js", lambda route: route.fulfill(
        body=MODULE.read_text(), content_type="text/javascript"))
    # The module's one import, ../own-bytes.js, resolves to /own-bytes.js from /metadata-slice.js.
    page.route(f"{ORIGIN}/own-bytes.js", lambda route: route.fulfill(
        body=OWN_BYTES.read_text(), content_type="text/javascript"))
    page.route(f"{ORIGIN}/", lambda route: route.fulfill(body="<!doctype html><title>t</title>",
                                                         content_type="text/html"))
    page.goto(f"{ORIGIN}/")
    yield page
    browser.close()


def in_browser(page, data: bytes, cap: int | None = None) -> dict:
    return page.evaluate(SLICE, [base64.b64encode(data).decode(), cap])


def big_jpeg() -> bytes:
    data = photos.jpeg(photos.gps_exif())
    for _ in range(6):
        data = photos.insert_jpeg_segment(data, 0xFE, b"c" * 60000)
    return data


def files() -> dict[str, bytes]:
    png = photos.png_with_text(photos.gps_exif(), Author="Ana")
    end = png.rindex(b"IEND") - 4
    return {
        "jpeg": photos.jpeg(photos.gps_exif(orientation=6)),
        "jpeg over the cap": big_jpeg(),
        "jpeg cut short": photos.jpeg(photos.gps_exif())[:300],
        "png with text after IDAT": png[:end] + photos.chunk(b"tEXt", b"Author\x00Lima") + png[end:],
        "png cut short": png[:120],
        "webp": photos.webp(photos.gps_exif()),
        "mp4 prefix only": struct.pack(">I", 20) + b"ftypisom" + bytes(8) + bytes(300_000),
        "mp4 moov first": photos.mp4(UDTA, media_bytes=300_000, moov_first=True),
        "mp4 moov last": photos.mp4(UDTA, media_bytes=1000),
        "heic": photos.heic(photos.gps_exif()),
    }


UDTA = photos.box(b"udta", photos.box(b"\xa9xyz", photos.qt_text("+09.0250+038.7483/")))
OF_FILE = """async ([data]) => {
  const { metadataPartOfFile } = await import('/metadata-slice.js');
  const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'clip.mp4');
  const part = new Uint8Array(await metadataPartOfFile(file));
  let text = ''; for (const b of part) text += String.fromCharCode(b);
  return btoa(text);
}"""


def test_a_moov_after_the_media_data_is_fetched_from_its_place(page):
    video = photos.mp4(UDTA, media_bytes=CAP + 50_000)  # moov starts past the first 256 KiB
    part = base64.b64decode(page.evaluate(OF_FILE, [base64.b64encode(video).decode()]))
    assert part == metadata_part(video, CAP) and part.startswith(video[:32]) and len(part) < 1000
    photo = photos.jpeg(photos.gps_exif())
    assert base64.b64decode(page.evaluate(OF_FILE, [base64.b64encode(photo).decode()])) == metadata_part(photo, CAP)


def test_the_js_part_equals_the_helpers_byte_for_byte(page):
    assert in_browser(page, photos.jpeg())["cap"] == CAP  # the JS constant is the policy's cap
    for name, data in files().items():
        result = in_browser(page, data)
        assert "error" not in result, (name, result)
        assert base64.b64decode(result["part"]) == metadata_part(data, CAP), name
        assert len(base64.b64decode(result["part"])) <= CAP


def test_the_part_holds_the_metadata_and_not_the_picture(page):
    data = photos.jpeg(photos.gps_exif(), image=photos.picture(640, 480))
    part = base64.b64decode(in_browser(page, data)["part"])
    assert len(part) < len(data) / 4 and b"Exif" in part and b"Jane Doe" in part


def test_malformed_and_foreign_files_throw_like_the_helper(page):
    for data in (b"%PDF-1.7 hello", b"\xff\xd8\xff" + bytes(40), b"", b"\xff\xd8\xff\xe1\x00\x10" + bytes(14) + b"x"):
        result = in_browser(page, data)
        try:
            metadata_part(data, CAP)
            python_error = None
        except MediaError as exc:
            python_error = str(exc)
        assert ("error" in result) == (python_error is not None), (data[:12], result, python_error)
