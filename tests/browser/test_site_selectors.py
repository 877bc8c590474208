"""Every selector a site file declares matches its sample page (the practice pages copy the real sites' markup)."""

from __future__ import annotations

from tests.browser.overlay_checks import PIXEL

# What each declared selector must find, per sample page: composers by index, publish buttons, media kinds.
MATCHES = """(() => {
  const site = postcheck.sites.forHost(location.hostname);
  const count = (selector) => document.querySelectorAll(selector).length;
  const buttons = site.submit.map(({selector, text}) => [...document.querySelectorAll(selector)]
    .filter((b) => !text || text.includes(b.textContent.trim())).length);
  return {site: site.id, composers: site.composers.map((c) => count(c.selector)), buttons,
          media: Object.fromEntries(site.media.map((m) => [m.kind, count(m.selector)]))};
})()"""


def test_selectors_match_the_sample_pages(browser, tmp_path):
    page, world = browser.open("https://x.com/home")
    x = world.evaluate(MATCHES)
    assert x["site"] == "x" and x["composers"] == [1, 0] and x["buttons"] == [1]

    page.goto("https://twitter.com/home")
    assert world.evaluate(MATCHES)["site"] == "x"

    page.goto("https://www.facebook.com/")
    photo = tmp_path / "photo.png"
    photo.write_bytes(PIXEL)
    page.set_input_files('input[type="file"]', str(photo))
    page.locator('[aria-label="Attached media"] img').wait_for()
    facebook = world.evaluate(MATCHES)
    # Reply box, comment boxes (none on this page), the "What's on your mind" box: each selector finds its own box only;
    # the attached photo's preview is not read (no media selector: the kinds come from the file the person chose).
    assert facebook["composers"] == [1, 0, 1] and facebook["buttons"] == [2] and facebook["media"] == {}

    # Instagram's "Create new post" starts at the select step (no caption box yet); its caption step (?step=caption)
    # shows the account's avatar img and svg role=img icons: no media selector is declared, so none of them counts.
    page.goto("https://www.instagram.com/")
    page.locator('[role="dialog"] input[type="file"]').wait_for(state="attached")
    assert world.evaluate(MATCHES)["composers"] == [0, 0, 0]
    page.goto("https://www.instagram.com/?step=caption")
    page.locator('textarea[aria-label="Write a caption..."]').wait_for()
    instagram = world.evaluate(MATCHES)
    assert instagram["composers"] == [1, 0, 0] and instagram["buttons"] == [1, 0] and instagram["media"] == {}
    assert page.locator('[role="dialog"] :is(img, svg[role="img"])').count() >= 3

    page.goto("https://www.instagram.com/p/C0practice/?hl=fr")
    comments = world.evaluate(MATCHES)
    assert comments["composers"] == [0, 0, 1] and comments["buttons"] == [0, 1]

    page.goto("https://www.instagram.com/?editor=lexical&step=caption")
    page.locator('[contenteditable="true"][aria-label="Write a caption..."]').wait_for()
    assert world.evaluate(MATCHES)["composers"] == [0, 1, 0]

    page.goto("https://x.com/home?layout=touch")
    page.locator("textarea").wait_for()
    assert world.evaluate(MATCHES)["composers"] == [0, 1]
