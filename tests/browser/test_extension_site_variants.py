"""Every composer of issue 12's table in real Chromium (real helper paired through the native host), in English and
French: the scenarios of tests/browser/scenarios/, which tests/browser/firefox/test_firefox_site_variants.py runs in
real Firefox too. Here also what only Chromium lets a test read (the panel inside the content script's world): the
reply boxes' menu and the commenter's first name, and the Spanish labels through the site files' own selectors.
"""

from __future__ import annotations

import pytest

from tests.browser.scenarios import SCENARIOS
from tests.browser.scenarios.tabs import Activity, ChromiumTab, FixtureHelper
from tests.browser.scenarios.words import LANGUAGES, WORDS, lexical, localised

REPLY = "We are sorry you feel this way, please write to us"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("platform, scenario", SCENARIOS, ids=[f"{p}-{s.__name__}" for p, s in SCENARIOS])
def test_composer_variant(browser, helper, tmp_path, platform, scenario, lang):
    scenario(ChromiumTab(browser), Activity(FixtureHelper(helper)), lang, tmp_path)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_facebook_reply_boxes_offer_templates_and_greet_the_commenter(browser, lang):
    words = WORDS[lang]
    page, world = browser.open(localised("https://www.facebook.com/InternationalOrganization", lang))
    page.click(lexical(words["comment_as"]))
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)
    # Comment boxes address nobody in particular: a menu to mark the post's comment negative, and the templates.
    assert [b["text"] for b in composer["panel"]["buttons"]][:2] == ["Reply templates",
                                                                     "Mark as negative (24 h to reply)"]
    page.locator('[role="button"].link-button', has_text=words["reply"]).click()
    box = lexical(words["reply_to"])
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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_instagram_comment_box_offers_templates(browser, lang):
    page, world = browser.open(localised("https://www.instagram.com/p/C0practice/", lang))
    page.locator('[role="button"]', has_text=WORDS[lang]["reply"]).click()
    page.keyboard.type("thank you for asking")
    composer = world.wait_for_panel("reply", text="@maria.lopez thank you for asking")
    assert composer["panel"]["buttons"][0]["text"] == "Reply templates"


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
    page, world = open_browser(ui_language=ui).open(
        localised("https://www.facebook.com/InternationalOrganization", "fr"))
    page.click(lexical(WORDS["fr"]["comment_as"]))
    page.keyboard.type(REPLY)
    composer = world.wait_for_panel("reply", text=REPLY)
    assert "reply.missing-greeting" in composer["panel"]["rules"]
    assert says in composer["panel"]["text"], composer["panel"]["text"]
