"""Writes docs/screenshots/*.png: the overlay on each practice page, in real Chromium with a real helper.

Usage: python -m tests.browser.make_screenshots  (look at each image afterwards: they are the product's first impression)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from postcheck.practice import PracticeServer

from tests.browser.conftest import install_native_host
from tests.browser.extension_world import ExtensionWorld
from tests.support.chromium import chromium_args, chromium_path, extension_id
from tests.support.helper_process import running_helper
from tests.media import photos

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

# (file, url, editor, text, kind, state)
SHOTS = [
    ("x-composer.png", "https://x.com/home", '[data-testid="tweetTextarea_0"]',
     ("Join us on #WorldRefugeeDay #Refugees #Migration #Solidarity with @UN @UNHCR @WFP @UNICEF: read more at "
      "https://bit.ly/3xYz"), "post", "report"),
    ("facebook-post.png", "https://www.facebook.com/", '[aria-label="What\'s on your mind, Ana?"]',
     "Read our new report https://bit.ly/3xYz and see en.wikipedia.org/wiki/Migration #WorldRefugeeDay", "post",
     "report"),
    ("facebook-reply.png", "https://www.facebook.com/", '[aria-label="Write a reply…"]',
     "We are sorry you feel this way, it was our fault", "reply", "report"),
    ("instagram-textarea.png", "https://www.instagram.com/?step=caption", 'textarea[aria-label="Write a caption..."]',
     "Sunset over Geneva #Refugees #Migrants #Hope #Help", "post", "report"),
    ("instagram-lexical.png", "https://www.instagram.com/?editor=lexical&step=caption",
     '[contenteditable="true"][aria-label="Write a caption..."]',
     "Sunset over Geneva #Refugees #Migrants #Hope #Help", "post", "report"),
]


def reply_to_maria(page) -> None:
    """The French Page: "Répondre" under Maria Lopez's comment opens a reply box that starts with her name."""
    page.locator('[role="button"].link-button', has_text="Répondre").click()


def attach_photo_with_location(page) -> None:
    """A phone photo with its GPS position and the owner's name in EXIF (made with Pillow), attached as a person would."""
    photo = Path(tempfile.mkdtemp(prefix="postcheck-shot-photo-")) / "IMG_2041.jpg"
    photo.write_bytes(photos.jpeg(photos.gps_exif(), image=photos.picture(640, 480)))
    page.set_input_files('input[type="file"]', str(photo))
    page.locator('.attachments img').wait_for()


# (file, url, editor, what the editor holds when typed, kind, before typing, what is typed, browser language)
MORE_SHOTS = [
    ("facebook-reply-fr.png", "https://www.facebook.com/InternationalOrganization?lang=fr",
     '[aria-label="Répondre à Maria Lopez"]', "Maria Lopez désolés, c'est de notre faute, écrivez-nous", "reply",
     reply_to_maria, "désolés, c'est de notre faute, écrivez-nous", "fr"),
    ("facebook-photo-location.png", "https://www.facebook.com/", '[aria-label="What\'s on your mind, Ana?"]',
     "Volunteers at the Geneva distribution centre today #WorldRefugeeDay", "post", attach_photo_with_location,
     "Volunteers at the Geneva distribution centre today #WorldRefugeeDay", "en"),
]


def shoot(playwright, server, home: Path, name, url, editor, text, kind, state, native_host=True, before=None,
          typed=None, language="en") -> None:
    with tempfile.TemporaryDirectory() as profile:
        if native_host:
            install_native_host(Path(profile), home)
        # The extension speaks the browser's interface language (--lang), the site its own (?lang=fr).
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium_path(), headless=True, env=dict(os.environ),
            args=[*chromium_args(fixture_port=server.port), f"--lang={language}"])
        try:
            page = context.new_page()
            world = ExtensionWorld(page, extension_id(context))
            page.goto(url)
            if before:
                before(page)
            page.click(editor)
            page.keyboard.press("End")
            page.keyboard.type(typed or text)
            world.wait_for_panel(kind, state=state, text=text)
            page.wait_for_timeout(200)  # one more frame for the fixed-position panel
            page.screenshot(path=str(OUT / name))
            print(OUT / name)
        finally:
            context.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="postcheck-shots-"))
    os.environ["POSTCHECK_HOME"] = str(home)
    with PracticeServer() as server, sync_playwright() as playwright:
        # Before any helper exists: the state a person sees until they run `postcheck install`.
        shoot(playwright, server, home, "x-helper-down.png", "https://x.com/home", '[data-testid="tweetTextarea_0"]',
              "Hello #WorldRefugeeDay", "post", "helper-down", native_host=False)
        with running_helper(home):
            for shot in SHOTS:
                shoot(playwright, server, home, *shot)
            for name, url, editor, text, kind, before, typed, language in MORE_SHOTS:
                shoot(playwright, server, home, name, url, editor, text, kind, "report", before=before, typed=typed,
                      language=language)


if __name__ == "__main__":
    main()
