"""A hostile script on x.com / instagram.com, in real Chromium with the extension paired to a real helper.

Each test plays one attack of issue 16 with the page's own powers (its DOM, its scripts, synthetic events, its view of
CSS.highlights) and checks that it gains nothing, while postcheck keeps working for the person on that page.
"""

from __future__ import annotations

from tests.browser.overlay_checks import expected, published_events

X_EDITOR = '[data-testid="tweetTextarea_0"]'
TWEET = "Join us for #WorldRefugeeDay #Refugees #Migration #Solidarity today"
IG_TEXTAREA = 'textarea[aria-label="Write a caption..."]'
CAPTION = "Geneva #Refugees #Migrants #Hope #Help"

# Named elements appear on `window` in every world: before the fix, `globalThis.postcheck ??= {}` returned this form,
# put its <input name="overlayStyles"> into our shadow root and `started` switched postcheck off.
NAMED_FORM = """document.addEventListener('DOMContentLoaded', () => {
  document.body.insertAdjacentHTML('afterbegin',
    '<form id="postcheck"><input name="overlayStyles" value="x"><input name="started" value="1">' +
    '<input name="debug"><input name="sites"></form>');
});"""

# Page-side: every Range in our highlights, and whether any of them leads into a shadow root.
HIGHLIGHT_ROOTS = """() => ['error', 'warning', 'info'].flatMap((severity) =>
  [...(CSS.highlights.get('postcheck-' + severity) ?? [])].map((range) =>
    range.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : 'document'))"""


def test_a_page_named_postcheck_neither_reaches_the_panel_nor_switches_postcheck_off(browser):
    browser.context.add_init_script(NAMED_FORM)
    page, world = browser.open("https://x.com/home")
    assert page.evaluate("window.postcheck instanceof HTMLFormElement")  # the attack is in place
    page.click(X_EDITOR)
    page.keyboard.type(TWEET)
    composer = world.wait_for_panel("post", text=TWEET)
    assert composer["panel"]["rules"] == [f.rule for f in expected(TWEET, "twitter").findings]
    # The page's inputs stayed the page's: nothing of it was moved into (or cloned into) our shadow tree.
    assert page.evaluate("""() => [...document.forms.postcheck.elements].every((input) =>
        input.form === document.forms.postcheck && input.getRootNode() === document)""")
    assert page.evaluate(HIGHLIGHT_ROOTS)  # underlines drawn on the hostile page
    assert set(page.evaluate(HIGHLIGHT_ROOTS)) == {"document"}


def test_the_textarea_mirror_never_hands_our_shadow_root_to_the_page(browser):
    page, world = browser.open("https://www.instagram.com/?step=caption")
    page.click(IG_TEXTAREA)
    page.keyboard.type(CAPTION)
    composer = world.wait_for_panel("post", text=CAPTION)
    assert composer["boxes"], "the caption's findings are underlined (inside our shadow root)"
    # Before the fix, each range's startContainer was the mirror's text node: its getRootNode() was our closed
    # shadow root, and from there the page could read and rewrite the panel.
    assert "shadow" not in page.evaluate(HIGHLIGHT_ROOTS)


def test_synthetic_input_in_a_fake_composer_sends_nothing(browser, helper):
    page, world = browser.open("https://x.com/home")
    # A composer of the page's making, filled by script, visible or not, poked with untrusted events.
    page.evaluate("""() => {
      for (const [id, style] of [['tweetTextarea_7', ''], ['tweetTextarea_8', 'display:none']]) {
        const fake = document.createElement('div');
        fake.dataset.testid = id; fake.contentEditable = 'true'; fake.style.cssText = style;
        fake.textContent = 'call +41 22 717 9111 now ' + id;
        document.body.append(fake);
        fake.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
        fake.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: 'x'}));
      }
    }""")
    page.wait_for_timeout(800)  # four debounce periods
    fakes = [c for c in world.composers() if c["stats"]["inputs"] or c["panel"]["visible"]]
    assert fakes == []


def test_real_keys_sent_to_a_hidden_editor_are_not_checked(browser):
    page, world = browser.open("https://x.com/home")
    # The page steals focus into an invisible composer: the person's real keystrokes land there.
    page.evaluate("""() => {
      const fake = document.createElement('div');
      fake.dataset.testid = 'tweetTextarea_9'; fake.contentEditable = 'true';
      fake.style.cssText = 'position:fixed;left:-5000px;top:0;width:300px;height:40px';
      document.body.append(fake);
      fake.focus();
    }""")
    page.keyboard.type("my phone is +41 22 717 9111")
    page.wait_for_timeout(800)
    hidden = [c for c in world.composers() if "41 22" in (c["text"] or "") or c["panel"]["visible"]]
    assert hidden == []


def test_a_forged_publish_button_over_the_page_counts_nothing(browser, helper):
    page, world = browser.open("https://x.com/home")
    # A script-filled composer (never typed into) and an invisible full-page "publish button" over everything.
    page.evaluate("""() => {
      const box = document.createElement('div');
      const fake = document.createElement('div');
      fake.dataset.testid = 'tweetTextarea_5'; fake.contentEditable = 'true'; fake.textContent = '#Forged #Tags';
      const button = document.createElement('div');
      button.dataset.testid = 'tweetButton'; button.setAttribute('role', 'button');
      button.style.cssText = 'position:fixed;inset:0;opacity:0;z-index:2147483647';
      box.append(fake, button);
      document.body.append(box);
    }""")
    page.mouse.click(400, 300)
    page.mouse.click(200, 500)
    # The person's own post still counts, once, even when the button is clicked twice.
    page.evaluate("document.querySelector('[data-testid=tweetButton][style*=opacity]').remove()")
    page.click(X_EDITOR)
    page.keyboard.type(TWEET)
    world.wait_for_panel("post", text=TWEET)
    button = page.locator('[data-testid="tweetButtonInline"]')
    button.click()
    events = published_events(helper, page)
    page.wait_for_timeout(500)
    events = [e for e in helper.get("/v1/activity")["events"] if e["type"] == "post-published"]
    assert len(events) == 1, events
    assert "Forged" not in events[0]["hashtags"] and events[0]["hashtags"][0] == "WorldRefugeeDay"


def test_a_huge_draft_is_checked_only_up_to_the_platform_limit_plus_a_margin(browser):
    page, world = browser.open("https://www.instagram.com/?step=caption")
    page.click(IG_TEXTAREA)
    huge = "+41 22 717 " * 400  # 4,400 characters of phone-like text: costly for the helper, over the 2,200 limit
    page.keyboard.insert_text(huge)  # a real paste-like insertion (trusted input)
    composer = world.wait_for(lambda cs: next((c for c in cs if c["panel"]["state"] == "report"), None),
                              what="a report for the huge draft")
    assert "Only the first 3200 characters were checked" in composer["panel"]["text"]
    assert "length.over-limit" in composer["panel"]["rules"]  # still over the limit: the cut keeps the verdict
