"""The practice pages load in real Chromium over HTTPS at the platforms' URLs, and their real editors take typing."""

from __future__ import annotations

import http.client
import ssl
import struct
import subprocess
import zlib
from pathlib import Path

import postcheck.practice
import pytest
from playwright.sync_api import expect
from postcheck.practice.certificate import make_certificate

from tests.support.chromium import launch

TYPED = "Hello #WorldRefugeeDay 😀\nSecond line\n\nAfter a blank line"
# Instagram's create dialog's file input accepts what the real one does.
ACCEPT = "image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime"
DRAFT_BLOCKS = "e => [...e.querySelectorAll('[data-block=\"true\"]')].map(b => b.textContent).join('\\n')"


def draft_inner_text(typed: str) -> str:
    """Draft.js renders an empty block as <br>, which innerText reads as one more line break."""
    return "\n".join(line or "\n" for line in typed.split("\n"))


@pytest.fixture(scope="module")
def page(playwright, fixture_server, tmp_path_factory):
    """One Chromium without the extension for the module: the pages alone, as a person without postcheck sees them."""
    context = launch(playwright, tmp_path_factory.mktemp("profile"), extension=None, fixture_port=fixture_server.port)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"the practice pages raised: {errors}"


def _type_into(page, url: str, selector: str, text: str):
    page.goto(url)
    box = page.locator(selector)
    box.click()
    page.keyboard.type(text)
    return box


@pytest.mark.parametrize("url", ["https://x.com/home", "https://twitter.com/home"])
def test_draft_composer_on_x(page, url):
    box = _type_into(page, url, '[data-testid="tweetTextarea_0RichTextInputContainer"] '
                                '[data-testid="tweetTextarea_0"][role="textbox"][contenteditable="true"]', TYPED)
    assert page.evaluate("practice.text('home')") == TYPED  # Draft.js's own EditorState got every keystroke
    assert box.evaluate(DRAFT_BLOCKS) == TYPED
    assert box.inner_text() == draft_inner_text(TYPED) == TYPED.replace("\n\n", "\n\n\n")
    page.locator('[data-testid="tweetButtonInline"]').click()
    expect(page.locator('article[data-testid="tweet"] [data-testid="tweetText"]')).to_have_text(TYPED)
    # The page renders the post, then resets Draft.js's state: wait for the reset rather than race it.
    page.wait_for_function("practice.text('home') === ''", timeout=5000)


def test_x_spa_navigation_mounts_a_new_composer(page):
    page.goto("https://x.com/home")
    page.evaluate("window.sameDocument = true")
    page.locator('[data-testid="SideNav_NewTweet_Button"]').click()
    expect(page).to_have_url("https://x.com/compose/post")
    box = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]')
    box.click()
    page.keyboard.type("From the modal\n\n#two")
    assert page.locator('[data-testid="tweetTextarea_0"]').count() == 1
    assert page.evaluate("practice.editors()") == ["compose"]
    assert box.inner_text() == draft_inner_text("From the modal\n\n#two")
    page.locator('[data-testid="tweetButton"]').click()
    expect(page).to_have_url("https://x.com/home")
    expect(page.locator('[data-testid="tweetText"]')).to_have_text("From the modal\n\n#two")
    assert page.evaluate("window.sameDocument") is True  # pushState, not a page load


LEXICAL = '[data-lexical-editor="true"][role="textbox"]'


@pytest.mark.parametrize("url, selector, name", [
    ("https://www.facebook.com/", f"{LEXICAL}[aria-label=\"What's on your mind, Ana?\"]", "post"),
    ("https://www.facebook.com/", f'[aria-label^="Comment by"] {LEXICAL}[aria-label="Write a reply…"]', "reply"),
    ("https://www.instagram.com/?editor=lexical&step=caption", f'{LEXICAL}[aria-label="Write a caption..."]', "caption"),
])
def test_lexical_editors(page, url, selector, name):
    box = _type_into(page, url, selector, TYPED)
    assert page.evaluate(f"practice.text('{name}')") == TYPED
    assert box.inner_text() == TYPED
    page.keyboard.press("Enter")  # a trailing line break is the one place innerText differs
    assert page.evaluate(f"practice.text('{name}')") == TYPED + "\n"
    assert box.inner_text() == TYPED + "\n\n"


def test_facebook_reply_names_the_commenter_and_posts(page):
    _type_into(page, "https://www.facebook.com/", '[aria-label="Write a reply…"]', "Dear Maria, we are sorry.")
    comment = page.locator('[role="article"][aria-label^="Comment by"]')
    assert comment.locator('a[role="link"]').first.inner_text() == "Maria Lopez"
    comment.locator('[role="button"][aria-label="Reply"]').click()
    reply = page.locator('[aria-label="Reply by International Organization"]')
    expect(reply).to_contain_text("Dear Maria, we are sorry.")
    assert page.evaluate("practice.text('reply')") == ""


def test_facebook_photo_attachment(page):
    _type_into(page, "https://www.facebook.com/", "[aria-label=\"What's on your mind, Ana?\"]", "With a photo")
    page.locator('[aria-label="Photo/video"] input[type="file"]').set_input_files(
        {"name": "volunteers.png", "mimeType": "image/png", "buffer": _png()})
    preview = page.locator('[aria-label="Attached media"] img')
    expect(preview).to_have_attribute("alt", "Photo 1: volunteers.png")
    assert preview.evaluate("img => img.decode().then(() => img.naturalWidth)") == 2
    page.locator('[role="button"][aria-label="Post"]').click()
    expect(page.locator('[data-ad-preview="message"]')).to_have_text("With a photo")


def test_instagram_create_post_flow(page):
    """Select (a real file input, no caption box yet) → Crop (the file's preview from a blob: URL) → Edit → the
    caption step, with the avatar img and svg role=img icons a real dialog has; "Share" clears the caption."""
    page.goto("https://www.instagram.com/")
    dialog = page.locator('[role="dialog"]')
    assert dialog.locator('input[type="file"]').get_attribute("accept") == ACCEPT
    assert dialog.locator("textarea").count() == 0
    expect(dialog.locator('svg[role="img"]')).to_have_count(1)
    dialog.locator('input[type="file"]').set_input_files({"name": "volunteers.png", "mimeType": "image/png",
                                                         "buffer": _png()})
    preview = dialog.locator('img.preview[src^="blob:"]')
    assert preview.evaluate("img => img.decode().then(() => img.naturalWidth)") == 2
    for step in ("edit", "caption"):
        dialog.locator('[role="button"]', has_text="Next").click()
        expect(dialog).to_have_attribute("data-step", step)
    expect(dialog.locator("img.avatar")).to_have_count(1)
    assert dialog.locator('svg[role="img"]').count() >= 2  # "Back" and "Emoji"
    box = dialog.locator('textarea[aria-label="Write a caption..."]')
    box.click()
    page.keyboard.type(TYPED)
    assert box.input_value() == TYPED == page.evaluate("practice.text('caption')")
    assert box.inner_text() == ""  # a textarea's text is its value, never its innerText
    page.get_by_role("button", name="Share").click()
    expect(page.locator(".shared")).to_have_text(f"Shared: {TYPED}")
    assert box.input_value() == ""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_instagram_video_preview(page, lang):
    page.goto(f"https://www.instagram.com/?lang={lang}")
    page.locator('[role="dialog"] input[type="file"]').set_input_files(
        {"name": "clip.mp4", "mimeType": "video/mp4", "buffer": b"\0" * 64})
    expect(page.locator('[role="dialog"] video.preview[src^="blob:"]')).to_have_count(1)
    expect(page.locator('[role="dialog"] [role="button"]')).to_have_text({"en": "Next", "fr": "Suivant"}[lang])


def _png() -> bytes:
    """A 2×1 RGB PNG, written by hand so the test needs no image library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\xff\0\0\0\0\xff"))
            + chunk(b"IEND", b""))


def _get(port: int, host: str, path: str) -> tuple[int, str | None, bytes]:
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=ssl._create_unverified_context())
    connection.request("GET", path, headers={"Host": host})
    response = connection.getresponse()
    return response.status, response.getheader("Location"), response.read()


@pytest.mark.parametrize("host, path, status, needle", [
    ("x.com", "/home", 200, b"/_practice/x.js"),
    ("x.com", "/compose/post", 200, b"/_practice/x.js"),
    ("x.com", "/Refugees/status/1790000000000000000", 200, b"/_practice/x.js"),
    ("www.facebook.com", "/", 200, b"/_practice/facebook.js"),
    ("www.instagram.com", "/?editor=lexical", 200, b"/_practice/instagram.js"),
    ("www.instagram.com", "/direct/t/17842/?lang=fr", 200, b"/_practice/instagram.js"),
    ("127.0.0.1", "/", 200, b"https://x.com/home"),
    ("www.facebook.com", "/_practice/facebook.js", 200, b"lexical"),
    ("x.com", "/_practice/../server.py", 404, b"no practice page"),
    ("x.com", "/_practice/certificate.py", 404, b"no practice page"),
    ("example.com", "/", 404, b"no practice page"),
])
def test_server_routes_by_host_and_path(fixture_server, host, path, status, needle):
    got_status, _, body = _get(fixture_server.port, host, path)
    assert (got_status, needle in body) == (status, True)


def test_server_sends_x_root_to_home(fixture_server):
    assert _get(fixture_server.port, "x.com", "/")[:2] == (302, "/home")


@pytest.mark.parametrize("tool", ["cryptography", "openssl"])
def test_certificate_loads_into_tls(tmp_path, tool):
    cert, key = make_certificate(tmp_path, tool)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)  # raises on a malformed pair
    assert b"BEGIN CERTIFICATE" in cert.read_bytes()


def test_committed_bundles_match_their_sources(tmp_path):
    """A source edited without `sh tests/browser/pages/build.sh` would leave the packaged pages stale."""
    pages = Path(__file__).parent / "pages"
    assert (pages / "node_modules" / ".bin" / "esbuild").exists(), "run: npm ci --prefix tests/browser/pages"
    subprocess.run(["sh", str(pages / "build.sh"), str(tmp_path)], check=True, capture_output=True)
    packaged = Path(postcheck.practice.__file__).parent / "assets"
    for bundle in ("x.js", "facebook.js", "instagram.js"):
        assert (tmp_path / bundle).read_bytes() == (packaged / bundle).read_bytes(), f"{bundle} is stale"
