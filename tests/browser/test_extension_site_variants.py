"""The extension on every composer variant of the practice pages, in English and French (real Chromium, real helper
paired through the native host): Facebook's comment box and reply to a comment as replies, its Page flow
Next → Post settings → Post, Messenger and X's direct messages left alone, Instagram's comment box as a reply, X's
thread, touch layout and quote post. The site files find the boxes through the label tables (sites-labels/labels.js).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.overlay_checks import published_events
from tests.browser.test_practice_variants import WORDS

LANGUAGES = pytest.mark.parametrize("lang", ["en", "fr"])
REPLY = "We are sorry you feel this way, please write to us"


def _url(url: str, lang: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}lang={lang}"


def _lexical(label: str) -> str:
    return f'[data-lexical-editor="true"][role="textbox"][aria-label="{label}"]'


def _reply_rules(composer: dict) -> list[str]:
    return [rule for rule in composer["panel"]["rules"] if rule.startswith("reply.")]


@LANGUAGES
def test_facebook_comment_box_is_a_reply_and_enter_records_it(browser, helper, lang):
    page, world = browser.open(_url("https://www.facebook.com/InternationalOrganization", lang))
    page.click(_lexical(WORDS[lang]["comment_as"]))
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)
    assert _reply_rules(composer), composer["panel"]["rules"]
    # Comment boxes address nobody in particular: a menu to mark the post's comment negative, and the templates.
    assert [b["text"] for b in composer["panel"]["buttons"]][:2] == ["Reply templates",
                                                                     "Mark as negative (24 h to reply)"]
    page.keyboard.press("Enter")
    published = published_events(helper, page)
    assert [(e["platform"], e["kind"]) for e in published] == [("facebook", "reply")]
    assert published[0]["rules_shown"] == list(dict.fromkeys(composer["panel"]["rules"]))


@LANGUAGES
def test_facebook_reply_to_a_comment_is_a_reply_greeting_the_commenter(browser, helper, lang):
    words = WORDS[lang]
    page, world = browser.open(_url("https://www.facebook.com/InternationalOrganization", lang))
    page.locator('[role="button"].link-button', has_text=words["reply"]).click()
    box = _lexical(words["reply_to"])
    page.click(box)
    page.keyboard.press("End")
    page.keyboard.type("thank you, two places are left")
    composer = world.wait_for_panel("reply", text="Maria Lopez thank you, two places are left")
    # The pre-filled mention of the commenter greets them: the helper is told whom the box answers.
    assert "reply.missing-greeting" not in composer["panel"]["rules"], composer["panel"]["rules"]
    name = world.evaluate(f"""(() => {{
      const site = postcheck.sites.forHost(location.hostname);
      const editor = document.querySelector({box!r});
      const definition = site.composers.find((c) => editor.matches(c.selector));
      return postcheck.replyTemplates.commenterFirstName(editor, definition.author);
    }})()""")
    assert name == "Maria"
    page.keyboard.press("Enter")
    published = published_events(helper, page)
    assert [(e["platform"], e["kind"]) for e in published] == [("facebook", "reply")]
    assert published[0]["rules_shown"] == list(dict.fromkeys(composer["panel"]["rules"]))


@LANGUAGES
def test_facebook_page_flow_next_then_post_settings_records_the_post(browser, helper, lang):
    words = WORDS[lang]
    page, world = browser.open(_url("https://www.facebook.com/InternationalOrganization", lang))
    page.get_by_role("button", name=words["mind"]).click()
    page.click(f'[role="dialog"] {_lexical(words["mind"])}')
    page.keyboard.type("Volunteer day on Friday #WorldRefugeeDay")
    composer = world.wait_for_panel("post", text="Volunteer day on Friday #WorldRefugeeDay")
    page.locator(f'[role="dialog"] [role="button"][aria-label="{words["next"]}"]').click()
    expect(page.locator('[role="dialog"] [data-lexical-editor]')).to_have_count(0)
    page.wait_for_timeout(500)
    assert published_events(helper, page, tries=1) == []  # "Next" publishes nothing yet
    page.locator(f'[role="dialog"] [role="button"][aria-label="{words["post"]}"]').click()
    published = published_events(helper, page)
    assert [(e["platform"], e["kind"], e["hashtags"]) for e in published] == [
        ("facebook", "post", ["WorldRefugeeDay"])]
    assert published[0]["rules_shown"] == list(dict.fromkeys(composer["panel"]["rules"]))


@pytest.mark.parametrize("url, box", [
    ("https://www.facebook.com/messages/t/maria.lopez", _lexical("Message")),
    ("https://x.com/messages", '[data-testid="dmComposerTextInput"]'),
    ("https://x.com/i/chat", 'textarea[data-testid="dm-composer-textarea"]'),
])
def test_private_messages_are_left_alone(browser, helper, url, box):
    page, world = browser.open(_url(url, "fr"))
    page.click(box)
    page.keyboard.type("Hello Maria #private")
    page.wait_for_timeout(800)
    assert world.composers() == []
    page.keyboard.press("Enter")
    page.wait_for_timeout(800)
    assert helper.get("/v1/activity")["events"] == []


@LANGUAGES
def test_instagram_comment_box_is_a_reply_and_post_records_it(browser, helper, lang):
    words = WORDS[lang]
    page, world = browser.open(_url("https://www.instagram.com/p/C0practice/", lang))
    page.locator('[role="button"]', has_text=words["reply"]).click()
    page.keyboard.type("thank you for asking")
    composer = world.wait_for_panel("reply", text="@maria.lopez thank you for asking")
    assert composer["panel"]["buttons"][0]["text"] == "Reply templates"
    page.locator('[role="button"]', has_text=words["ig_post"]).click()
    published = published_events(helper, page)
    assert [(e["platform"], e["kind"]) for e in published] == [("instagram", "reply")]


@LANGUAGES
def test_x_thread_checks_and_records_every_post(browser, helper, lang):
    words = WORDS[lang]
    page, world = browser.open(_url("https://x.com/compose/post", lang))
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.type("First post #WorldRefugeeDay")
    page.click('[data-testid="addButton"]')
    page.click('[data-testid="tweetTextarea_1"]')
    page.keyboard.type("Second post #Migration")
    world.wait_for(lambda cs: sorted(c["text"] for c in cs if c["panel"]["state"] == "report") ==
                   ["First post #WorldRefugeeDay", "Second post #Migration"], what="both posts of the thread checked")
    expect(page.locator('[data-testid="tweetButton"]')).to_have_text(words["post_all"])
    page.click('[data-testid="tweetButton"]')
    events = published_events(helper, page)
    for _ in range(30):
        if len(events) == 2:
            break
        page.wait_for_timeout(100)
        events = published_events(helper, page)
    assert sorted(e["hashtags"][0] for e in events) == ["Migration", "WorldRefugeeDay"]
    assert {(e["platform"], e["kind"]) for e in events} == {("twitter", "post")}


def test_x_touch_layout_textarea_is_checked(browser):
    page, world = browser.open("https://x.com/home?layout=touch&lang=fr")
    page.click('div[data-testid^="tweetTextarea_"] > textarea')
    page.keyboard.type("Join us #a #b #c #d")
    composer = world.wait_for_panel("post", text="Join us #a #b #c #d")
    assert "hashtags.too-many" in composer["panel"]["rules"]


@LANGUAGES
def test_x_quoted_card_is_not_an_attached_photo(browser, helper, lang):
    page, world = browser.open(_url("https://x.com/compose/post?quote=1", lang))
    assert page.locator('[data-testid="attachments"] img').count() == 1  # the quoted post's avatar
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.type("Worth reading")
    world.wait_for_panel("post", text="Worth reading")
    page.click('[data-testid="tweetButton"]')
    published = published_events(helper, page)
    assert [(e["platform"], e["media"]) for e in published] == [("twitter", [])]


def test_spanish_labels_find_the_same_kinds_of_box(browser):
    """No Spanish practice page: detached boxes with Facebook's and Instagram's Spanish labels go through the site
    files' own selectors (the label tables' tests cover every language's texts)."""
    kinds = """((site, boxes) => boxes.map(([tag, attributes]) => {
      const box = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
      return site.composers.find((c) => box.matches(c.selector))?.kind ?? null;
    }))"""
    lexical = {"data-lexical-editor": "true", "role": "textbox"}
    _, world = browser.open("https://www.facebook.com/")
    facebook = world.evaluate(f"""{kinds}(postcheck.sites.forHost("facebook.com"), {[
        ["div", {**lexical, "aria-label": "Escribe un comentario…"}],
        ["div", {**lexical, "aria-label": "Comentar como Organización Internacional"}],
        ["div", {**lexical, "aria-label": "Responder a Maria Lopez"}],
        ["div", {**lexical, "aria-label": "¿Qué estás pensando, Ana?"}],
        ["div", {**lexical, "aria-label": "Mensaje", "aria-placeholder": "Aa"}],
    ]})""")
    assert facebook == ["reply", "reply", "reply", "post", None]
    instagram = world.evaluate(f"""{kinds}(postcheck.sites.forHost("instagram.com"), {[
        ["textarea", {"aria-label": "Escribe un pie de foto..."}],
        ["textarea", {"aria-label": "Añade un comentario..."}],
    ]})""")
    assert instagram == ["post", "reply"]


@pytest.mark.parametrize(("ui", "says"), [("fr", "ne salue pas la personne par son prénom"),
                                          ("es", "no saluda a la persona por su nombre")])
def test_findings_come_in_the_browsers_interface_language(open_browser, helper, ui, says):
    page, world = open_browser(ui_language=ui).open(_url("https://www.facebook.com/InternationalOrganization", "fr"))
    page.click(_lexical(WORDS["fr"]["comment_as"]))
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)
    assert "reply.missing-greeting" in composer["panel"]["rules"]
    assert says in composer["panel"]["text"], composer["panel"]["text"]
