"""The extension on X's Draft.js composer (practice page, real Chromium, real helper paired through the native host)."""

from __future__ import annotations

from tests.browser.overlay_checks import (
    SPAN_RECTS,
    assert_underlines_match,
    count_line,
    exercise_overlay,
    expected,
    mutations,
    start_watching,
)

EDITOR = '[data-testid="tweetTextarea_0"]'
TWEET = "Join us for #WorldRefugeeDay #Refugees #Migration #Solidarity with @UN @UNHCR @WFP @UNICEF today"


def type_tweet(page, text: str = TWEET) -> None:
    page.click(EDITOR)
    page.keyboard.type(text)


def test_x_composer_shows_findings_and_underlines_them(browser):
    page, world = browser.open("https://x.com/home")
    type_tweet(page)
    composer = world.wait_for_panel("post", text=TWEET)

    report = expected(TWEET, "twitter")
    assert "hashtags.too-many" in composer["panel"]["rules"]
    assert composer["panel"]["rules"] == [f.rule for f in report.findings]
    assert composer["panel"]["count"] == count_line(report) == "96 · ideal ≤ 120 · limit 280"
    for finding in report.findings:
        assert finding.message in composer["panel"]["text"]
        assert finding.guideline in composer["panel"]["text"]
    assert_underlines_match(page, EDITOR, report)
    # The panel sits beside the composer and never covers its Post button.
    button = page.locator('[data-testid="tweetButtonInline"]').bounding_box()
    panel = composer["panel"]["rect"]
    assert (panel["right"] <= button["x"] or panel["left"] >= button["x"] + button["width"]
            or panel["bottom"] <= button["y"] or panel["top"] >= button["y"] + button["height"])
    # What Draft.js itself holds is exactly what was typed.
    assert page.evaluate("practice.text('home')") == TWEET


def test_overlay_makes_no_mutation_inside_the_editor(browser):
    page, world = browser.open("https://x.com/home")
    type_tweet(page)
    composer = world.wait_for_panel("post", text=TWEET)

    start_watching(page, EDITOR)
    collapsed = exercise_overlay(page, world, "post")
    assert collapsed["panel"]["rules"] == composer["panel"]["rules"]

    assert mutations(page) == []
    assert page.evaluate("practice.text('home')") == TWEET


def test_paragraphs_are_read_as_the_editor_holds_them(browser):
    page, world = browser.open("https://x.com/home")
    page.click(EDITOR)
    for line in ("First line #one", "", "Third #two #three #four #five"):
        page.keyboard.type(line)
        page.keyboard.press("Enter")
    page.keyboard.press("Backspace")
    typed = "First line #one\n\nThird #two #three #four #five"
    assert page.evaluate("practice.text('home')") == typed
    composer = world.wait_for_panel("post", text=typed)
    assert "hashtags.too-many" in composer["panel"]["rules"]
    # Offsets after the "\n" separators map back into the right paragraph: "#five" is underlined on the third one.
    third = page.locator(f'{EDITOR} [data-block="true"]').nth(2).bounding_box()
    five = page.evaluate("""() => [...CSS.highlights.get('postcheck-warning')]
      .filter((r) => r.toString() === '#five').map((r) => r.getBoundingClientRect().toJSON())""")
    assert len(five) == 1
    assert third["y"] <= five[0]["y"] and five[0]["bottom"] <= third["y"] + third["height"] + 0.5
    assert third["x"] < five[0]["x"]


def test_composer_found_after_spa_navigation(browser):
    page, world = browser.open("https://x.com/home")
    page.click('[data-testid="SideNav_NewTweet_Button"]')
    page.wait_for_url("https://x.com/compose/post")
    page.locator(f'[role="dialog"] {EDITOR}').wait_for()
    type_tweet(page)
    composer = world.wait_for_panel("post", text=TWEET)
    assert "mentions.too-many" in composer["panel"]["rules"]
    # The home composer React unmounted is no longer tracked.
    assert [c["connected"] for c in world.composers()] == [True]
    assert_underlines_match(page, f'[role="dialog"] {EDITOR}', expected(TWEET, "twitter"))


def test_fallback_boxes_where_the_highlight_api_is_missing(browser):
    page, world = browser.open("https://x.com/home")
    world.evaluate("postcheck.Underlines.mode.highlights = false")
    type_tweet(page)
    composer = world.wait_for_panel("post", text=TWEET)
    report = expected(TWEET, "twitter")

    assert page.evaluate("[...CSS.highlights.values()].every((h) => h.size === 0)")
    wanted = [dict(r, severity=f.severity) for f in report.findings
              for r in page.evaluate(SPAN_RECTS, [EDITOR, f.start, f.end]) if r["width"] > 0]
    boxes = composer["boxes"]
    assert len(boxes) == len(wanted)
    for box, want in zip(sorted(boxes, key=lambda b: (b["y"], b["x"])), sorted(wanted, key=lambda r: (r["y"], r["x"]))):
        assert box["severity"] == want["severity"]
        assert abs(box["x"] - want["x"]) < 1 and abs(box["width"] - want["width"]) < 1
        # A 2 px bar along the bottom of the word.
        assert abs(box["bottom"] - (want["y"] + want["height"])) < 1

    # Fixed-position boxes follow the text when the page moves under them.
    page.set_viewport_size({"width": 1000, "height": 700})
    moved = world.wait_for(lambda cs: cs[0]["boxes"] and cs[0]["boxes"][0]["x"] != boxes[0]["x"] and cs[0]["boxes"],
                           what="boxes moved after a resize")
    first = min(report.findings, key=lambda f: f.start)
    again = page.evaluate(SPAN_RECTS, [EDITOR, first.start, first.end])[0]
    assert any(abs(b["x"] - again["x"]) < 1 for b in moved)


def test_offsets_after_emoji_are_utf16(browser):
    # 🌍 and 👩🏽‍⚕️ are several UTF-16 code units each: spans after them must still land on the right characters.
    text = "🌍 Dear 👩🏽‍⚕️ team #Health #Refugees #Migration #Care"
    page, world = browser.open("https://x.com/home")
    type_tweet(page, text)
    composer = world.wait_for_panel("post", text=text)
    report = expected(text, "twitter")
    assert "hashtags.too-many" in composer["panel"]["rules"]
    assert page.evaluate("[...CSS.highlights.get('postcheck-warning')].map((r) => r.toString())") == ["#Care"]
    assert_underlines_match(page, EDITOR, report)


def test_panel_follows_the_composer_on_scroll(browser):
    page, world = browser.open("https://x.com/home")
    # The test's own spacer makes the practice page scroll.
    page.evaluate("() => { const s = document.createElement('div'); s.style.height = '2000px'; document.body.append(s); }")
    type_tweet(page)
    before = world.wait_for_panel("post", text=TWEET)["panel"]["rect"]
    composer = '[data-testid="toolBar-parent"]'
    gap = before["top"] - page.locator(composer).bounding_box()["y"]

    page.mouse.wheel(0, 80)
    after = world.wait_for(lambda cs: cs[0]["panel"]["rect"]["top"] != before["top"] and cs[0]["panel"]["rect"],
                           what="the panel to move with the page")
    assert abs(after["top"] - page.locator(composer).bounding_box()["y"] - gap) < 0.5
    assert after["left"] == before["left"]


def test_the_panel_of_a_published_post_goes_away_when_the_site_empties_the_composer(browser, helper):
    page, world = browser.open("https://x.com/home")
    type_tweet(page)
    world.wait_for_panel("post", text=TWEET)
    page.click('[data-testid="tweetButtonInline"]')
    # The site clears Draft.js itself (no input of the person's): the overlay reads it again and hides its panel.
    cleared = world.wait_for(lambda composers: [c for c in composers if c["kind"] == "post"
                                                and not c["panel"]["visible"] and c["text"] == ""],
                             what="the published post's panel to go away")
    assert cleared and page.evaluate("practice.text('home')") == ""
    assert page.evaluate('CSS.highlights.get("postcheck-warning")?.size ?? 0') == 0


def test_a_change_the_site_makes_in_a_typed_draft_is_checked(browser, helper):
    """A mention or hashtag picked from the site's list is inserted by the site, without a keystroke: the draft the
    person typed into is checked again; a box only the page's script filled is still never checked."""
    page, world = browser.open("https://x.com/home")
    page.evaluate("""() => {
      for (const id of ['tweetTextarea_5', 'tweetTextarea_6']) {
        const box = document.createElement('div');
        box.dataset.testid = id; box.contentEditable = 'true'; box.style.cssText = 'width:400px;min-height:40px';
        document.body.prepend(box);
      }
    }""")
    page.click('[data-testid="tweetTextarea_5"]')
    page.keyboard.type("Thank you all")
    world.wait_for_panel("post", text="Thank you all")
    # The site's picker: one node appended to each box by script, no input event.
    page.evaluate("""() => {
      for (const id of ['tweetTextarea_5', 'tweetTextarea_6']) {
        const picked = document.createElement('span');
        picked.textContent = ' #Refugees #Migration #Solidarity #Hope #Help';
        document.querySelector(`[data-testid="${id}"]`).append(picked);
      }
    }""")
    picked = "Thank you all #Refugees #Migration #Solidarity #Hope #Help"
    composer = world.wait_for_panel("post", text=picked)
    assert "hashtags.too-many" in composer["panel"]["rules"]
    page.wait_for_timeout(800)  # four debounce periods
    untouched = [c for c in world.composers() if c["text"] and c["text"] != picked]
    assert untouched == [] and sum(c["panel"]["visible"] for c in world.composers()) == 1
