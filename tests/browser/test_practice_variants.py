"""The practice pages' other boxes (issue 12) in real Chromium, in English and French: X's thread, quote, touch layout
and direct messages; Facebook's Page post flow, comment boxes, reply to a comment and Messenger; Instagram's comments.

Each box is found by the selector the real site gives it (the evidence is in the notes of issue 12); typing reaches
the editor library's own state (`practice.text`), and sending clears the box and shows the text, as on the sites.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.scenarios.words import WORDS
from tests.support.chromium import launch

LANGUAGES = pytest.mark.parametrize("lang", ["en", "fr"])


@pytest.fixture(scope="module")
def page(playwright, fixture_server, tmp_path_factory):
    """One Chromium without the extension for the module: the pages alone."""
    context = launch(playwright, tmp_path_factory.mktemp("profile"), extension=None, fixture_port=fixture_server.port)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"the practice pages raised: {errors}"


def _open(page, url: str, lang: str) -> None:
    page.goto(f"{url}{'&' if '?' in url else '?'}lang={lang}")
    assert page.evaluate("document.documentElement.lang") == lang


@LANGUAGES
def test_x_thread_has_numbered_boxes_and_one_post_all_button(page, lang):
    words = WORDS[lang]
    _open(page, "https://x.com/compose/post", lang)
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.type("1/2 Trucks leave at dawn")
    page.locator(f'[data-testid="addButton"][aria-label="{words["add_post"]}"]').click()
    page.click('[data-testid="tweetTextarea_1"][contenteditable="true"]')
    page.keyboard.type("2/2 #WorldRefugeeDay")
    assert page.evaluate("[practice.text('compose'), practice.text('compose-1')]") == [
        "1/2 Trucks leave at dawn", "2/2 #WorldRefugeeDay"]
    button = page.locator('[role="dialog"] [data-testid="tweetButton"]')
    assert button.count() == 1 and button.inner_text() == words["post_all"]
    button.click()
    expect(page).to_have_url(f"https://x.com/home?lang={lang}")
    expect(page.locator('[data-testid="tweetText"]')).to_have_text(["1/2 Trucks leave at dawn", "2/2 #WorldRefugeeDay"])


def test_x_quote_card_sits_in_the_attachments(page):
    _open(page, "https://x.com/compose/post?quote=1", "en")
    dialog = page.locator('[role="dialog"]')
    expect(dialog.locator('[data-testid="attachments"] [data-testid="Tweet-User-Avatar"] img')).to_have_count(1)
    quoted = dialog.locator('[data-testid="attachments"] [data-testid="tweetText"]')
    assert quoted.inner_text().startswith("120 million")
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.type("Read this")
    assert page.evaluate("practice.text('compose')") == "Read this"
    assert page.locator('[data-testid="tweetButton"]').inner_text() == "Post"


def test_x_touch_layout_is_a_textarea_in_the_testid_div(page):
    _open(page, "https://x.com/home?layout=touch", "en")
    box = page.locator('div[data-testid^="tweetTextarea"] > textarea')
    assert box.count() == 1 and page.locator('[data-testid^="tweetTextarea_"][contenteditable]').count() == 0
    box.click()
    page.keyboard.type("From my phone\nsecond line")
    assert box.input_value() == "From my phone\nsecond line" == page.evaluate("practice.text('home')")
    page.locator('[data-testid="tweetButtonInline"]').click()
    expect(page.locator('[data-testid="tweetText"]')).to_have_text("From my phone\nsecond line")
    assert box.input_value() == ""


@pytest.mark.parametrize("path, box", [("/messages", '[data-testid="dmComposerTextInput"][contenteditable="true"]'),
                                       ("/i/chat", 'textarea[data-testid="dm-composer-textarea"]')])
def test_x_direct_message_boxes_are_no_post_composer(page, path, box):
    _open(page, f"https://x.com{path}", "en")
    assert page.locator('[data-testid^="tweetTextarea_"]').count() == 0
    page.click(box)
    page.keyboard.type("See you at 9")
    assert page.evaluate("practice.text('dm')") == "See you at 9"
    page.locator('[data-testid="dmComposerSendButton"]').click()
    expect(page.locator('[data-testid="messageEntry"]')).to_have_text("See you at 9")


@LANGUAGES
def test_facebook_page_post_flow_goes_through_next_and_post_settings(page, lang):
    words = WORDS[lang]
    _open(page, "https://www.facebook.com/InternationalOrganization", lang)
    page.get_by_role("button", name=words["mind"]).click()
    page.click(f'[role="dialog"] [data-lexical-editor="true"][role="textbox"][aria-label="{words["mind"]}"]')
    page.keyboard.type("Volunteer day on Friday")
    assert page.evaluate("practice.text('page-post')") == "Volunteer day on Friday"
    page.locator(f'[role="dialog"] [role="button"][aria-label="{words["next"]}"]').click()
    # Post settings: the editor is gone, only the publish button remains.
    expect(page.locator('[role="dialog"] [data-lexical-editor]')).to_have_count(0)
    page.locator(f'[role="dialog"] [role="button"][aria-label="{words["post"]}"]').click()
    expect(page.locator('[role="dialog"]')).to_have_count(0)
    expect(page.locator('[data-ad-preview="message"]')).to_have_text("Volunteer day on Friday")


@LANGUAGES
@pytest.mark.parametrize("path, label", [("/InternationalOrganization", "comment_as"),
                                         ("/permalink.php", "write_comment")])
def test_facebook_comment_box_sends_on_enter(page, lang, path, label):
    _open(page, f"https://www.facebook.com{path}", lang)
    box = page.locator(f'[data-lexical-editor="true"][role="textbox"][aria-label="{WORDS[lang][label]}"]')
    box.click()
    page.keyboard.type("Yes, two places left")
    assert page.evaluate("practice.text('comment')") == "Yes, two places left"
    page.keyboard.press("Enter")
    expect(page.locator('.comments > [role="article"]').last).to_contain_text("Yes, two places left")
    assert page.evaluate("practice.text('comment')") == ""


@LANGUAGES
def test_facebook_reply_to_a_comment_starts_with_a_mention(page, lang):
    words = WORDS[lang]
    _open(page, "https://www.facebook.com/InternationalOrganization", lang)
    page.locator('[role="button"].link-button', has_text=words["reply"]).click()
    box = page.locator(f'[data-lexical-editor="true"][role="textbox"][aria-label="{words["reply_to"]}"]')
    assert box.inner_text() == "Maria Lopez "
    box.click()
    page.keyboard.press("End")
    page.keyboard.type("welcome!")
    assert page.evaluate("practice.text('comment-reply')") == "Maria Lopez welcome!" == box.inner_text()
    page.keyboard.press("Enter")
    expect(page.locator('[role="article"][aria-label^="Comment by"], [role="article"][aria-label^="Commentaire de"]')
           .locator(".reply")).to_contain_text("Maria Lopez welcome!")


def test_messenger_box_is_labelled_message_with_aa(page):
    _open(page, "https://www.facebook.com/messages/t/maria.lopez", "en")
    box = page.locator('[data-lexical-editor="true"][role="textbox"][aria-label="Message"]')
    assert box.get_attribute("aria-placeholder") == "Aa"
    box.click()
    page.keyboard.type("Thanks!\n")
    expect(page.locator(".mine")).to_have_text("Thanks!")


@LANGUAGES
def test_instagram_comment_box_and_reply(page, lang):
    words = WORDS[lang]
    _open(page, "https://www.instagram.com/p/C0practice/", lang)
    box = page.locator(f'textarea[aria-label="{words["add_comment"]}"]')
    page.locator('[role="button"]', has_text=words["reply"]).click()
    page.keyboard.type("see our bio")
    assert box.input_value() == "@maria.lopez see our bio" == page.evaluate("practice.text('comment')")
    page.locator('[role="button"]', has_text=words["ig_post"]).click()
    expect(page.locator(".comment-list li").last).to_contain_text("@maria.lopez see our bio")
    assert box.input_value() == ""


@pytest.mark.parametrize("url", ["https://x.com/home?lang=fr", "https://www.facebook.com/?locale=fr_FR",
                                 "https://www.instagram.com/?hl=fr"])
def test_the_sites_own_language_parameters_work_too(page, url):
    page.goto(url)
    assert page.evaluate("document.documentElement.lang") == "fr"
